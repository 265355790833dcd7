#!/usr/bin/env bash
# The same pacta-cli on the office server: an administrator prepares it, loads the
# institution, gives a clerk an account; the clerk, logged in as her own role, imports people,
# drafts a contract and sends it to review; a wrong password is refused; the trail the server
# wrote verifies. Usage: PACTA_PG_ENV=DIR/env cli_office_test.sh PACTA_CLI FIXTURES
set -uo pipefail
cli=$1
fixtures=$2
# shellcheck source=server_test_lib.sh
. "$(dirname "$0")/server_test_lib.sh" oficina
export HOME=$work XDG_DATA_HOME=$work/datos
export PACTA_FECHA_HOY=2024-01-20
create_database "$db"
printf 'clave de ana 1\n' | "$cli" servidor preparar --servidor "dbname=$db" --administrador ana --clave-stdin >/dev/null ||
  fail "preparar"

export PACTA_SERVIDOR="dbname=$db"
as_ana() { PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 1' "$cli" "$@"; }
as_rosa() { PACTA_USUARIO=rosa PACTA_CLAVE='clave de rosa 1' "$cli" "$@"; }

out=$(as_ana institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" 2>&1) || fail "institución: $out"
out=$(as_ana institucion listar 2>&1) || fail "listar: $out"
grep -q "imss-bienestar-gro" <<<"$out" || fail "la institución no aparece: $out"
ok "el administrador importa la institución en el servidor"

out=$(printf 'clave de rosa 1\n' | as_ana usuario crear --usuario rosa --rol capturista --institucion imss-bienestar-gro \
  --clave-stdin 2>&1) || fail "usuario crear: $out"
who=$(psql -X -A -t -q -d "$db" -c "SELECT rolcanlogin FROM pg_roles WHERE rolname = '${prefix}u_rosa'")
[[ $who == t ]] || fail "rosa no tiene rol de entrada en el servidor: «$who»"
ok "la cuenta de Rosa es su propio rol del servidor"

printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,rfc,categoria,regimen,nacionalidad,estado_civil,domicilio,profesion\n' >"$work/personal.csv"
printf 'Rosa,Ramírez,Cruz,M,1992-05-14,RACR920514MDFMRS05,RACR920514AB1,asistencial,honorarios,mexicana,soltera,Calle 1 Chilpancingo,Médica\n' >>"$work/personal.csv"
out=$(as_rosa personal importar "$work/personal.csv" 2>&1) || fail "personal importar: $out"
out=$(as_rosa personal buscar ramirez 2>&1) || fail "buscar: $out"
grep -q "RACR920514MDFMRS05" <<<"$out" || fail "la búsqueda sin acentos no la encuentra: $out"
ok "Rosa importa personal y lo encuentra sin acentos"

out=$(as_rosa contrato nuevo --plantilla imss-bienestar-honorarios --persona RACR920514MDFMRS05 \
  --datos "$fixtures/datos/contrato-imss-extra.json" 2>&1) || fail "contrato nuevo: $out"
folio=$(grep -o 'IMSS-BIENESTAR-GRO-2024-[0-9]*' <<<"$out" | head -1)
[[ $folio == IMSS-BIENESTAR-GRO-2024-0001 ]] || fail "folio «$folio»: $out"
# Files live with the data: what Rosa generated at her desk, Ana downloads at hers, byte
# for byte, after Rosa's copy is gone.
mkdir -p "$work/rosa" "$work/ana"
out=$(as_rosa contrato generar "$folio" --salida "$work/rosa/contrato.pdf" 2>&1) || fail "generar: $out"
sha=$(sha256sum "$work/rosa/contrato.pdf" | cut -d' ' -f1)
rm "$work/rosa/contrato.pdf"
out=$(as_ana contrato descargar "$folio" --salida "$work/ana/copia.pdf" 2>&1) || fail "descargar: $out"
[[ $(sha256sum "$work/ana/copia.pdf" | cut -d' ' -f1) == "$sha" ]] || fail "la copia no es el archivo generado"
[[ $(stat -c %a "$work/ana/copia.pdf") == 600 ]] || fail "la copia no es privada: $(stat -c %a "$work/ana/copia.pdf")"
out=$(as_ana contrato descargar "$folio" --tipo firmado --salida "$work/ana/firmado.pdf" 2>&1)
[[ $? -ne 0 && $out == *"no guarda ningún archivo de ese tipo"* ]] || fail "descargar un firmado que no hay: $out"
ok "Ana descarga en su equipo el contrato que Rosa generó en el suyo"

out=$(as_rosa contrato mover "$folio" en_revision 2>&1) || fail "mover: $out"
grep -q "en revisión jurídica" <<<"$out" || fail "mover: $out"
out=$(as_rosa contrato listar 2>&1) || fail "listar: $out"
grep -q "$folio" <<<"$out" || fail "el contrato no aparece: $out"
ok "Rosa redacta el contrato $folio y lo envía a revisión"

# The office's own template, installed by Ana, is what Rosa drafts from at another computer.
sed 's/^@plantilla imss-bienestar-honorarios$/@plantilla honorarios-oficina/' \
  "$(dirname "$cli")/../share/pacta/plantillas/imss-bienestar-honorarios.md" >"$work/ana/oficina.md"
grep -q '^@plantilla honorarios-oficina$' "$work/ana/oficina.md" || fail "no se preparó la plantilla"
out=$(as_ana plantilla instalar "$work/ana/oficina.md" 2>&1) || fail "plantilla instalar: $out"
out=$(as_rosa plantilla instalar "$work/ana/oficina.md" 2>&1)
[[ $? -eq 3 ]] || fail "una capturista instaló una plantilla: $out"
out=$(XDG_DATA_HOME=$work/rosa-datos as_rosa plantillas 2>&1) || fail "plantillas: $out"
grep -q "^honorarios-oficina" <<<"$out" || fail "Rosa no ve la plantilla de la oficina: $out"
out=$(XDG_DATA_HOME=$work/rosa-datos as_rosa contrato nuevo --plantilla honorarios-oficina \
  --persona RACR920514MDFMRS05 --datos "$fixtures/datos/contrato-imss-extra.json" 2>&1) || fail "contrato nuevo: $out"
grep -q "honorarios-oficina" <<<"$out" || fail "contrato nuevo: $out"
ok "Rosa redacta desde la plantilla que Ana instaló en el servidor"

out=$(PACTA_USUARIO=rosa PACTA_CLAVE='equivocada' "$cli" contrato listar 2>&1)
[[ $? -eq 3 ]] || fail "una contraseña equivocada no se rechazó: $out"
ok "una contraseña equivocada se rechaza"

out=$(as_ana auditoria verificar 2>&1) || fail "verificar: $out"
grep -q "Bitácora de auditoría íntegra" <<<"$out" || fail "verificar: $out"
actors=$(psql -X -A -t -q -d "$db" -c "SELECT string_agg(DISTINCT actor, ',' ORDER BY actor) FROM pacta.audit_log")
[[ $actors == *rosa* && $actors == *ana* ]] || fail "la bitácora no nombra a quien hizo cada cambio: $actors"
ok "la bitácora que escribió el servidor se verifica ($actors)"
echo "$passed correctos"
