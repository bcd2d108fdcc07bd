#include "drivers/camera/playlist.hpp"

#include <sstream>

namespace foyer::camera {

std::expected<Playlist, std::string> parsePlaylist(const std::string& text, const std::filesystem::path& base) {
  Playlist playlist;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string first;
    if (!(words >> first)) continue;
    const auto where = "line " + std::to_string(number) + ": ";
    if (first == "fps") {
      if (!(words >> playlist.fps) || playlist.fps <= 0 || playlist.fps > 240) {
        return std::unexpected(where + "fps needs a rate between 0 and 240");
      }
      continue;
    }
    PlaylistEntry entry{base / first, 1};
    if (!(words >> entry.frames) || entry.frames < 1) {
      return std::unexpected(where + "a picture needs a frame count of at least 1");
    }
    std::string extra;
    if (words >> extra) return std::unexpected(where + "unexpected '" + extra + "'");
    playlist.entries.push_back(std::move(entry));
  }
  if (playlist.entries.empty()) return std::unexpected(std::string("the playlist names no picture"));
  return playlist;
}

}  // namespace foyer::camera
