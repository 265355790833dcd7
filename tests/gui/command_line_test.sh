#!/usr/bin/env bash
# `pacta --help`, `--version` and an unknown option answer on the terminal and exit, with no
# display and without creating the database or any settings.
#   command_line_test.sh PACTA
pacta=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
failed=0
run() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_DATA_HOME="$home/datos" XDG_CONFIG_HOME="$home/config" "$@"; }
out=$(run "$pacta" --help 2>&1); rc=$?
[[ $rc == 0 && $out == *"Uso: pacta [--demo]"* && $out == *"--version   muestra la versión y termina"* ]] ||
  { echo "FALLA: --help ($rc): $out" >&2; failed=1; }
out=$(run "$pacta" --version 2>&1); rc=$?
[[ $rc == 0 && $out =~ ^pacta\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "FALLA: --version ($rc): $out" >&2; failed=1; }
out=$(run "$pacta" --nada 2>&1); rc=$?
[[ $rc == 2 && $out == *"opción desconocida «--nada»"* ]] || { echo "FALLA: opción desconocida ($rc): $out" >&2; failed=1; }
out=$(run env PACTA_IDIOMA=en "$pacta" --help 2>&1)
[[ $out == *"Usage: pacta [--demo]"* ]] || { echo "FALLA: --help en inglés: $out" >&2; failed=1; }
# Nothing written: no database, no settings, no folders.
[[ -z $(find "$home" -mindepth 1 -print -quit) ]] || { echo "FALLA: escribió $(find "$home" -mindepth 1)" >&2; failed=1; }
exit $failed
