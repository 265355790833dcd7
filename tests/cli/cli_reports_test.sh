#!/usr/bin/env bash
# pacta-cli reporte: the reports printed and written as PDF, XLSX and CSV (the ending chooses),
# a reversed range refused, a missing folder named, the transparency formats in their order
# and refused for the other country. The figures themselves are checked by the service tests
# (tests/core/report_engines_test.cpp) and the port tests on both engines.
cli=$1
source "$(dirname "$0")/cli_test_lib.sh"
fixtures="$(dirname "$0")/../fixtures/datos"
db="$work/reportes.sqlite3"
export PACTA_FECHA_HOY=2024-05-15 PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1
fail() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }

echo clave-de-ana-1 | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --rol capturista --clave-stdin >/dev/null
"$cli" --db "$db" institucion importar "$fixtures/institucion-imss-bienestar-gro.json" >/dev/null
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,estado_civil,curp,rfc,domicilio,profesion,categoria,regimen,unidad\nRosa,Ramírez,Cruz,M,1992-05-14,mexicano,casado,RACR920514MDFMRS05,RACR920514AB4,Calle 1,Enfermería General,asistencial,planilla,UMM-GRO\n' >"$work/rosa.csv"
"$cli" --db "$db" personal importar "$work/rosa.csv" >/dev/null
"$cli" --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios --persona RACR920514MDFMRS05 \
  --datos "$fixtures/contrato-imss-extra.json" >/dev/null || fail "contrato nuevo"

check_out 0 "personal por régimen y categoría en cada año" -- reporte --help
# Rosa is in planilla: she counts every year.
check_out 0 "Personal por régimen y categoría" -- --db "$db" reporte personal --desde 2023 --hasta 2024
grep -qE '^Planilla +Asistencial +1 +1 +0 ' "$work/out" || fail "personal: la fila de planilla no dice 1 y 1"
check_err 1 "invertidos" -- --db "$db" reporte personal --desde 2025 --hasta 2023
check_err 1 "AAAA-MM" -- --db "$db" reporte pagos --desde 2024-13
check_err 2 "agrupación" -- --db "$db" reporte pagos --por semana
# The draft commits nothing: an empty table that says so.
check_out 0 "Sin datos para estos filtros" -- --db "$db" reporte pagos --desde 2024-01 --hasta 2024-12
check_out 0 'borrador          1  $68,858.30' -- --db "$db" reporte contratos --por estado
for ext in pdf xlsx csv; do
  check_out 0 "reporte-contratos.$ext" -- --db "$db" reporte contratos --salida "$work/reporte-contratos.$ext"
done
qpdf --check "$work/reporte-contratos.pdf" >/dev/null 2>&1 || fail "qpdf rechaza el PDF del reporte"
pdffonts "$work/reporte-contratos.pdf" | grep -q 'LiberationSans' || fail "el PDF no lleva Liberation Sans"
[[ "$(stat -c %a "$work/reporte-contratos.xlsx")" == 600 ]] || fail "el libro no es privado (0600)"
head -c 200 "$work/reporte-contratos.csv" | grep -q 'Estado,Plantilla,Contratos,Importe' || fail "encabezado del CSV"
check_err 1 "no-existe" -- --db "$db" reporte contratos --salida "$work/no-existe/r.xlsx"
check_err 1 ".pdf, .xlsx o .csv" -- --db "$db" reporte contratos --salida "$work/r.ods"
check_out 0 "Contratos que terminan en los próximos 60 días" -- --db "$db" reporte vencimientos --dias 60

# Transparency: Mexico's format, its 22 columns in order in the sheet's first row.
check_out 0 "sipot.xlsx" -- --db "$db" reporte sipot --desde 2024-04-01 --hasta 2024-06-30 --salida "$work/sipot.xlsx"
unzip -p "$work/sipot.xlsx" xl/sharedStrings.xml >"$work/sipot.xml"
for column in "Ejercicio" "Tipo de contratación (catálogo)" "Sexo (catálogo)" "Hipervínculo al contrato" \
  "Remuneración mensual bruta o contraprestación" "Nota"; do
  grep -qF "$column" "$work/sipot.xml" || fail "sipot: falta la columna «$column»"
done
check_err 1 "reporte sipot" -- --db "$db" reporte pte
check_err 2 "sipot o pte" -- --db "$db" reporte inventado

echo "reportes: $passed bien, $failed mal"
[[ $failed -eq 0 ]]
