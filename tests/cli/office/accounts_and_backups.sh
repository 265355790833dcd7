# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# Accounts, logins and lockout, institutions, the audit trail and backups on a database
# chosen with --db.

"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/ejemplo.json"

# Institutions, signatories, audit trail and backups on a database chosen with --db.
fixtures="$(dirname "$0")/../fixtures/datos"
db="$work/oficina.sqlite3"
# Users. Nobody can work on a database without users; the first administrator is created
# without logging in, and only then.
check_err 3 "esta base de datos todavía no tiene usuarios" -- --db "$db" institucion listar
echo "corta" | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --clave-stdin >"$work/out" 2>"$work/err"
[[ $? == 1 ]] && grep -qF "la contraseña es demasiado corta: use al menos 10 caracteres" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: contraseña corta" >&2; }
echo "clave-de-ana-1" | "$cli" --db "$db" usuario crear --usuario rita --rol revisor --clave-stdin >"$work/out" 2>"$work/err"
[[ $? == 1 ]] && grep -qF "la primera cuenta debe ser de administrador" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: primera cuenta sin administrador" >&2; }
echo "clave-de-ana-1" | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --rol capturista \
  --rol finanzas --clave-stdin >"$work/out" 2>"$work/err"
[[ $? == 0 ]] && grep -qF "Primer administrador «ana» creado." "$work/out" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: primer administrador" >&2; cat "$work/err" >&2; }
# Only while there are no users: a second "first administrator" is refused.
echo "clave-de-eva-1" | "$cli" --db "$db" usuario crear --usuario eva --rol administrador --clave-stdin >"$work/out" 2>"$work/err"
[[ $? == 2 ]] && grep -qF "necesita un usuario" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: segundo primer administrador" >&2; cat "$work/err" >&2; }
[[ $(sqlite3 "$db" "SELECT count(*) FROM app_user") == 1 ]] && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FALLA: se creó una segunda cuenta sin permiso" >&2; }
# Stored as Argon2id, never as the password itself.
sqlite3 "$db" "SELECT password_hash FROM app_user" | grep -c '^\$argon2id\$v=19\$' >/dev/null && ! sqlite3 "$db" .dump | grep -c "clave-de-ana-1" >/dev/null &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: hash de la contraseña" >&2; }
check_err 2 "no hay terminal para pedir la contraseña" -- --db "$db" --usuario ana institucion listar </dev/null
# On a terminal, --usuario asks for the password without echoing it (script(1) gives a pty).
# Type only once the prompt shows (a loaded machine may take seconds to start the program).
rm -f "$work/out"
(for _ in $(seq 300); do grep -qF "Contraseña de ana:" "$work/out" 2>/dev/null && break; sleep 0.1; done
 printf 'equivocada\n') | script -qec "'$cli' --db '$db' --usuario ana institucion listar" /dev/null >"$work/out" 2>&1
grep -qF "Contraseña de ana:" "$work/out" && grep -qF "usuario o contraseña incorrectos" "$work/out" && ! grep -qF "equivocada" "$work/out" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: contraseña en la terminal" >&2; cat "$work/out" >&2; }
PACTA_USUARIO=ana PACTA_CLAVE=equivocada "$cli" --db "$db" institucion listar >"$work/out" 2>"$work/err"
[[ $? == 3 ]] && grep -qF "usuario o contraseña incorrectos" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: contraseña equivocada" >&2; }
export PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1
for who in rita:revisor_juridico fer:finanzas carlos:capturista dual:capturista; do
  extra=(); [[ ${who%%:*} == dual ]] && extra=(--rol "revisor jurídico")
  echo "clave-de-${who%%:*}-1" | "$cli" --db "$db" usuario crear --usuario "${who%%:*}" --rol "${who#*:}" "${extra[@]}" --clave-stdin >/dev/null ||
    { failed=$((failed + 1)); echo "FALLA: crear ${who%%:*}" >&2; }
done
check_out 0 "dual	capturista, revisor jurídico	todas	activo" -- --db "$db" usuario listar
check_err 1 "no existe la institución «nada»" -- --db "$db" usuario crear --usuario nadia --rol finanzas --institucion nada --clave-stdin
as() { local u=$1; shift; PACTA_USUARIO=$u PACTA_CLAVE="clave-de-$u-1" "$@"; }
# Only an administrator manages users; the refusal names the role, exits with 3, is audited.
as carlos check_err 3 "carlos no puede hacer esto: se necesita el rol administrador" -- --db "$db" usuario listar
echo "clave-de-zoe-1" | as fer "$cli" --db "$db" usuario crear --usuario zoe --rol finanzas --clave-stdin >/dev/null 2>&1
[[ $? == 3 ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: finanzas crea usuarios" >&2; }
[[ $(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'denegar' AND actor IN ('carlos', 'fer')") == 2 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: negativas auditadas" >&2; }
# Lockout after five failures in a row; an administrator's reset unlocks.
for i in 1 2 3 4; do PACTA_USUARIO=carlos PACTA_CLAVE=mala "$cli" --db "$db" institucion listar >/dev/null 2>&1; done
as carlos check 0 "" -- --db "$db" institucion listar
for i in 1 2 3 4 5; do PACTA_USUARIO=carlos PACTA_CLAVE=mala "$cli" --db "$db" institucion listar >/dev/null 2>&1; done
# A locked account gets the same answer as a wrong password (docs/seguridad.md).
as carlos check_err 3 "usuario o contraseña incorrectos, o la cuenta está bloqueada o desactivada" -- --db "$db" institucion listar
check_out 0 "carlos	capturista	todas	bloqueado" -- --db "$db" usuario listar
echo "clave-de-carlos-1" | "$cli" --db "$db" usuario restablecer --usuario carlos --clave-stdin >/dev/null
as carlos check 0 "" -- --db "$db" institucion listar
[[ $(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE entity = 'sesion' AND actor = 'carlos' AND action = 'denegar'") == 10 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: intentos fallidos auditados" >&2; }
check_err 1 "no puede desactivar su propia cuenta" -- --db "$db" usuario desactivar --usuario ana
echo "clave-de-zoe-1" | "$cli" --db "$db" usuario crear --usuario zoe --rol finanzas --clave-stdin >/dev/null
check_out 0 "Usuario «zoe» desactivado." -- --db "$db" usuario desactivar --usuario zoe
as zoe check_err 3 "usuario o contraseña incorrectos, o la cuenta está bloqueada o desactivada" -- --db "$db" institucion listar
# --clave-stdin: the login password from standard input, not from the environment.
echo "clave-de-carlos-1" | PACTA_USUARIO= PACTA_CLAVE=otra "$cli" --db "$db" --usuario carlos --clave-stdin \
  institucion listar >"$work/out" 2>"$work/err" && [[ ! -s "$work/err" ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: --clave-stdin" >&2; cat "$work/err" >&2; }
# Commands without a database never ask who is working.
PACTA_USUARIO= PACTA_CLAVE= check_out 0 "QUINTUPLICADO" -- texto ejemplares 5

check_out 0 "Institución imss-bienestar-gro creada: 1 unidades, 1 cuentas presupuestales, 4 firmantes." -- \
  --db "$db" institucion importar "$fixtures/institucion-imss-bienestar-gro.json"
check_out 0 "Institución imss-bienestar-gro actualizada" -- --db "$db" institucion importar "$fixtures/institucion-imss-bienestar-gro.json"
check_out 0 "imss-bienestar-gro" -- --db "$db" institucion listar
check_out 0 "representante-2024" -- --db "$db" firmante listar --institucion imss-bienestar-gro
check_out 0 '"escritura": "44,852"' -- --db "$db" institucion exportar imss-bienestar-gro
"$cli" --db "$db" institucion exportar imss-bienestar-gro --salida "$work/exportada.json" >/dev/null
check_out 0 "actualizada" -- --db "$db" institucion importar "$work/exportada.json"
check_err 1 "no existe la institución «nada»" -- --db "$db" institucion exportar nada
sed -e 's/"vigente_desde": "2024-01-10"/"vigente_desde": "2024-02-30"/' -e 's/"sexo": "H"/"sexo": "X"/' \
  "$fixtures/institucion-imss-bienestar-gro.json" >"$work/mala.json"
check_err 1 "firmantes[1].vigente_desde: «2024-02-30» no existe" -- --db "$db" institucion importar "$work/mala.json"
if grep -qF "firmantes[1].sexo: no se reconoce «X»" "$work/err"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: sexo del firmante" >&2; cat "$work/err" >&2; fi
PACTA_DB="$db" "$cli" auditoria verificar >"$work/out" 2>"$work/err"
audit_rows=$(sqlite3 "$db" "SELECT count(*) FROM audit_log")
if [[ $? == 0 ]] && grep -qE "^Bitácora de auditoría íntegra: $audit_rows filas; último hash [0-9a-f]{64}$" "$work/out"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: auditoria verificar" >&2; cat "$work/out" "$work/err" >&2; fi
check_out 0 "Respaldo escrito en $work/respaldo.sqlite3" -- --db "$db" respaldo crear "$work/respaldo.sqlite3"
if grep -qE "^ultimo hash: [0-9a-f]{64}$" "$work/respaldo.sqlite3.manifiesto"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: manifiesto" >&2; fi
sqlite3 "$db" "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'intruso' WHERE id = 2;"
check_err 1 "la bitácora de auditoría está rota desde la fila 2" -- --db "$db" auditoria verificar
check_out 0 "Restaurado $work/respaldo.sqlite3" -- --db "$db" respaldo restaurar "$work/respaldo.sqlite3"
# The copy's rows and the one that records the restore (docs/seguridad.md).
audit_rows=$((audit_rows + 1))
check_out 0 "Bitácora de auditoría íntegra: $audit_rows filas" -- --db "$db" auditoria verificar
head -c 4096 /dev/urandom >"$work/basura.sqlite3"
check_err 1 "no es una base de datos de Pacta" -- --db "$work/basura.sqlite3" institucion listar
check_err 1 "no es una base de datos de Pacta" -- --db "$db" respaldo restaurar "$work/basura.sqlite3"
check_out 0 "Bitácora de auditoría íntegra: $audit_rows filas" -- --db "$db" auditoria verificar
as carlos check_err 3 "se necesita el rol administrador" -- --db "$db" respaldo crear "$work/otro.sqlite3"
as carlos check_err 3 "se necesita el rol administrador" -- --db "$db" institucion importar "$fixtures/institucion-imss-bienestar-gro.json"
