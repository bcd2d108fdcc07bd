#pragma once
// Shared by the printer tests: reading printed symbols back with zbar, and where pictures for a person
// to look at go (build/test-artifacts/printer/).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <zbar.h>

namespace foyer::printer::test_support {

struct ScannedSymbol {
  std::string type;  // zbar's name: "QR-Code", "CODE-128", ...
  std::string data;
};

// Greyscale, 255 white, one byte per pixel.
inline std::vector<ScannedSymbol> scanSymbols(const std::vector<std::uint8_t>& grey, int width, int height) {
  using namespace zbar;  // zbar.h puts its C API in this namespace when compiled as C++
  std::vector<ScannedSymbol> found;
  if (width <= 0 || height <= 0 || grey.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) {
    return found;
  }
  zbar_image_scanner_t* scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
  zbar_image_t* image = zbar_image_create();
  zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image, static_cast<unsigned>(width), static_cast<unsigned>(height));
  zbar_image_set_data(image, grey.data(), grey.size(), nullptr);
  if (zbar_scan_image(scanner, image) > 0) {
    for (const zbar_symbol_t* symbol = zbar_image_first_symbol(image); symbol != nullptr;
         symbol = zbar_symbol_next(symbol)) {
      found.push_back({zbar_get_symbol_name(zbar_symbol_get_type(symbol)),
                       std::string(zbar_symbol_get_data(symbol), zbar_symbol_get_data_length(symbol))});
    }
  }
  zbar_image_destroy(image);
  zbar_image_scanner_destroy(scanner);
  return found;
}

// $FOYER_ARTIFACTS_DIR/printer if set; else test-artifacts/printer in the build directory that holds the
// working directory (ctest runs in build/tests); else under the system's temporary directory.
inline std::filesystem::path artifactsDir() {
  std::filesystem::path dir;
  if (const char* configured = std::getenv("FOYER_ARTIFACTS_DIR"); configured != nullptr && *configured != '\0') {
    dir = std::filesystem::path(configured) / "printer";
  } else {
    std::error_code error;
    for (auto at = std::filesystem::current_path(error); !error && !at.empty(); at = at.parent_path()) {
      if (std::filesystem::exists(at / "CMakeCache.txt")) {
        dir = at / "test-artifacts" / "printer";
        break;
      }
      if (at == at.root_path()) break;
    }
    if (dir.empty()) dir = std::filesystem::temp_directory_path() / "foyer-test-artifacts" / "printer";
  }
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace foyer::printer::test_support
