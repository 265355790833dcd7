# Use ccache when it is installed, so repeated builds (and CI reruns) are quick.
find_program(PACTA_CCACHE ccache)
if(PACTA_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${PACTA_CCACHE})
endif()
