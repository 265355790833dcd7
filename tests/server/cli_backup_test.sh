#!/usr/bin/env bash
# The database administrator's copies of the office server: a whole copy with its manifest,
# a restore into the empty database of the same name whose trail is the manifest's (and never
# over Pacta's data), and a schema upgrade that copies first. Usage: PACTA_PG_ENV=DIR/env
# cli_backup_test.sh PACTA_CLI FIXTURES
set -uo pipefail
cli=$1
fixtures=$2
# shellcheck source=server_test_lib.sh
. "$(dirname "$0")/server_test_lib.sh" copias
extra_databases=("${db}_otra")
export HOME=$work XDG_DATA_HOME=$work/datos
export PACTA_FECHA_HOY=2024-01-20
create_database "$db"
printf 'clave de ana 1\n' | "$cli" servidor preparar --servidor "dbname=$db" --administrador ana --clave-stdin >/dev/null ||
  fail "preparar"
export PACTA_SERVIDOR="dbname=$db"
as_ana() { PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 1' "$cli" "$@"; }
out=$(as_ana institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" 2>&1) || fail "institución: $out"
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,rfc,categoria,regimen,nacionalidad,estado_civil,domicilio,profesion\n' >"$work/personal.csv"
printf 'Rosa,Ramírez,Cruz,M,1992-05-14,RACR920514MDFMRS05,RACR920514AB1,asistencial,honorarios,mexicana,soltera,Calle 1 Chilpancingo,Médica\n' >>"$work/personal.csv"
out=$(as_ana personal importar "$work/personal.csv" 2>&1) || fail "personal: $out"
out=$(as_ana contrato nuevo --plantilla imss-bienestar-honorarios --persona RACR920514MDFMRS05 \
  --datos "$fixtures/datos/contrato-imss-extra.json" 2>&1) || fail "contrato nuevo: $out"
folio=$(grep -o 'IMSS-BIENESTAR-GRO-2024-[0-9]*' <<<"$out" | head -1)
hash_now() { as_ana auditoria verificar 2>&1 | grep -o '[0-9a-f]\{64\}' | head -1; }
before=$(hash_now)
[[ ${#before} -eq 64 ]] || fail "no se leyó el hash de la bitácora"

out=$("$cli" servidor respaldar --servidor "dbname=$db" --salida "$work/copia.dump" 2>&1) || fail "respaldar: $out"
[[ $(stat -c %a "$work/copia.dump") == 600 ]] || fail "la copia no es privada"
grep -q "^ultimo hash: $before$" "$work/copia.dump.manifiesto" || fail "el manifiesto no lleva el hash: $(cat "$work/copia.dump.manifiesto")"
grep -q "^servidor: $db$" "$work/copia.dump.manifiesto" || fail "el manifiesto no nombra la base"
listing=$(pg_restore --list "$work/copia.dump" 2>&1) || fail "pg_restore no lee la copia: $listing"
grep -q "TABLE DATA pacta audit_log" <<<"$listing" || fail "pg_restore no reconoce la copia: $listing"
ok "una copia entera con pg_dump y su manifiesto ($before)"

# A Pacta administrator of every institution makes the same copy from her desk; nobody
# restores over the server from a desk.
out=$(as_ana respaldo crear "$work/escritorio.dump" 2>&1) || fail "respaldo crear: $out"
grep -q "^ultimo hash: $before$" "$work/escritorio.dump.manifiesto" || fail "la copia de Ana no lleva el hash"
out=$(as_ana respaldo restaurar "$work/escritorio.dump" 2>&1)
[[ $? -ne 0 && $out == *"administrador de la base de datos"* ]] || fail "se restauró desde un escritorio: $out"
ok "Ana copia el servidor desde su escritorio, y no lo restaura desde ahí"

out=$("$cli" servidor restaurar --servidor "dbname=$db" --desde "$work/copia.dump" 2>&1)
[[ $? -ne 0 && $out == *"ya contiene los datos de Pacta"* ]] || fail "se restauró sobre datos de Pacta: $out"
create_database "${db}_otra"
out=$("$cli" servidor restaurar --servidor "dbname=${db}_otra" --desde "$work/copia.dump" 2>&1)
[[ $? -ne 0 && $out == *"no coincide"* ]] || fail "se restauró en una base de otro nombre: $out"
ok "no se restaura sobre datos de Pacta ni en una base de otro nombre"

drop_database "$db"
create_database "$db"
out=$("$cli" servidor restaurar --servidor "dbname=$db" --desde "$work/copia.dump" 2>&1) || fail "restaurar: $out"
[[ $(hash_now) == "$before" ]] || fail "la bitácora restaurada no es la de la copia"
out=$(as_ana contrato listar 2>&1) || fail "listar tras restaurar: $out"
grep -q "$folio" <<<"$out" || fail "el contrato no volvió: $out"
ok "la copia vuelve a la base vacía del mismo nombre, con la misma bitácora"

# An older server database: as it was before schema 11 (no office templates, the staff
# search row by row, people created audited one trigger call each, no trusted authorities, no
# retired checklist points).
psql -X -q -d "$db" >/dev/null <<SQL || fail "no se simuló la versión 10"
SET ROLE ${prefix}owner;
DROP FUNCTION pacta.staff_matching(text[], boolean, bigint);
ALTER TABLE pacta.staff FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_reads ON pacta.staff FOR SELECT USING (current_user = '${prefix}owner');
DROP TRIGGER audit_staff_created ON pacta.staff;
DROP FUNCTION pacta.audit_staff_created();
DROP TRIGGER audit_staff ON pacta.staff;
CREATE TRIGGER audit_staff AFTER INSERT OR UPDATE OR DELETE ON pacta.staff FOR EACH ROW EXECUTE FUNCTION pacta.audit_row('personal');
DROP TABLE pacta.office_template;
DROP TABLE pacta.trusted_root;
DROP FUNCTION pacta.audit_trusted_root();
ALTER TABLE pacta.signatory DROP COLUMN rfc, DROP COLUMN dni;
DROP TRIGGER review_checklist_item_retired ON pacta.review_checklist_item;
DROP FUNCTION pacta.checklist_item_retired();
ALTER TABLE pacta.review_checklist_item DROP COLUMN retired_by, DROP COLUMN retired_at;
GRANT UPDATE ON pacta.review_checklist_item TO ${prefix}revisor_juridico, ${prefix}administrador;
REVOKE SELECT ON ALL SEQUENCES IN SCHEMA pacta FROM ${prefix}administrador;
UPDATE pacta.setting SET value = '10' WHERE key = 'schema_version';
SQL
out=$(as_ana contrato listar 2>&1)
[[ $? -ne 0 && $out == *"esquema 10"* ]] || fail "se abrió una base de esquema anterior: $out"
out=$("$cli" servidor actualizar --servidor "dbname=$db" --respaldo "$work/antes.dump" 2>&1) || fail "actualizar: $out"
grep -q "de la versión 10 a la 14" <<<"$out" || fail "actualizar: $out"
[[ -s $work/antes.dump && -s $work/antes.dump.manifiesto ]] || fail "no hubo copia antes de actualizar"
out=$(as_ana plantillas 2>&1) || fail "plantillas tras actualizar: $out"
out=$(as_ana auditoria verificar 2>&1) || fail "verificar tras actualizar: $out"
out=$("$cli" servidor actualizar --servidor "dbname=$db" --respaldo "$work/otra.dump" 2>&1) || fail "actualizar otra vez: $out"
grep -q "al día" <<<"$out" || fail "actualizar otra vez: $out"
[[ ! -e $work/otra.dump ]] || fail "una base al día se copió de nuevo"
ok "una base de esquema anterior se actualiza después de una copia, y solo una vez"
echo "$passed correctos"
