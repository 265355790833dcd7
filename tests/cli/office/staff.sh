# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# Staff: import, search, export, and files that are too big or cut short.

# Staff: import (all or nothing, --parcial, --actualizar), search, export.
printf 'Nombre;Primer apellido;Segundo apellido;Sexo;Fecha de nacimiento;CURP;RFC;Categoría;Régimen;Unidad;CLABE\n' >"$work/personal.csv"
printf 'María Luisa;Martínez;Martínez;M;12/03/1990;MAMM900312MGRRRR03;MAMM900312AB2;asistencial;honorarios;UMM-GRO;002010077777777771\n' >>"$work/personal.csv"
printf 'Juan;Pérez;López;H;1931-08-20;BOXW310820HNERXN09;;administrativo;CAS;;\n' >>"$work/personal.csv"
printf 'Ana;Gómez;;M;1990-02-30;BOXW310820HNERXN08;;asistencial;honorarios;UMM-X;\n' >>"$work/personal.csv"
check_err 1 "1 de 3 filas tiene errores; no se importó nada" -- --db "$db" personal importar "$work/personal.csv"
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
check_err 1 "importe de nuevo con --actualizar" -- --db "$db" personal importar "$work/exportado.csv"
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
