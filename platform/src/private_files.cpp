#include "pacta/platform/private_files.h"

#include "system.h"

namespace pacta::platform {

void keep_new_files_private() { system::restrict_umask(); }

bool create_private_file(const std::filesystem::path& path) { return system::create_empty_private_file(path); }

}  // namespace pacta::platform
