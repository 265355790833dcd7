// What changed on the office server after its first schema (10, made whole by server_*.cpp),
// one script per version, numbered alike with SQLite's. prepare_server runs them all after
// the first schema; upgrade_server runs those a database lacks, after a backup. Each runs as
// «{p}owner» (which owns what it creates) inside the caller's transaction.
#include "server_sql.h"

namespace pacta::db::pg::sql {

namespace {

// 11: the office's own templates live with the data (on one desk, files of the data folder):
// every desk drafts from these. A file name keeps one text; contracts keep the exact version
// they were made from in «template». Administrators may read every sequence and the trail's
// head, so their pg_dump backup is whole.
constexpr std::string_view office_templates = R"sql(
SET search_path = pacta, pg_catalog;
CREATE TABLE office_template (
    file_name text PRIMARY KEY CHECK (file_name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,119}[.]md$'),
    source    text NOT NULL CHECK (octet_length(source) <= 1048576),
    sha256    text NOT NULL CHECK (length(sha256) = 64),
    saved_by  text NOT NULL DEFAULT '',
    saved_at  text NOT NULL DEFAULT ''
);
CREATE TRIGGER office_template_stamped BEFORE INSERT OR UPDATE ON office_template FOR EACH ROW
    EXECUTE FUNCTION stamped('saved_by', 'saved_at');
CREATE TRIGGER audit_office_template AFTER INSERT OR UPDATE OR DELETE ON office_template FOR EACH ROW
    EXECUTE FUNCTION audit_row('plantilla');
REVOKE ALL ON office_template FROM PUBLIC;
GRANT SELECT ON office_template TO {p}usuario;
GRANT INSERT, UPDATE (source, sha256, saved_by, saved_at) ON office_template TO {p}administrador;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA pacta TO {p}administrador;
-- Reading it does not lock it: taking its row needs UPDATE, which stays the owner's.
GRANT SELECT ON audit_head TO {p}administrador;
)sql";

}  // namespace

extern const std::vector<std::string_view> migrations_after_first = {office_templates};

}  // namespace pacta::db::pg::sql
