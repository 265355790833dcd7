#!/usr/bin/env bash
# Hostile input (docs/seguridad.md, «Entradas hostiles»), end to end through pacta-cli: every
# crafted file of tests/fixtures/hostiles and the crafted templates and data below must end
# with a Spanish error, exit code 1, within 5 seconds, under a memory limit:
#   hostile_files_test.sh PACTA_CLI FIXTURES_DIR asan     the sanitizer build: ASan's own RSS limit
#   hostile_files_test.sh PACTA_CLI FIXTURES_DIR release  the Release build: prlimit --as 2 GiB --cpu 10
set -uo pipefail
cli=$1
fixtures=$2
mode=${3:-asan}
unset PACTA_IDIOMA PACTA_USUARIO PACTA_CLAVE PACTA_DB
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
fail() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }

if [[ $mode == asan ]]; then
  # ASan reserves its shadow memory at start: an address-space limit would stop it, so it
  # enforces its own resident limit instead.
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=1024:allocator_may_return_null=1"
  limited() { "$cli" "$@"; }
else
  limited() { prlimit --as=2147483648 --cpu=10 -- "$cli" "$@"; }
fi

# hostile NAME EXPECTED_TEXT ARGS...: exit 1, EXPECTED_TEXT in the message, nothing from
# /etc/passwd, within 5 seconds.
hostile() {
  local name=$1 expected=$2
  shift 2
  local start end rc elapsed
  start=$(date +%s%N)
  timeout 30 bash -c "$(declare -f limited); cli='$cli'; limited \"\$@\"" _ "$@" >"$work/out" 2>"$work/err"
  rc=$?
  end=$(date +%s%N)
  elapsed=$(((end - start) / 1000000))
  if [[ $rc -ne 1 ]]; then
    fail "$name: código de salida $rc (se esperaba 1): $(head -c 400 "$work/err")"
  elif ! grep -qF -- "$expected" "$work/err" "$work/out"; then
    fail "$name: el mensaje no dice «$expected»: $(head -c 400 "$work/err")"
  elif grep -q 'root:.*:0:0:' "$work/out" "$work/err"; then
    fail "$name: el contenido de /etc/passwd llegó a la salida"
  elif ((elapsed > 5000)); then
    fail "$name: tardó $elapsed ms (más de 5 s)"
  else
    passed=$((passed + 1))
    printf '  %-44s %5d ms\n' "$name" "$elapsed"
  fi
}

export PACTA_DB=$work/pacta.sqlite3
echo "clave-de-ana-1" | "$cli" usuario crear --usuario ana --rol administrador --rol capturista \
  --clave-stdin >/dev/null 2>&1 || fail "crear la cuenta"
export PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1
"$cli" institucion importar "$fixtures/datos/institucion-imss-bienestar-gro.json" >/dev/null 2>&1 ||
  fail "importar la institución"
"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/ejemplo.json"
h=$fixtures/hostiles

# Finding 2: hostile files exhaust memory.
hostile "DOCX que declara 3.75 GB" "pesa más de 64 MB" revisar "$h/declara-3.75GB.docx"
hostile "bomba de compresión DOCX" "bomba de compresión" revisar "$h/bomba.docx"
hostile "XLSX con columna ZZZZZ" "más allá de la columna XFD" personal importar "$h/columna-ZZZZZ.xlsx"
hostile "XLSX con columna ZZZZZZZZZZZZZ1" "más allá de la columna XFD" personal importar "$h/columna-ZZZZZZZZZZZZZ1.xlsx"
hostile "XLSX con fila 99999999" "1,048,576" personal importar "$h/fila-99999999.xlsx"
sed 's/"exhibiciones": "5"/"exhibiciones": "50000000"/' "$work/ejemplo.json" >"$work/exhibiciones.json"
hostile "exhibiciones: 50000000" "pagos son más de los 1000" \
  generar --plantilla imss-bienestar-honorarios --datos "$work/exhibiciones.json" --salida "$work/x.pdf"
# Expat refuses both; the tests prove it stays so.
hostile "XLSX con mil millones de risas" "no es un libro de Excel" personal importar "$h/mil-millones-de-risas.xlsx"
hostile "XLSX con entidad externa (XXE)" "error" personal importar "$h/entidad-externa.xlsx"

# Finding 3: nesting.
{
  echo "@plantilla anidada"
  echo "@campo a texto requerido \"A\""
  for _ in $(seq 10000); do printf '{%% si a %%}'; done
  printf 'x'
  for _ in $(seq 10000); do printf '{%% fin %%}'; done
  echo
} >"$work/anidada.md"
echo '{"a": "1"}' >"$work/a.json"
hostile "10,000 {% si %} anidados" "más de 32 niveles" generar --plantilla "$work/anidada.md" --datos "$work/a.json" --salida "$work/x.pdf"
printf '@plantilla simple\n@campo a texto requerido "A"\nHola {{a}}.\n' >"$work/simple.md"
python3 -c 'print("{\"a\": " + "[" * 100000 + "]" * 100000 + "}")' >"$work/profunda.json"
hostile "JSON de 100,000 niveles" "más de 64 niveles" generar --plantilla "$work/simple.md" --datos "$work/profunda.json" --salida "$work/x.pdf"
{
  echo "@plantilla ciclos"
  echo "@campo l lista requerido \"L\""
  for v in a b c d e f g h; do printf '{%% para %s en l %%}' "$v"; done
  printf 'Texto de relleno {{a}} '
  for _ in a b c d e f g h; do printf '{%% fin %%}'; done
  echo
} >"$work/ciclos.md"
echo '{"l": ["1","2","3","4","5","6","7","8","9","10"]}' >"$work/l.json"
hostile "8 ciclos anidados" "MB" generar --plantilla "$work/ciclos.md" --datos "$work/l.json" --salida "$work/x.pdf"

# Finding 4: untrusted PDFs (PoDoFo in a child process, poppler for the text).
hostile "PDF con arreglos anidados (revisar)" "error" revisar "$h/arreglos-anidados.pdf"
hostile "PDF con diccionarios anidados (publica)" "no se pudo leer como PDF" \
  publica verificar "$h/diccionarios-anidados.pdf" --datos "$work/ejemplo.json" --plantilla imss-bienestar-honorarios

# Finding 1: a private-use character in an address, through the data and through a CSV.
python3 - "$work/ejemplo.json" "$work/privado.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
data["prestador"]["domicilio"] = "Calle 1\ue002 Colonia Secreta 44"
json.dump(data, open(sys.argv[2], "w"), ensure_ascii=False)
PY
hostile "U+E002 en un domicilio (datos)" "U+E002" \
  generar --plantilla imss-bienestar-honorarios --datos "$work/privado.json" --salida "$work/x.pdf" --version-publica "$work/x-publica.pdf"
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,curp,categoria,regimen,domicilio\n' >"$work/personal.csv"
printf 'María,Martínez,Martínez,M,12/03/1990,MAMM900312MGRRRR03,asistencial,honorarios,Calle 1\xee\x80\x82 Colonia 44\n' \
  >>"$work/personal.csv"
hostile "U+E002 en un domicilio (CSV)" "U+E002" personal importar "$work/personal.csv"
[[ -e $work/x-publica.pdf ]] && fail "se escribió una versión pública con un carácter de uso privado"

echo "hostile_files_test ($mode): $passed correctos, $failed fallidos"
((failed == 0))
