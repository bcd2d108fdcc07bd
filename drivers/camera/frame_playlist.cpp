#include "drivers/camera/frame_playlist.hpp"

#include <fstream>
#include <sstream>
#include <thread>

#include <opencv2/imgcodecs.hpp>

namespace foyer::camera {
namespace {

class PlaylistSource final : public FrameSource {
 public:
  PlaylistSource(std::vector<cv::Mat> pictures, std::vector<int> frames, double fps)
      : m_pictures(std::move(pictures)), m_frames(std::move(frames)),
        m_period(std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / fps))) {}

  std::expected<cv::Mat, CameraError> next() override {
    // A camera delivers a frame per period, not faster: wait for this one's time.
    const auto now = std::chrono::steady_clock::now();
    if (m_due < now - m_period) m_due = now;  // fell behind (nobody read): no burst of old frames
    std::this_thread::sleep_until(m_due);
    m_due += m_period;
    cv::Mat frame = m_pictures[m_entry].clone();
    if (++m_shown >= m_frames[m_entry]) {
      m_shown = 0;
      m_entry = (m_entry + 1) % m_pictures.size();
    }
    return frame;
  }

 private:
  std::vector<cv::Mat> m_pictures;
  std::vector<int> m_frames;
  std::chrono::steady_clock::duration m_period;
  std::chrono::steady_clock::time_point m_due = std::chrono::steady_clock::now();
  std::size_t m_entry = 0;
  int m_shown = 0;
};

}  // namespace

std::expected<std::unique_ptr<FrameSource>, CameraError> openPlaylist(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return std::unexpected(CameraError{CameraError::Kind::CannotOpen, "cannot read " + file.string()});
  std::stringstream text;
  text << in.rdbuf();
  auto playlist = parsePlaylist(text.str(), file.parent_path());
  if (!playlist) return std::unexpected(CameraError{CameraError::Kind::CannotOpen, file.string() + ": " + playlist.error()});
  std::vector<cv::Mat> pictures;
  std::vector<int> frames;
  for (const PlaylistEntry& entry : playlist->entries) {
    cv::Mat picture = cv::imread(entry.picture.string(), cv::IMREAD_COLOR);
    if (picture.empty()) {
      return std::unexpected(CameraError{CameraError::Kind::CannotOpen, "cannot read the image " + entry.picture.string()});
    }
    pictures.push_back(std::move(picture));
    frames.push_back(entry.frames);
  }
  return std::make_unique<PlaylistSource>(std::move(pictures), std::move(frames), playlist->fps);
}

}  // namespace foyer::camera
