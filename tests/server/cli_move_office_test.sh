#!/usr/bin/env bash
# Moving an office from one desk onto the office server: a desk's database with people, a
# contract, its file and a reviewer goes whole into an empty server database; the trail is the
# same on both sides, the named administrator logs in with her new password, the file opens
# from the server, the others are listed for new passwords, and a second import is refused.
# Usage: PACTA_PG_ENV=DIR/env cli_move_office_test.sh PACTA_CLI FIXTURES
set -uo pipefail
cli=$1
fixtures=$2
# shellcheck source=server_test_lib.sh
. "$(dirname "$0")/server_test_lib.sh" mudanza
export HOME=$work XDG_DATA_HOME=$work/datos
export PACTA_FECHA_HOY=2024-01-20

# The desk, as an office has used it.
desk=$work/pacta.sqlite3
on_desk() { PACTA_USUARIO=ana PACTA_CLAVE='clave-de-ana-1' "$cli" --db "$desk" "$@"; }
echo "clave-de-ana-1" | "$cli" --db "$desk" usuario crear --usuario ana --rol administrador --rol capturista \
  --clave-stdin >/dev/null || fail "primer administrador"
out=$(on_desk institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" 2>&1) || fail "institución: $out"
echo "clave-de-rita-1" | on_desk usuario crear --usuario rita --rol revisor_juridico --clave-stdin >/dev/null || fail "rita"
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,rfc,categoria,regimen,nacionalidad,estado_civil,domicilio,profesion\n' >"$work/personal.csv"
printf 'Rosa,Ramírez,Cruz,M,1992-05-14,RACR920514MDFMRS05,RACR920514AB1,asistencial,honorarios,mexicana,soltera,Calle 1 Chilpancingo,Médica\n' >>"$work/personal.csv"
out=$(on_desk personal importar "$work/personal.csv" 2>&1) || fail "personal: $out"
out=$(on_desk contrato nuevo --plantilla imss-bienestar-honorarios --persona RACR920514MDFMRS05 \
  --datos "$fixtures/datos/contrato-imss-extra.json" 2>&1) || fail "contrato nuevo: $out"
folio=$(grep -o 'IMSS-BIENESTAR-GRO-2024-[0-9]*' <<<"$out" | head -1)
out=$(on_desk contrato generar "$folio" --salida "$work/contrato.pdf" 2>&1) || fail "generar: $out"
desk_hash=$(on_desk auditoria verificar 2>&1 | grep -o '[0-9a-f]\{64\}' | head -1)
[[ ${#desk_hash} -eq 64 ]] || fail "no se leyó la bitácora del escritorio"

create_database "$db"
out=$(printf 'clave de ana 2\n' | "$cli" servidor importar --servidor "dbname=$db" --desde "$desk" --administrador ana \
  --clave-stdin 2>&1) || fail "importar: $out"
grep -q "$desk_hash" <<<"$out" || fail "el informe no da el hash del escritorio: $out"
grep -q "rita" <<<"$out" || fail "no lista a quien necesita contraseña: $out"
echo "ok la oficina del escritorio pasa entera al servidor"

export PACTA_SERVIDOR="dbname=$db"
as_ana() { PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 2' "$cli" "$@"; }
out=$(as_ana auditoria verificar 2>&1) || fail "verificar en el servidor: $out"
grep -q "$desk_hash" <<<"$out" || fail "la bitácora del servidor no es la del escritorio: $out"
out=$(as_ana contrato listar 2>&1) || fail "listar: $out"
grep -q "$folio" <<<"$out" || fail "el contrato no pasó: $out"
out=$(as_ana personal buscar ramirez 2>&1) || fail "buscar: $out"
grep -q "RACR920514MDFMRS05" <<<"$out" || fail "la búsqueda no la encuentra en el servidor: $out"
rm "$work/contrato.pdf"
out=$(as_ana contrato descargar "$folio" --salida "$work/copia.pdf" 2>&1) || fail "descargar: $out"
[[ -s $work/copia.pdf ]] || fail "el archivo no pasó"
out=$(PACTA_USUARIO=rita PACTA_CLAVE='clave-de-rita-1' "$cli" contrato listar 2>&1)
[[ $? -eq 3 ]] || fail "rita entró con la contraseña del escritorio: $out"
echo "ok en el servidor: la misma bitácora, el contrato, la búsqueda y su archivo; rita espera su contraseña"

out=$(printf 'clave de ana 2\n' | "$cli" servidor importar --servidor "dbname=$db" --desde "$desk" --administrador ana \
  --clave-stdin 2>&1)
[[ $? -ne 0 && $out == *"ya contiene los datos de Pacta"* ]] || fail "se importó dos veces: $out"
echo "ok una segunda importación se rechaza"
