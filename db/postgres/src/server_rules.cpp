// The rules the SQLite file keeps in triggers, kept by the server the same way, plus what
// only a server can know: who is asking (session_user) and which Pacta groups they are in,
// so the legal moves of a contract and «who changed it may not approve it» hold for any
// client. Messages are the SQLite triggers' own; the service layer words them for people.
#include "server_sql.h"

namespace pacta::db::pg::sql {

extern const std::string_view rules = R"sql(
SET search_path = pacta, pg_catalog;
-- Functions are called only by those granted them (server_security.cpp).
ALTER DEFAULT PRIVILEGES IN SCHEMA pacta REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Who is asking: the Pacta user behind the login role («pacta_<base>_u_rosa» -> «rosa»); an
-- administrator of the server is named as it logged in.
-- (plpgsql, not sql: policies and triggers call these for every statement, and a plpgsql
-- function keeps its plan for the session instead of being planned again at each call.)
CREATE FUNCTION current_username() RETURNS text LANGUAGE plpgsql STABLE
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT CASE WHEN left(session_user, length(s.value) + 2) = s.value || 'u_'
                        THEN substr(session_user, length(s.value) + 3) ELSE session_user::text END
            FROM pacta.setting s WHERE s.key = 'role_prefix');
END $$;
-- Whether the login belongs to one of Pacta's groups («capturista», «finanzas»...).
CREATE FUNCTION has_group(name text) RETURNS boolean LANGUAGE plpgsql STABLE
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r, pacta.setting s
                   WHERE s.key = 'role_prefix' AND r.rolname = s.value || name
                     AND pg_has_role(session_user, r.oid, 'MEMBER'));
END $$;
CREATE FUNCTION utc_now() RETURNS text LANGUAGE sql STABLE SET search_path = pacta, pg_catalog, pg_temp AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- A Pacta user's own login (not the database administrator preparing or moving an office).
CREATE FUNCTION is_user_login() RETURNS boolean LANGUAGE plpgsql STABLE
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    RETURN pacta.current_username() IS DISTINCT FROM session_user::text;
END $$;

CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'P0001';
END $$;

CREATE TRIGGER template_immutable BEFORE UPDATE ON template
    FOR EACH ROW EXECUTE FUNCTION refuse('template versions are immutable');
CREATE TRIGGER instalment_paid_is_final BEFORE UPDATE ON instalment
    FOR EACH ROW WHEN (OLD.state = 'pagado') EXECUTE FUNCTION refuse('a paid instalment does not change');
CREATE TRIGGER contract_content_frozen BEFORE UPDATE OF institution_id, year, folio, template_id, staff_id,
    total_minor, currency, signing_date, start_date, end_date, regime, unit_code, budget_account, drafted_by,
    amends_id ON contract
    FOR EACH ROW WHEN (OLD.state NOT IN ('borrador', 'observado'))
    EXECUTE FUNCTION refuse('the contract is frozen: approved or signed contracts change only by amendment');
CREATE TRIGGER contract_final_state BEFORE UPDATE OF state ON contract
    FOR EACH ROW WHEN (OLD.state IN ('concluido', 'terminado_anticipadamente', 'rescindido', 'cancelado'))
    EXECUTE FUNCTION refuse('the contract has ended; its state does not change');
CREATE TRIGGER contract_move_append_only BEFORE UPDATE OR DELETE ON contract_move
    FOR EACH ROW EXECUTE FUNCTION refuse('the contract history is append-only');
CREATE TRIGGER signed_document_immutable BEFORE UPDATE OR DELETE ON signed_document
    FOR EACH ROW EXECUTE FUNCTION refuse('a signed document is never replaced');
CREATE TRIGGER clause_wording_immutable BEFORE UPDATE OF key, version, title, text, legal_basis ON clause
    FOR EACH ROW EXECUTE FUNCTION refuse('a clause version never changes; add a new version');
CREATE TRIGGER clause_status_forward BEFORE UPDATE OF status ON clause
    FOR EACH ROW WHEN (NOT ((OLD.status = 'borrador' AND NEW.status IN ('aprobada', 'retirada'))
                         OR (OLD.status = 'aprobada' AND NEW.status = 'retirada')
                         OR OLD.status = NEW.status))
    EXECUTE FUNCTION refuse('a clause status only moves forward');
CREATE TRIGGER review_comment_text_immutable BEFORE UPDATE OF contract_id, clause_key, text, author, created_at
    ON review_comment FOR EACH ROW EXECUTE FUNCTION refuse('a comment is never rewritten; add another');

-- A contract's parts change only while its content may: drafts and returned contracts.
CREATE FUNCTION contract_part_frozen() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    row_contract bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.contract_id ELSE NEW.contract_id END;
BEGIN
    IF (SELECT state FROM pacta.contract WHERE id = row_contract) NOT IN ('borrador', 'observado') THEN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER contract_signatory_frozen BEFORE INSERT OR UPDATE OR DELETE ON contract_signatory FOR EACH ROW
    EXECUTE FUNCTION contract_part_frozen('the contract is frozen: approved or signed contracts change only by amendment');
CREATE TRIGGER contract_data_frozen BEFORE INSERT OR UPDATE OR DELETE ON contract_data FOR EACH ROW
    EXECUTE FUNCTION contract_part_frozen('the contract is frozen: approved or signed contracts change only by amendment');
CREATE TRIGGER instalment_schedule_frozen BEFORE INSERT OR DELETE ON instalment FOR EACH ROW
    EXECUTE FUNCTION contract_part_frozen('the contract is frozen: its schedule changes only by amendment');

-- A generated file is kept as it was written once its contract is past drafting.
CREATE TRIGGER contract_file_frozen BEFORE UPDATE OR DELETE ON contract_file FOR EACH ROW
    EXECUTE FUNCTION contract_part_frozen('the contract is frozen: its files are kept as they were generated');

-- An institution's code in capitals as the engines write folios (domain::to_upper_es: ASCII
-- and the Latin-1 letters), whatever the database's collation.
CREATE FUNCTION upper_es(t text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = pacta, pg_catalog, pg_temp AS $$
    SELECT translate(upper(t COLLATE "C"), 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ', 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
$$;

-- A contract is born a draft, drafted by whoever inserts it: no desk inserts one approved.
-- Its folio is the next of its own institution's counter for the year (which the same
-- transaction has just moved), or the next amendment of an original of the same institution:
-- nobody takes another institution's folios, or numbers ahead of the counter.
CREATE FUNCTION contract_born_draft() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    expected text;
    n bigint;
    original record;
BEGIN
    IF pacta.is_user_login() THEN
        NEW.state := 'borrador';
        NEW.drafted_by := pacta.current_username();
        IF NEW.amends_id IS NULL THEN
            SELECT s.last INTO n FROM pacta.folio_sequence s WHERE s.institution_id = NEW.institution_id
                AND s.year = NEW.year;
            SELECT pacta.upper_es(i.code) || '-' || NEW.year || '-' ||
                   CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END
                INTO expected FROM pacta.institution i WHERE i.id = NEW.institution_id;
        ELSE
            SELECT c.folio, c.institution_id INTO original FROM pacta.contract c WHERE c.id = NEW.amends_id;
            IF original.institution_id IS DISTINCT FROM NEW.institution_id THEN
                RAISE EXCEPTION 'an amendment belongs to its original''s institution' USING ERRCODE = '42501';
            END IF;
            expected := original.folio || '-CM' ||
                        ((SELECT count(*) FROM pacta.contract c WHERE c.amends_id = NEW.amends_id) + 1);
        END IF;
        IF NEW.folio IS DISTINCT FROM expected THEN
            RAISE EXCEPTION 'folio % is not the next of its institution (% is)', NEW.folio, coalesce(expected, '?')
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contract_born_draft BEFORE INSERT ON contract FOR EACH ROW EXECUTE FUNCTION contract_born_draft();

-- Only finance marks money paid (registrar_pagos).
CREATE FUNCTION instalment_paid_by_finance() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.state = 'pagado' AND pacta.is_user_login() AND NOT pacta.has_group('finanzas') THEN
        RAISE EXCEPTION 'only finance records a payment' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER instalment_paid_by_finance BEFORE INSERT OR UPDATE OF state ON instalment FOR EACH ROW
    EXECUTE FUNCTION instalment_paid_by_finance();

-- Who wrote a history row, a comment, a check or a clause, and when: the server's word, not
-- the client's (TG_ARGV: the column of who, the column of when).
CREATE FUNCTION stamped() RETURNS trigger LANGUAGE plpgsql SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF pacta.is_user_login() THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], pacta.current_username(),
                                                             TG_ARGV[1], pacta.utc_now()));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contract_move_stamped BEFORE INSERT ON contract_move FOR EACH ROW EXECUTE FUNCTION stamped('actor', 'at');
CREATE TRIGGER signed_document_stamped BEFORE INSERT ON signed_document FOR EACH ROW
    EXECUTE FUNCTION stamped('recorded_by', 'recorded_at');
CREATE TRIGGER review_comment_stamped BEFORE INSERT ON review_comment FOR EACH ROW
    EXECUTE FUNCTION stamped('author', 'created_at');
CREATE TRIGGER review_comment_resolved_stamped BEFORE UPDATE OF resolved ON review_comment FOR EACH ROW
    WHEN (NEW.resolved AND NOT OLD.resolved) EXECUTE FUNCTION stamped('resolved_by', 'resolved_at');
CREATE TRIGGER review_check_stamped BEFORE INSERT ON review_check FOR EACH ROW
    EXECUTE FUNCTION stamped('checked_by', 'checked_at');
CREATE TRIGGER review_checklist_item_stamped BEFORE INSERT ON review_checklist_item FOR EACH ROW
    EXECUTE FUNCTION stamped('created_by', 'created_at');
CREATE TRIGGER clause_stamped BEFORE INSERT ON clause FOR EACH ROW EXECUTE FUNCTION stamped('created_by', 'created_at');
CREATE TRIGGER clause_decided_stamped BEFORE UPDATE OF status ON clause FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION stamped('decided_by', 'decided_at');

-- Every desk hears that a table changed (LISTEN pacta_cambios) and re-reads what its user
-- may see: the payload names only the table, since notifications have no access control.
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('pacta_cambios', TG_TABLE_NAME);
    RETURN NULL;
END $$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['institution', 'signatory', 'staff', 'contract', 'contract_data', 'instalment',
                             'contract_move', 'contract_file', 'signed_document', 'review_comment', 'clause'] LOOP
        EXECUTE format('CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON pacta.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION pacta.notify_change()', t);
    END LOOP;
END $$;

-- The legal moves (domain/src/contract_lifecycle.cpp), who may make each, and four eyes.
CREATE FUNCTION contract_move_allowed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    groups text[];
    four_eyes boolean;
    who text := pacta.current_username();
BEGIN
    SELECT m.groups, m.four_eyes INTO groups, four_eyes FROM (VALUES
        ('borrador', 'en_revision', ARRAY['capturista', 'administrador'], false),
        ('borrador', 'cancelado', ARRAY['capturista', 'administrador'], false),
        ('en_revision', 'observado', ARRAY['revisor_juridico'], true),
        ('en_revision', 'aprobado', ARRAY['revisor_juridico'], true),
        ('observado', 'en_revision', ARRAY['capturista', 'administrador'], false),
        ('observado', 'cancelado', ARRAY['capturista', 'administrador'], false),
        ('aprobado', 'observado', ARRAY['revisor_juridico'], true),
        ('aprobado', 'firmado', ARRAY['capturista', 'administrador'], false),
        ('aprobado', 'cancelado', ARRAY['administrador'], false),
        ('firmado', 'vigente', ARRAY[]::text[], false),
        ('vigente', 'concluido', ARRAY[]::text[], false),
        ('firmado', 'terminado_anticipadamente', ARRAY['finanzas', 'administrador'], false),
        ('firmado', 'rescindido', ARRAY['finanzas', 'administrador'], false),
        ('vigente', 'terminado_anticipadamente', ARRAY['finanzas', 'administrador'], false),
        ('vigente', 'rescindido', ARRAY['finanzas', 'administrador'], false)
    ) AS m (from_state, to_state, groups, four_eyes)
    WHERE m.from_state = OLD.state AND m.to_state = NEW.state;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'a contract does not move from % to %', OLD.state, NEW.state USING ERRCODE = 'P0001';
    END IF;
    IF cardinality(groups) = 0 THEN
        -- By date only: in force from its start, concluded after its end.
        IF (NEW.state = 'vigente' AND (NEW.start_date IS NULL OR NEW.start_date > current_date))
           OR (NEW.state = 'concluido' AND (NEW.end_date IS NULL OR NEW.end_date >= current_date)) THEN
            RAISE EXCEPTION 'the contract moves to % only when its dates say so', NEW.state USING ERRCODE = 'P0001';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM unnest(groups) g WHERE pacta.has_group(g)) THEN
        RAISE EXCEPTION 'moving a contract from % to % needs the role %', OLD.state, NEW.state,
            array_to_string(groups, ' or ') USING ERRCODE = '42501';
    END IF;
    IF four_eyes AND (OLD.drafted_by = who OR EXISTS (SELECT 1 FROM pacta.contract_editor e
                                                      WHERE e.contract_id = OLD.id AND e.username = who)) THEN
        RAISE EXCEPTION 'whoever drafted or changed a contract does not review it' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contract_move_allowed BEFORE UPDATE OF state ON contract
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION contract_move_allowed();

-- Everyone who changes a contract's content is one of its editors, recorded by the server.
CREATE FUNCTION contract_editor_recorded() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
DECLARE
    row_contract bigint := (coalesce(to_jsonb(NEW), to_jsonb(OLD))
                            ->> CASE WHEN TG_TABLE_NAME = 'contract' THEN 'id' ELSE 'contract_id' END)::bigint;
BEGIN
    INSERT INTO pacta.contract_editor (contract_id, username) VALUES (row_contract, pacta.current_username())
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER contract_editor_insert AFTER INSERT ON contract FOR EACH ROW EXECUTE FUNCTION contract_editor_recorded();
CREATE TRIGGER contract_editor_update AFTER UPDATE OF institution_id, year, template_id, staff_id, total_minor,
    currency, signing_date, start_date, end_date, regime, unit_code, budget_account ON contract
    FOR EACH ROW EXECUTE FUNCTION contract_editor_recorded();
CREATE TRIGGER contract_editor_data AFTER INSERT OR UPDATE ON contract_data
    FOR EACH ROW EXECUTE FUNCTION contract_editor_recorded();
-- Whoever replaces a draft's schedule edits it too (SQLite: replace_schedule records them).
-- Instalments are deleted only while the content may change (instalment_schedule_frozen).
CREATE TRIGGER contract_editor_schedule AFTER INSERT OR DELETE ON instalment
    FOR EACH ROW EXECUTE FUNCTION contract_editor_recorded();
-- And whoever changes its signatories (SQLite: revise records them).
CREATE TRIGGER contract_editor_signatories AFTER INSERT OR DELETE ON contract_signatory
    FOR EACH ROW EXECUTE FUNCTION contract_editor_recorded();

-- What the staff search matches: names, identity numbers and unit, without accents.
CREATE FUNCTION staff_search_text() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    NEW.search_text := lower(pacta.unaccent(NEW.given_names || ' ' || NEW.first_surname || ' ' ||
        NEW.second_surname || ' ' || coalesce(NEW.curp, '') || ' ' || coalesce(NEW.dni, '') || ' ' ||
        coalesce(NEW.foreign_card, '') || ' ' ||
        coalesce((SELECT u.code || ' ' || u.name FROM pacta.unit u WHERE u.id = NEW.unit_id), '')));
    NEW.search_private := lower(coalesce(NEW.rfc, '') || ' ' || coalesce(NEW.ruc, ''));
    RETURN NEW;
END $$;
CREATE TRIGGER staff_search_text BEFORE INSERT OR UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION staff_search_text();

-- Inicio's sums per month, kept as instalments change (a cancelled one adds nothing).
CREATE FUNCTION instalment_month_total_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE pacta.instalment_month_total t SET
            planned_minor = planned_minor - CASE WHEN OLD.state = 'cancelado' THEN 0 ELSE OLD.amount_minor END,
            approved_minor = approved_minor - CASE WHEN OLD.state IN ('aprobado', 'pagado') THEN OLD.amount_minor ELSE 0 END,
            paid_minor = paid_minor - CASE WHEN OLD.state = 'cancelado' THEN 0 ELSE coalesce(OLD.gross_minor, 0) END,
            withheld_minor = withheld_minor - CASE WHEN OLD.state = 'cancelado' THEN 0 ELSE coalesce(OLD.withheld_minor, 0) END
        FROM pacta.contract c
        WHERE c.id = OLD.contract_id AND t.institution_id = c.institution_id
          AND t.month = to_char(OLD.due_date, 'YYYY-MM') AND t.currency = c.currency;
        DELETE FROM pacta.due_in_force WHERE due_date = OLD.due_date AND instalment_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO pacta.instalment_month_total AS t
            SELECT c.institution_id, to_char(NEW.due_date, 'YYYY-MM'), c.currency,
                   CASE WHEN NEW.state = 'cancelado' THEN 0 ELSE NEW.amount_minor END,
                   CASE WHEN NEW.state IN ('aprobado', 'pagado') THEN NEW.amount_minor ELSE 0 END,
                   CASE WHEN NEW.state = 'cancelado' THEN 0 ELSE coalesce(NEW.gross_minor, 0) END,
                   CASE WHEN NEW.state = 'cancelado' THEN 0 ELSE coalesce(NEW.withheld_minor, 0) END
            FROM pacta.contract c WHERE c.id = NEW.contract_id
        ON CONFLICT (institution_id, month, currency) DO UPDATE SET
            planned_minor = t.planned_minor + excluded.planned_minor,
            approved_minor = t.approved_minor + excluded.approved_minor,
            paid_minor = t.paid_minor + excluded.paid_minor,
            withheld_minor = t.withheld_minor + excluded.withheld_minor;
        INSERT INTO pacta.due_in_force (due_date, instalment_id, contract_id, institution_id)
            SELECT NEW.due_date, NEW.id, NEW.contract_id, c.institution_id FROM pacta.contract c
            WHERE c.id = NEW.contract_id AND NEW.state NOT IN ('pagado', 'cancelado')
              AND c.state IN ('firmado', 'vigente');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER instalment_month_total_kept AFTER INSERT OR DELETE OR UPDATE OF contract_id, amount_minor, due_date,
    state, gross_minor, withheld_minor ON instalment FOR EACH ROW EXECUTE FUNCTION instalment_month_total_kept();

-- A contract entering or leaving force brings its open instalments into Inicio's list or out.
CREATE FUNCTION contract_due_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM pacta.due_in_force WHERE contract_id = NEW.id;
    INSERT INTO pacta.due_in_force (due_date, instalment_id, contract_id, institution_id)
        SELECT n.due_date, n.id, n.contract_id, NEW.institution_id FROM pacta.instalment n
        WHERE n.contract_id = NEW.id AND n.state NOT IN ('pagado', 'cancelado')
          AND NEW.state IN ('firmado', 'vigente');
    RETURN NULL;
END $$;
CREATE TRIGGER contract_due_kept AFTER UPDATE OF state ON contract FOR EACH ROW
    WHEN ((OLD.state IN ('firmado', 'vigente')) <> (NEW.state IN ('firmado', 'vigente')))
    EXECUTE FUNCTION contract_due_kept();
CREATE INDEX due_in_force_contract ON due_in_force (contract_id);

-- A draft may still change institution or currency: its instalments' sums move with it.
CREATE FUNCTION contract_month_totals_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pacta, pg_catalog, pg_temp AS $$
BEGIN
    UPDATE pacta.instalment_month_total t SET planned_minor = t.planned_minor - s.planned,
        approved_minor = t.approved_minor - s.approved, paid_minor = t.paid_minor - s.paid,
        withheld_minor = t.withheld_minor - s.withheld
    FROM (SELECT to_char(n.due_date, 'YYYY-MM') AS month,
                 sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE n.amount_minor END) AS planned,
                 sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END) AS approved,
                 sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.gross_minor, 0) END) AS paid,
                 sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.withheld_minor, 0) END) AS withheld
          FROM pacta.instalment n WHERE n.contract_id = OLD.id GROUP BY 1) AS s
    WHERE t.institution_id = OLD.institution_id AND t.month = s.month AND t.currency = OLD.currency;
    INSERT INTO pacta.instalment_month_total AS t
        SELECT NEW.institution_id, to_char(n.due_date, 'YYYY-MM'), NEW.currency,
               sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE n.amount_minor END),
               sum(CASE WHEN n.state IN ('aprobado', 'pagado') THEN n.amount_minor ELSE 0 END),
               sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.gross_minor, 0) END),
               sum(CASE WHEN n.state = 'cancelado' THEN 0 ELSE coalesce(n.withheld_minor, 0) END)
        FROM pacta.instalment n WHERE n.contract_id = NEW.id GROUP BY 2
    ON CONFLICT (institution_id, month, currency) DO UPDATE SET
        planned_minor = t.planned_minor + excluded.planned_minor,
        approved_minor = t.approved_minor + excluded.approved_minor,
        paid_minor = t.paid_minor + excluded.paid_minor,
        withheld_minor = t.withheld_minor + excluded.withheld_minor;
    RETURN NULL;
END $$;
CREATE TRIGGER contract_month_totals_moved AFTER UPDATE OF institution_id, currency ON contract FOR EACH ROW
    WHEN (OLD.institution_id IS DISTINCT FROM NEW.institution_id OR OLD.currency IS DISTINCT FROM NEW.currency)
    EXECUTE FUNCTION contract_month_totals_moved();
)sql";

}  // namespace pacta::db::pg::sql
