#!/usr/bin/env bash
# Fails when a string marked for translation in the sources is missing from a catalog or
# left untranslated/fuzzy there: the fix is scripts/update-po, then translate.
set -euo pipefail
root=$1
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
"$root/scripts/update-po" --pot "$pot"
status=0
for po in "$root"/locale/po/*.po; do
  if ! msgcmp --use-untranslated "$po" "$pot" 2>/tmp/msgcmp.$$; then
    echo "$(basename "$po"): le faltan cadenas; ejecute scripts/update-po y tradúzcalas:" >&2
    cat /tmp/msgcmp.$$ >&2
    status=1
  fi
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when anything matches.
  if (( untranslated > 1 || fuzzy > 1 )); then
    echo "$(basename "$po"): hay cadenas sin traducir o dudosas (fuzzy):" >&2
    msgattrib --untranslated --only-fuzzy --no-obsolete "$po" >&2 || true
    status=1
  fi
  rm -f /tmp/msgcmp.$$
done
echo "catálogos completos: $status"
exit $status
