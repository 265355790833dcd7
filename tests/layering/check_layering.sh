#!/usr/bin/env bash
# Checks which headers each layer may include. Usage: check_layering.sh ROOT
# Prints one "violación: FILE:LINE: ..." line per breach and exits 1 if there is any.
set -uo pipefail
root=$1
violations=0

# forbid DIR REGEX WHY: no #include in DIR's sources may match REGEX.
forbid() {
  local dir=$1 pattern=$2 why=$3
  [[ -d "$root/$dir" ]] || return 0
  while IFS= read -r hit; do
    [[ -z "$hit" ]] && continue
    echo "violación: ${hit#$root/}: $why" >&2
    violations=$((violations + 1))
  done < <(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' \
             "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" "$root/$dir" 2>/dev/null)
}

third_party='wx/|podofo|sqlite3|boost/|unicode/|fontconfig|gtest/'
forbid domain "$third_party|pacta/(db|pdf|locale|platform|app)/|\\.\\./" \
  "domain/ usa solo la biblioteca estándar"
forbid document "$third_party|pacta/(db|pdf|locale|platform|app)/" \
  "document/ depende solo de domain/ (md4c y nlohmann-json solo en sus .cpp)"
forbid document/include "md4c|nlohmann" "las cabeceras públicas de document/ no exponen md4c ni nlohmann-json"
forbid db "pacta/pdf/|\\.\\./pdf/|podofo|wx/" "db/ no incluye pdf/ ni la interfaz gráfica"
# Two engines, neither including the other; what they share is in db/shared.
forbid db/postgres "sqlite3|pacta/db/(sqlite_store|database|statement|audit)\\.h" "db/postgres no incluye el motor SQLite (lo común va en db/shared)"
forbid db/src "libpq|pacta/db/pg/" "el motor SQLite no incluye el de PostgreSQL"
forbid db/shared "sqlite3|libpq" "db/shared no depende de ningún motor"
forbid pdf "pacta/db/|\\.\\./db/|sqlite3|wx/" "pdf/ no incluye db/ ni la interfaz gráfica"
forbid locale "wx/|podofo|sqlite3|pacta/(db|pdf)/" "locale/ no depende de la interfaz, el PDF ni la base de datos"
forbid platform "wx/|podofo|sqlite3|boost/|unicode/|pacta/(domain|db|pdf|locale|app)/" "platform/ solo envuelve el sistema operativo"
forbid app/presentation "wx/" "app/presentation no usa wxWidgets (se prueba sin pantalla)"
# One composition root: only app/core opens a store, and only through db's public header;
# the front ends and the service layer see the domain's storage ports, never the engine.
for dir in app/cli app/gui app/presentation; do
  forbid "$dir" "pacta/db/|sqlite3|libpq" "$dir no conoce el motor de almacenamiento: solo app/core abre la base (puertos de domain/ports)"
done
if [[ -d "$root/app/core" ]]; then
  while IFS= read -r hit; do
    [[ -z "$hit" ]] && continue
    echo "violación: ${hit#$root/}: app/core solo incluye las cabeceras públicas de db/ (sqlite_store, postgres_server, postgres_store, office_import), no sus piezas internas" >&2
    violations=$((violations + 1))
  done < <(grep -rnE --include='*.h' --include='*.cpp' '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](pacta/db/|sqlite3)' \
             "$root/app/core" 2>/dev/null | grep -vE '[<"]pacta/db/(sqlite_store|postgres_server|postgres_store|office_import)\.h[>"]')
fi
# db/'s public face is one header: everything else is on a port or internal.
if [[ -d "$root/db/include" ]]; then
  while IFS= read -r header; do
    [[ -z "$header" ]] && continue
    echo "violación: ${header#$root/}: db/include expone solo pacta/db/sqlite_store.h (lo demás va en db/internal)" >&2
    violations=$((violations + 1))
  done < <(find "$root/db/include" -type f ! -name sqlite_store.h 2>/dev/null)
fi
for layer in domain document db pdf locale platform; do
  forbid "$layer" "app/|pacta/app/|\\.\\./app/|\\.\\./\\.\\./app/" "nada incluye app/"
done

if ((violations)); then
  echo "$violations violaciones de capas" >&2
  exit 1
fi
echo "capas correctas"
