#!/usr/bin/env bash
# Signing a contract inside Pacta, field after field, each signer with their own certificate
# from a throwaway PKI made here with openssl (e.firma-like .cer/.key pairs with the RFC and
# CURP where the SAT puts them, PKCS#12 files with legacy encryption, a seal certificate, an
# impostor). Only once approved, in the signature block's order, by the person each field
# names; pdfsig validates every signature and the last one makes the contract «firmado».
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
"$cli" --db "$db" contrato nuevo --plantilla imss-bienestar-honorarios --persona RACR920514MDFMRS05 \
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
  issue sello '/CN=MAURICIO ROLDAN PARRA/x500UniqueIdentifier=ROPM750101AB1/serialNumber=ROPM750101HGRLRR09/OU=Oficina central'
) >/dev/null 2>&1 || fail "openssl no hizo la PKI de prueba"

sign() {  # sign EXIT FRAGMENT FIELD WHO [--p12]: the key's password on standard input
  local code=$1 fragment=$2 field=$3 who=$4 how=${5:-}
  local files=(--cer "$work/$who.cer" --key "$work/$who.key")
  [[ $how == --p12 ]] && files=(--p12 "$work/$who.p12")
  if [[ $code == 0 ]]; then
    check_out 0 "$fragment" -- --db "$db" contrato firmar "$folio" --campo "$field" "${files[@]}" --clave-firma-stdin <<<"clave-$who"
  else
    check_err "$code" "$fragment" -- --db "$db" contrato firmar "$folio" --campo "$field" "${files[@]}" --clave-firma-stdin <<<"clave-$who"
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
check_err 1 "la contraseña de $work/mauricio.key no es correcta" -- --db "$db" contrato firmar "$folio" \
  --campo firma_representante --cer "$work/mauricio.cer" --key "$work/mauricio.key" --clave-firma-stdin <<<"otra"
check_err 1 "no tiene el campo de firma «firma_testigo»" -- --db "$db" contrato firmar "$folio" \
  --campo firma_testigo --cer "$work/mauricio.cer" --key "$work/mauricio.key" --clave-firma-stdin <<<"clave-mauricio"
[[ $(sqlite3 "$db" "SELECT count(*) FROM contract_file") == 1 ]] && passed=$((passed + 1)) || fail "un rechazo guardó un archivo"

# The five signers in turn, e.firma files and PKCS#12 among them.
sign 0 "Falta firmar: firma_prestador, firma_supervisor, firma_juridico, firma_personal." firma_representante mauricio
grep -qF "El campo firma_representante quedó firmado por MAURICIO ROLDAN PARRA (CURP ROPM750101HGRLRR09)" "$work/out" &&
  passed=$((passed + 1)) || fail "quién firmó: $(cat "$work/out")"
sign 1 "es para Rosa Ramírez Cruz, pero el certificado es de ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS99)" firma_prestador impostora
sign 0 "El campo firma_prestador quedó firmado por ROSA RAMIREZ CRUZ (CURP RACR920514MDFMRS05)" firma_prestador rosa --p12
sign 1 "«firma_prestador» ya está firmado" firma_prestador rosa --p12
sign 0 "El campo firma_supervisor quedó firmado" firma_supervisor teresa
sign 0 "El campo firma_juridico quedó firmado" firma_juridico juridico --p12
sign 0 "el contrato $folio quedó «firmado»" firma_personal kenia
check_out 0 "Estado: firmado" -- --db "$db" contrato ver "$folio"

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

finish
