// Who may do what, enforced by the server as the service layer enforces it (docs/servidor.md
// lists both). «{p}» stands for the database's role prefix («pacta_<base>_»), checked by
// prepare_server before it is put in. Every Pacta user logs in as «{p}u_<name>» and is in
// «{p}usuario» plus one group per Pacta role; the tables belong to «{p}owner», which never
// logs in. Row security keeps each user to their institutions (all when none is listed).
#include "server_sql.h"

namespace pacta::db::pg::sql {

extern const std::string_view security = R"sql(
SET search_path = pacta, pg_catalog;

-- The institutions the session's user works for; NULL when they work for every one. Policies
-- call it inside a scalar subquery, so it runs once per statement, not once per row.
CREATE FUNCTION scope() RETURNS bigint[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    -- Someone who is not a Pacta user sees nothing (a superuser bypasses row security anyway).
    IF NOT EXISTS (SELECT 1 FROM pacta.app_user u WHERE u.username = pacta.current_username()) THEN
        RETURN '{}'::bigint[];
    END IF;
    RETURN (SELECT array_agg(ui.institution_id) FROM pacta.user_institution ui JOIN pacta.app_user u
            ON u.id = ui.user_id WHERE u.username = pacta.current_username());
END $$;

DO $$
DECLARE
    t text;
    own text;
BEGIN
    FOREACH t IN ARRAY ARRAY['institution', 'institution_setting', 'unit', 'budget_account', 'signatory', 'staff',
                             'contract', 'folio_sequence', 'instalment_month_total', 'due_in_force'] LOOP
        own := CASE WHEN t = 'institution' THEN 'id' ELSE 'institution_id' END;
        EXECUTE format('ALTER TABLE pacta.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pacta.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY scope ON pacta.%1$I USING ((SELECT pacta.scope()) IS NULL OR %2$I IS NULL '
                       'OR %2$I = ANY (CAST((SELECT pacta.scope()) AS bigint[]))) WITH CHECK ((SELECT pacta.scope()) IS NULL '
                       'OR %2$I IS NULL OR %2$I = ANY (CAST((SELECT pacta.scope()) AS bigint[])))', t, own);
    END LOOP;
    -- A contract's parts: visible with their contract (whose own policy applies).
    FOREACH t IN ARRAY ARRAY['contract_data', 'contract_signatory', 'contract_file', 'instalment', 'contract_move',
                             'signed_document', 'contract_editor', 'review_comment', 'review_check'] LOOP
        EXECUTE format('ALTER TABLE pacta.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE pacta.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY scope ON pacta.%I USING (EXISTS (SELECT 1 FROM pacta.contract c '
                       'WHERE c.id = contract_id)) WITH CHECK (EXISTS (SELECT 1 FROM pacta.contract c '
                       'WHERE c.id = contract_id))', t);
    END LOOP;
END $$;
ALTER TABLE signatory_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE signatory_role FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON signatory_role
    USING (EXISTS (SELECT 1 FROM pacta.signatory s WHERE s.id = signatory_id))
    WITH CHECK (EXISTS (SELECT 1 FROM pacta.signatory s WHERE s.id = signatory_id));

-- Which institution each key belongs to, whoever asks: the service refuses, audited, a key
-- of an institution the user does not cover (an import may not overwrite that person, nor a
-- desk open them). It tells no more than the keys' uniqueness already does. Only this
-- function, running as the owner, reads across institutions.
CREATE POLICY owner_reads ON staff FOR SELECT USING (current_user = '{p}owner');
CREATE POLICY owner_reads ON institution FOR SELECT USING (current_user = '{p}owner');
CREATE FUNCTION staff_institutions(keys text[]) RETURNS TABLE (key text, institution text) LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
    SELECT k.k, coalesce(i.code, '') FROM unnest(keys) AS k(k)
    JOIN pacta.staff s ON s.id = coalesce((SELECT id FROM pacta.staff WHERE curp = k.k),
                                          (SELECT id FROM pacta.staff WHERE dni = k.k),
                                          (SELECT id FROM pacta.staff WHERE foreign_card = k.k))
    LEFT JOIN pacta.institution i ON i.id = s.institution_id
$$;

-- Nothing for anyone else in the cluster; Pacta's users connect and read what they may.
REVOKE ALL ON ALL TABLES IN SCHEMA pacta FROM PUBLIC;
GRANT USAGE ON SCHEMA pacta TO {p}usuario;
GRANT EXECUTE ON FUNCTION current_username(), has_group(text), utc_now(), scope(), staff_institutions(text[]),
    audit_event(text, text, text, text), audit_hash(text, bigint, text, text, text, text, text,
    text, text) TO {p}usuario;
GRANT SELECT ON setting, institution, institution_setting, unit, budget_account, signatory, signatory_role, template,
    contract, contract_data, contract_signatory, contract_file, folio_sequence, instalment, contract_move,
    signed_document, contract_editor, clause, review_comment, review_checklist_item, review_check,
    instalment_month_total, due_in_force, app_user, user_role, user_institution TO {p}usuario;
-- Personal data: HR, finance and administrators (ver_datos_personales); the legal reviewer
-- sees who a person is (their key, which names them everywhere; screens mask it) and where
-- they work, not their birth date, RFC, contact or bank data.
GRANT SELECT ON staff TO {p}capturista, {p}finanzas, {p}administrador;
GRANT SELECT (id, institution_id, given_names, first_surname, second_surname, sex, category, regime,
    suspension_year, unit_id, active, curp, dni, foreign_card, search_text) ON staff TO {p}revisor_juridico;
-- The trail, read in Auditoría; nobody writes it but the server. Its values hold personal
-- data: those who may see it read them (and so verify the chain); the legal reviewer reads
-- when, who and what.
GRANT SELECT ON audit_log TO {p}capturista, {p}finanzas, {p}administrador;
GRANT SELECT (id, at, actor, action, entity, entity_id, prev_hash, hash) ON audit_log TO {p}revisor_juridico;

-- HR drafts: people, contracts and their parts while they may change, their files.
GRANT INSERT, UPDATE ON staff TO {p}capturista, {p}administrador;
GRANT INSERT, UPDATE, DELETE ON contract, contract_data TO {p}capturista, {p}administrador;
-- A schedule and its signatories are replaced whole (delete and insert), never edited in
-- place; files are added, and kept once the contract is past drafting.
GRANT INSERT, DELETE ON contract_signatory, instalment, contract_file TO {p}capturista, {p}administrador;
GRANT INSERT, UPDATE ON folio_sequence, template TO {p}capturista, {p}administrador;
GRANT INSERT ON contract_move, signed_document TO {p}capturista, {p}revisor_juridico, {p}finanzas, {p}administrador;
-- Legal review: the state of a contract (the trigger decides which moves), comments, checks,
-- the clause library.
GRANT UPDATE (state) ON contract TO {p}revisor_juridico;
GRANT INSERT, UPDATE ON review_comment TO {p}revisor_juridico;
GRANT UPDATE (resolved, resolved_by, resolved_at, resolution) ON review_comment TO {p}capturista, {p}administrador;
GRANT INSERT, DELETE ON review_check TO {p}revisor_juridico;
GRANT INSERT, UPDATE ON review_checklist_item TO {p}revisor_juridico, {p}administrador;
GRANT INSERT, UPDATE ON clause TO {p}revisor_juridico, {p}administrador;
-- Finance: the life of each instalment and a contract's early end.
-- The steps of each instalment (report, approval; payment only by finance: a trigger).
GRANT UPDATE ON instalment TO {p}finanzas, {p}administrador;
GRANT UPDATE (state, ended_on, end_cause, end_reason) ON contract TO {p}finanzas;
-- Administrators keep the institutions and their signatories.
GRANT INSERT, UPDATE, DELETE ON institution, institution_setting, unit, budget_account, signatory, signatory_role
    TO {p}administrador;

-- Users are made only here: prefixed login roles in Pacta's groups, with a SCRAM verifier
-- computed by the client (the password never reaches the server). Owned by «{p}owner», the
-- one role with CREATEROLE; administrators may call these, clerks may not.
CREATE FUNCTION check_user_request(username text, roles text[]) RETURNS void LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (pacta.has_group('administrador') OR NOT EXISTS (SELECT 1 FROM pacta.app_user)) THEN
        RAISE EXCEPTION 'only a Pacta administrator manages users' USING ERRCODE = '42501';
    END IF;
    IF username !~ '^[a-z][a-z0-9._-]{0,39}$' THEN
        RAISE EXCEPTION 'invalid user name %', username USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(roles) r
               WHERE r NOT IN ('capturista', 'revisor_juridico', 'finanzas', 'administrador')) THEN
        RAISE EXCEPTION 'unknown Pacta role in %', roles USING ERRCODE = '22023';
    END IF;
END $$;

-- An administrator limited to some institutions manages only accounts limited to those:
-- never one that covers every institution, or another's (they could take it over).
CREATE FUNCTION check_account_scope(target text) RETURNS void LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    mine bigint[] := pacta.scope();
    target_id bigint := (SELECT u.id FROM pacta.app_user u WHERE u.username = target);
BEGIN
    IF mine IS NULL OR NOT EXISTS (SELECT 1 FROM pacta.app_user u WHERE u.username = pacta.current_username()) THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pacta.user_institution ui WHERE ui.user_id = target_id)
       OR EXISTS (SELECT 1 FROM pacta.user_institution ui WHERE ui.user_id = target_id
                  AND NOT ui.institution_id = ANY (mine)) THEN
        RAISE EXCEPTION 'an administrator limited to some institutions manages only accounts limited to them'
            USING ERRCODE = '42501';
    END IF;
END $$;

CREATE FUNCTION create_user(username text, scram_verifier text, roles text[], institutions text[])
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    login text := '{p}u_' || username;
    new_id bigint;
    r text;
BEGIN
    PERFORM pacta.check_user_request(username, roles);
    IF octet_length(login) > 63 THEN
        RAISE EXCEPTION 'the user name % is too long for this database''s roles', username USING ERRCODE = '22023';
    END IF;
    IF scram_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, scram_verifier, '{p}usuario');
    FOREACH r IN ARRAY roles LOOP
        EXECUTE format('GRANT %I TO %I', '{p}' || r, login);
    END LOOP;
    INSERT INTO pacta.app_user (username, created_at) VALUES (username, pacta.utc_now()) RETURNING id INTO new_id;
    INSERT INTO pacta.user_role (user_id, role) SELECT new_id, x FROM unnest(roles) x;
    INSERT INTO pacta.user_institution (user_id, institution_id)
        SELECT new_id, i.id FROM pacta.institution i WHERE i.code = ANY (institutions);
    IF (SELECT count(*) FROM pacta.user_institution WHERE user_id = new_id)
       <> (SELECT count(DISTINCT x) FROM unnest(institutions) x) THEN
        RAISE EXCEPTION 'unknown institution in %', institutions USING ERRCODE = '22023';
    END IF;
    PERFORM pacta.check_account_scope(username);
END $$;

CREATE FUNCTION set_user_active(username text, active boolean)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pacta.check_user_request(username, ARRAY[]::text[]);
    PERFORM pacta.check_account_scope(username);
    UPDATE pacta.app_user u SET active = set_user_active.active WHERE u.username = set_user_active.username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no Pacta user %', username USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', '{p}u_' || username, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

CREATE FUNCTION set_user_password(username text, scram_verifier text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    -- Administrators set anyone's; everybody may change their own.
    IF username <> pacta.current_username() THEN
        PERFORM pacta.check_user_request(username, ARRAY[]::text[]);
        PERFORM pacta.check_account_scope(username);
    END IF;
    IF scram_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pacta.app_user u WHERE u.username = set_user_password.username) THEN
        RAISE EXCEPTION 'no Pacta user %', username USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', '{p}u_' || username, scram_verifier);
    PERFORM pacta.audit_append('actualizar', 'usuario', username, NULL, '{"/contrasena": "cambiada"}');
END $$;

REVOKE ALL ON FUNCTION check_user_request(text, text[]), check_account_scope(text), create_user(text, text, text[], text[]),
    set_user_active(text, boolean), set_user_password(text, text), audit_append(text, text, text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_user(text, text, text[], text[]), set_user_active(text, boolean)
    TO {p}administrador;
GRANT EXECUTE ON FUNCTION set_user_password(text, text) TO {p}usuario;
)sql";

}  // namespace pacta::db::pg::sql
