#!/usr/bin/env bash
# Signing a contract inside Pacta, field after field, each signer with their own certificate
# from a throwaway PKI made here with openssl (e.firma-like .cer/.key pairs with the RFC and
# CURP where the SAT puts them, PKCS#12 files with legacy encryption, a seal certificate, an
# impostor), and one signer's key on a SoftHSM2 token (PKCS#11). Only once approved, in the
# signature block's order, by the person each field names; pdfsig validates every signature
# and the last one makes the contract «firmado».
cli=$1
source "$(dirname "$0")/cli_test_lib.sh"
fixtures="$(dirname "$0")/../fixtures/datos"
db="$work/firmas.sqlite3"
folio=IMSS-BIENESTAR-GRO-2024-0001
export PACTA_FECHA_HOY=2024-01-25 PACTA_USUARIO=ana PACTA_CLAVE=clave-de-ana-1
fail() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }

echo clave-de-ana-1 | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --rol capturista --clave-stdin >/dev/null
echo clave-de-rita-1 | "$cli" --db "$db" usuario crear --usuario rita --rol revisor_juridico --clave-stdin >/dev/null
"$cli" --db "$db" institucion importar "$fixtures/institucion-imss-bienestar-gro.json" >/dev/null
printf 'nombre,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,estado_civil,curp,rfc,domicilio,profesion,categoria,regimen,unidad\nRosa,Ramírez,Cruz,M,1992-05-14,mexicano,casado,RACR920514MDFMRS05,RACR920514AB4,Calle 1,Enfermería General,asistencial,honorarios,UMM-GRO\n' >"$work/rosa.csv"
"$cli" --db "$db" personal importar "$work/rosa.csv" >/dev/null
# The office's copy of the IMSS template lets the supervisor and the legal officer sign at
# once (@firmas_a_la_vez): either first, once the representative and the provider have.
sed -e 's/^@plantilla imss-bienestar-honorarios$/@plantilla imss-bienestar-honorarios-firmas/' \
  -e 's/^@firmante supervisor supervisor$/&\n@firmas_a_la_vez supervisor juridico/' \
  "$(dirname "$0")/../../document/plantillas/imss-bienestar-honorarios.md" >"$work/imss-bienestar-honorarios-firmas.md"
"$cli" --db "$db" plantilla instalar "$work/imss-bienestar-honorarios-firmas.md" >/dev/null || fail "plantilla instalar"
"$cli" --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios-firmas --persona RACR920514MDFMRS05 \
  --datos "$fixtures/contrato-imss-extra.json" >/dev/null
"$cli" --db "$db" contrato generar "$folio" --salida "$work/contrato.pdf" >/dev/null

# The PKI: a root, then each signer's certificate with key usage for signing.
(
  cd "$work" || exit 1
  printf 'keyUsage=critical,digitalSignature,nonRepudiation\n' >uso.cnf
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=AC de Prueba'
  issue() {  # issue NAME SUBJECT
    openssl req -newkey rsa:2048 -nodes -utf8 -keyout "$1-key.pem" -out "$1.csr" -subj "$2"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile uso.cnf -out "$1.pem"
    openssl x509 -in "$1.pem" -outform DER -out "$1.cer"
    openssl pkcs8 -topk8 -in "$1-key.pem" -v2 aes-256-cbc -passout "pass:clave-$1" -outform DER -out "$1.key"
    openssl pkcs12 -export -legacy -in "$1.pem" -inkey "$1-key.pem" -certfile ca.pem -passout "pass:clave-$1" -out "$1.p12"
  }
  issue mauricio '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=IBE221201AB1 \/ ROPM750101AB1/serialNumber= \/ ROPM750101HGRLRR09'
  issue rosa '/CN=ROSA RAMIREZ CRUZ/x500UniqueIdentifier=RACR920514AB4/serialNumber=RACR920514MDFMRS05'
  issue teresa '/CN=MARÍA TERESA DÍAZ MARTÍNEZ/x500UniqueIdentifier=DIMT800101AB1/serialNumber=DIMT800101MGRZRR01'
  issue juridico '/CN=ROSA ORTIZ GUZMÁN/x500UniqueIdentifier=OIGR800101AB1/serialNumber=OIGR800101MGRRZS01'
  issue kenia '/CN=KENIA ANGELINA GARDUÑO DÍAZ/x500UniqueIdentifier=GADK800101AB1/serialNumber=GADK800101MGRRZN01'
  issue impostora '/CN=ROSA RAMIREZ CRUZ/x500UniqueIdentifier=RACR920514AB9/serialNumber=RACR920514MDFMRS99'
  issue homonimo '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=IBE221201AB1 \/ ROPM750101XY9'
  issue sello '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=ROPM750101AB1/serialNumber=ROPM750101HGRLRR09/OU=Oficina central'
  # The representative's certificate of 2020, expired: issued by the same authority for 2020 only.
  mkdir -p ca_db && : >ca_db/index.txt && echo 01 >ca_db/serial
  printf '[ca]\ndefault_ca = prueba\n[prueba]\ndatabase = %s/ca_db/index.txt\nserial = %s/ca_db/serial\nnew_certs_dir = %s/ca_db\ndefault_md = sha256\npolicy = cualquiera\n[cualquiera]\ncommonName = supplied\nx500UniqueIdentifier = optional\nserialNumber = optional\n' "$work" "$work" "$work" >ca.cnf
  openssl req -newkey rsa:2048 -nodes -utf8 -keyout vencido-key.pem -out vencido.csr \
    -subj '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=IBE221201AB1 \/ ROPM750101AB1/serialNumber= \/ ROPM750101HGRLRR09'
  openssl ca -batch -utf8 -preserveDN -config ca.cnf -cert ca.pem -keyfile ca.key -in vencido.csr -out vencido.pem \
    -startdate 20200101000000Z -enddate 20210101000000Z -extfile uso.cnf -notext
  openssl x509 -in vencido.pem -outform DER -out vencido.cer
  openssl pkcs8 -topk8 -in vencido-key.pem -v2 aes-256-cbc -passout pass:clave-vencido -outform DER -out vencido.key
) >/dev/null 2>&1 || fail "openssl no hizo la PKI de prueba"

# Teresa's key on a SoftHSM2 token (softhsm2), written with pkcs11-tool (opensc): it signs
# there, opened with its PIN; OpenSSL reaches it through libengine-pkcs11-openssl.
module=/usr/lib/softhsm/libsofthsm2.so
for tool in softhsm2-util:softhsm2 pkcs11-tool:opensc; do
  command -v "${tool%%:*}" >/dev/null || fail "falta ${tool%%:*}: apt install ${tool#*:} (scripts/setup-deps --test)"
done
[[ -e $module ]] || fail "falta $module: apt install softhsm2 (scripts/setup-deps --test)"
engines=$(openssl version -e | sed 's/^[^"]*"\(.*\)".*/\1/')
[[ -e $engines/libpkcs11.so ]] || fail "falta el motor pkcs11 de OpenSSL: apt install libengine-pkcs11-openssl"
mkdir -p "$work/tokens"
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$work" >"$work/softhsm2.conf"
export SOFTHSM2_CONF="$work/softhsm2.conf"
(
  cd "$work" || exit 1
  softhsm2-util --init-token --free --label teresa-token --pin 4321 --so-pin 8765
  openssl pkcs8 -topk8 -nocrypt -in teresa-key.pem -outform DER -out teresa-key.der
  p11=(pkcs11-tool --module "$module" --token-label teresa-token --login --pin 4321)
  "${p11[@]}" --write-object teresa-key.der --type privkey --id 01 --label firma &&
    "${p11[@]}" --write-object teresa.cer --type cert --id 01 --label firma && rm teresa-key.der
) >/dev/null 2>&1 || fail "no se hizo el token SoftHSM2 de Teresa"

# A local timestamp authority (openssl ts -reply behind a loopback responder), and the
# institution pointing at it: first at a closed port (the signature is made at B-B and says
# so), then at the responder (B-T).
tsa_responder=$2
mkdir -p "$work/tsa"
(
  cd "$work/tsa" || exit 1
  printf '[tsa]\ndefault_tsa = sellos\n[sellos]\ndir = %s\nserial = $dir/serie\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/tsa-ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_alg = sha256\ndigests = sha256, sha384, sha512\n' "$work/tsa" >tsa.cnf
  echo 01 >serie
  printf 'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n' >tsa.ext
  openssl req -x509 -newkey rsa:2048 -nodes -keyout tsa-ca.key -out tsa-ca.pem -days 30 -subj '/CN=AC de Sellos de Prueba'
  openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -subj '/CN=TSA de Prueba'
  openssl x509 -req -in tsa.csr -CA tsa-ca.pem -CAkey tsa-ca.key -CAcreateserial -days 30 -extfile tsa.ext -out tsa.pem
) >/dev/null 2>&1 || fail "openssl no hizo la autoridad de sellos de prueba"
mkfifo "$work/tsa/entrada"
"$tsa_responder" "$work/tsa" <"$work/tsa/entrada" &
exec 7>"$work/tsa/entrada"  # the responder serves while this stays open
for _ in $(seq 50); do [[ -s "$work/tsa/url" ]] && break; sleep 0.1; done
with_tsa() {  # with_tsa URL: the institution, its timestamp server set to URL, its signatories' RFCs on record
  sed -e "s|\"configuracion\": {|\"configuracion\": {\"sello_tiempo_url\": \"$1\",|" \
    -e 's|"nombre": "Mauricio Roldan Parra",|&"rfc": "ROPM750101AB1",|' \
    -e 's|"nombre": "María Teresa Díaz Martínez",|&"rfc": "DIMT800101AB1",|' \
    -e 's|"nombre": "Rosa Ortiz Guzmán",|&"rfc": "OIGR800101AB1",|' \
    -e 's|"nombre": "Kenia Angelina Garduño Díaz",|&"rfc": "GADK800101AB1",|' \
    "$fixtures/institucion-imss-bienestar-gro.json" >"$work/institucion.json"
  "$cli" --db "$db" institucion importar "$work/institucion.json" >/dev/null || fail "no se importó la institución con $1"
}
with_tsa "http://127.0.0.1:9/sellos"

sign() {  # sign EXIT FRAGMENT FIELD WHO [--p12|--token]: the password (the PIN) on standard input
  local code=$1 fragment=$2 field=$3 who=$4 how=${5:-} secret="clave-$4"
  local files=(--cer "$work/$who.cer" --key "$work/$who.key")
  [[ $how == --p12 ]] && files=(--p12 "$work/$who.p12")
  [[ $how == --token ]] && files=(--pkcs11 "$module" --token-label "$who-token") && secret=4321
  if [[ $code == 0 ]]; then
    check_out 0 "$fragment" -- --db "$db" contrato firmar "$folio" --campo "$field" "${files[@]}" --clave-firma-stdin <<<"$secret"
  else
    check_err "$code" "$fragment" -- --db "$db" contrato firmar "$folio" --campo "$field" "${files[@]}" --clave-firma-stdin <<<"$secret"
  fi
}

# Not before approval.
sign 1 "se firma una vez que un revisor jurídico lo aprobó" firma_representante mauricio
"$cli" --db "$db" contrato mover "$folio" en_revision >/dev/null
PACTA_USUARIO=rita PACTA_CLAVE=clave-de-rita-1 "$cli" --db "$db" contrato mover "$folio" aprobado >/dev/null ||
  fail "la revisora no aprobó"
check_out 0 "firma_representante  Mauricio Roldan Parra  por firmar" -- --db "$db" contrato firmas "$folio"
# In the signature block's order; only the person the field names; an e.firma, not a seal;
# the right password.
sign 1 "se firma después de «firma_representante», que aún no está firmado" firma_prestador rosa
sign 1 "es para Mauricio Roldan Parra, pero el certificado es de ROSA RAMIREZ CRUZ" firma_representante rosa
sign 1 "es un certificado de sello digital (CSD, sucursal «Oficina central»)" firma_representante sello
# Signatories are matched by the RFC on record: the same name with another RFC is not them.
sign 1 "es para Mauricio Roldan Parra, pero el certificado es de MAURICIO ROLDAN PARRA (RFC ROPM750101XY9)" firma_representante homonimo
sign 1 "el certificado de MAURICIO ROLDAN PARRA es válido del 01/01/2020 al 01/01/2021; no puede firmar el" firma_representante vencido
check_err 1 "la contraseña de $work/mauricio.key no es correcta" -- --db "$db" contrato firmar "$folio" \
  --campo firma_representante --cer "$work/mauricio.cer" --key "$work/mauricio.key" --clave-firma-stdin <<<"otra"
check_err 1 "no tiene el campo de firma «firma_testigo»" -- --db "$db" contrato firmar "$folio" \
  --campo firma_testigo --cer "$work/mauricio.cer" --key "$work/mauricio.key" --clave-firma-stdin <<<"clave-mauricio"
[[ $(sqlite3 "$db" "SELECT count(*) FROM contract_file") == 1 ]] && passed=$((passed + 1)) || fail "un rechazo guardó un archivo"

# The five signers in turn, e.firma files, PKCS#12 and a token among them.
sign 0 "Falta firmar: firma_prestador, firma_supervisor, firma_juridico, firma_personal." firma_representante mauricio
grep -qF "Firmado sin sello de tiempo (nivel PAdES B-B): no se pudo comunicar con el servidor de sellos de tiempo" "$work/out" &&
  passed=$((passed + 1)) || fail "sin servidor de sellos: $(cat "$work/out")"
with_tsa "$(cat "$work/tsa/url")"
grep -qF "El campo firma_representante quedó firmado por MAURICIO ROLDAN PARRA (RFC ROPM750101AB1)" "$work/out" &&
  passed=$((passed + 1)) || fail "quién firmó: $(cat "$work/out")"
sign 1 "es para Rosa Ramírez Cruz, pero el certificado es de ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS99)" firma_prestador impostora
sign 0 "El campo firma_prestador quedó firmado por ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS05)" firma_prestador rosa --p12
grep -qF "Con sello de tiempo del servidor de sellos: nivel PAdES B-T." "$work/out" &&
  passed=$((passed + 1)) || fail "con servidor de sellos: $(cat "$work/out")"
sign 1 "«firma_prestador» ya está firmado" firma_prestador rosa --p12
# Teresa signs with her token: a wrong PIN is refused and nothing is kept; --pkcs11 needs
# --token-label. (The label and the option names read the same in English and Spanish.)
kept=$(sqlite3 "$db" "SELECT count(*) FROM contract_file")
check_err 1 "«teresa-token»" -- --db "$db" contrato firmar "$folio" --campo firma_supervisor \
  --pkcs11 "$module" --token-label teresa-token --clave-firma-stdin <<<"0000"
grep -q "PIN" "$work/err" && passed=$((passed + 1)) || fail "el PIN equivocado: $(cat "$work/err")"
check_err 2 "--token-label" -- --db "$db" contrato firmar "$folio" --campo firma_supervisor --pkcs11 "$module" \
  --clave-firma-stdin <<<"4321"
[[ $(sqlite3 "$db" "SELECT count(*) FROM contract_file") == "$kept" ]] && passed=$((passed + 1)) ||
  fail "un PIN equivocado guardó un archivo"
# The legal officer before the supervisor (the two sign at once); personnel waits for both.
sign 0 "El campo firma_juridico quedó firmado" firma_juridico juridico --p12
sign 1 "se firma después de «firma_supervisor», que aún no está firmado" firma_personal kenia
sign 0 "El campo firma_supervisor quedó firmado por MARÍA TERESA DÍAZ MARTÍNEZ" firma_supervisor teresa --token
sign 0 "el contrato $folio quedó «firmado»" firma_personal kenia
cp "$work/out" "$work/out.firma_personal"
last_hash=$(sqlite3 "$db" "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
signed_sha=$(grep -o 'sha256 [0-9a-f]\{64\}' "$work/out" | cut -c8-)
check_out 0 "Estado: firmado" -- --db "$db" contrato ver "$folio"
# The completion record beside the signed PDF: the folio, the signed PDF's hash, each signer
# with their certificate's serial and issuer, the level, and the audit trail's hash.
record=$(sed -n 's/^Constancia de firma: //p' "$work/out.firma_personal")
if [[ -f "$record" ]]; then
  text=$(pdftotext -layout "$record" - 2>/dev/null | tr -s ' \n' ' ')
  qpdf --check "$record" >/dev/null && passed=$((passed + 1)) || fail "qpdf --check de la constancia"
  for fragment in "$folio" "$signed_sha" "MAURICIO ROLDAN PARRA" "KENIA ANGELINA GARDUÑO DÍAZ" "AC de Prueba" \
    "PAdES B-B" "declarada por el firmante" "PAdES B-T" "de una autoridad de sellado de tiempo" "$last_hash"; do
    grep -qF -- "$fragment" <<<"$text" && passed=$((passed + 1)) || fail "la constancia no dice «$fragment»: $text"
  done
else
  fail "no se escribió la constancia de firma: $(cat "$work/out.firma_personal")"
fi

"$cli" --db "$db" contrato descargar "$folio" --tipo firmado --salida "$work/firmado.pdf" >/dev/null || fail "descargar el firmado"
report=$(pdfsig "$work/firmado.pdf" 2>&1)
[[ $(grep -c "Signature Validation: Signature is Valid." <<<"$report") == 5 &&
   $(grep -c "Signature Type: ETSI.CAdES.detached" <<<"$report") == 5 &&
   $(grep -c "Total document signed" <<<"$report") == 1 ]] && passed=$((passed + 1)) || fail "pdfsig: $report"
qpdf --check "$work/firmado.pdf" >/dev/null && passed=$((passed + 1)) || fail "qpdf --check del firmado"
growth=$(( $(stat -c %s "$work/firmado.pdf") - $(stat -c %s "$work/contrato.pdf") ))
(( growth < 250000 )) && passed=$((passed + 1)) || fail "cinco firmas agregaron $growth bytes"
echo "cinco firmas: $growth bytes más que el contrato sin firmar"
[[ $(sqlite3 "$db" "SELECT count(*) FROM audit_log WHERE action = 'crear' AND entity = 'firma' AND after_json LIKE '%certificado_sha256%'") == 5 ]] &&
  passed=$((passed + 1)) || fail "las cinco firmas no están en la bitácora"
check_out 0 "Bitácora de auditoría íntegra" -- --db "$db" auditoria verificar

# Verification, Pacta's beside pdfsig's. Untrusted until an administrator (of every
# institution) trusts the test authority; an end-entity certificate is no authority.
source "$(dirname "$0")/pdf_edits.sh"
signed="$work/firmado.pdf"
check_err 1 "no todas las firmas son válidas" -- --db "$db" firma verificar "$signed" --folio "$folio"
grep -qF "la oficina aún no confía en ninguna autoridad certificadora" "$work/out" && passed=$((passed + 1)) || fail "sin raíces: $(cat "$work/out")"
check_out 0 "La oficina aún no confía en ninguna autoridad certificadora" -- --db "$db" firma raices
PACTA_USUARIO=rita PACTA_CLAVE=clave-de-rita-1 check_err 3 "administrador" -- --db "$db" firma confiar "$work/ca.pem"
check_err 1 "no de una autoridad certificadora" -- --db "$db" firma confiar "$work/rosa.cer"
check_out 0 "La oficina confía en" -- --db "$db" firma confiar "$work/ca.pem"
check_out 0 "AC de Prueba" -- --db "$db" firma raices
check_out 0 "Todas las firmas son válidas, de confianza y del firmante que nombra su campo." -- \
  --db "$db" firma verificar "$signed" --folio "$folio"
verdict=$(cat "$work/out")
for field in firma_representante firma_prestador firma_supervisor firma_juridico firma_personal; do
  grep -qF "$field" <<<"$verdict" || fail "la verificación no nombra $field"
done
[[ $(grep -c "Íntegra: sí · cubre su versión: sí · de confianza: sí · el firmante que nombra el campo: sí" <<<"$verdict") == 5 ]] &&
  passed=$((passed + 1)) || fail "cinco firmas válidas: $verdict"
grep -qF "ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS05)" <<<"$verdict" && passed=$((passed + 1)) || fail "quién firmó: $verdict"
grep -qF "(declarada por el firmante)" <<<"$verdict" && passed=$((passed + 1)) || fail "la hora declarada: $verdict"
[[ $(grep -c "(sello de tiempo)" <<<"$verdict") == 4 ]] && passed=$((passed + 1)) || fail "cuatro sellos de tiempo: $verdict"

# pdfsig with the test authority in an NSS database agrees, signature by signature.
nss="$work/nss"
mkdir -p "$nss"
certutil -N -d "sql:$nss" --empty-password && certutil -A -d "sql:$nss" -n "AC de Prueba" -t "CT,C,C" -i "$work/ca.pem" ||
  fail "certutil (libnss3-tools) no preparó la base NSS"
agree() {  # agree PDF: Pacta's «Íntegra»/«cubre» and pdfsig's validity per signature
  local pdfsig_report ours i valid total
  pdfsig_report=$(pdfsig -nssdir "sql:$nss" "$1" 2>&1)
  ours=$("$cli" --db "$db" firma verificar "$1" --folio "$folio" 2>/dev/null)
  total=$(grep -c '^Signature #' <<<"$pdfsig_report")
  for ((i = 1; i <= total; i++)); do
    valid=no
    awk -v n="$i" '/^Signature #/ {s++} s==n' <<<"$pdfsig_report" | grep -q "Signature is Valid" && valid=sí
    grep -A4 "^Firma $i:" <<<"$ours" | grep -q "Íntegra: $valid" || { echo "firma $i: pdfsig $valid; Pacta: $ours" >&2; return 1; }
  done
  echo "$pdfsig_report"
}
report=$(agree "$signed") && passed=$((passed + 1)) || fail "Pacta y pdfsig no coinciden en $signed"
[[ $(grep -c "Certificate is Trusted" <<<"$report") == 5 ]] && passed=$((passed + 1)) || fail "pdfsig -nssdir: $report"

# A byte changed after signing: the last signature no longer holds, for both.
cp "$signed" "$work/alterado.pdf"
offset=$(grep -abo 'Las partes\|CLÁUSULA\|PRIMERA' "$signed" | head -1 | cut -d: -f1)
offset=${offset:-2000}
printf 'X' | dd of="$work/alterado.pdf" bs=1 seek="$offset" conv=notrunc status=none
check_err 1 "no todas las firmas" -- --db "$db" firma verificar "$work/alterado.pdf" --folio "$folio"
grep -qF "se alteró el contenido firmado" "$work/out" && passed=$((passed + 1)) || fail "alterado: $(cat "$work/out")"
agree "$work/alterado.pdf" >/dev/null && passed=$((passed + 1)) || fail "Pacta y pdfsig no coinciden en el alterado"

# An update that changes the page's text after the signatures: every signature still checks
# out byte for byte, but what was signed is not what is shown.
content=$(page_content_object "$signed")
append_objects "$signed" "$work/texto.pdf" "$content" \
  "$(printf '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Monto: 1,000,000) Tj ET\nendstream')"
qpdf --check "$work/texto.pdf" >/dev/null 2>&1 || true
check_err 1 "no todas las firmas" -- --db "$db" firma verificar "$work/texto.pdf" --folio "$folio"
grep -qF "se modificó el archivo después de esta firma" "$work/out" && passed=$((passed + 1)) || fail "texto: $(cat "$work/out")"
agree "$work/texto.pdf" >/dev/null && passed=$((passed + 1)) || fail "Pacta y pdfsig no coinciden en el de texto cambiado"
pdfsig "$work/texto.pdf" 2>&1 | grep -q "Total document signed" && fail "pdfsig no vio el cambio posterior" || passed=$((passed + 1))

# An update that adds a page.
pages=$(pages_object "$signed")
kids=$(qpdf --show-object="$pages" "$signed" | grep -o '/Kids \[[^]]*\]')
count=$(qpdf --show-object="$pages" "$signed" | grep -o '/Count [0-9]*' | awk '{print $2}')
new=$(( $(grep -a -o '/Size [0-9]*' "$signed" | awk '{print $2}' | sort -n | tail -1) ))
append_objects "$signed" "$work/pagina.pdf" "$new" "<< /Type /Page /Parent $pages 0 R /MediaBox [0 0 612 792] >>" \
  "$pages" "<< /Type /Pages ${kids%]} $new 0 R] /Count $((count + 1)) >>"
[[ $(qpdf --show-npages "$work/pagina.pdf" 2>/dev/null) == $((count + 1)) ]] || fail "no se agregó la página de prueba"
check_err 1 "no todas las firmas" -- --db "$db" firma verificar "$work/pagina.pdf" --folio "$folio"
grep -qF "se agregó una página" "$work/out" && passed=$((passed + 1)) || fail "página: $(cat "$work/out")"

# Against another contract's fields, a signer is not the one named; a PDF with no signature.
check_err 1 "no es un PDF que Pacta pueda leer" -- --db "$db" firma verificar "$work/rosa.csv"
# A PDF crafted to crash a parser (a signature whose value nests 200,000 arrays): read in a
# child process with limits, it is refused, not a crash.
{
  printf '%%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'
  printf '3 0 obj\n<< /Type /Sig /ByteRange [0 10 20 10] /Contents <00> /V '
  head -c 200000 /dev/zero | tr '\0' '['
  printf '\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%%%EOF\n'
} >"$work/hostil.pdf"
check_err 1 "no es un PDF que Pacta pueda leer" -- --db "$db" firma verificar "$work/hostil.pdf"
check_err 1 "no tiene ninguna firma digital" -- --db "$db" firma verificar "$work/contrato.pdf"
check_out 0 "ya no confía en" -- --db "$db" firma desconfiar "$(openssl x509 -in "$work/ca.pem" -outform DER | sha256sum | cut -c1-12)"

exec 7>&-  # the timestamp responder stops
finish
