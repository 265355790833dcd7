# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# The contract's life: review, approval, copies, signing, amendments, the audit rows they
# leave, personal data, ending early.

# The contract's life: legal review, approval, numbered copies, signing with a verified
# digital signature, the dates, amendments. A move by the wrong role exits with 3.
export PACTA_FECHA_HOY=2024-01-25
# The template's review checklist: what a reviewer confirms on every contract made from it.
check_out 0 "Punto 1 agregado a la lista de revisión de imss-bienestar-honorarios." -- --db "$db" revision lista imss-bienestar-honorarios \
  --punto "Los poderes del representante están vigentes en la fecha de firma"
check_out 0 "Punto 2 agregado" -- --db "$db" revision lista imss-bienestar-honorarios --punto "La cuenta presupuestal corresponde a la unidad"
as fer check_err 3 "se necesita el rol revisor jurídico o administrador" -- --db "$db" revision lista imss-bienestar-honorarios --punto x
check_out 0 "2	La cuenta presupuestal corresponde a la unidad" -- --db "$db" revision lista imss-bienestar-honorarios
# A point taken out of use is no longer listed nor waited for; its number is not reused.
check_out 0 "Punto 3 agregado" -- --db "$db" revision lista imss-bienestar-honorarios --punto "Un punto de más"
as fer check_err 3 "se necesita el rol revisor jurídico o administrador" -- --db "$db" revision lista imss-bienestar-honorarios --quitar 3
check_out 0 "Punto 3 quitado de la lista de revisión de imss-bienestar-honorarios" -- --db "$db" revision lista \
  imss-bienestar-honorarios --quitar 3
check_err 1 "no tiene un punto 3 en uso" -- --db "$db" revision lista imss-bienestar-honorarios --quitar 3
[[ $("$cli" --db "$db" revision lista imss-bienestar-honorarios 2>&1) != *"Un punto de más"* ]] || report_failure "el punto quitado sigue en la lista"
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
# Seventeen bytes that start like a JPEG are not a scan.
printf '\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00' >"$work/falso.jpg"
check_err 1 "empieza como una imagen JPEG pero no se abre como tal" -- --db "$db" contrato mover "$folio" firmado --archivo "$work/falso.jpg"
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
check_err 1 "la fecha 28/02/2024 es anterior a la del paso previo (01/03/2024)" -- --db "$db" pagos registrar "$folio" 1 --estado aprobado --fecha 2024-02-28
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
check_err 1 "puede terminar a partir del 19/04/2024 (30 días naturales)" -- --db "$db" contrato terminar "$folio" --fecha 2024-04-15 --causa aviso --aviso 2024-03-20 --motivo "Renuncia"
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
