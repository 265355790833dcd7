#!/usr/bin/env bash
# The Debian package, checked without changing the machine: `cpack -G DEB` from the build
# tree, its control data and files, the desktop entry and AppStream metainfo through their
# validators, then unpacked with `dpkg-deb -x` into a temporary folder and run from there
# (pacta-cli in Spanish; the desktop application's demonstration under Xvfb, which needs the
# templates, demo files and catalogs the package carries), and `apt-get install --simulate`
# to see that its dependencies resolve.
# Usage: package_test.sh BUILD_DIR ARTEFACTS_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
artefacts=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@" >"$work/out" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FALLA: $what" >&2
    cat "$work/out" >&2
  fi
}

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/pkg/pacta_*.deb)
dpkg-deb -I "$deb" >"$work/control"
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
check "depende de las fuentes y de wx3.2-i18n" grep -E "^ Depends: .*fonts-liberation2.*wx3.2-i18n.*libwxgtk3.2" "$work/control"
for f in usr/bin/pacta usr/bin/pacta-cli usr/share/applications/io.github.pacta.Pacta.desktop \
         usr/share/icons/hicolor/scalable/apps/io.github.pacta.Pacta.svg \
         usr/share/metainfo/io.github.pacta.Pacta.metainfo.xml usr/share/locale/es/LC_MESSAGES/pacta.mo \
         usr/share/pacta/plantillas/imss-bienestar-honorarios.md usr/share/pacta/datos/isr-mensual-2024.csv \
         usr/share/pacta/demo/institucion.json usr/share/pacta/demo/personal.csv; do
  check "el paquete lleva $f" grep -qx "./$f" "$work/files"
done

root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/io.github.pacta.Pacta.desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.pacta.Pacta.metainfo.xml"
check "pacta-cli --version desde el paquete" grep -q "^pacta-cli " <("$root/usr/bin/pacta-cli" --version)
# The catalog found beside the unpacked binary: the answer is in Spanish.
env -u PACTA_LOCALEDIR -u PACTA_DATADIR "$root/usr/bin/pacta-cli" validar curp GOPL850715MGRMRR00 >"$work/curp" 2>&1
check "pacta-cli encuentra su catálogo" grep -q "dígito verificador" "$work/curp"

# The desktop application's start-up from the package: the demonstration seeds its database
# from the package's share/pacta/demo and waits at the login with the window open.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
export ASAN_OPTIONS=detect_leaks=0
mkdir -p "$artefacts"
xvfb-run -a -s "-screen 0 1024x700x24" bash -c "
  env -u PACTA_LOCALEDIR -u PACTA_DATADIR PACTA_DEMO_DB='$work/demo.sqlite3' '$root/usr/bin/pacta' --demo &
  app=\$!
  sleep 6
  import -window root '$artefacts/paquete-inicio.png' 2>/dev/null
  kill -0 \$app && echo running
  kill \$app
" >"$work/gui" 2>&1
check "pacta arranca desde el paquete" grep -q running "$work/gui"
check "la demostración se sembró desde el paquete" \
  test "$(sqlite3 "$work/demo.sqlite3" 'SELECT count(*) FROM staff')" = 6

check "apt-get resuelve sus dependencias" apt-get install --simulate -qq "$deb"

echo "$passed passed, $failed failed"
((failed == 0))
