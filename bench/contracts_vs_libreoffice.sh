#!/usr/bin/env bash
# 1,000 contracts from the bundled IMSS-Bienestar template with `pacta-cli generar-lote`,
# against LibreOffice converting the same contract (written by Pacta as HTML with the same
# text, font and paper size) to PDF, 50 copies in one soffice process with its own profile.
# Prints milliseconds per contract for both, the ratio and the mean PDF size.
# Usage: contracts_vs_libreoffice.sh BIN_DIR [CONTRACTS] [LIBREOFFICE_COPIES]
set -euo pipefail
bin=$1
contracts=${2:-1000}
copies=${3:-50}
cli="$bin/pacta-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }

"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/comunes.json"
{
  echo "folio,prestador.nombre,firmantes.2.nombre"
  for ((i = 1; i <= contracts; i++)); do
    printf 'IMSSB-%05d,Persona de Prueba %d,C. PERSONA DE PRUEBA %d\n' "$i" "$i" "$i"
  done
} >"$work/personas.csv"

start=$(now_ns)
"$cli" generar-lote --plantilla imss-bienestar-honorarios --datos "$work/comunes.json" \
  --csv "$work/personas.csv" --salida "$work/pacta" >"$work/pacta.log"
pacta_ns=$(($(now_ns) - start))
generated=$(find "$work/pacta" -name '*.pdf' | wc -l)
bytes=$(find "$work/pacta" -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { print s }')

lo_ms="-"
ratio="-"
if command -v soffice >/dev/null; then
  mkdir -p "$work/html" "$work/lo-warm" "$work/lo-out"
  "$cli" generar --plantilla imss-bienestar-honorarios --datos "$work/comunes.json" \
    --salida "$work/contrato.html" >/dev/null
  for ((i = 1; i <= copies; i++)); do cp "$work/contrato.html" "$work/html/contrato-$i.html"; done
  profile="file://$work/lo-profile"
  # The first start creates the profile; it is not counted.
  soffice --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$work/lo-warm" \
    "$work/contrato.html" >/dev/null 2>&1
  start=$(now_ns)
  soffice --headless "-env:UserInstallation=$profile" --convert-to pdf --outdir "$work/lo-out" \
    "$work"/html/*.html >/dev/null 2>&1
  lo_ns=$(($(now_ns) - start))
  converted=$(find "$work/lo-out" -name '*.pdf' | wc -l)
  if [[ $converted -ne $copies ]]; then
    echo "LibreOffice convirtió $converted de $copies archivos" >&2
    exit 1
  fi
  lo_ms=$(awk -v ns="$lo_ns" -v n="$copies" 'BEGIN { printf "%.1f", ns / n / 1e6 }')
  lo_pages=$(pdfinfo "$work/lo-out/contrato-1.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')
  lo_size=$(stat -c %s "$work/lo-out/contrato-1.pdf")
fi

pacta_ms=$(awk -v ns="$pacta_ns" -v n="$generated" 'BEGIN { printf "%.2f", ns / n / 1e6 }')
[[ "$lo_ms" != "-" ]] && ratio=$(awk -v a="$lo_ms" -v b="$pacta_ms" 'BEGIN { printf "%.1f", a / b }')
pages=$(pdfinfo "$work/pacta/IMSSB-00001.pdf" | awk '/^Pages/ { print $2 }')

echo "Contrato IMSS-Bienestar (plantilla incluida), $(nproc) núcleos"
printf '  %-44s %10s %12s\n' "" "ms/contrato" "tamaño medio"
printf '  %-44s %10s %9d KB   (%s contratos, %s páginas)\n' "Pacta generar-lote" "$pacta_ms" \
  $((bytes / generated / 1024)) "$generated" "$pages"
if [[ "$lo_ms" != "-" ]]; then
  printf '  %-44s %10s %9d KB   (%s copias, %s páginas)\n' "LibreOffice soffice --convert-to pdf (HTML)" \
    "$lo_ms" $((lo_size / 1024)) "$copies" "$lo_pages"
  echo "  razón LibreOffice/Pacta: ${ratio}x   (meta: 30x o más; tamaño medio 50 KB o menos)"
else
  echo "  LibreOffice no está instalado (paquete libreoffice-writer-nogui): sin comparación"
fi
