# Shared by the end-to-end scripts of pacta-cli (cli_documents_test.sh, cli_office_test.sh):
#   check EXIT_CODE EXPECTED_STDOUT -- ARGS...          stdout must match exactly
#   check_out EXIT_CODE STDOUT_FRAGMENT -- ARGS...      stdout must contain the fragment
#   check_err EXIT_CODE STDERR_FRAGMENT -- ARGS...      stderr must contain the fragment
# The caller sets `cli` and sources this file; `work` is a temporary folder removed at exit.
set -uo pipefail
unset PACTA_IDIOMA
work=$(mktemp -d)
trap '[[ -n ${PACTA_KEEP_WORK:-} ]] || rm -rf "$work"' EXIT
passed=0
failed=0

run() {
  "$cli" "$@" >"$work/out" 2>"$work/err"
  echo $? >"$work/rc"
}

report_failure() {
  failed=$((failed + 1))
  echo "FALLA: pacta-cli $*" >&2
  echo "  código: $(cat "$work/rc")" >&2
  echo "  stdout: $(cat "$work/out")" >&2
  echo "  stderr: $(cat "$work/err")" >&2
}

check() {
  local code=$1 expected=$2
  shift 3
  run "$@"
  if [[ "$(cat "$work/rc")" == "$code" && "$(cat "$work/out")" == "$expected" ]]; then
    passed=$((passed + 1))
  else
    echo "  esperado: [$code] $expected" >&2
    report_failure "$@"
  fi
}

check_err() {
  local code=$1 fragment=$2
  shift 3
  run "$@"
  if [[ "$(cat "$work/rc")" == "$code" ]] && grep -qF -- "$fragment" "$work/err"; then
    passed=$((passed + 1))
  else
    echo "  esperado: [$code] stderr con «$fragment»" >&2
    report_failure "$@"
  fi
}


check_out() {  # check_out EXIT_CODE STDOUT_FRAGMENT -- ARGS...
  local code=$1 fragment=$2
  shift 3
  run "$@"
  if [[ "$(cat "$work/rc")" == "$code" ]] && grep -qF -- "$fragment" "$work/out"; then
    passed=$((passed + 1))
  else
    echo "  esperado: [$code] stdout con «$fragment»" >&2
    report_failure "$@"
  fi
}

finish() {
  echo "$passed passed, $failed failed"
  [[ $failed == 0 ]]
}
