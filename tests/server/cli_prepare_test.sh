#!/usr/bin/env bash
# pacta-cli servidor preparar as an office's database administrator runs it: prepares an empty
# database, refuses a prepared one and an unreachable server in Spanish, and the first
# administrator then logs in to the server as their own role.
# Usage: PACTA_PG_ENV=DIR/env cli_prepare_test.sh PACTA_CLI
set -uo pipefail
cli=$1
set -a
# shellcheck source=/dev/null
. "${PACTA_PG_ENV:?PACTA_PG_ENV: falta la ruta de DIR/env del clúster de prueba}"
set +a
export PACTA_IDIOMA=es PGCONNECT_TIMEOUT=10
unset PACTA_SERVIDOR PGSERVICE

db=pacta_cli_$$
prefix=pacta_${db}_
work=$(mktemp -d)
cleanup() {
  psql -X -q -d postgres >/dev/null 2>&1 <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
DO \$\$ DECLARE r text; BEGIN
  FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE '${prefix}%' LOOP
    EXECUTE format('DROP OWNED BY %I CASCADE', r);
  END LOOP;
  FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE '${prefix}%' ORDER BY rolname LIKE '%owner' LOOP
    EXECUTE format('DROP ROLE %I', r);
  END LOOP;
END \$\$;
SQL
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FALLA: $*" >&2; exit 1; }
psql -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'" || fail "no se creó la base"

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
