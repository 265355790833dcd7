#!/usr/bin/env bash
# End-to-end checks of pacta-cli: the exact forms people and scripts rely on. An office database:
# users, institutions, audit and backups, staff, contracts and their life, payments.
#   cli_office_test.sh PACTA_CLI
# One story in parts (office/*.sh), in order: each part builds on what the ones before left.
cli=$1
source "$(dirname "$0")/cli_test_lib.sh"

for part in accounts_and_backups staff contracts_and_payments contract_life checker_and_library lote_and_network; do
  source "$(dirname "$0")/office/$part.sh"
done

finish
