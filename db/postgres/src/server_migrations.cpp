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

// 12: the staff search by its trigram indexes. Under row security a LIKE (not leakproof) is
// tested only after the policy, row by row over the whole table; staff_matching, as the
// owner (whom row security no longer binds on staff: no function of the owner's writes it),
// finds the ids by the indexes and keeps those of the caller's institutions. The caller's
// query then reads those rows through its own policy and column grants; RFC and RUC match
// only for whoever may read them. With first_rows, only the first so many by name (a search
// of a common surname matches a tenth of an office; its page needs fifty).
constexpr std::string_view staff_search_indexed = R"sql(
SET search_path = pacta, pg_catalog;
ALTER TABLE staff NO FORCE ROW LEVEL SECURITY;
DROP POLICY owner_reads ON staff;
CREATE FUNCTION staff_matching(words text[], tax_numbers boolean, first_rows bigint DEFAULT NULL)
    RETURNS SETOF bigint LANGUAGE plpgsql STABLE
    SECURITY DEFINER ROWS 100 SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    private boolean := tax_numbers AND has_column_privilege(session_user, 'pacta.staff', 'search_private', 'SELECT');
    patterns text[];
    matches text := '';
BEGIN
    IF coalesce(cardinality(words), 0) = 0
       OR NOT has_column_privilege(session_user, 'pacta.staff', 'search_text', 'SELECT') THEN
        RETURN;
    END IF;
    patterns := ARRAY(SELECT '%' || lower(pacta.unaccent(w)) || '%' FROM unnest(words) AS w);
    FOR i IN 1 .. cardinality(patterns) LOOP
        matches := matches || format(' AND (s.search_text LIKE $1[%s]', i) ||
                   CASE WHEN private THEN format(' OR s.search_private LIKE $1[%s])', i) ELSE ')' END;
    END LOOP;
    RETURN QUERY EXECUTE 'SELECT s.id FROM pacta.staff s WHERE ($2 IS NULL OR s.institution_id IS NULL '
        'OR s.institution_id = ANY ($2))' || matches || CASE WHEN first_rows IS NULL THEN '' ELSE
        ' ORDER BY s.first_surname COLLATE "C", s.second_surname COLLATE "C", s.given_names COLLATE "C", s.id LIMIT $3'
        END USING patterns, pacta.scope(), first_rows;
END $$;
REVOKE ALL ON FUNCTION staff_matching(text[], boolean, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff_matching(text[], boolean, bigint) TO {p}usuario;

-- People created by one statement (an import's chunk of a thousand) go to the trail in one
-- pass: the chain's lock taken and its last row read once, then each person hashed in the
-- order created, the rows audit_row would append one call at a time (the same key, the same
-- JSON, the same hash input), at a fifth of the cost.
CREATE FUNCTION audit_staff_created() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    prev_id bigint;
    prev_hash text;
    new_hash text;
    row_at text := pacta.utc_now();
    who text := pacta.current_username();
    person record;
    -- Built by appending in place (no call that would copy them whole), read once by unnest.
    ids bigint[] := '{}';
    keys text[] := '{}';
    afters text[] := '{}';
    prevs text[] := '{}';
    hashes text[] := '{}';
BEGIN
    PERFORM 1 FROM pacta.audit_head h WHERE h.id = 1 FOR UPDATE;
    SELECT l.id, l.hash INTO prev_id, prev_hash FROM pacta.audit_log l ORDER BY l.id DESC LIMIT 1;
    prev_id := coalesce(prev_id, 0);
    prev_hash := coalesce(prev_hash, repeat('0', 64));
    FOR person IN
        SELECT coalesce(n.curp, n.dni, n.foreign_card, i.code, n.id::text) AS key,
               (to_jsonb(n) - 'search_text' - 'search_private')::text AS after_json
        FROM created n LEFT JOIN pacta.institution i ON i.id = n.institution_id ORDER BY n.id
    LOOP
        prev_id := prev_id + 1;
        new_hash := pacta.audit_hash(prev_hash, prev_id, row_at, who, 'crear', 'personal', person.key, NULL,
                                     person.after_json);
        ids := array_append(ids, prev_id);
        keys := array_append(keys, person.key);
        afters := array_append(afters, person.after_json);
        prevs := array_append(prevs, prev_hash);
        hashes := array_append(hashes, new_hash);
        prev_hash := new_hash;
    END LOOP;
    INSERT INTO pacta.audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
    SELECT r.id, row_at, who, 'crear', 'personal', r.key, NULL, r.after_json, r.prev_hash, r.hash
    FROM unnest(ids, keys, afters, prevs, hashes) AS r(id, key, after_json, prev_hash, hash);
    RETURN NULL;
END $$;
-- A signature made in Pacta is an event a client records in its own name (the field, the
-- certificate's fingerprint, the signed PDF's hash), besides the file row the server writes.
CREATE OR REPLACE FUNCTION audit_event(action text, entity text, entity_id text, detail_json text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF action NOT IN ('consultar', 'exportar', 'denegar', 'acceder')
       AND NOT (action = 'crear' AND entity IN ('importacion', 'firma')) THEN
        RAISE EXCEPTION 'only consultar, exportar, denegar, acceder, imports and signatures are recorded by request'
            USING ERRCODE = '42501';
    END IF;
    RETURN pacta.audit_append(action, entity, entity_id, NULL, detail_json);
END $$;
DROP TRIGGER audit_staff ON staff;
CREATE TRIGGER audit_staff AFTER UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION audit_row('personal');
CREATE TRIGGER audit_staff_created AFTER INSERT ON staff REFERENCING NEW TABLE AS created
    FOR EACH STATEMENT EXECUTE FUNCTION audit_staff_created();
)sql";

// 13: the certification authorities the office trusts for signatures. Everyone reads them
// (verifying a contract needs them); only administrators add or remove one. The trail names
// each by its fingerprint and subject, not its whole certificate.
constexpr std::string_view trusted_roots = R"sql(
SET search_path = pacta, pg_catalog;
CREATE TABLE trusted_root (
    sha256    text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    subject   text NOT NULL,
    not_after text NOT NULL,
    pem       text NOT NULL CHECK (octet_length(pem) <= 65536),
    added_by  text NOT NULL DEFAULT '',
    added_at  text NOT NULL DEFAULT ''
);
CREATE TRIGGER trusted_root_stamped BEFORE INSERT ON trusted_root FOR EACH ROW
    EXECUTE FUNCTION stamped('added_by', 'added_at');
CREATE FUNCTION audit_trusted_root() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pacta.audit_append('crear', 'raiz_confianza', NEW.sha256, NULL,
            jsonb_build_object('sha256', NEW.sha256, 'sujeto', NEW.subject, 'vence', NEW.not_after)::text);
    ELSE
        PERFORM pacta.audit_append('eliminar', 'raiz_confianza', OLD.sha256,
            jsonb_build_object('sha256', OLD.sha256, 'sujeto', OLD.subject, 'vence', OLD.not_after)::text, NULL);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER audit_trusted_root AFTER INSERT OR DELETE ON trusted_root FOR EACH ROW
    EXECUTE FUNCTION audit_trusted_root();
REVOKE ALL ON trusted_root FROM PUBLIC;
GRANT SELECT ON trusted_root TO {p}usuario;
GRANT INSERT, DELETE ON trusted_root TO {p}administrador;
-- Signatories' RFC or DNI, which their certificates carry.
ALTER TABLE signatory ADD COLUMN rfc text NOT NULL DEFAULT '';
ALTER TABLE signatory ADD COLUMN dni text NOT NULL DEFAULT '';
)sql";

// 14: a review checklist point taken out of use by a reviewer (who may already update the
// table); contracts keep what was confirmed of it. An empty retired_by: in use.
constexpr std::string_view checklist_retired = R"sql(
SET search_path = pacta, pg_catalog;
ALTER TABLE review_checklist_item ADD COLUMN retired_by text NOT NULL DEFAULT '';
ALTER TABLE review_checklist_item ADD COLUMN retired_at text NOT NULL DEFAULT '';
-- Retiring is the only change a point takes, once, stamped by the server: what contracts
-- confirmed is never reworded, renumbered or put back.
CREATE FUNCTION checklist_item_retired() RETURNS trigger LANGUAGE plpgsql SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.retired_by <> '' OR NEW.retired_by = ''
       OR (NEW.template_code, NEW.position, NEW.text, NEW.created_by, NEW.created_at)
          IS DISTINCT FROM (OLD.template_code, OLD.position, OLD.text, OLD.created_by, OLD.created_at) THEN
        RAISE EXCEPTION 'a checklist point is only ever retired, once' USING ERRCODE = 'check_violation';
    END IF;
    IF pacta.is_user_login() THEN
        NEW.retired_by := pacta.current_username();
        NEW.retired_at := pacta.utc_now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER review_checklist_item_retired BEFORE UPDATE ON review_checklist_item FOR EACH ROW
    EXECUTE FUNCTION checklist_item_retired();
REVOKE UPDATE ON review_checklist_item FROM {p}revisor_juridico, {p}administrador;
GRANT UPDATE (retired_by, retired_at) ON review_checklist_item TO {p}revisor_juridico, {p}administrador;
)sql";

}  // namespace

extern const std::vector<std::string_view> migrations_after_first = {office_templates, staff_search_indexed,
                                                                     trusted_roots, checklist_retired};

}  // namespace pacta::db::pg::sql
