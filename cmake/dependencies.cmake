# All third-party libraries come from Debian 12 packages (packaging/deps/debian-packages.txt).
find_package(PkgConfig REQUIRED)
find_package(SDL2 REQUIRED CONFIG)
find_package(OpenGL REQUIRED COMPONENTS OpenGL)
find_package(tomlplusplus REQUIRED)
find_package(spdlog REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
pkg_check_modules(FRIBIDI REQUIRED IMPORTED_TARGET fribidi)
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
pkg_check_modules(LIBEAC REQUIRED IMPORTED_TARGET libeac)
pkg_check_modules(PCSCLITE REQUIRED IMPORTED_TARGET libpcsclite)

# Debian ships Dear ImGui 1.86 as a static library with the SDL2 and OpenGL3 backends compiled in,
# but without the SDL_Renderer backend: that one we compile from the shipped example source.
find_library(IMGUI_LIBRARY imgui REQUIRED)
find_library(STB_LIBRARY stb REQUIRED)
find_path(IMGUI_INCLUDE_DIR imgui.h PATH_SUFFIXES imgui REQUIRED)
find_file(IMGUI_SDLRENDERER_SOURCE imgui_impl_sdlrenderer.cpp
  PATHS /usr/share/doc/libimgui-dev/examples/backends NO_DEFAULT_PATH REQUIRED)

add_library(foyer_imgui STATIC ${IMGUI_SDLRENDERER_SOURCE})
target_include_directories(foyer_imgui SYSTEM PUBLIC ${IMGUI_INCLUDE_DIR} ${IMGUI_INCLUDE_DIR}/backends)
target_link_libraries(foyer_imgui PUBLIC ${IMGUI_LIBRARY} ${STB_LIBRARY} SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
set_target_properties(foyer_imgui PROPERTIES POSITION_INDEPENDENT_CODE ON)
