#pragma once
#include <expected>
#include <filesystem>
#include <string>
#include <vector>

// The scripted camera's file (see frame_playlist.hpp): parsed without OpenCV, so it can be fuzzed alone.
namespace foyer::camera {

struct PlaylistEntry {
  std::filesystem::path picture;
  int frames = 1;
};

struct Playlist {
  double fps = 15;
  std::vector<PlaylistEntry> entries;
};

// Parses a playlist's text; `base` resolves relative picture paths. The error names the line.
std::expected<Playlist, std::string> parsePlaylist(const std::string& text, const std::filesystem::path& base);

}  // namespace foyer::camera
