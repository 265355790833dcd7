# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# Contracts from the records (one by one and in bulk), payment schedules, instalments.

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
check_err 1 "1 de 2 filas tiene errores; no se registró nada" -- --db "$work/campana.sqlite3" contrato importar "$work/campana.csv" \
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
