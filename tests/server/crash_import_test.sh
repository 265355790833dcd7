#!/usr/bin/env bash
# The office server stopped in the middle of an import (as a power cut would): after it
# starts again nothing of the import is there, the trail verifies, and the same import then
# goes through whole. A cluster of its own, since it is stopped on purpose.
# Usage: crash_import_test.sh PACTA_CLI GENERATE_STAFF FIXTURES
set -uo pipefail
cli=$1
generate=$2
fixtures=$3
here=$(cd "$(dirname "$0")" && pwd)
cluster_script=$here/../../scripts/pg-test-cluster
work=$(mktemp -d)
chmod 755 "$work"
cluster=$work/pg
export HOME=$work XDG_DATA_HOME=$work/datos PACTA_IDIOMA=es PGCONNECT_TIMEOUT=10
unset PACTA_DB PACTA_USUARIO PACTA_CLAVE PGSERVICE PACTA_SERVIDOR
cleanup() {
  bash "$cluster_script" stop "$cluster" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FALLA: $*" >&2; exit 1; }
bash "$cluster_script" start "$cluster" >/dev/null || fail "no arrancó el clúster"
set -a
# shellcheck source=/dev/null
. "$cluster/env"
set +a
db=pacta_corte
psql -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'" || fail "base"
printf 'clave de ana 1\n' | "$cli" servidor preparar --servidor "dbname=$db" --administrador ana --clave-stdin >/dev/null ||
  fail "preparar"
export PACTA_SERVIDOR="dbname=$db"
as_ana() { PACTA_USUARIO=ana PACTA_CLAVE='clave de ana 1' "$cli" "$@"; }
out=$(as_ana institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" 2>&1) || fail "institución: $out"
"$generate" 10000 1 >"$work/personal.csv" || fail "no se generó la hoja"
before=$(as_ana auditoria verificar 2>&1 | grep -o '[0-9a-f]\{64\}' | head -1)

# The import runs; once the server is busy writing it, the server stops at once.
as_ana personal importar "$work/personal.csv" >"$work/importar.log" 2>&1 &
importer=$!
busy=0
for _ in $(seq 1 200); do
  n=$(psql -X -A -t -q -d "$db" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db' AND state = 'active' AND query ILIKE '%staff%'" 2>/dev/null)
  if [[ ${n:-0} -gt 0 ]]; then busy=1; break; fi
  sleep 0.05
done
((busy)) || fail "la importación no llegó a escribir: $(cat "$work/importar.log")"
bash "$cluster_script" crash "$cluster" || fail "no se detuvo el servidor"
wait "$importer"
status=$?
[[ $status -ne 0 ]] || fail "la importación dijo que terminó aunque el servidor se detuvo: $(cat "$work/importar.log")"
bash "$cluster_script" resume "$cluster" || fail "el servidor no volvió"

people=$(psql -X -A -t -q -d "$db" -c "SELECT count(*) FROM pacta.staff")
[[ $people == 0 ]] || fail "quedaron $people personas de una importación cortada"
after=$(as_ana auditoria verificar 2>&1) || fail "la bitácora no se verifica tras el corte: $after"
[[ $(grep -o '[0-9a-f]\{64\}' <<<"$after" | head -1) == "$before" ]] || fail "la bitácora cambió con una importación cortada"
echo "ok tras el corte no quedó nada de la importación y la bitácora es la de antes"

out=$(as_ana personal importar "$work/personal.csv" 2>&1) || fail "la importación repetida: $out"
people=$(psql -X -A -t -q -d "$db" -c "SELECT count(*) FROM pacta.staff")
[[ $people == 10000 ]] || fail "la importación repetida dejó $people personas"
out=$(as_ana auditoria verificar 2>&1) || fail "verificar: $out"
echo "ok la misma importación, repetida, entra entera (10000 personas)"
