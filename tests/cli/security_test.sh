#!/usr/bin/env bash
# The access and integrity review (docs/seguridad.md), end to end through pacta-cli: each
# finding reproduced as it was found, and shown refused with nothing changed.
#   security_test.sh PACTA_CLI FIXTURES_DIR
set -uo pipefail
cli=$1
fixtures=$2
unset PACTA_IDIOMA PACTA_USUARIO PACTA_CLAVE PACTA_DB
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }

"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/ejemplo.json"

# Finding 6: files were created 0644 and folders 0755. Whoever runs Pacta with the usual
# umask, every file it writes is its owner's alone.
umask 022
db=$work/oficina/pacta.sqlite3
echo "clave-de-ana-1" | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --rol capturista \
  --clave-stdin >/dev/null 2>&1 || fail "crear la cuenta"
export PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1
"$cli" --db "$db" institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" >/dev/null 2>&1 ||
  fail "importar la institución"
printf 'Nombre;Primer apellido;Segundo apellido;Sexo;Fecha de nacimiento;CURP;RFC;Categoría;Régimen;Unidad;CLABE\n' >"$work/personal.csv"
printf 'María Luisa;Martínez;Martínez;M;12/03/1990;MAMM900312MGRRRR03;MAMM900312AB2;asistencial;honorarios;UMM-GRO;002010077777777771\n' >>"$work/personal.csv"
"$cli" --db "$db" personal importar "$work/personal.csv" >/dev/null 2>&1 || fail "importar personal"
mkdir -m 700 "$work/salidas"
"$cli" --db "$db" personal exportar "$work/salidas/personal.csv" >/dev/null 2>&1 || fail "exportar csv"
"$cli" --db "$db" personal exportar "$work/salidas/personal.xlsx" >/dev/null 2>&1 || fail "exportar xlsx"
"$cli" --db "$db" respaldo crear "$work/salidas/respaldo.sqlite3" >/dev/null 2>&1 || fail "respaldo"
"$cli" --db "$db" institucion exportar imss-bienestar-gro --salida "$work/salidas/institucion.json" >/dev/null 2>&1 ||
  fail "exportar institución"
cat >"$work/lote.csv" <<'CSV'
folio,prestador.nombre
PRIV-1,Juan Pérez
CSV
"$cli" generar-lote --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --csv "$work/lote.csv" --salida "$work/salidas/lote/nuevo" --version-publica >/dev/null 2>&1 || fail "generar-lote"
"$cli" generar --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --salida "$work/salidas/contrato.pdf" >/dev/null 2>&1 || fail "generar"
files=$(find "$work/oficina" "$work/salidas" -type f | wc -l)
open_files=$(find "$work/oficina" "$work/salidas" -type f ! -perm 600)
open_dirs=$(find "$work/oficina" "$work/salidas" -type d ! -perm 700)
if [[ $files -ge 8 && -z "$open_files" && -z "$open_dirs" ]]; then pass; else
  fail "archivos o carpetas legibles por otros ($files archivos)"
  find "$work/oficina" "$work/salidas" -exec stat -c '%a %n' {} + >&2
fi

# Finding 7: folios «a/b» and «a_b» both became a_b.pdf («Generados: 5», four files).
cat >"$work/choque.csv" <<'CSV'
folio,prestador.nombre
a/b,Uno
c,Dos
a_b,Tres
CSV
"$cli" generar-lote --plantilla imss-bienestar-honorarios --datos "$work/ejemplo.json" \
  --csv "$work/choque.csv" --salida "$work/choque" >"$work/out" 2>"$work/err"
if grep -q "^Generados: 2 · rechazados: 1" "$work/out" && [[ $(find "$work/choque" -name '*.pdf' | wc -l) -eq 2 ]] \
   && grep -qF "fila 4: error: el folio «a_b» se guardaría como «a_b.pdf»" "$work/err" \
   && grep -qF "fila 2 (folio «a/b»)" "$work/err"; then pass; else
  fail "folios que comparten archivo"; cat "$work/out" "$work/err" >&2
fi

# Finding 5: deleting the last rows behind Pacta's back (trigger dropped) still verified
# «íntegra». The chain alone cannot tell; the anchor kept elsewhere does (exit code 1).
# The monthly payments report may carry the anchor of the trail as it was made.
"$cli" --db "$db" pagos resumen --desde 2024-01 --hasta 2024-12 --ancla >"$work/out" 2>"$work/err"
reported=$(sed -n 's/^Ancla del registro de auditoría al emitir este informe: //p' "$work/out")
if [[ "$reported" =~ ^[0-9]+:[0-9a-f]{64}$ ]] && grep -q '^TOTAL' "$work/out" \
   && "$cli" --db "$db" auditoria verificar --ancla "$reported" >/dev/null 2>&1; then pass; else
  fail "el ancla en el resumen de pagos"; cat "$work/out" "$work/err" >&2; fi
"$cli" --db "$db" auditoria ancla --salida "$work/ancla.txt" >/dev/null 2>&1 || fail "auditoria ancla"
if [[ "$(stat -c %a "$work/ancla.txt")" == 600 ]] && grep -qE '^[0-9]+:[0-9a-f]{64}$' "$work/ancla.txt"; then pass; else
  fail "el archivo del ancla"; fi
if "$cli" --db "$db" auditoria verificar --ancla "$work/ancla.txt" >/dev/null 2>&1; then pass; else
  fail "verificar con el ancla recién tomada"; fi
sqlite3 "$db" "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);"
if "$cli" --db "$db" auditoria verificar >/dev/null 2>&1; then pass; else fail "sin ancla, la cadena recortada verifica"; fi
"$cli" --db "$db" auditoria verificar --ancla "$(cat "$work/ancla.txt")" >"$work/out" 2>"$work/err"
if [[ $? -eq 1 ]] && grep -qF "se borraron filas" "$work/err"; then pass; else
  fail "el ancla no detectó el recorte"; cat "$work/out" "$work/err" >&2; fi

echo "seguridad: $passed correctas, $failed fallidas"
[[ $failed -eq 0 ]]
