#!/usr/bin/env bash
# pacta-cli servidor preparar as an office's database administrator runs it: prepares an empty
# database, refuses a prepared one and an unreachable server in Spanish, and the first
# administrator then logs in to the server as their own role.
# Usage: PACTA_PG_ENV=DIR/env cli_prepare_test.sh PACTA_CLI
set -uo pipefail
cli=$1
# shellcheck source=server_test_lib.sh
. "$(dirname "$0")/server_test_lib.sh" cli
create_database "$db"

out=$(printf 'clave de ana 1\n' | "$cli" servidor preparar --servidor "dbname=$db" --administrador ana --clave-stdin 2>&1)
[[ $? -eq 0 ]] || fail "preparar: $out"
grep -q "Base «$db» preparada para Pacta" <<<"$out" || fail "sin confirmación: $out"
grep -q "${prefix}u_ana" <<<"$out" || fail "no nombra el rol del administrador: $out"
echo "ok preparar"

# The administrator logs in as their own role, with a password file like a desk's.
cp "$PGPASSFILE" "$work/pgpass"
echo "$PGHOST:$PGPORT:$db:${prefix}u_ana:clave de ana 1" >>"$work/pgpass"
chmod 600 "$work/pgpass"
who=$(PGPASSFILE=$work/pgpass psql -X -A -t -q -d "$db" -U "${prefix}u_ana" -c "SELECT pacta.current_username()") ||
  fail "ana no entra al servidor"
[[ $who == ana ]] || fail "current_username es «$who»"
echo "ok ana entra como su propio rol"

out=$(printf 'otra clave 1\n' | "$cli" servidor preparar --servidor "dbname=$db" --administrador otro --clave-stdin 2>&1)
[[ $? -eq 1 ]] || fail "una base ya preparada no se rechazó: $out"
grep -q "ya está preparada para Pacta" <<<"$out" || fail "mensaje: $out"
echo "ok una base preparada se rechaza"

out=$(printf 'x\n' | "$cli" servidor preparar --servidor "host=127.0.0.1 port=1 dbname=$db connect_timeout=3" \
  --administrador ana --clave-stdin 2>&1)
[[ $? -eq 1 ]] || fail "un servidor inalcanzable no falló: $out"
grep -q "no se puede llegar al servidor de la oficina (detalle: " <<<"$out" || fail "mensaje: $out"
echo "ok servidor inalcanzable"

out=$("$cli" servidor preparar --administrador ana --clave-stdin </dev/null 2>&1)
[[ $? -eq 2 ]] || fail "sin --servidor: $out"
echo "ok sin servidor"
