// The audit trail on the server is written by the server: row triggers on every table a
// person changes append the row, so no client can skip or forge one. Rows are numbered
// max + 1 under a lock held to the end of the transaction (a sequence would leave a gap on
// rollback, which the chain reads as a deleted row), and hashed byte for byte as
// docs/datos.md specifies, so the SQLite engine's verification reads this chain too.
#include "server_sql.h"

namespace pacta::db::pg::sql {

extern const std::string_view audit = R"sql(
SET search_path = pacta, pg_catalog;

-- The chain's lock: its one row is locked while a row is appended (the last row's number and
-- hash are read from the trail itself; these columns keep what they said when it was made).
-- Only the owner may lock it (locking needs UPDATE, which nobody else has), so no client can
-- hold up the trail.
CREATE TABLE audit_head (
    id        integer PRIMARY KEY CHECK (id = 1),
    last_id   bigint NOT NULL,
    last_hash text NOT NULL CHECK (length(last_hash) = 64)
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_hash(prev_hash text, id bigint, at text, actor text, action text, entity text,
                           entity_id text, before_json text, after_json text)
    RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pacta, pg_catalog, pg_temp AS $$
    SELECT encode(sha256(convert_to(prev_hash || chr(31) || id::text || chr(31) || at || chr(31) || actor ||
        chr(31) || action || chr(31) || entity || chr(31) || entity_id ||
        chr(31) || CASE WHEN before_json IS NULL THEN '0' ELSE '1' || before_json END ||
        chr(31) || CASE WHEN after_json IS NULL THEN '0' ELSE '1' || after_json END, 'UTF8')), 'hex')
$$;

-- Appends one row as the session's user. Owned by the schema's owner: no client role may
-- insert into audit_log itself.
CREATE FUNCTION audit_append(action text, entity text, entity_id text, before_json text, after_json text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    prev_id bigint;
    prev_hash text;
    new_hash text;
    row_at text := pacta.utc_now();
    who text := pacta.current_username();
BEGIN
    -- One writer at a time until commit: the numbers stay 1, 2, 3... whatever rolls back.
    -- The head's row is only locked, never rewritten: rewriting one row for each of an
    -- import's 100,000 rows in one transaction made every append walk all its versions.
    PERFORM 1 FROM pacta.audit_head h WHERE h.id = 1 FOR UPDATE;
    SELECT l.id, l.hash INTO prev_id, prev_hash FROM pacta.audit_log l ORDER BY l.id DESC LIMIT 1;
    prev_id := coalesce(prev_id, 0);
    prev_hash := coalesce(prev_hash, repeat('0', 64));
    new_hash := pacta.audit_hash(prev_hash, prev_id + 1, row_at, who, action, entity, entity_id, before_json, after_json);
    INSERT INTO pacta.audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
    VALUES (prev_id + 1, row_at, who, action, entity, entity_id, before_json, after_json, prev_hash, new_hash);
    RETURN prev_id + 1;
END $$;

-- What a person did that changes no row (a view of personal data, an export, a refusal, a
-- login, an import as a whole): recorded as themselves, only with those actions.
CREATE FUNCTION audit_event(action text, entity text, entity_id text, detail_json text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    -- An import is one event besides the rows it changed (who, the file and its SHA-256, the
    -- counts): the one «crear» a client may ask for, always in its own name.
    IF action NOT IN ('consultar', 'exportar', 'denegar', 'acceder')
       AND NOT (action = 'crear' AND entity = 'importacion') THEN
        RAISE EXCEPTION 'only consultar, exportar, denegar, acceder and imports are recorded by request'
            USING ERRCODE = '42501';
    END IF;
    RETURN pacta.audit_append(action, entity, entity_id, NULL, detail_json);
END $$;

-- The fields that changed, as {"/column": value} on each side (JSON pointers, as in SQLite).
CREATE FUNCTION audit_changes(old_row jsonb, new_row jsonb, OUT before_json text, OUT after_json text)
    LANGUAGE sql IMMUTABLE SET search_path = pacta, pg_catalog, pg_temp AS $$
    SELECT (SELECT jsonb_object_agg('/' || o.key, o.value) FROM jsonb_each(old_row) o
            WHERE new_row -> o.key IS DISTINCT FROM o.value)::text,
           (SELECT jsonb_object_agg('/' || n.key, n.value) FROM jsonb_each(new_row) n
            WHERE old_row -> n.key IS DISTINCT FROM n.value)::text
$$;

-- One trigger for every audited table: TG_ARGV[0] is the entity as Pacta names it.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    any_row jsonb := coalesce(new_row, old_row);
    key text;
    changes record;
BEGIN
    -- Bytes are named by their hash, never copied into the trail; search_text is derived.
    old_row := old_row - 'content' - 'search_text' - 'search_private';
    new_row := new_row - 'content' - 'search_text' - 'search_private';
    IF TG_TABLE_NAME = 'office_template' THEN  -- named by its sha256 too
        old_row := old_row - 'source';
        new_row := new_row - 'source';
    END IF;
    key := CASE TG_TABLE_NAME
        WHEN 'institution' THEN any_row ->> 'code'
        WHEN 'staff' THEN coalesce(any_row ->> 'curp', any_row ->> 'dni', any_row ->> 'foreign_card')
        WHEN 'template' THEN (any_row ->> 'code') || '@' || (any_row ->> 'version')
        WHEN 'contract' THEN any_row ->> 'folio'
        WHEN 'app_user' THEN any_row ->> 'username'
        WHEN 'office_template' THEN any_row ->> 'file_name'
        WHEN 'clause' THEN (any_row ->> 'key') || '@' || (any_row ->> 'version')
        WHEN 'review_checklist_item' THEN (any_row ->> 'template_code') || '#' || (any_row ->> 'position')
        ELSE NULL END;
    IF key IS NULL AND any_row ? 'contract_id' THEN
        -- An instalment as SQLite names it: «FOLIO/2».
        SELECT c.folio || CASE WHEN TG_TABLE_NAME = 'instalment' THEN '/' || (any_row ->> 'number') ELSE '' END
            INTO key FROM pacta.contract c WHERE c.id = (any_row ->> 'contract_id')::bigint;
    ELSIF key IS NULL AND any_row ? 'institution_id' THEN
        SELECT i.code INTO key FROM pacta.institution i WHERE i.id = (any_row ->> 'institution_id')::bigint;
    ELSIF key IS NULL AND any_row ? 'user_id' THEN
        SELECT u.username INTO key FROM pacta.app_user u WHERE u.id = (any_row ->> 'user_id')::bigint;
    END IF;
    key := coalesce(key, any_row ->> 'id', '');
    IF TG_OP = 'INSERT' THEN
        PERFORM pacta.audit_append('crear', TG_ARGV[0], key, NULL, new_row::text);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pacta.audit_append('eliminar', TG_ARGV[0], key, old_row::text, NULL);
    ELSE
        SELECT * INTO changes FROM pacta.audit_changes(old_row, new_row);
        IF changes.after_json IS NOT NULL OR changes.before_json IS NOT NULL THEN
            PERFORM pacta.audit_append('actualizar', TG_ARGV[0], key, changes.before_json, changes.after_json);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER audit_institution AFTER INSERT OR UPDATE OR DELETE ON institution FOR EACH ROW EXECUTE FUNCTION audit_row('institucion');
CREATE TRIGGER audit_institution_setting AFTER INSERT OR UPDATE OR DELETE ON institution_setting FOR EACH ROW EXECUTE FUNCTION audit_row('institucion');
CREATE TRIGGER audit_unit AFTER INSERT OR UPDATE OR DELETE ON unit FOR EACH ROW EXECUTE FUNCTION audit_row('unidad');
CREATE TRIGGER audit_budget_account AFTER INSERT OR UPDATE OR DELETE ON budget_account FOR EACH ROW EXECUTE FUNCTION audit_row('cuenta_presupuestal');
CREATE TRIGGER audit_signatory AFTER INSERT OR UPDATE OR DELETE ON signatory FOR EACH ROW EXECUTE FUNCTION audit_row('firmante');
CREATE TRIGGER audit_staff AFTER INSERT OR UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION audit_row('personal');
CREATE TRIGGER audit_template AFTER INSERT OR UPDATE OR DELETE ON template FOR EACH ROW EXECUTE FUNCTION audit_row('plantilla');
CREATE TRIGGER audit_app_user AFTER INSERT OR UPDATE OR DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION audit_row('usuario');
CREATE TRIGGER audit_user_role AFTER INSERT OR UPDATE OR DELETE ON user_role FOR EACH ROW EXECUTE FUNCTION audit_row('usuario');
CREATE TRIGGER audit_user_institution AFTER INSERT OR UPDATE OR DELETE ON user_institution FOR EACH ROW EXECUTE FUNCTION audit_row('usuario');
CREATE TRIGGER audit_contract AFTER INSERT OR UPDATE OR DELETE ON contract FOR EACH ROW EXECUTE FUNCTION audit_row('contrato');
CREATE TRIGGER audit_contract_data AFTER INSERT OR UPDATE OR DELETE ON contract_data FOR EACH ROW EXECUTE FUNCTION audit_row('contrato');
CREATE TRIGGER audit_contract_signatory AFTER INSERT OR UPDATE OR DELETE ON contract_signatory FOR EACH ROW EXECUTE FUNCTION audit_row('contrato');
CREATE TRIGGER audit_contract_file AFTER INSERT OR UPDATE OR DELETE ON contract_file FOR EACH ROW EXECUTE FUNCTION audit_row('archivo');
CREATE TRIGGER audit_signed_document AFTER INSERT ON signed_document FOR EACH ROW EXECUTE FUNCTION audit_row('documento_firmado');
CREATE TRIGGER audit_instalment AFTER INSERT OR UPDATE OR DELETE ON instalment FOR EACH ROW EXECUTE FUNCTION audit_row('exhibicion');
CREATE TRIGGER audit_clause AFTER INSERT OR UPDATE OR DELETE ON clause FOR EACH ROW EXECUTE FUNCTION audit_row('clausula');
CREATE TRIGGER audit_review_comment AFTER INSERT OR UPDATE OR DELETE ON review_comment FOR EACH ROW EXECUTE FUNCTION audit_row('comentario');
CREATE TRIGGER audit_review_checklist_item AFTER INSERT OR UPDATE OR DELETE ON review_checklist_item FOR EACH ROW EXECUTE FUNCTION audit_row('lista_de_revision');
CREATE TRIGGER audit_review_check AFTER INSERT OR UPDATE OR DELETE ON review_check FOR EACH ROW EXECUTE FUNCTION audit_row('revision_punto');

-- Nobody rewrites the trail or a contract's history, not even through a function.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse('the audit trail is append-only');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('the audit trail is append-only');
)sql";

}  // namespace pacta::db::pg::sql
