# Warnings live on an INTERFACE target that every project target links,
# so third-party code and global flags stay untouched.
add_library(pacta_warnings INTERFACE)
add_library(pacta::warnings ALIAS pacta_warnings)
target_compile_options(pacta_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wconversion -Wsign-conversion -Wshadow -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
# (-Wnull-dereference is left out: GCC 12 reports false positives in <vector> at -O3.)
# GCC 12 reports false -Wrestrict positives inside std::string's operator+ at -O3
# (GCC bug 105329, fixed in 13); with -Werror they would break Release builds.
target_compile_options(pacta_warnings INTERFACE
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
# GCC 12 at -O3 also reports -Wmaybe-uninitialized inside <chrono> and std::string's small
# buffer for values that are always set (seen for std::optional<Date> and a string assigned
# from a literal); they stay warnings there so `scripts/run` builds on a fresh machine.
target_compile_options(pacta_warnings INTERFACE
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-error=maybe-uninitialized>)
