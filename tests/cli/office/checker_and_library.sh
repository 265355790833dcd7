# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# The contract checker, the listings in English, the clause library and comparisons.

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
