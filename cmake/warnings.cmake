# Project-wide warning and sanitizer flags, applied through an interface target so that
# third-party code we compile (ImGui's backends) can opt out.
add_library(foyer_warnings INTERFACE)
target_compile_options(foyer_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion -Wnon-virtual-dtor -Woverloaded-virtual)
if(FOYER_WERROR)
  target_compile_options(foyer_warnings INTERFACE -Werror)
endif()

if(FOYER_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
