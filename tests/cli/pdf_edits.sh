# Incremental updates someone editing a signed PDF would append, for the verification tests:
#   append_objects IN OUT NUMBER BODY [NUMBER BODY...]   redefines (or adds) those objects in a
#                                                         new revision chained to the last one
#   page_content_object PDF                              the object number of page 1's content
#   pages_object PDF                                      the object number of the page tree
append_objects() {
  local in=$1 out=$2
  shift 2
  cp "$in" "$out"
  [[ $(tail -c 1 "$out" | od -An -c | tr -d ' ') == '\n' ]] || printf '\n' >>"$out"
  local trailer root size prev
  trailer=$(grep -a -o '/Root [0-9]* 0 R\|/Size [0-9]*' "$in")
  root=$(grep '/Root' <<<"$trailer" | tail -1 | awk '{print $2}')
  size=$(grep '/Size' <<<"$trailer" | awk '{print $2}' | sort -n | tail -1)
  prev=$(grep -a -A1 '^startxref' "$in" | tail -1 | tr -d '\r')
  local entries="" number body at
  while (($# >= 2)); do
    number=$1 body=$2
    shift 2
    at=$(stat -c %s "$out")
    printf '%s 0 obj\n%s\nendobj\n' "$number" "$body" >>"$out"
    entries+="$number 1"$'\n'"$(printf '%010d' "$at") 00000 n "$'\n'
    ((number >= size)) && size=$((number + 1))
  done
  at=$(stat -c %s "$out")
  printf 'xref\n0 1\n0000000000 65535 f \n%strailer\n<< /Size %s /Root %s 0 R /Prev %s >>\nstartxref\n%s\n%%%%EOF\n' \
    "$entries" "$size" "$root" "$prev" "$at" >>"$out"
}

page_content_object() {
  qpdf --show-pages "$1" | awk '/content:/ {getline; print $1; exit}'
}

pages_object() {
  qpdf --show-object=trailer "$1" >/dev/null 2>&1
  local root
  root=$(qpdf --show-object=trailer "$1" | grep -o '/Root [0-9]*' | awk '{print $2}')
  qpdf --show-object="$root" "$1" | grep -o '/Pages [0-9]*' | awk '{print $2}'
}
