# AddressSanitizer + UndefinedBehaviorSanitizer, switched on by the "asan" preset
# that scripts/test uses. Applied through an INTERFACE target, like the warnings.
option(PACTA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_library(pacta_sanitizers INTERFACE)
add_library(pacta::sanitizers ALIAS pacta_sanitizers)
if(PACTA_SANITIZE)
  set(_pacta_san_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(pacta_sanitizers INTERFACE ${_pacta_san_flags})
  target_link_options(pacta_sanitizers INTERFACE ${_pacta_san_flags})
endif()

# Every project target links both through this one helper.
function(pacta_project_target target)
  target_link_libraries(${target} PRIVATE pacta::warnings pacta::sanitizers)
endfunction()
