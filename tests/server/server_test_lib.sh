# Sourced by the server's shell tests: the suite cluster's settings, a database of the test's
# own and its Pacta roles removed at exit, and how a test fails.
#   . server_test_lib.sh NAME    # sets db=pacta_NAME_$$, prefix, work (a temporary folder)
set -a
# shellcheck source=/dev/null
. "${PACTA_PG_ENV:?PACTA_PG_ENV: falta la ruta de DIR/env del clúster de prueba}"
set +a
export PACTA_IDIOMA=es PGCONNECT_TIMEOUT=10
unset PACTA_DB PACTA_USUARIO PACTA_CLAVE PACTA_SERVIDOR PGSERVICE

db=pacta_${1:?server_test_lib.sh: falta el nombre de la prueba}_$$
prefix=pacta_${db}_
work=$(mktemp -d)

drop_database() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null 2>&1; }

# Every database the test made (the test's own and any listed in extra_databases), the roles
# named after them, and the folder.
extra_databases=()
cleanup() {
  local base
  for base in "$db" "${extra_databases[@]}"; do drop_database "$base"; done
  psql -X -q -d postgres >/dev/null 2>&1 <<SQL
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

passed=0
fail() { echo "FALLA: $*" >&2; exit 1; }
ok() { echo "ok $*"; passed=$((passed + 1)); }
create_database() { psql -X -q -d postgres -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8'" || fail "no se creó la base $1"; }
