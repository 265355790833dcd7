#pragma once
// Tables on a terminal: columns padded to the widest cell, amounts aligned to the right.

#include <ostream>

#include "pacta/presentation/common/table_export.h"

namespace pacta::cli {

void print_table(const presentation::Table& table, std::ostream& out);

}  // namespace pacta::cli
