#!/usr/bin/env bash
# Checks real generated PDFs with public tools nobody here wrote: qpdf, pdffonts, pdftotext,
# pdfinfo, pdfsig, podofosign, pdftoppm. Usage: pdf_tools_test.sh PACTA_CLI ARTEFACT_DIR
set -uo pipefail
cli=$1
artefacts=$2
mkdir -p "$artefacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }

"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/datos.json" || bad "ejemplo"
"$cli" generar --plantilla imss-bienestar-honorarios --datos "$work/datos.json" --salida "$work/contrato.pdf" \
  --version-publica "$work/publica.pdf" --folio IMSSB-GRO-2024-0001 >"$work/salida.txt" || bad "generar"
full="$work/contrato.pdf"
public="$work/publica.pdf"

# The SHA-256 printed is the file's.
check "sha256 impreso" "grep -q \"contrato.pdf  sha256 \$(sha256sum '$full' | cut -d' ' -f1)\" '$work/salida.txt'"

for f in "$full" "$public"; do
  check "qpdf --check $(basename "$f")" "qpdf --check '$f' >/dev/null 2>&1"
  # Every font embedded, subset, with a Unicode map.
  fonts=$(pdffonts "$f" | tail -n +3)
  check "pdffonts con fuentes" "[[ -n \"\$fonts\" ]]"
  # Columns emb, sub and uni are the 5th, 4th and 3rd from the end.
  check "pdffonts emb/sub/uni $(basename "$f")" \
    "echo \"\$fonts\" | awk '{ if (\$(NF-4) != \"yes\" || \$(NF-3) != \"yes\" || \$(NF-2) != \"yes\") bad = 1 } END { exit bad }'"
  check "Liberation Serif" "echo \"\$fonts\" | grep -q LiberationSerif"
done

# Exact text: amounts in words, ordinals, dates.
pdftotext "$full" "$work/contrato.txt"
text=$(tr '\n' ' ' <"$work/contrato.txt" | tr -s ' ')
for phrase in "\$68,858.30 (Sesenta y ocho mil ochocientos cincuenta y ocho pesos 30/100 M.N.)" \
              "cada una por la cantidad de \$13,771.66 (Trece mil setecientos setenta y un pesos 66/100 M.N.)" \
              "vigencia de 5 meses que inicia el 01 de febrero de 2024 y termina el 30 de junio de 2024" \
              "DÉCIMA QUINTA.-" "DÉCIMA PRIMERA.-" "SE FIRMA POR QUINTUPLICADO" "EL 29 DE ENERO DE 2024" \
              "Folio IMSSB-GRO-2024-0001 · Página 1 de"; do
  check "pdftotext: $phrase" "[[ \"\$text\" == *\"\$phrase\"* ]]"
done

# Metadata.
info=$(pdfinfo "$full")
check "título" "echo \"\$info\" | grep -q '^Title: *Contrato de prestación de servicios profesionales'"
check "autor" "echo \"\$info\" | grep -q '^Author: *Instituto Mexicano del Seguro Social'"
check "folio en palabras clave" "echo \"\$info\" | grep -q '^Keywords: *folio IMSSB-GRO-2024-0001'"
check "creador" "echo \"\$info\" | grep -qE '^Creator: *Pacta [0-9]+\.[0-9]+\.[0-9]+'"
check "XMP" "echo \"\$info\" | grep -q '^Metadata Stream: *yes'"
check "página carta" "echo \"\$info\" | grep -q 'Page size: *612 x 792'"

# Five empty, named signature fields.
sig=$(pdfsig "$full" 2>&1)
for field in firma_representante firma_prestador firma_prestaciones_medicas firma_juridico firma_personal; do
  check "campo $field" "echo \"\$sig\" | grep -q 'Signature Field Name: $field'"
done
check "cinco sin firmar" "[[ \$(echo \"\$sig\" | grep -c 'The signature form field is not signed.') == 5 ]]"

# podofosign signs one of them in place; the others stay unsigned.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/k.pem" -out "$work/c.pem" -days 30 -subj /CN=Prueba \
  >/dev/null 2>&1 || bad "openssl"
podofosign -in "$full" -out "$work/firmado.pdf" -cert "$work/c.pem" -pkey "$work/k.pem" \
  -field-name firma_prestador -field-use-existing >/dev/null 2>&1 || bad "podofosign"
signed=$(pdfsig "$work/firmado.pdf" 2>&1)
check "firma válida" "echo \"\$signed\" | grep -q 'Signature is Valid'"
check "cuatro siguen sin firmar" "[[ \$(echo \"\$signed\" | grep -c 'The signature form field is not signed.') == 4 ]]"

# Public version: the personal values appear nowhere; in the full version they do.
qpdf --qdf --object-streams=disable "$full" "$work/full-qdf.pdf" 2>/dev/null
qpdf --qdf --object-streams=disable "$public" "$work/public-qdf.pdf" 2>/dev/null
pdftotext "$public" "$work/publica.txt"
pdfinfo "$public" >"$work/publica-info.txt"
secrets=("MAMM900312MGRRRR03" "MAMM900312AB2" "Calle Ficticia" "12 de marzo de 1990" "nacionalidad mexicana"
         "civil soltera" "de 33 años")
for s in "${secrets[@]}"; do
  check "completa contiene $s" "tr '\n' ' ' <'$work/contrato.txt' | grep -qF '$s'"
  check "pública sin $s (texto)" "! tr '\n' ' ' <'$work/publica.txt' | grep -qF '$s'"
  check "pública sin $s (metadatos)" "! grep -qF '$s' '$work/publica-info.txt'"
  check "pública sin $s (archivo)" "! grep -qaF '$s' '$public'"
  check "pública sin $s (flujos descomprimidos)" "! grep -qaF '$s' '$work/public-qdf.pdf'"
done
# The decompressed streams hold text as glyph codes: check them through the extracted text of
# each page too, and confirm the legend is there.
check "leyenda" "grep -qF '[ELIMINADO: CURP]' '$work/publica.txt'"
check "fundamento legal" "tr '\n' ' ' <'$work/publica.txt' | grep -qF 'con fundamento en los artículos 116 de la Ley General de Transparencia'"
check "sin fundamento en la completa" "! grep -qF 'Versión pública' '$work/contrato.txt'"
check "nombre público" "tr '\n' ' ' <'$work/publica.txt' | grep -qF 'MARÍA LUISA MARTÍNEZ MARTÍNEZ'"

# Peru: A4, soles.
"$cli" generar --plantilla peru-locacion-servicios \
  --datos "$(dirname "$cli")/../share/pacta/plantillas/peru-locacion-servicios.ejemplo.json" \
  --salida "$work/peru.pdf" >/dev/null || bad "peru"
check "A4" "pdfinfo '$work/peru.pdf' | grep -q 'Page size: *595.28 x 841.89'"
check "soles" "pdftotext '$work/peru.pdf' - | tr '\n' ' ' | grep -qF 'DIEZ MIL CON 00/100 SOLES'"

# A page to look at, kept as a test artefact.
pdftoppm -png -r 80 -f 1 -l 1 "$full" "$artefacts/contrato-pagina" && ok || bad "pdftoppm"
pdftoppm -png -r 80 -f 1 -l 1 "$public" "$artefacts/publica-pagina" && ok || bad "pdftoppm pública"
cp "$full" "$public" "$artefacts/" 2>/dev/null

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
