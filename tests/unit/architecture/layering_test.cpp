// The layer rules of docs/ARCHITECTURE.md, checked on the source tree: the flow, the drivers and the
// other UI-free layers must build and test without SDL or Dear ImGui.
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <gtest/gtest.h>

namespace {

const std::filesystem::path kSource = FOYER_SOURCE_DIR;

std::vector<std::string> offendingIncludes(const std::filesystem::path& folder) {
  static const std::regex uiInclude(R"(^\s*#\s*include\s*[<"](SDL[^>"]*|imgui[^>"]*|backends/[^>"]*|screens/[^>"]*|kiosk/app/[^>"]*)[>"])");
  std::vector<std::string> found;
  if (!std::filesystem::exists(folder)) return found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const auto extension = entry.path().extension();
    if (extension != ".cpp" && extension != ".hpp" && extension != ".h" && extension != ".cc") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (std::regex_search(line, uiInclude)) {
        found.push_back(entry.path().lexically_relative(kSource).string() + ":" + std::to_string(number) + ": " + line);
      }
    }
  }
  return found;
}

TEST(Layering, FlowDriversAndCoreLayersIncludeNoSdlNoImGuiNoScreens) {
  for (const char* folder : {"kiosk/flow", "drivers", "kiosk/config", "kiosk/i18n", "kiosk/visit", "kiosk/store",
                             "kiosk/sync"}) {
    const auto offending = offendingIncludes(kSource / folder);
    EXPECT_TRUE(offending.empty()) << folder << " includes UI code:\n"
                                   << [&] {
                                        std::string text;
                                        for (const auto& line : offending) text += "  " + line + "\n";
                                        return text;
                                      }();
  }
}

TEST(Layering, TheCheckFindsAnOffendingInclude) {
  const auto scratch = std::filesystem::temp_directory_path() / "foyer-layering-check";
  std::filesystem::create_directories(scratch);
  std::ofstream(scratch / "bad.cpp") << "#include <imgui.h>\n#include \"SDL.h\"\n#include <vector>\n";
  // The probe lies outside the source tree; only the count matters here.
  EXPECT_EQ(offendingIncludes(scratch).size(), 2U);
  std::filesystem::remove_all(scratch);
}

}  // namespace
