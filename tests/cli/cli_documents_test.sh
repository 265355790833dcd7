#!/usr/bin/env bash
# End-to-end checks of pacta-cli: the exact forms people and scripts rely on. Texts, identity
# numbers, usage and help, the demo, templates, generation and batches: no office database.
#   cli_documents_test.sh PACTA_CLI
cli=$1
source "$(dirname "$0")/cli_test_lib.sh"

# Section 3 of the foundation issue, verbatim.
check 0 "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N." -- texto importe 68858.30 --moneda MXN
check 0 "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO CON 30/100 SOLES" -- texto importe 68858.30 --moneda PEN
check 0 "DÉCIMA PRIMERA" -- texto ordinal 11
check 0 "29 de enero de 2024" -- texto fecha 2024-01-29
check 0 "29 DE ENERO DE 2024" -- texto fecha 2024-01-29 --mayusculas
check 0 "5 meses" -- texto vigencia 2024-02-01 2024-06-30

# Amounts across the range, and the lenient input forms.
check 0 "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N." -- texto importe 68858.3
check 0 "SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N." -- texto importe '$ 68,858.30'
check 0 "CERO PESOS 00/100 M.N." -- texto importe 0
check 0 "CERO PESOS 01/100 M.N." -- texto importe 0.01
check 0 "UN MILLÓN DE PESOS 00/100 M.N." -- texto importe 1000000
check 0 "VEINTIÚN MIL PESOS 00/100 M.N." -- texto importe 21000
check 0 "UNO CON 00/100 SOLES" -- texto importe 1 --moneda PEN
check 0 "NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE PESOS 99/100 M.N." -- texto importe 999999999999.99
check 0 "Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N." -- texto importe 68858.30 --oracion
check 0 "\$68,858.30 (SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA Y OCHO PESOS 30/100 M.N.)" -- texto importe 68858.30 --con-cifra
check 0 "$(printf '1\t$33,333.33\tTREINTA Y TRES MIL TRESCIENTOS TREINTA Y TRES PESOS 33/100 M.N.\n2\t$33,333.33\tTREINTA Y TRES MIL TRESCIENTOS TREINTA Y TRES PESOS 33/100 M.N.\n3\t$33,333.34\tTREINTA Y TRES MIL TRESCIENTOS TREINTA Y TRES PESOS 34/100 M.N.')" -- texto exhibiciones 100000 3
check_err 1 "columna 2" -- texto importe 1.500
check_err 1 "no puede ser negativo" -- texto importe -5
check_err 1 "más de dos decimales" -- texto importe 68858.301
check_err 1 "excede el máximo" -- texto importe 1000000000000
check_err 2 "moneda desconocida «EUR»" -- texto importe 5 --moneda EUR

# Ordinals, copies, dates, terms, ages.
check 0 "UNDÉCIMA" -- texto ordinal 11 --estilo clasico
check 0 "DECIMOPRIMERA" -- texto ordinal 11 --estilo una-palabra
check 0 "TRIGÉSIMA PRIMERA" -- texto ordinal 31
check 0 "CENTÉSIMA" -- texto ordinal 100
check_err 1 "del 1 al 100" -- texto ordinal 101
check_err 1 "no es un número entero" -- texto ordinal once
check 0 "QUINTUPLICADO" -- texto ejemplares 5
check 0 "01 de febrero de 2024" -- texto fecha 2024-02-01 --dia-dos-digitos
check 0 "29 de febrero de 2024" -- texto fecha 2024-02-29
check_err 1 "2023 no es año bisiesto" -- texto fecha 2023-02-29
check_err 1 "columna 3" -- texto fecha 29/01/2024
check 0 "1 año" -- texto vigencia 2024-01-01 2024-12-31
check 0 "15 días" -- texto vigencia 2024-02-01 2024-02-15
check 0 "cinco meses" -- texto vigencia 2024-02-01 2024-06-30 --letra
# Terms as lawyers count them: whole months end the day before the same day k months later.
check 0 "5 meses" -- texto vigencia 2025-03-15 2025-08-14
check 0 "3 meses y 10 días" -- texto vigencia 2024-01-16 2024-04-25
check 0 "3 meses" -- texto vigencia 2024-01-16 2024-04-15
check 0 "1 mes" -- texto vigencia 2024-01-31 2024-02-28
check 0 "cinco (5) meses" -- texto vigencia 2025-03-15 2025-08-14 --letra-cifra
check_err 1 "antes de empezar" -- texto vigencia 2024-06-30 2024-02-01
check 0 "33" -- texto edad 1990-05-15 --al 2024-01-29

# Identity numbers: 0 valid, 1 invalid with the reason, warnings on stderr.
check 0 "CURP BOXW310820HNERXN09: cumple todas las comprobaciones." -- validar curp BOXW310820HNERXN09
check_err 1 "debería ser «9»" -- validar curp BOXW310820HNERXN08
check 0 "RFC GODE561231GR8: cumple todas las comprobaciones." -- validar rfc GODE561231GR8
check_err 0 "advertencia: RFC: el carácter verificador" -- validar rfc GODE561231GR9
check 0 "DNI 10117410-2: cumple todas las comprobaciones." -- validar dni 10117410-2
check_err 1 "«2» o «G»" -- validar dni 10117410-3
check 0 "RUC 20512333797: cumple todas las comprobaciones." -- validar ruc 20512333797
check_err 1 "debería ser «7»" -- validar ruc 20512333798
check 0 "CLABE 002010077777777771: cumple todas las comprobaciones." -- validar clabe 002010077777777771
check_err 1 "posición 18" -- validar clabe 00201007777777777X

# Usage errors exit 2 with a Spanish hint.
check_err 2 "tipo desconocido «nss»" -- validar nss 123
check_err 2 "falta un argumento" -- validar curp
check_err 2 "comando desconocido «firmar»" -- firmar
check_err 2 "opción desconocida «--rapido»" -- texto importe 5 --rapido
check_err 2 "Ejecute «pacta-cli --help»" -- texto
check_err 2 "subcomando desconocido" -- texto letras 5

# Help and version, in Spanish.
run --help
if [[ "$(cat "$work/rc")" == 0 ]] && grep -q "^Uso: pacta-cli \[--db ARCHIVO\] \[--usuario NOMBRE\] \[--clave-stdin\] COMANDO" "$work/out" && grep -q "validar" "$work/out"; then
  passed=$((passed + 1)); else report_failure --help; fi
for sub in texto validar demo plantillas plantilla generar generar-lote institucion firmante auditoria respaldo personal contrato lote; do
  run "$sub" --help
  if [[ "$(cat "$work/rc")" == 0 ]] && grep -qE "^(Uso:)? +pacta-cli $sub" "$work/out"; then
    passed=$((passed + 1)); else report_failure "$sub" --help; fi
done
run --version
if [[ "$(cat "$work/rc")" == 0 ]] && grep -qE "^pacta-cli [0-9]+\.[0-9]+\.[0-9]+ \(SQLite 3\.[0-9.]+, PoDoFo 0\.9\.8\)$" "$work/out"; then
  passed=$((passed + 1)); else report_failure --version; fi

# English on request (source strings).
PACTA_IDIOMA=en "$cli" validar curp BOXW310820HNERXN08 2>"$work/err" >/dev/null
if grep -qF "the check digit (position 18)" "$work/err"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: PACTA_IDIOMA=en" >&2; cat "$work/err" >&2; fi

# The demo creates the embedded database under XDG_DATA_HOME and checks it.
XDG_DATA_HOME="$work/datos" "$cli" demo >"$work/out" 2>"$work/err"
if [[ $? == 0 && -f "$work/datos/pacta/pacta.sqlite3" ]] && grep -q "comprobación de integridad: ok" "$work/out" \
   && grep -qF "Exhibiciones: 5 de \$13,771.66 (TRECE MIL SETECIENTOS SETENTA Y UN PESOS 66/100 M.N.)" "$work/out"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: demo" >&2; cat "$work/out" "$work/err" >&2; fi
if command -v sqlite3 >/dev/null; then
  if [[ "$(sqlite3 "$work/datos/pacta/pacta.sqlite3" 'PRAGMA integrity_check')" == ok ]]; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: integrity_check" >&2; fi
fi
# A database from a newer Pacta is refused with a clear message, and left untouched.
sqlite3 "$work/nueva.sqlite3" 'PRAGMA user_version = 999' 2>/dev/null || true
check_err 1 "versión más reciente de Pacta" -- demo --base "$work/nueva.sqlite3"

# Templates: listing, fields, example data, checking a file, generating.
check_out 0 "imss-bienestar-honorarios" -- plantillas
check_out 0 "peru-locacion-servicios" -- plantillas
check_out 0 "$(printf 'prestador.curp\tcurp\trequerido\tpersonal\tCURP')" -- plantilla campos imss-bienestar-honorarios
check_out 0 "$(printf 'prestador.edad\tderivado = edad(prestador.fecha_nacimiento, firma.fecha)\t-\tpersonal')" \
  -- plantilla campos imss-bienestar-honorarios
check_out 0 '"total": "68858.30"' -- plantilla ejemplo imss-bienestar-honorarios
"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/ejemplo.json"
for key in '"nombre": "María Luisa Martínez Martínez"' '"curp": "MAMM900312MGRRRR03"' '"rfc": "MAMM900312AB2"' \
           '"exhibiciones": "5"' '"inicio": "2024-02-01"' '"fin": "2024-06-30"' '"domicilio"'; do
  if grep -qF -- "$key" "$work/ejemplo.json"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FALLA: ejemplo sin $key" >&2; fi
done
check_err 1 "no existe la plantilla «nada»" -- plantilla campos nada

printf '@plantilla mala\n@campo a.b texto requerido "A"\nHola {{a.c}} y {%% si a.b %%}\n' >"$work/mala.md"
check_err 1 "mala.md, línea 3, columna 8: el campo «a.c» no está declarado" -- plantilla validar "$work/mala.md"
check_err 1 "mala.md, línea 3, columna 16: el bloque «{% si a.b %}» no está cerrado" -- plantilla validar "$work/mala.md"
check_out 0 "plantilla válida «imss-bienestar-honorarios» versión 1" -- plantilla validar \
  "$(dirname "$cli")/../share/pacta/plantillas/imss-bienestar-honorarios.md"

check_out 0 "$work/contrato.txt" -- generar --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --salida "$work/contrato.txt" --version-publica "$work/publica.html"
if grep -qF "cada una por la cantidad de \$13,771.66 (Trece mil setecientos setenta y un pesos 66/100 M.N.)" \
     "$work/contrato.txt" && grep -qF "[ELIMINADO: CURP]" "$work/publica.html" \
     && ! grep -qF "MAMM900312MGRRRR03" "$work/publica.html"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: contrato generado" >&2; fi
check_out 0 "$work/contrato.html" -- generar --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --salida "$work/contrato.html"
if grep -q '^<!DOCTYPE html>' "$work/contrato.html"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: html" >&2; fi

# Bad data: every problem reported at once, and nothing written.
sed -e 's/"MAMM900312MGRRRR03"/"MAMM900312MGRRRR04"/' -e '/"inicio": "2024-02-01"/d' -e '/"fin": "2024-06-30"/d' \
  "$work/ejemplo.json" >"$work/malos.json"
check_err 1 "CURP (prestador.curp): el dígito verificador" -- generar --plantilla imss-bienestar-honorarios \
  --datos "$work/malos.json" --salida "$work/no-debe-existir.txt"
if grep -qF "Inicio de la vigencia (vigencia.inicio): falta" "$work/err" \
   && grep -qF "Fin de la vigencia (vigencia.fin): falta" "$work/err" && [[ ! -e "$work/no-debe-existir.txt" ]]; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: datos malos" >&2; cat "$work/err" >&2; fi
printf '{\n  "prestador": {\n    "nombre": "Ana",,\n' >"$work/roto.json"
check_err 1 "roto.json, línea 3, columna 21: el JSON no es válido" -- generar --plantilla imss-bienestar-honorarios \
  --datos "$work/roto.json" --salida "$work/x.txt"
check_err 2 "la salida debe terminar en .pdf, .txt o .html" -- generar --plantilla imss-bienestar-honorarios \
  --datos "$work/ejemplo.json" --salida "$work/x.doc"
check_err 2 "«generar» necesita --plantilla, --datos y --salida" -- generar --plantilla imss-bienestar-honorarios
check_out 0 "$work/peru.txt" -- generar --plantilla peru-locacion-servicios \
  --datos "$(dirname "$cli")/../share/pacta/plantillas/peru-locacion-servicios.ejemplo.json" --salida "$work/peru.txt"

# Batch: one PDF per CSV row; a bad row is reported with its number and the rest go on.
cat >"$work/personas.csv" <<'CSV'
folio,firmantes.2.nombre,prestador.nombre,prestador.sexo,prestador.curp,prestador.fecha_nacimiento,prestador.actividades
LOTE-1,C. JUAN PÉREZ,Juan Pérez,H,BOXW310820HNERXN09,1931-08-20,"Atender, con cuidado|Registrar"
LOTE-2,C. ANA GÓMEZ,Ana Gómez,M,BOXW310820HNERXN08,1990-02-30,
LOTE-3,"C. LUISA ""LA GÜERA"" RUIZ","Luisa ""La Güera"" Ruiz",M,HEGG560427MVZRRL04,1956-04-27,
CSV
check_err 1 "fila 3: error: CURP (prestador.curp): el dígito verificador" -- generar-lote --plantilla imss-bienestar-honorarios \
  --datos "$work/ejemplo.json" --csv "$work/personas.csv" --salida "$work/lote" --hilos 2
if grep -q "^Generados: 2 · rechazados: 1 · segundos: " "$work/out" && [[ -f "$work/lote/LOTE-1.pdf" && -f "$work/lote/LOTE-3.pdf" ]] \
   && [[ ! -e "$work/lote/LOTE-2.pdf" ]] && grep -qF "fila 3: error: Fecha de nacimiento (prestador.fecha_nacimiento)" "$work/err"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: lote" >&2; cat "$work/out" "$work/err" >&2; fi
check_err 2 "«--hilos» necesita un número entero" -- generar-lote --plantilla imss-bienestar-honorarios \
  --datos "$work/ejemplo.json" --csv "$work/personas.csv" --salida "$work/lote" --hilos cero
printf 'folio,prestador.nombre\nX,"sin cerrar\n' >"$work/roto.csv"
check_err 1 "roto.csv, línea 2, columna 3: una celda entre comillas no está cerrada" -- generar-lote \
  --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" --csv "$work/roto.csv" --salida "$work/lote2"

# The data to fill in: every field empty at its path, "_ayuda" beside them, which generar skips.
share="$(dirname "$cli")/../share/pacta/plantillas"
check_out 0 '"curp": ""' -- plantilla esqueleto imss-bienestar-honorarios
for key in '"actividades": []' '"prestador.curp": "CURP — curp, requerido, personal"' \
           '"vigencia.inicio": "Inicio de la vigencia — fecha, requerido"'; do
  if grep -qF -- "$key" "$work/out"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FALLA: esqueleto sin $key" >&2; cat "$work/out" >&2; fi
done
if ! grep -qF '"edad"' "$work/out"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: el esqueleto tiene un valor derivado" >&2; fi
check_out 0 '"locador.dni": "DNI del locador — dni, requerido, personal"' -- plantilla esqueleto \
  "$share/peru-locacion-servicios.md"
check_err 2 "use campos, ejemplo, esqueleto, validar o instalar" -- plantilla esqueletos imss-bienestar-honorarios
sed '1a\  "_ayuda": {"prestador.curp": "CURP — curp, requerido, personal"},' "$work/ejemplo.json" >"$work/con-ayuda.json"
check_out 0 "$work/con-ayuda.txt" -- generar --plantilla imss-bienestar-honorarios --datos "$work/con-ayuda.json" \
  --salida "$work/con-ayuda.txt"
if ! grep -qF "_ayuda" "$work/err"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: _ayuda tratada como dato" >&2; cat "$work/err" >&2; fi

# Office templates: any file name, the id inside decides; a broken one is listed with its error.
export XDG_DATA_HOME="$work/oficina"
office="$XDG_DATA_HOME/pacta/plantillas"
mkdir -p "$office"
sed 's/^@plantilla peru-locacion-servicios$/@plantilla locacion-oficina/' "$share/peru-locacion-servicios.md" \
  >"$office/contrato-locacion.md"
printf '@plantilla rota\n@campo a.b texto requerido "A"\n\nHola {{a.c}}\n' >"$office/contrato-roto.md"
check_out 0 "$(printf '\tPE\tContrato de locación de servicios')" -- plantillas
if grep -qP '^locacion-oficina\tv[0-9]+\tPE\tContrato de locación de servicios' "$work/out"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: plantilla de la oficina sin listar" >&2; fi
check_out 0 "contrato-roto.md: no se puede usar: línea 4, columna " -- plantillas
if grep -F "contrato-roto.md: no se puede usar:" "$work/out" | grep -qF "el campo «a.c» no está declarado"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FALLA: plantilla rota sin su error" >&2; cat "$work/out" >&2; fi
check_out 0 "$(printf 'imss-bienestar-honorarios\tv1\tMX')" -- plantillas
check_err 1 "la plantilla «locacion-oficina» no tiene datos de ejemplo; «pacta-cli plantilla esqueleto locacion-oficina»" \
  -- plantilla ejemplo locacion-oficina
cp "$share/peru-locacion-servicios.ejemplo.json" "$office/contrato-locacion.ejemplo.json"
"$cli" plantilla ejemplo locacion-oficina >"$work/locacion.json"
check_out 0 "$work/locacion.txt" -- generar --plantilla locacion-oficina --datos "$work/locacion.json" \
  --salida "$work/locacion.txt"
if grep -qF "identificado con DNI N.º 10117410-2" "$work/locacion.txt"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FALLA: contrato de la plantilla de la oficina" >&2; fi
check_err 1 "no se puede usar" -- generar --plantilla rota --datos "$work/locacion.json" --salida "$work/rota.txt"
check_out 0 "$work/contrato-oficina.txt" -- generar --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --salida "$work/contrato-oficina.txt"
cp "$office/contrato-locacion.md" "$office/copia-locacion.md"
check_err 1 "contrato-locacion.md: «copia-locacion.md» declara el mismo id «locacion-oficina»" -- generar \
  --plantilla locacion-oficina --datos "$work/locacion.json" --salida "$work/doble.txt"
check_out 0 "copia-locacion.md: no se puede usar: «contrato-locacion.md» declara el mismo id «locacion-oficina»" \
  -- plantillas
unset XDG_DATA_HOME

finish
