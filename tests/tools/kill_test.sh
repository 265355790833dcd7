#!/usr/bin/env bash
# Durability: kills pacta-cli with SIGKILL at random moments while it imports staff and
# generates contracts, ROUNDS times. After each kill the database passes PRAGMA
# integrity_check, the audit trail verifies, each import is wholly present or wholly absent
# (with its audit rows and search terms), and no PDF under its final name is incomplete.
# Usage: kill_test.sh PACTA_CLI GENERATE_STAFF [ROUNDS]   (docs/datos.md: 500 rounds for the stress run)
set -uo pipefail
cli=$1
generate=$2
rounds=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/pacta.sqlite3"
failed=0
passed=0
fail() { failed=$((failed + 1)); echo "FALLA: $*" >&2; }

"$cli" plantilla ejemplo imss-bienestar-honorarios >"$work/comunes.json"
# Every command on the database needs a user: the first administrator, also an HR clerk.
echo "clave-de-prueba-1" | "$cli" --db "$db" usuario crear --usuario ana --rol administrador --rol capturista \
  --clave-stdin >/dev/null || fail "no se pudo crear el primer usuario"
export PACTA_USUARIO=ana PACTA_CLAVE=clave-de-prueba-1
(echo "folio,prestador.nombre"; for i in $(seq 1 40); do echo "K-$i,Persona $i"; done) >"$work/lote.csv"
expected=0
for ((round = 1; round <= rounds; round++)); do
  "$generate" 600 $((round * 1000)) >"$work/personal-$round.csv"
  "$cli" --db "$db" personal importar "$work/personal-$round.csv" >/dev/null 2>&1 &
  importer=$!
  rm -rf "$work/lote"
  "$cli" generar-lote --plantilla imss-bienestar-honorarios --datos "$work/comunes.json" --csv "$work/lote.csv" \
    --salida "$work/lote" --hilos 2 >/dev/null 2>&1 &
  generator=$!
  # The login (Argon2id) takes about a tenth of a second before the import starts.
  sleep "0.$(printf "%03d" $((40 + RANDOM % 200)))"
  kill -9 "$importer" "$generator" 2>/dev/null
  wait "$importer" "$generator" 2>/dev/null

  integrity=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
  [[ "$integrity" == ok ]] || fail "ronda $round: integrity_check: $integrity"
  "$cli" --db "$db" auditoria verificar >/dev/null 2>&1 || fail "ronda $round: la bitácora no verifica"
  count=$(sqlite3 "$db" "SELECT count(*) FROM staff" 2>/dev/null || echo 0)
  if [[ "$count" == "$expected" ]]; then
    :
  elif [[ "$count" == $((expected + 600)) ]]; then
    expected=$count
  else
    fail "ronda $round: $count personas; se esperaban $expected o $((expected + 600)) (importación a medias)"
  fi
  # Each import is one audit event naming the people it created.
  audit=$(sqlite3 "$db" "SELECT coalesce(sum(json_extract(after_json, '\$.creadas')), 0) FROM audit_log WHERE entity = 'importacion'" 2>/dev/null || echo 0)
  keys=$(sqlite3 "$db" "SELECT count(*) FROM audit_log, json_each(audit_log.after_json, '\$.claves_creadas') WHERE entity = 'importacion'" 2>/dev/null || echo 0)
  [[ "$audit" == "$count" && "$keys" == "$count" ]] || fail "ronda $round: la auditoría nombra $audit/$keys personas creadas para $count"
  # The search index, filled at the end of each import, holds exactly what a fresh index of
  # the people stored would hold: every term of every person, nothing else (compared term by
  # term through fts5vocab, as tests/db/search_index_test.cpp does).
  search=$(sqlite3 "$db" "INSERT INTO staff_search (staff_search) VALUES ('integrity-check');
    CREATE VIRTUAL TABLE temp.expected_search USING fts5 (names, unit, card,
      tokenize = 'unicode61 remove_diacritics 2', content = '', columnsize = 0);
    INSERT INTO temp.expected_search (rowid, names, unit, card) SELECT id, names, unit, card FROM staff_search_source;
    CREATE VIRTUAL TABLE temp.held USING fts5vocab(main, staff_search, instance);
    CREATE VIRTUAL TABLE temp.expected USING fts5vocab(temp, expected_search, instance);
    SELECT ((SELECT count(*) FROM (SELECT * FROM temp.held EXCEPT SELECT * FROM temp.expected))
      + (SELECT count(*) FROM (SELECT * FROM temp.expected EXCEPT SELECT * FROM temp.held)))
      || '/' || (SELECT count(DISTINCT doc) FROM temp.held) || '/' || (SELECT deferred FROM search_index_state)" 2>&1)
  [[ "$search" == "0/$count/0" ]] ||
    fail "ronda $round: índice de búsqueda $search (diferencias/personas/diferido) para $count personas"
  for pdf in "$work"/lote/*.pdf; do
    [[ -e "$pdf" ]] || continue
    qpdf --check "$pdf" >/dev/null 2>&1 || fail "ronda $round: PDF incompleto con su nombre final: $(basename "$pdf")"
  done
  passed=$((passed + 1))
done
# Without a kill the same work completes: the rounds above really had something to interrupt.
"$generate" 600 999000 >"$work/final.csv"
if "$cli" --db "$db" personal importar "$work/final.csv" >/dev/null 2>&1; then
  [[ $(sqlite3 "$db" "SELECT count(*) FROM staff") == $((expected + 600)) ]] || fail "la importación final no quedó completa"
else
  fail "la importación final falló"
fi
echo "importaciones completas antes del corte: $((expected / 600)) de $rounds" >&2
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
