# Part of cli_office_test.sh (sourced: shares its variables and helpers).
# Many operations in one process (pacta-cli lote), and a database on a network drive.

# Many operations from one file, in one process with one login (pacta-cli lote); on a copy.
ldb="$work/lote.sqlite3"
sqlite3 "$db" ".backup '$ldb'"
cat >"$work/operaciones.txt" <<EOF
# A contract drafted and cancelled, a search and a date, as typed after «pacta-cli».
contrato nuevo --plantilla imss-bienestar-honorarios --persona $curp --datos "$fixtures/contrato-imss-extra.json"

  contrato mover IMSS-BIENESTAR-GRO-2024-0004 cancelado --motivo "duplicado de \"0003\", según l'oficio"
personal buscar 'Ramírez Cruz'
texto fecha 2024-01-29 --mayusculas
EOF
check 0 "$(printf 'línea 2: Contrato IMSS-BIENESTAR-GRO-2024-0004 redactado para Rosa Ramírez Cruz con la plantilla imss-bienestar-honorarios, versión 1.\nlínea 4: Contrato IMSS-BIENESTAR-GRO-2024-0004: borrador → cancelado.\nlínea 5: Rosa Ramírez Cruz\tRACR920514MDFMRS05\tUMM-GRO\tHonorarios\tAsistencial\nlínea 6: 29 DE ENERO DE 2024')" -- \
  --db "$ldb" lote "$work/operaciones.txt"
check_out 0 "borrador → cancelado  «duplicado de \"0003\", según l'oficio»" -- --db "$ldb" contrato ver IMSS-BIENESTAR-GRO-2024-0004
# By default the first line that fails stops the lote with its exit code; --seguir goes on.
printf 'texto ordinal 11\ncontrato mover IMSS-BIENESTAR-GRO-2024-0004 aprobado\ntexto ordinal 12\n' >"$work/falla.txt"
check_err 1 "línea 2: error: el contrato IMSS-BIENESTAR-GRO-2024-0004 está «cancelado»" -- --db "$ldb" lote "$work/falla.txt"
[[ "$(cat "$work/out")" == "línea 1: DÉCIMA PRIMERA" ]] && grep -qxF "error: se detuvo en la línea 2: se ejecutaron 2 de 3 operaciones." "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote detenido" >&2; cat "$work/out" "$work/err" >&2; }
check 1 "$(printf 'línea 1: DÉCIMA PRIMERA\nlínea 3: DÉCIMA SEGUNDA\n3 operaciones: 2 correctas, 1 con error')" -- \
  --db "$ldb" lote "$work/falla.txt" --seguir
printf 'texto importe 5 --rapido\n' >"$work/uso.txt"
check_err 2 "línea 1: pacta-cli: opción desconocida «--rapido»" -- lote "$work/uso.txt"
printf 'usuario listar\n' >"$work/listar.txt"
as carlos check_err 3 "línea 1: error: carlos no puede hacer esto: se necesita el rol administrador" -- --db "$ldb" lote "$work/listar.txt"
# Here --usuario names the account, as in «usuario» on its own.
printf 'usuario desactivar --usuario dual\n' >"$work/desactivar.txt"
check 0 "línea 1: Usuario «dual» desactivado." -- --db "$ldb" lote "$work/desactivar.txt"
# The whole file is checked first: nothing runs while a line cannot.
cat >"$work/prohibido.txt" <<'EOF'
texto ordinal 11
lote otro.txt
--db otra.sqlite3 contrato listar
institucion listar --usuario rita
usuario crear --usuario zoe2 --rol finanzas --clave-stdin
respaldo restaurar respaldo.sqlite3
demo
contrato mover X cancelado --motivo "sin cerrar
EOF
check_err 2 "prohibido.txt, línea 2: un archivo de lote no puede ejecutar otro «lote»." -- --db "$ldb" lote "$work/prohibido.txt"
for fragment in "línea 3: «--db» va en la línea de comandos de «pacta-cli lote», no en el archivo" \
    "línea 4: «--usuario» va en la línea de comandos" "línea 5: «usuario crear» pide una contraseña nueva" \
    "línea 6: «respaldo restaurar» reemplaza la base de datos" "línea 7: «demo» trabaja sobre una base de datos propia" \
    "prohibido.txt, línea 8, columna 37: la comilla doble que se abre aquí no se cierra" \
    "error: 7 líneas no pueden ejecutarse en un lote; no se ejecutó nada."; do
  grep -qF -- "$fragment" "$work/err" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote sin «$fragment»" >&2; }
done
[[ ! -s "$work/out" ]] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: un lote prohibido ejecutó algo" >&2; }
# Standard input; lines that need no database need no user either.
printf 'texto ordinal 11\n\n  # nada\npersonal buscar MAMM90\n' | "$cli" --db "$ldb" lote - >"$work/out" 2>"$work/err"
[[ $? == 0 && "$(cat "$work/out")" == "$(printf 'línea 1: DÉCIMA PRIMERA\nlínea 4: María Luisa Martínez Martínez\tMAMM900312MGRRRR03\tUMM-GRO\tHonorarios\tAsistencial')" ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: lote por la entrada estándar" >&2; cat "$work/out" "$work/err" >&2; }
printf 'texto ordinal 11\nvalidar curp "BOXW310820HNERXN09\n' | "$cli" lote - >"$work/out" 2>"$work/err"
[[ $? == 2 ]] && grep -qF "entrada estándar, línea 2, columna 14: la comilla doble" "$work/err" &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: comillas por la entrada estándar" >&2; cat "$work/err" >&2; }
PACTA_USUARIO= PACTA_CLAVE= check 0 "línea 1: QUINTUPLICADO" -- lote - <<<"texto ejemplares 5"
# One login for the whole file: a wrong password is tried once, and stops even --seguir.
denials=$(sqlite3 "$ldb" "SELECT count(*) FROM audit_log WHERE entity = 'sesion' AND action = 'denegar'")
printf 'texto ordinal 11\ncontrato listar\npersonal buscar x\ncontrato listar\n' >"$work/clave.txt"
PACTA_CLAVE=equivocada check_err 3 "error: se detuvo en la línea 2: se ejecutaron 2 de 4 operaciones." -- --db "$ldb" lote "$work/clave.txt" --seguir
[[ $(sqlite3 "$ldb" "SELECT count(*) FROM audit_log WHERE entity = 'sesion' AND action = 'denegar'") == $((denials + 1)) ]] &&
  passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FALLA: el lote intentó entrar más de una vez" >&2; }
check_out 0 "Bitácora de auditoría íntegra" -- --db "$ldb" auditoria verificar

# A database on a network drive is refused. Only where such a mount is writable (CI machines
# rarely have one; docs/desarrollo.md shows how to mount one with SSHFS); the classification
# itself is unit-tested in tests/platform.
net=$(findmnt -rn -t nfs,nfs4,cifs,smb3,9p,fuse.sshfs,fuse.gvfsd-fuse,fuse.rclone -o TARGET 2>/dev/null |
      while read -r m; do [[ -w "$m" ]] && echo "$m" && break; done)
if [[ -n "$net" ]]; then
  check_err 1 "está en una unidad de red" -- --db "$net/pacta-prueba-$$.sqlite3" personal buscar x
  rm -f "$net/pacta-prueba-$$.sqlite3"
else
  echo "(sin unidad de red escribible: se omite la prueba de rechazo en red)"
fi
