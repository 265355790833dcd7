#!/usr/bin/env bash
# The test cluster (fixture pg_server) answers as the later tests need it: a database and a
# LOGIN role with a SCRAM password, reached over TCP with the role's own password file, and the
# unaccent and pg_trgm extensions. Usage: PACTA_PG_ENV=DIR/env smoke_test.sh
set -uo pipefail
env_file=${PACTA_PG_ENV:?PACTA_PG_ENV: falta la ruta de DIR/env del clúster de prueba}
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
export PGCLIENTENCODING=UTF8 PGCONNECT_TIMEOUT=10
unset PGPASSWORD PGSERVICE

db=pacta_smoke_$$_$RANDOM
role=pacta_smoke_$$_$RANDOM
work=$(mktemp -d)
dba() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  dba -d postgres -v db="$db" -v role="$role" >/dev/null 2>&1 <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
DROP ROLE IF EXISTS :"role";
SQL
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FALLA: $*" >&2; exit 1; }

# The role's password lives in a file; psql reads it into a variable (never on a command line).
head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/pw"
chmod 600 "$work/pw"
dba -d postgres -v db="$db" -v role="$role" <<SQL || fail "no se pudo crear la base $db y el rol $role"
\set pw \`cat $work/pw\`
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db";
SQL
echo "ok base $db y rol $role creados"

(umask 077 && echo "127.0.0.1:$PGPORT:$db:$role:$(<"$work/pw")" >"$work/pgpass")
as_role() { PGPASSFILE=$work/pgpass psql -X -A -t -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$PGPORT user=$role dbname=$db" "$@"; }
who=$(as_role -c 'SELECT current_user') || fail "el rol $role no se conecta por TCP con su pgpass"
[[ $who == "$role" ]] || fail "current_user es «$who», no $role"
echo "ok $role conectado por 127.0.0.1:$PGPORT"

(umask 077 && echo "127.0.0.1:$PGPORT:$db:$role:otra-clave" >"$work/pgpass-mala")
if PGPASSFILE=$work/pgpass-mala psql -X -A -t "host=127.0.0.1 port=$PGPORT user=$role dbname=$db" \
  -c 'SELECT 1' >/dev/null 2>&1; then
  fail "una clave equivocada entra"
fi
echo "ok una clave equivocada no entra"

enc=$(as_role -c 'SHOW password_encryption') || fail "SHOW password_encryption"
[[ $enc == scram-sha-256 ]] || fail "password_encryption es «$enc»"
stored=$(dba -d postgres -v role="$role" <<'SQL'
SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = :'role';
SQL
) || fail "no se pudo leer pg_authid"
[[ $stored == t ]] || fail "la clave de $role no está guardada como SCRAM-SHA-256"
echo "ok clave SCRAM-SHA-256"

out=$(dba -d "$db" <<'SQL'
CREATE EXTENSION unaccent;
CREATE EXTENSION pg_trgm;
SELECT unaccent('Núñez');
SELECT similarity('Nuñez', 'Núñez') > 0;
SQL
) || fail "no se pudieron crear unaccent y pg_trgm en $db: $out"
[[ $out == $'Nunez\nt' ]] || fail "unaccent/pg_trgm responden «$out»"
echo "ok unaccent('Núñez') = Nunez, pg_trgm"

cleanup
trap - EXIT
left=$(dba -d postgres -v db="$db" -v role="$role" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'db';
SELECT count(*) FROM pg_roles WHERE rolname = :'role';
SQL
)
[[ $left == $'0\n0' ]] || fail "la base o el rol de prueba siguen ahí"
echo "ok base y rol borrados"
