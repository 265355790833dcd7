# Warnings live on an INTERFACE target that every project target links,
# so third-party code and global flags stay untouched.
add_library(pacta_warnings INTERFACE)
add_library(pacta::warnings ALIAS pacta_warnings)
target_compile_options(pacta_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wconversion -Wsign-conversion -Wshadow -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
  -Wimplicit-fallthrough -Wformat=2)
