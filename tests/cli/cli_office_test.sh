#!/usr/bin/env bash
# End-to-end checks of pacta-cli: the exact forms people and scripts rely on. An office database:
# users, institutions, audit and backups, staff, contracts and their life, payments.
#   cli_office_test.sh PACTA_CLI
cli=$1
source "$(dirname "$0")/cli_test_lib.sh"

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

# Staff: import (all or nothing, --parcial, --actualizar), search, export.
printf 'Nombre;Primer apellido;Segundo apellido;Sexo;Fecha de nacimiento;CURP;RFC;Categoría;Régimen;Unidad;CLABE\n' >"$work/personal.csv"
printf 'María Luisa;Martínez;Martínez;M;12/03/1990;MAMM900312MGRRRR03;MAMM900312AB2;asistencial;honorarios;UMM-GRO;002010077777777771\n' >>"$work/personal.csv"
printf 'Juan;Pérez;López;H;1931-08-20;BOXW310820HNERXN09;;administrativo;CAS;;\n' >>"$work/personal.csv"
printf 'Ana;Gómez;;M;1990-02-30;BOXW310820HNERXN08;;asistencial;honorarios;UMM-X;\n' >>"$work/personal.csv"
check_err 1 "1 de 3 filas tienen errores; no se importó nada" -- --db "$db" personal importar "$work/personal.csv"
if grep -qF "línea 4: error: curp: el dígito verificador (posición 18)" "$work/err" \
   && grep -qF "línea 4: error: fecha_nacimiento: «1990-02-30» no es una fecha" "$work/err" \
   && grep -qF "línea 4: error: unidad: la unidad «UMM-X» no existe" "$work/err"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: filas malas" >&2; cat "$work/err" >&2; fi
check_out 1 "Importados: 2 nuevos, 0 actualizados, 0 sin cambios; rechazados: 1." -- --db "$db" personal importar "$work/personal.csv" --parcial
if grep -qF "Ana,Gómez" "$work/personal.rechazados.csv" && head -1 "$work/personal.rechazados.csv" | grep -cF ",motivo" >/dev/null; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: rechazados" >&2; fi
check_out 0 "María Luisa Martínez Martínez" -- --db "$db" personal buscar martinez
check_out 0 "Juan Pérez López" -- --db "$db" personal buscar PEREZ lop
check_out 0 "MAMM900312MGRRRR03" -- --db "$db" personal buscar MAMM90
check_out 0 "2 personas exportadas" -- --db "$db" personal exportar "$work/exportado.csv"
check_out 0 "2 personas exportadas" -- --db "$db" personal exportar "$work/exportado.xlsx"
if [[ "$(head -c 3 "$work/exportado.csv" | od -An -tx1 | tr -d ' \n')" == efbbbf ]]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: BOM" >&2; fi
check_err 1 "«MAMM900312MGRRRR03» ya está registrado" -- --db "$db" personal importar "$work/exportado.csv"
# Only the people whose values changed are updated (and audited); the others write nothing.
sed -i 's/^Juan,/Juan Carlos,/' "$work/exportado.csv"
check_out 0 "Importados: 0 nuevos, 1 actualizados, 1 sin cambios; rechazados: 0." -- --db "$db" personal importar "$work/exportado.csv" --actualizar
check_out 0 "Juan Carlos Pérez López" -- --db "$db" personal buscar PEREZ
# The Excel workbook written by the export reads back (and puts the first name back).
check_out 0 "Importados: 0 nuevos, 1 actualizados, 1 sin cambios; rechazados: 0." -- --db "$db" personal importar "$work/exportado.xlsx" --actualizar
check_out 0 "Importados: 0 nuevos, 0 actualizados, 2 sin cambios; rechazados: 0." -- --db "$db" personal importar "$work/exportado.xlsx" --actualizar
printf 'esto no es un libro' >"$work/falso.xlsx"
check_err 1 "no es un libro de Excel (.xlsx)" -- --db "$db" personal importar "$work/falso.xlsx"
# Windows-1252, as Excel saves CSV on Windows.
printf 'nombre,primer_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\nJos\xe9,Mu\xf1oz,H,1956-04-27,HEGG560427HVZRRL04,asistencial,planilla\n' >"$work/excel.csv"
"$cli" --db "$db" personal importar "$work/excel.csv" >"$work/out" 2>"$work/err"
"$cli" --db "$db" personal buscar munoz >"$work/out"
if grep -qF "José Muñoz" "$work/out"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: Windows-1252" >&2; cat "$work/err" >&2; fi
printf 'nombre,apellido_raro\nX,Y\n' >"$work/columnas.csv"
check_err 1 "la columna «apellido_raro» (número 2) no se reconoce" -- --db "$db" personal importar "$work/columnas.csv"
head -c 2000 /dev/urandom >"$work/binario.csv"
check_err 1 "no es un archivo de texto" -- --db "$db" personal importar "$work/binario.csv"
# A 10 MB cell and a truncated file get a clear answer and change nothing.
before=$(sqlite3 "$db" "SELECT count(*) FROM staff")
{ printf 'nombre,primer_apellido,sexo,fecha_nacimiento,curp,categoria,regimen\n'; printf 'X'; head -c 10000000 /dev/zero | tr '\0' 'A'; printf ',B,H,1931-08-20,BOXW310820HNERXN09,asistencial,cas\n'; } >"$work/enorme.csv"
check_err 1 "la celda tiene 10000001 caracteres, más de los 1000 permitidos" -- --db "$db" personal importar "$work/enorme.csv"
printf 'nombre,primer_apellido,sexo\n"Ana,Pé' >"$work/truncado.csv"
check_err 1 "truncado.csv, línea 2, columna 1: una celda entre comillas no está cerrada" -- --db "$db" personal importar "$work/truncado.csv"
[[ "$(sqlite3 "$db" "SELECT count(*) FROM staff")" == "$before" ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: la base cambió" >&2; }
check_out 0 "Bitácora de auditoría íntegra" -- --db "$db" auditoria verificar

# Contracts from the records: draft, generate with recorded hashes, list, show.
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,estado_civil,curp,rfc,domicilio,profesion,categoria,regimen,unidad\nRosa,Ramírez,Cruz,M,1992-05-14,mexicano,casado,RACR920514MDFMRS05,RACR920514AB4,Calle 1,Enfermería General,asistencial,honorarios,UMM-GRO\n' >"$work/rosa.csv"
curp=RACR920514MDFMRS05
"$cli" --db "$db" personal importar "$work/rosa.csv" >/dev/null 2>&1
check_out 0 "Contrato IMSS-BIENESTAR-GRO-2024-0001 redactado para Rosa Ramírez Cruz" -- --db "$db" contrato nuevo \
  --plantilla imss-bienestar-honorarios --persona "$curp" --datos "$fixtures/contrato-imss-extra.json"
check_out 0 "IMSS-BIENESTAR-GRO-2024-0001	borrador	Rosa Ramírez Cruz	imss-bienestar-honorarios v1	\$68,858.30" -- \
  --db "$db" contrato listar
check_out 0 "$work/rosa.pdf  sha256" -- --db "$db" contrato generar IMSS-BIENESTAR-GRO-2024-0001 --salida "$work/rosa.pdf"
check_out 0 "Archivo completo: $work/rosa.pdf  sha256 $(sha256sum "$work/rosa.pdf" | cut -d' ' -f1)" -- --db "$db" contrato ver IMSS-BIENESTAR-GRO-2024-0001
if pdftotext "$work/rosa.pdf" - | tr '\n' ' ' | grep -cF "LA C. ROSA RAMÍREZ CRUZ" >/dev/null; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: contrato con la persona" >&2; fi
# The public version is read back when written; publica verificar reads any file the same way.
check_out 0 "rosa-publica.pdf  sha256" -- --db "$db" contrato generar IMSS-BIENESTAR-GRO-2024-0001 --salida "$work/rosa.pdf" \
  --version-publica "$work/rosa-publica.pdf"
check_out 0 "puede publicarse" -- --db "$db" publica verificar "$work/rosa-publica.pdf" --folio IMSS-BIENESTAR-GRO-2024-0001
check_err 1 "CURP en página" -- --db "$db" publica verificar "$work/rosa.pdf" --folio IMSS-BIENESTAR-GRO-2024-0001
as rita "$cli" --db "$db" publica verificar "$work/rosa.pdf" --folio IMSS-BIENESTAR-GRO-2024-0001 >/dev/null 2>&1
if [[ $? == 3 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: un revisor usa publica verificar" >&2; fi
check_err 1 "la institución no tiene el firmante «no-existe»" -- --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios \
  --persona "$curp" --datos "$fixtures/contrato-imss-extra.json" --firmante representante=no-existe
check_err 1 "no hay nadie registrado con «XXXX»" -- --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios --persona XXXX

# Contracts in bulk from a spreadsheet: one transaction, a report per row, nothing recorded
# while a row has errors (on a copy: the rest of this script numbers folios).
sqlite3 "$db" ".backup '$work/campana.sqlite3'"
contracts_before=$(sqlite3 "$work/campana.sqlite3" "SELECT count(*) FROM contract")
printf 'persona,honorarios.total,vigencia.inicio,vigencia.fin\n%s,50000.00,2024-02-01,2024-06-30\nNOEXISTE,1.00,2024-02-01,2024-06-30\n' "$curp" >"$work/campana.csv"
check_err 1 "fila 3: no hay nadie registrado con «NOEXISTE»" -- --db "$work/campana.sqlite3" contrato importar "$work/campana.csv" \
  --plantilla imss-bienestar-honorarios --datos "$fixtures/contrato-imss-extra.json"
check_err 1 "1 de 2 filas tienen errores; no se registró nada" -- --db "$work/campana.sqlite3" contrato importar "$work/campana.csv" \
  --plantilla imss-bienestar-honorarios --datos "$fixtures/contrato-imss-extra.json"
[[ "$(sqlite3 "$work/campana.sqlite3" "SELECT count(*) FROM contract")" == "$contracts_before" ]] && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FALLA: importar contratos con errores registró algo" >&2; }
printf 'persona;honorarios.total;vigencia.inicio;vigencia.fin\n%s;50000.00;2024-02-01;2024-06-30\n%s;60000.00;2024-07-01;2024-12-31\n' "$curp" "$curp" >"$work/campana.csv"
check_out 0 "Contratos registrados: 2." -- --db "$work/campana.sqlite3" contrato importar "$work/campana.csv" \
  --plantilla imss-bienestar-honorarios --datos "$fixtures/contrato-imss-extra.json"
check_out 0 "IMSS-BIENESTAR-GRO-2024-0003	borrador	Rosa Ramírez Cruz	imss-bienestar-honorarios v1	\$60,000.00" -- \
  --db "$work/campana.sqlite3" contrato listar

# Payment schedules (pacta-cli calendario).
ref=(calendario --total 68858.30 --moneda MXN --exhibiciones 5 --inicio 2024-02-01 --fin 2024-06-30)
check_out 0 "Régimen: honorarios asimilados a salarios" -- "${ref[@]}"
check_out 0 "1      2024-02-01 a 2024-02-29  2024-02-29  \$13,771.66  \$1,332.66  \$12,439.00  TRECE MIL SETECIENTOS SETENTA Y UN PESOS 66/100 M.N." -- "${ref[@]}"
check_out 0 "TOTAL  2024-02-01 a 2024-06-30              \$68,858.30  \$6,663.30  \$62,195.00  SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N." -- "${ref[@]}"
check_out 0 "Régimen: locación de servicios" -- calendario --total 3000.01 --moneda PEN --exhibiciones 2 --inicio 2025-01-01 --fin 2025-02-28
nb=$'\xc2\xa0'  # format_money puts a no-break space after S/
check_out 0 "S/${nb}1,500.01  S/${nb}120.00  S/${nb}1,380.01" -- calendario --total 3000.01 --moneda PEN --exhibiciones 2 --inicio 2025-01-01 --fin 2025-02-28
check_out 0 "2024-01-31  2024-02-29" -- calendario --total 1000 --inicio 2024-01-01 --fin 2024-01-31 --vencimiento dia:29
check_err 1 "3 exhibiciones no caben en una vigencia de 2 días" -- calendario --total 100 --exhibiciones 3 --inicio 2025-01-01 --fin 2025-01-02
check_err 1 "no hay tarifa de ISR para 2023" -- calendario --total 1000 --inicio 2023-01-01 --fin 2023-01-31
check_err 2 "regla desconocida «quincenal»" -- calendario --total 1000 --inicio 2024-01-01 --fin 2024-01-31 --regla quincenal
check_err 2 "falta la opción «--inicio»" -- calendario --total 1000 --fin 2024-01-31
printf 'inicio,fin,importe,vence\n2024-02-01,2024-02-29,10000,2024-03-05\n2024-03-01,2024-06-30,58858.30,\n' >"$work/manual.csv"
check_out 0 "1      2024-02-01 a 2024-02-29  2024-03-05  \$10,000.00" -- calendario --total 68858.30 --inicio 2024-02-01 --fin 2024-06-30 --manual "$work/manual.csv"
printf 'inicio,fin,importe\n2024-02-01,2024-02-29,10000\n' >"$work/manual-mal.csv"
check_err 1 "las exhibiciones suman \$10,000.00, pero el monto total del contrato es \$68,858.30" -- calendario --total 68858.30 --inicio 2024-02-01 --fin 2024-06-30 --manual "$work/manual-mal.csv"
check_out 0 "calendario de 5 exhibiciones guardado en $work/cal.xlsx" -- "${ref[@]}" --salida "$work/cal.xlsx"
check_out 0 "calendario de 5 exhibiciones guardado en $work/cal.csv" -- "${ref[@]}" --salida "$work/cal.csv"
if [[ $(grep -c . "$work/cal.csv") == 7 ]] && unzip -p "$work/cal.xlsx" xl/worksheets/sheet1.xml | grep -c "68858.3" >/dev/null; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: calendario exportado" >&2; fi

# Instalments of the contract drafted above: from report to payment, refused moves, summaries.
folio=IMSS-BIENESTAR-GRO-2024-0001
check_out 0 "5     2024-06-01 a 2024-06-30  2024-06-30  \$13,771.66  pendiente" -- --db "$db" pagos ver "$folio"
# A schedule entered by hand: refused when it does not add up, saved when it does; the equal one back.
printf 'inicio,fin,importe\n2024-02-01,2024-03-31,30000\n2024-04-01,2024-06-30,30000\n' >"$work/corto.csv"
check_err 1 "las exhibiciones suman \$60,000.00, pero el monto total del contrato es \$68,858.30" -- --db "$db" pagos calendario "$folio" --manual "$work/corto.csv"
check_out 0 "5     2024-06-01 a 2024-06-30  2024-06-30  \$13,771.66  pendiente" -- --db "$db" pagos ver "$folio"
printf 'inicio,fin,importe\n2024-02-01,2024-03-31,30000\n2024-04-01,2024-06-30,38858.30\n' >"$work/dos.csv"
check_out 0 "Calendario de $folio reemplazado: 2 exhibiciones." -- --db "$db" pagos calendario "$folio" --manual "$work/dos.csv"
printf 'inicio,fin,importe\n' >"$work/igual.csv"
for p in 02-01,02-29 03-01,03-31 04-01,04-30 05-01,05-31 06-01,06-30; do
  printf '2024-%s,2024-%s,13771.66\n' "${p%,*}" "${p#*,}" >>"$work/igual.csv"; done
check_out 0 "Calendario de $folio reemplazado: 5 exhibiciones." -- --db "$db" pagos calendario "$folio" --manual "$work/igual.csv"

# The contract's life: legal review, approval, numbered copies, signing with a verified
# digital signature, the dates, amendments. A move by the wrong role exits with 3.
export PACTA_FECHA_HOY=2024-01-25
# The template's review checklist: what a reviewer confirms on every contract made from it.
check_out 0 "Punto 1 agregado a la lista de revisión de imss-bienestar-honorarios." -- --db "$db" revision lista imss-bienestar-honorarios \
  --punto "Los poderes del representante están vigentes en la fecha de firma"
check_out 0 "Punto 2 agregado" -- --db "$db" revision lista imss-bienestar-honorarios --punto "La cuenta presupuestal corresponde a la unidad"
as fer check_err 3 "se necesita el rol revisor jurídico o administrador" -- --db "$db" revision lista imss-bienestar-honorarios --punto x
check_out 0 "2	La cuenta presupuestal corresponde a la unidad" -- --db "$db" revision lista imss-bienestar-honorarios
check_out 0 "Contrato $folio: borrador." -- --db "$db" contrato estados "$folio"
check_out 0 "pacta-cli contrato mover $folio en_revision" -- --db "$db" contrato estados "$folio"
as rita check_out 0 "rita no tiene ningún paso que dar en él." -- --db "$db" contrato estados "$folio"
as rita check_err 3 "rita no puede pasar el contrato $folio a «en revisión jurídica»: se necesita el rol capturista o administrador" -- \
  --db "$db" contrato mover "$folio" en_revision
as fer check_err 3 "se necesita el rol capturista o administrador" -- --db "$db" contrato mover "$folio" en_revision
check_err 1 "está «borrador» y no puede pasar a «aprobado»; desde «borrador» puede pasar a: en revisión jurídica, cancelado" -- \
  --db "$db" contrato mover "$folio" aprobado
check_err 2 "estado «revisado» desconocido" -- --db "$db" contrato mover "$folio" revisado
check_out 0 "Contrato $folio: borrador → en revisión jurídica." -- --db "$db" contrato mover "$folio" en_revision
for who in ana fer carlos; do
  as $who check_err 3 "no puede pasar el contrato $folio a «aprobado»: se necesita el rol revisor jurídico" -- \
    --db "$db" contrato mover "$folio" aprobado
done
printf '{"prestador": {"actividades": ["Atención de enfermería en la unidad médica", "Registro diario de la productividad"]}}' >"$work/cambio.json"
check_err 1 "su contenido queda congelado desde la aprobación" -- --db "$db" contrato editar "$folio" --datos "$work/cambio.json"
# Review comments on clauses, by key or by ordinal; only reviewers write them.
as rita check_out 0 "Comentario 1 sobre $folio." -- --db "$db" revision comentar "$folio" --clausula objeto --texto "Precisar las actividades"
as rita check_out 0 "Comentario 2 sobre $folio." -- --db "$db" revision comentar "$folio" --clausula SÉPTIMA --texto "Revisar el alcance"
as rita check_err 1 "no tiene la cláusula «VIGÉSIMA»; sus cláusulas son: objeto (PRIMERA)" -- --db "$db" revision comentar "$folio" --clausula VIGÉSIMA --texto x
as carlos check_err 3 "se necesita el rol revisor jurídico" -- --db "$db" revision comentar "$folio" --clausula objeto --texto x
as rita check_err 1 "pasar el contrato a «observado» necesita un motivo" -- --db "$db" contrato mover "$folio" observado
as rita check_out 0 "Contrato $folio: en revisión jurídica → observado." -- --db "$db" contrato mover "$folio" observado \
  --motivo "Precisar las actividades"
as fer check_err 3 "se necesita el rol capturista o administrador" -- --db "$db" contrato editar "$folio" --datos "$work/cambio.json"
check_out 0 "Contrato $folio actualizado." -- --db "$db" contrato editar "$folio" --datos "$work/cambio.json"
check_out 0 "Contrato $folio: observado → en revisión jurídica." -- --db "$db" contrato mover "$folio" en_revision
# Approval waits until every comment is resolved.
as rita check_err 1 "el contrato $folio tiene 2 comentarios de revisión sin resolver" -- --db "$db" contrato mover "$folio" aprobado
check_out 0 "Comentario 1 resuelto." -- --db "$db" revision resolver 1 --respuesta "Actividades precisadas"
as rita check_out 0 "Comentario 2 resuelto." -- --db "$db" revision resolver 2
check_err 1 "el comentario 1 ya está resuelto" -- --db "$db" revision resolver 1
as fer check_err 3 "se necesita el rol capturista, revisor jurídico o administrador" -- --db "$db" revision resolver 2
check_out 0 "1	objeto	resuelto	rita	Precisar las actividades	ana: Actividades precisadas" -- --db "$db" revision listar "$folio"
# ... and every point of the checklist is confirmed.
as rita check_err 1 "la lista de revisión de $folio tiene puntos sin confirmar (1, 2)" -- --db "$db" contrato mover "$folio" aprobado
as rita check_out 0 "Punto 1 de $folio confirmado." -- --db "$db" revision marcar "$folio" 1
as rita check_err 1 "el punto 1 de $folio ya está confirmado" -- --db "$db" revision marcar "$folio" 1
as rita check_err 1 "no tiene el punto 7" -- --db "$db" revision marcar "$folio" 7
check_err 3 "se necesita el rol revisor jurídico" -- --db "$db" revision marcar "$folio" 2
as rita check_out 0 "Punto 2 de $folio confirmado." -- --db "$db" revision marcar "$folio" 2
check_out 0 "[x] 2	La cuenta presupuestal corresponde a la unidad	rita" -- --db "$db" revision listar "$folio"
as rita check_out 0 "Contrato $folio: en revisión jurídica → aprobado." -- --db "$db" contrato mover "$folio" aprobado
as rita check_err 1 "los comentarios se hacen mientras está en revisión jurídica" -- --db "$db" revision comentar "$folio" --clausula objeto --texto x
# Approved: frozen, for Pacta and for any program that writes to the file.
check_err 1 "su contenido queda congelado desde la aprobación" -- --db "$db" contrato editar "$folio" --datos "$work/cambio.json"
check_err 1 "su contenido queda congelado" -- --db "$db" pagos calendario "$folio" --manual "$work/igual.csv"
if ! sqlite3 "$db" "UPDATE contract SET total_minor = 1 WHERE folio = '$folio'" 2>/dev/null; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: un contrato aprobado cambió" >&2; fi
# The copies for signing by hand: as many as the contract states (QUINTUPLICADO), numbered.
check_out 0 "5 ejemplares numerados de $folio para firma: $work/ejemplares.pdf" -- --db "$db" contrato imprimir "$folio" --salida "$work/ejemplares.pdf"
check_out 0 "$work/rosa.pdf  sha256" -- --db "$db" contrato generar "$folio" --salida "$work/rosa.pdf"
pages=$(pdfinfo "$work/rosa.pdf" | awk '/^Pages:/ {print $2}')
# (Output captured before matching: «grep -q» in a pipe can end the writer with SIGPIPE.)
copies_text=$(pdftotext "$work/ejemplares.pdf" -)
second_copy=$(pdftotext -f $((pages + 1)) -l $((pages + 1)) "$work/ejemplares.pdf" -)
copies_sig=$(pdfsig "$work/ejemplares.pdf" 2>&1)
if [[ $(pdfinfo "$work/ejemplares.pdf" | awk '/^Pages:/ {print $2}') == $((5 * pages)) ]] && qpdf --check "$work/ejemplares.pdf" >/dev/null &&
  [[ $(grep -c "Ejemplar 5 de 5" <<<"$copies_text") == "$pages" && $second_copy == "Ejemplar 2 de 5"* &&
     $copies_sig != *"Signature Field Name"* ]]; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: ejemplares numerados ($pages páginas)" >&2; fi
# Signing: the PDF Pacta generated, signed with podofosign and a throwaway certificate.
check_err 1 "un contrato pasa a «firmado» con su documento firmado" -- --db "$db" contrato mover "$folio" firmado
openssl req -x509 -newkey rsa:2048 -nodes -utf8 -keyout "$work/clave.pem" -out "$work/cert.pem" -days 30 \
  -subj "/CN=Rosa Ramírez Cruz" 2>/dev/null
podofosign -in "$work/rosa.pdf" -out "$work/firmado.pdf" -cert "$work/cert.pem" -pkey "$work/clave.pem" \
  -field-name firma_prestador -field-use-existing >/dev/null 2>&1
signed_report=$(pdfsig "$work/firmado.pdf" 2>/dev/null)
[[ $signed_report == *"Signature is Valid"* ]] && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FALLA: pdfsig no valida la firma de prueba" >&2; }
python3 - "$work/firmado.pdf" "$work/alterado.pdf" <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
at = data.find(b'/Producer')
data[at + 1] = ord('Q')  # one signed byte changed
open(sys.argv[2], 'wb').write(data)
PY
check_err 1 "la firma 1 de $work/alterado.pdf no es válida" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/alterado.pdf"
{ cat "$work/firmado.pdf"; printf '%% añadido\n'; } >"$work/anadido.pdf"
check_err 1 "se modificó después de su última firma" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/anadido.pdf"
"$cli" generar --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" --salida "$work/otro.pdf" >/dev/null
podofosign -in "$work/otro.pdf" -out "$work/otro-firmado.pdf" -cert "$work/cert.pem" -pkey "$work/clave.pem" \
  -field-name firma_prestador -field-use-existing >/dev/null 2>&1
check_err 1 "lo que se firmó no es un PDF que Pacta generó para este contrato" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/otro-firmado.pdf"
head -c 3000 /dev/urandom >"$work/ruido.bin"
check_err 1 "no es un PDF ni una imagen escaneada" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/ruido.bin"
as rita check_err 3 "se necesita el rol capturista o administrador" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/firmado.pdf"
check_out 0 "Firma digital válida de Rosa Ramírez Cruz" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/firmado.pdf"
signed_sha=$(sha256sum "$work/firmado.pdf" | cut -d' ' -f1)
kept="$work/documentos/$folio/${signed_sha:0:16}-firmado.pdf"
check_out 0 "Documento con firma digital: $kept  sha256 $signed_sha" -- --db "$db" contrato ver "$folio"
# Pacta keeps its own copy: moving or deleting the file given loses nothing.
cmp -s "$kept" "$work/firmado.pdf" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: copia del firmado" >&2; }
check_out 0 "rita  en revisión jurídica → observado  «Precisar las actividades»" -- --db "$db" contrato ver "$folio"
# Signed: never changes again, and an early move to vigente is Pacta's, by the dates.
for change in "UPDATE contract_data SET data_json = '{}' WHERE contract_id = (SELECT id FROM contract WHERE folio = '$folio')" \
              "DELETE FROM contract_data WHERE contract_id = (SELECT id FROM contract WHERE folio = '$folio')" \
              "UPDATE contract SET total_minor = 1 WHERE folio = '$folio'"; do
  if ! sqlite3 "$db" "$change" 2>/dev/null; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FALLA: un contrato firmado cambió: $change" >&2; fi
done
check_err 1 "«vigente» sigue las fechas del contrato" -- --db "$db" contrato mover "$folio" vigente
export PACTA_FECHA_HOY=2024-03-10
check_out 0 "$folio	vigente	Rosa Ramírez Cruz" -- --db "$db" contrato listar
[[ $(sqlite3 "$db" "SELECT count(*) FROM contract_move WHERE actor = 'sistema' AND to_state = 'vigente'") == 1 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: paso a vigente por fecha" >&2; }
# Amendments: their own text, review and signatures; the drafter never reviews.
printf '{"motivo": "Por necesidades del servicio, las partes acuerdan ampliar las actividades.", "modificaciones": [{"clausula": "PRIMERA", "texto": "Además, apoyar en las jornadas de vacunación."}]}' >"$work/convenio.json"
as rita check_err 3 "se necesita el rol capturista o administrador" -- --db "$db" contrato modificar "$folio" --datos "$work/convenio.json"
check_out 0 "Convenio modificatorio $folio-CM1 del contrato $folio redactado" -- --db "$db" contrato modificar "$folio" --datos "$work/convenio.json"
check_out 0 "Convenio modificatorio: $folio-CM1" -- --db "$db" contrato ver "$folio"
check_out 0 "Modifica a: $folio" -- --db "$db" contrato ver "$folio-CM1"
check_out 0 "$work/cm1.pdf  sha256" -- --db "$db" contrato generar "$folio-CM1" --salida "$work/cm1.pdf"
amendment_text=$(pdftotext "$work/cm1.pdf" - | tr '\n' ' ')
if [[ $amendment_text == *"CONVENIO MODIFICATORIO NÚMERO 1 AL CONTRATO $folio"* && $amendment_text == *"LA C. ROSA RAMÍREZ CRUZ"* ]]; then
  passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: texto del convenio modificatorio" >&2; fi
as dual check_out 0 "Convenio modificatorio $folio-CM2" -- --db "$db" contrato modificar "$folio" --datos "$work/convenio.json"
as dual check_out 0 "borrador → en revisión jurídica" -- --db "$db" contrato mover "$folio-CM2" en_revision
as dual check_err 3 "dual redactó o editó el contrato $folio-CM2 y no puede aprobarlo" -- --db "$db" contrato mover "$folio-CM2" aprobado
as dual check_out 0 "dual no tiene ningún paso que dar en él." -- --db "$db" contrato estados "$folio-CM2"
as rita check_out 0 "en revisión jurídica → aprobado" -- --db "$db" contrato mover "$folio-CM2" aprobado
check_err 1 "los convenios modificatorios se hacen a contratos firmados" -- --db "$db" contrato modificar "$folio-CM2" --datos "$work/convenio.json"
# The audit rows the moves, the signing, the amendment and the accounts left.
audit_has() {  # audit_has DESCRIPTION SQL_CONDITION EXPECTED_COUNT
  local n
  n=$(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE $2")
  [[ $n == "$3" ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: bitácora, $1: $n filas" >&2; }
}
audit_has "aprobación de rita" "entity = 'contrato' AND entity_id = '$folio' AND actor = 'rita' AND after_json LIKE '%\"estado\":\"aprobado\"%'" 1
audit_has "observación con motivo" "entity = 'contrato' AND actor = 'rita' AND after_json LIKE '%Precisar las actividades%'" 1
audit_has "firma con firmantes" "entity = 'contrato' AND actor = 'ana' AND after_json LIKE '%\"firmantes\":[{%Rosa Ramírez Cruz%'" 1
audit_has "vigente por fecha" "actor = 'sistema' AND entity_id = '$folio' AND after_json LIKE '%vigente%'" 1
audit_has "convenio redactado" "action = 'crear' AND entity = 'contrato' AND entity_id = '$folio-CM1' AND actor = 'ana'" 1
audit_has "ejemplares impresos" "entity = 'copias_impresas' AND entity_id = '$folio' AND after_json LIKE '%\"ejemplares\":5%'" 1
audit_has "primer administrador" "action = 'crear' AND entity = 'usuario' AND entity_id = 'ana' AND actor = 'ana'" 1
audit_has "bloqueo" "entity = 'sesion' AND entity_id = 'carlos' AND after_json LIKE '%\"bloqueado\":true%'" 1
audit_has "restablecimiento" "entity = 'usuario' AND entity_id = 'carlos' AND actor = 'ana' AND after_json LIKE '%restablecida%'" 1
# Every refusal above left its audit row.
denials=$(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'denegar' AND entity = 'permiso' AND entity_id LIKE 'contrato %'")
[[ $denials == 11 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: negativas de pasos auditadas: $denials" >&2; }
# Personal data: the whole record only for HR, finance and administrators, and each view audited.
as rita check_err 3 "se necesita el rol capturista, finanzas o administrador" -- --db "$db" personal ver "$curp"
as fer check_out 0 "CURP: $curp" -- --db "$db" personal ver "$curp"
[[ $(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'consultar' AND actor = 'fer' AND entity_id = '$curp'") == 1 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: consulta de datos personales auditada" >&2; }
as fer check_err 3 "se necesita el rol capturista o administrador" -- --db "$db" personal exportar "$work/fer.csv"
[[ ! -e "$work/fer.csv" && $(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'exportar' AND entity = 'personal'") == 2 ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: exportaciones auditadas" >&2; }
as carlos check_err 3 "se necesita el rol finanzas o administrador" -- --db "$db" pagos registrar "$folio" 1 --estado informe --fecha 2024-03-01
as carlos check_err 3 "se necesita el rol finanzas" -- --db "$db" pagos registrar "$folio" 1 --estado pagado --fecha 2024-03-01
check_err 1 "no puede aprobarse antes de que se entregue su informe" -- --db "$db" pagos registrar "$folio" 1 --estado aprobado --fecha 2024-03-01
check_err 1 "no puede pagarse antes de aprobarse" -- --db "$db" pagos registrar "$folio" 1 --estado pagado --fecha 2024-03-01 --referencia T --recibo 1
printf 'Informe de actividades de febrero\n' >"$work/informe-02.txt"
check_out 0 "Exhibición 1 de $folio: informe entregado." -- --db "$db" pagos registrar "$folio" 1 --estado informe --fecha 2024-03-01 --referencia INF-02/2024 --archivo-informe "$work/informe-02.txt"
if sqlite3 "$db" "SELECT after_json FROM audit_log WHERE entity = 'exhibicion'" | grep -cF "$(sha256sum "$work/informe-02.txt" | cut -d' ' -f1)" >/dev/null; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: el informe adjunto no quedó en la bitácora" >&2; fi
check_err 1 "la fecha 2024-02-28 es anterior a la del paso previo (2024-03-01)" -- --db "$db" pagos registrar "$folio" 1 --estado aprobado --fecha 2024-02-28
check_out 0 "Exhibición 1 de $folio: aprobado." -- --db "$db" pagos registrar "$folio" 1 --estado aprobado --fecha 2024-03-02
check_err 1 "no es un folio fiscal de CFDI" -- --db "$db" pagos registrar "$folio" 1 --estado pagado --fecha 2024-03-05 --referencia SPEI-1 --cfdi 123
check_out 0 "Bruto \$13,771.66, retención \$1,332.66, neto \$12,439.00." -- --db "$db" pagos registrar "$folio" 1 --estado pagado --fecha 2024-03-05 --referencia SPEI-1 --cfdi 6F9A1C2D-3B4E-4F50-8A6B-7C8D9E0F1A2B
check_err 1 "ya está pagada" -- --db "$db" pagos registrar "$folio" 1 --estado cancelado --motivo prueba
check_err 1 "su contenido queda congelado" -- --db "$db" pagos calendario "$folio" --manual "$work/igual.csv"
check_err 1 "este paso necesita el motivo" -- --db "$db" pagos registrar "$folio" 2 --estado suspendido
check_out 0 "2024-03-31  $folio  2     \$13,771.66  pendiente" -- --db "$db" pagos pendientes --mes 2024-03
check_out 0 "TOTAL    \$68,858.30  \$13,771.66  \$13,771.66  \$1,332.66" -- --db "$db" pagos resumen --desde 2024-01 --hasta 2024-12
check_out 0 "UMM-GRO  \$68,858.30" -- --db "$db" pagos resumen --desde 2024-01 --hasta 2024-12 --por unidad
check_out 0 "42060206             \$68,858.30  \$13,771.66  \$13,771.66  \$1,332.66" -- --db "$db" pagos resumen --desde 2024-01 --hasta 2024-12 --por cuenta
check_out 0 "filas guardadas en $work/resumen.xlsx: 6" -- --db "$db" pagos resumen --desde 2024-01 --hasta 2024-12 --salida "$work/resumen.xlsx"
# Paid is final in the file too, whatever program writes to it.
if ! sqlite3 "$db" "UPDATE instalment SET amount_minor = 1 WHERE number = 1" 2>/dev/null; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: una exhibición pagada cambió" >&2; fi
check_out 0 "Bitácora de auditoría íntegra" -- --db "$db" auditoria verificar

# Ending the contract early: notice too short, then the settlement (PDF checked with poppler and qpdf).
check_err 1 "necesita un motivo" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa aviso --aviso 2024-03-10
as carlos check_err 3 "se necesita el rol finanzas o administrador" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa aviso --motivo x
check_err 1 "puede terminar a partir del 2024-04-19 (30 días naturales)" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa aviso --aviso 2024-03-20 --motivo "Renuncia"
check_err 2 "causa desconocida «renuncia»" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa renuncia
check_out 0 "El contrato $folio termina el 2024-04-15. Devengado \$34,429.15, pagado \$13,771.66, saldo \$20,657.49." -- \
  --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa aviso --aviso 2024-03-10 --motivo "Renuncia del prestador" --salida "$work/finiquito.pdf"
check_out 0 "3     2024-04-01 a 2024-04-15  2024-04-30   \$6,885.83  pendiente" -- --db "$db" pagos ver "$folio"
check_out 0 "5     2024-06-01 a 2024-06-30  2024-06-30  \$13,771.66  cancelado" -- --db "$db" pagos ver "$folio"
check_err 1 "ya terminó" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-20 --causa rescision --motivo "Incumplimiento"
check_out 0 "$folio	terminado anticipadamente" -- --db "$db" contrato listar
if qpdf --check "$work/finiquito.pdf" >/dev/null 2>&1 && pdftotext "$work/finiquito.pdf" - | tr '\n' ' ' |
  grep -qF "VEINTE MIL SEISCIENTOS CINCUENTA Y SIETE PESOS 49/100 M.N."; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: finiquito en PDF" >&2; fi
check_out 0 "Bitácora de auditoría íntegra" -- --db "$db" auditoria verificar

# The contract checker. A file needs no database and no user.
reference="$(dirname "$0")/../fixtures/reference/contrato-honorarios-imss-bienestar-2024.md"
PACTA_USUARIO= PACTA_CLAVE= check_out 1 "error: línea 91, cláusula CUARTA: el importe con letra no dice \$68,858.30: dice «Seenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.»; la palabra «Seenta» debería ser «Sesenta»" -- \
  revisar "$reference"
check_out 1 "errores 1, advertencias 0, no verificables 4." -- revisar "$reference"
check_out 1 "no verificable: línea 32: CURP: oculto en esta versión; no se puede validar." -- revisar "$reference"
# The same text as a Word document (one paragraph per line) and a PDF Pacta generated.
python3 - "$reference" "$work/referencia.docx" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(l) for l in lines)
xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('word/document.xml', xml)
PY
check_out 1 "error: línea 91, cláusula CUARTA: el importe con letra no dice \$68,858.30" -- revisar "$work/referencia.docx"
check_out 0 "errores 0, advertencias 0, no verificables 1." -- revisar "$work/rosa.pdf"
check_out 0 "errores 0, advertencias 0" -- revisar "$work/cm1.pdf"
check_err 1 "no es un PDF, ni un documento de Word (.docx), ni texto" -- revisar "$work/ruido.bin"
printf 'PK\003\004roto' >"$work/roto.docx"
check_err 1 "no es un documento de Word (.docx)" -- revisar "$work/roto.docx"
head -c 2000 /dev/urandom | { printf '%%PDF-1.4\n'; cat; } >"$work/roto.pdf"
check_err 1 "no es un PDF que se pueda leer" -- revisar "$work/roto.pdf"
# A folio: with the person's other contracts and the signatories' powers. Two more contracts
# for the same person and dates: once one goes to review, the other overlaps it, and the
# checker, which runs before review, keeps it out.
check_out 0 "errores 0, advertencias 0, no verificables 0." -- --db "$db" revisar "$folio"
"$cli" --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios --persona "$curp" --datos "$fixtures/contrato-imss-extra.json" >/dev/null
"$cli" --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios --persona "$curp" --datos "$fixtures/contrato-imss-extra.json" >/dev/null
check_out 0 "borrador → en revisión jurídica" -- --db "$db" contrato mover IMSS-BIENESTAR-GRO-2024-0002 en_revision
check_out 1 "la misma persona tiene el contrato IMSS-BIENESTAR-GRO-2024-0002 del 1 de febrero de 2024 al 30 de junio de 2024" -- \
  --db "$db" revisar IMSS-BIENESTAR-GRO-2024-0003
check_err 1 "el contrato IMSS-BIENESTAR-GRO-2024-0003 tiene errores y se queda «borrador»" -- --db "$db" contrato mover IMSS-BIENESTAR-GRO-2024-0003 en_revision
check_out 0 "IMSS-BIENESTAR-GRO-2024-0003	borrador" -- --db "$db" contrato listar
# In English no Spanish label leaks into the listings (names and folios are data, not labels).
for listing in "usuario listar" "contrato listar"; do
  PACTA_IDIOMA=en "$cli" --db "$db" $listing >"$work/out" 2>"$work/err"
  if [[ $? == 0 ]] && grep -qE "draft|administrator" "$work/out" &&
    ! grep -qiwE "borrador|vigente|revisión|terminado|anticipadamente|capturista|revisor|jurídico|finanzas|administrador|activo|activa|inactivo|bloqueado|todas" "$work/out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FALLA: $listing en inglés" >&2; cat "$work/out" "$work/err" >&2
  fi
done
check_err 1 "no es un archivo ni el folio de un contrato" -- --db "$db" revisar NO-EXISTE
PACTA_USUARIO= PACTA_CLAVE= check_err 2 "necesita un usuario" -- --db "$db" revisar "$folio"

# The clause library: drafts from a template, approved by a reviewer who did not write them;
# versions never change.
check_out 0 "15 cláusulas de imss-bienestar-honorarios agregadas a la biblioteca como borradores." -- \
  --db "$db" clausula agregar --desde-plantilla imss-bienestar-honorarios
check_err 3 "se necesita el rol revisor jurídico" -- --db "$db" clausula aprobar objeto --version 1
as rita check_out 0 "Cláusula objeto versión 1 aprobada." -- --db "$db" clausula aprobar objeto --version 1
as rita check_out 0 "Cláusula confidencialidad versión 2 agregada como borrador" -- --db "$db" clausula agregar confidencialidad \
  --titulo Confidencialidad --texto '**"EL PRESTADOR DE LOS SERVICIOS"** se obliga a no divulgar a nadie los datos que obtenga.' \
  --fundamento "Ley General de Transparencia, art. 116"
as rita check_err 3 "rita redactó la versión 2 de «confidencialidad» y no puede aprobarla" -- --db "$db" clausula aprobar confidencialidad --version 2
as dual check_out 0 "Cláusula confidencialidad versión 2 aprobada." -- --db "$db" clausula aprobar confidencialidad --version 2
as dual check_err 1 "solo se aprueba un borrador" -- --db "$db" clausula aprobar confidencialidad --version 2
check_out 0 "confidencialidad	v2	aprobada	Confidencialidad	rita" -- --db "$db" clausula listar
check_out 0 "Fundamento: Ley General de Transparencia, art. 116" -- --db "$db" clausula ver confidencialidad
as rita check_err 1 "deja abierto un campo" -- --db "$db" clausula agregar vigencia --titulo Vigencia --texto 'Del {{vigencia.inicio al fin.'
if ! sqlite3 "$db" "UPDATE clause SET text = 'otra' WHERE key = 'objeto'" 2>/dev/null; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: una versión de cláusula cambió" >&2; fi
# A contract against the approved library: only the confidentiality clause differs.
check_out 0 "== Cláusula SÉPTIMA (modificada)" -- --db "$db" comparar biblioteca "$folio"
check_out 0 "1 modificadas, 0 insertadas, 0 eliminadas, 0 movidas, 16 sin cambios." -- --db "$db" comparar biblioteca "$folio"
check_out 0 "se obliga a no divulgar a [-nadie-] {+terceras personas, por medio de publicaciones, informes, o cualquier otro medio,+} los datos" -- \
  --db "$db" comparar biblioteca "$folio"
check_out 0 "$work/redline.pdf  sha256" -- --db "$db" comparar biblioteca "$folio" --salida "$work/redline.pdf"
redline_text=$(pdftotext "$work/redline.pdf" - | tr '\n' ' ')
if qpdf --check "$work/redline.pdf" >/dev/null && [[ $redline_text == *"Comparación de la biblioteca de cláusulas aprobadas con $folio"* &&
  $redline_text == *"Cláusula SÉPTIMA (modificada)"* ]]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: comparación en PDF" >&2; fi
# Two template versions, and two files with a clause moved, one deleted and one inserted.
sed -e 's/^@version 1$/@version 2/' -e 's/no divulgar a terceras personas/no divulgar a nadie/' \
  "$(dirname "$0")/../../document/plantillas/imss-bienestar-honorarios.md" >"$work/plantilla-v2.md"
PACTA_USUARIO= PACTA_CLAVE= check_out 0 "== Cláusula objeto (sin cambios)" -- comparar plantilla:imss-bienestar-honorarios@1 "$work/plantilla-v2.md"
check_out 0 "== Cláusula confidencialidad (modificada)" -- comparar plantilla:imss-bienestar-honorarios@1 "$work/plantilla-v2.md"
check_out 0 "1 modificadas, 0 insertadas, 0 eliminadas, 0 movidas" -- comparar plantilla:imss-bienestar-honorarios@1 "$work/plantilla-v2.md"
python3 - "$reference" "$work/cambiado.md" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
# Split at the clause headings (lines that start with "**ORDINAL.-").
parts = re.split(r'(?m)^(?=\*\*(?:PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|SÉPTIMA|OCTAVA|NOVENA|DÉCIMA)[A-ZÁÉÍÓÚ ]*\.-)', text)
head, clauses = parts[0], parts[1:]
clauses[5], clauses[6] = clauses[6], clauses[5]          # SEXTA and SÉPTIMA swap places
del clauses[12]                                         # DÉCIMA TERCERA goes
clauses.insert(3, '**CUARTA.-** Las partes conservarán copia de los informes durante cinco años.\n\n')
open(sys.argv[2], 'w', encoding='utf-8').write(head + ''.join(clauses))
PY
check_out 0 "== Cláusula SEXTA (sin cambios, movida)" -- comparar "$reference" "$work/cambiado.md"
check_out 0 "(eliminada)" -- comparar "$reference" "$work/cambiado.md"
check_out 0 "(insertada)" -- comparar "$reference" "$work/cambiado.md"
check_err 1 "no es un archivo, ni una plantilla (plantilla:ID@VERSION), ni el folio de un contrato" -- --db "$db" comparar NADA "$reference"

# Many operations from one file, in one process with one login (pacta-cli lote); on a copy.
ldb="$work/lote.sqlite3"
sqlite3 "$db" ".backup '$ldb'"
cat >"$work/operaciones.txt" <<EOF
# A contract drafted and cancelled, a search and a date, as typed after «pacta-cli».
contrato nuevo --plantilla imss-bienestar-honorarios --persona $curp --datos "$fixtures/contrato-imss-extra.json"

  contrato mover IMSS-BIENESTAR-GRO-2024-0004 cancelado --motivo "duplicado de \"0003\", según l'oficio"
personal buscar 'Ramírez Cruz'
texto fecha 2024-01-29 --mayusculas
EOF
check 0 "$(printf 'línea 2: Contrato IMSS-BIENESTAR-GRO-2024-0004 redactado para Rosa Ramírez Cruz con la plantilla imss-bienestar-honorarios, versión 1.\nlínea 4: Contrato IMSS-BIENESTAR-GRO-2024-0004: borrador → cancelado.\nlínea 5: Rosa Ramírez Cruz\tRACR920514MDFMRS05\tUMM-GRO\tHonorarios\tAsistencial\nlínea 6: 29 DE ENERO DE 2024')" -- \
  --db "$ldb" lote "$work/operaciones.txt"
check_out 0 "borrador → cancelado  «duplicado de \"0003\", según l'oficio»" -- --db "$ldb" contrato ver IMSS-BIENESTAR-GRO-2024-0004
# By default the first line that fails stops the lote with its exit code; --seguir goes on.
printf 'texto ordinal 11\ncontrato mover IMSS-BIENESTAR-GRO-2024-0004 aprobado\ntexto ordinal 12\n' >"$work/falla.txt"
check_err 1 "línea 2: error: el contrato IMSS-BIENESTAR-GRO-2024-0004 está «cancelado»" -- --db "$ldb" lote "$work/falla.txt"
[[ "$(cat "$work/out")" == "línea 1: DÉCIMA PRIMERA" ]] && grep -qxF "error: se detuvo en la línea 2: se ejecutaron 2 de 3 operaciones." "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote detenido" >&2; cat "$work/out" "$work/err" >&2; }
check 1 "$(printf 'línea 1: DÉCIMA PRIMERA\nlínea 3: DÉCIMA SEGUNDA\n3 operaciones: 2 correctas, 1 con error')" -- \
  --db "$ldb" lote "$work/falla.txt" --seguir
printf 'texto importe 5 --rapido\n' >"$work/uso.txt"
check_err 2 "línea 1: pacta-cli: opción desconocida «--rapido»" -- lote "$work/uso.txt"
printf 'usuario listar\n' >"$work/listar.txt"
as carlos check_err 3 "línea 1: error: carlos no puede hacer esto: se necesita el rol administrador" -- --db "$ldb" lote "$work/listar.txt"
# Here --usuario names the account, as in «usuario» on its own.
printf 'usuario desactivar --usuario dual\n' >"$work/desactivar.txt"
check 0 "línea 1: Usuario «dual» desactivado." -- --db "$ldb" lote "$work/desactivar.txt"
# The whole file is checked first: nothing runs while a line cannot.
cat >"$work/prohibido.txt" <<'EOF'
texto ordinal 11
lote otro.txt
--db otra.sqlite3 contrato listar
institucion listar --usuario rita
usuario crear --usuario zoe2 --rol finanzas --clave-stdin
respaldo restaurar respaldo.sqlite3
demo
contrato mover X cancelado --motivo "sin cerrar
EOF
check_err 2 "prohibido.txt, línea 2: un archivo de lote no puede ejecutar otro «lote»." -- --db "$ldb" lote "$work/prohibido.txt"
for fragment in "línea 3: «--db» va en la línea de comandos de «pacta-cli lote», no en el archivo" \
    "línea 4: «--usuario» va en la línea de comandos" "línea 5: «usuario crear» pide una contraseña nueva" \
    "línea 6: «respaldo restaurar» reemplaza la base de datos" "línea 7: «demo» trabaja sobre una base de datos propia" \
    "prohibido.txt, línea 8, columna 37: la comilla doble que se abre aquí no se cierra" \
    "error: 7 líneas no pueden ejecutarse en un lote; no se ejecutó nada."; do
  grep -qF -- "$fragment" "$work/err" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote sin «$fragment»" >&2; }
done
[[ ! -s "$work/out" ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: un lote prohibido ejecutó algo" >&2; }
# Standard input; lines that need no database need no user either.
printf 'texto ordinal 11\n\n  # nada\npersonal buscar MAMM90\n' | "$cli" --db "$ldb" lote - >"$work/out" 2>"$work/err"
[[ $? == 0 && "$(cat "$work/out")" == "$(printf 'línea 1: DÉCIMA PRIMERA\nlínea 4: María Luisa Martínez Martínez\tMAMM900312MGRRRR03\tUMM-GRO\tHonorarios\tAsistencial')" ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote por la entrada estándar" >&2; cat "$work/out" "$work/err" >&2; }
printf 'texto ordinal 11\nvalidar curp "BOXW310820HNERXN09\n' | "$cli" lote - >"$work/out" 2>"$work/err"
[[ $? == 2 ]] && grep -qF "entrada estándar, línea 2, columna 14: la comilla doble" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: comillas por la entrada estándar" >&2; cat "$work/err" >&2; }
PACTA_USUARIO= PACTA_CLAVE= check 0 "línea 1: QUINTUPLICADO" -- lote - <<<"texto ejemplares 5"
# One login for the whole file: a wrong password is tried once, and stops even --seguir.
denials=$(sqlite3 "$ldb" "SELECT count(*) FROM audit_log WHERE entity = 'sesion' AND action = 'denegar'")
printf 'texto ordinal 11\ncontrato listar\npersonal buscar x\ncontrato listar\n' >"$work/clave.txt"
PACTA_CLAVE=equivocada check_err 3 "error: se detuvo en la línea 2: se ejecutaron 2 de 4 operaciones." -- --db "$ldb" lote "$work/clave.txt" --seguir
[[ $(sqlite3 "$ldb" "SELECT count(*) FROM audit_log WHERE entity = 'sesion' AND action = 'denegar'") == $((denials + 1)) ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: el lote intentó entrar más de una vez" >&2; }
check_out 0 "Bitácora de auditoría íntegra" -- --db "$ldb" auditoria verificar

# A database on a network drive is refused. Only where such a mount is writable (CI machines
# rarely have one; docs/desarrollo.md shows how to mount one with SSHFS); the classification
# itself is unit-tested in tests/platform.
net=$(findmnt -rn -t nfs,nfs4,cifs,smb3,9p,fuse.sshfs,fuse.gvfsd-fuse,fuse.rclone -o TARGET 2>/dev/null |
      while read -r m; do [[ -w "$m" ]] && echo "$m" && break; done)
if [[ -n "$net" ]]; then
  check_err 1 "está en una unidad de red" -- --db "$net/pacta-prueba-$$.sqlite3" personal buscar x
  rm -f "$net/pacta-prueba-$$.sqlite3"
else
  echo "(sin unidad de red escribible: se omite la prueba de rechazo en red)"
fi

finish
