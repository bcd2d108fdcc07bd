// The fingerprint scanner through libfprint with its virtual_image device: the same product code path as
// a USB scanner, fed synthetic prints over the device's socket like a finger on the glass. A good print
// arrives judged and as a 500 ppi PNG; a smeared one is judged as such; the scanner's own retry, an
// unplugged scanner and its return are reported. Waits are for reports, never for time to pass.
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/fingerprint/station/libfprint_scanner.hpp"
#include "drivers/simulators/fingerprint/virtual_image_link.hpp"

namespace foyer::fingerprint {
namespace {

using namespace std::chrono_literals;
namespace sim = simulators::fingerprint;

class ScannerReports {
 public:
  LibfprintScanner::Report sink() {
    return [this](ScannerReport report) {
      std::lock_guard lock(m_mutex);
      m_reports.push_back(std::move(report));
      m_changed.notify_all();
    };
  }
  // The next report not yet taken; nullopt after 30 s.
  std::optional<ScannerReport> next() {
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, 30s, [&] { return m_taken < m_reports.size(); })) return std::nullopt;
    return m_reports[m_taken++];
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<ScannerReport> m_reports;
  std::size_t m_taken = 0;
};

class FingerprintScanner : public ::testing::Test {
 protected:
  FingerprintScanner() {
    // libfprint creates its virtual_image device when this names a socket (before the scanner starts).
    setenv("FP_VIRTUAL_IMAGE", m_socket.c_str(), 1);
  }
  ~FingerprintScanner() override {
    unsetenv("FP_VIRTUAL_IMAGE");
    std::filesystem::remove(m_socket);
  }
  // A finger on the glass: one connection per placement, as foyer-fingerprint-sim does it.
  void place(const std::vector<std::uint8_t>& message) {
    sim::VirtualImageLink link = sim::VirtualImageLink::connect(m_socket, 20000);
    ASSERT_TRUE(link.connected()) << "the scanner's socket did not appear";
    ASSERT_TRUE(link.send(message));
  }
  static cv::Mat print(const std::string& name) {
    return cv::imread(std::string(FOYER_SOURCE_DIR) + "/tests/data/fingerprint/" + name, cv::IMREAD_GRAYSCALE);
  }
  template <typename T>
  T expectReport() {
    auto report = m_reports.next();
    if (!report) throw std::runtime_error("no report within 30 s");
    if (!std::holds_alternative<T>(*report)) throw std::runtime_error("another report came first");
    return std::get<T>(*report);
  }

  std::string m_socket = (std::filesystem::temp_directory_path() / ("foyer-fp-" + std::to_string(getpid()) + ".sock")).string();
  ScannerReports m_reports;
  LibfprintScanner m_scanner{ScannerSettings{}, m_reports.sink()};
};

TEST_F(FingerprintScanner, AGoodPrintArrivesJudgedAndAsA500PpiPng) {
  const std::uint64_t id = m_scanner.start(7);
  const cv::Mat good = print("good-loop.png");
  place(sim::imageMessage(good));
  const auto captured = expectReport<FingerCaptured>();
  EXPECT_EQ(captured.attemptId, id);
  const CapturedFinger& finger = captured.finger;
  EXPECT_EQ(finger.position, 7) << "left index";
  EXPECT_TRUE(finger.pass) << finger.hint;
  EXPECT_GE(finger.score, 50);
  ASSERT_EQ(finger.width, good.cols);
  ASSERT_EQ(finger.height, good.rows);
  const cv::Mat decoded = cv::imdecode(std::vector<std::uint8_t>(finger.png.begin(), finger.png.end()), cv::IMREAD_UNCHANGED);
  ASSERT_EQ(decoded.type(), CV_8UC1);
  EXPECT_EQ(cv::norm(decoded, good, cv::NORM_INF), 0) << "lossless: the pixels the scanner read";
  // The density travels with the file: 500 ppi = 19685 pixels per metre.
  const std::string bytes(finger.png.begin(), finger.png.end());
  const auto at = bytes.find("pHYs");
  ASSERT_NE(at, std::string::npos);
  const auto u = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[i])); };
  EXPECT_EQ((u(at + 4) << 24) | (u(at + 5) << 16) | (u(at + 6) << 8) | u(at + 7), 19685U);
}

TEST_F(FingerprintScanner, ASmearedPrintIsJudgedAndTheNextPlacementIsReadAgain) {
  m_scanner.start(2);
  place(sim::imageMessage(print("smudged.png")));
  const auto smeared = expectReport<FingerCaptured>();
  EXPECT_FALSE(smeared.finger.pass);
  EXPECT_EQ(smeared.finger.hint, "fingerprint.hint.still");

  const std::uint64_t again = m_scanner.start(2);
  place(sim::imageMessage(print("good-right-loop.png")));
  const auto good = expectReport<FingerCaptured>();
  EXPECT_EQ(good.attemptId, again);
  EXPECT_TRUE(good.finger.pass) << good.finger.hint;
}

TEST_F(FingerprintScanner, TheScannersOwnRetryKeepsTheAttemptGoing) {
  const std::uint64_t id = m_scanner.start(2);
  place(sim::commandMessage(sim::ScannerCommand::Retry, 2));  // libfprint: centre your finger
  const auto retry = expectReport<FingerRetry>();
  EXPECT_EQ(retry.attemptId, id);
  EXPECT_EQ(retry.hint, "fingerprint.hint.middle");
  place(sim::imageMessage(print("good-loop.png")));
  EXPECT_EQ(expectReport<FingerCaptured>().attemptId, id);
}

TEST_F(FingerprintScanner, AnUnpluggedScannerIsReportedAndFoundAgainWhenItReturns) {
  m_scanner.start(2);
  place(sim::commandMessage(sim::ScannerCommand::Unplug));
  const auto failed = expectReport<ScannerFailed>();
  EXPECT_EQ(failed.kind, ScannerFailed::Kind::Removed) << failed.message;
  // The next attempt looks for the scanner again; the virtual one comes back with a new socket.
  const std::uint64_t id = m_scanner.start(2);
  place(sim::imageMessage(print("good-loop.png")));
  EXPECT_EQ(expectReport<FingerCaptured>().attemptId, id);
}

TEST(FingerprintScannerMissing, NoScannerIsReportedClearly) {
  unsetenv("FP_VIRTUAL_IMAGE");
  ScannerReports reports;
  LibfprintScanner scanner(ScannerSettings{.device = "no-such-scanner", .limits = {}}, reports.sink());
  const std::uint64_t id = scanner.start(2);
  const auto report = reports.next();
  ASSERT_TRUE(report.has_value());
  const auto* failed = std::get_if<ScannerFailed>(&*report);
  ASSERT_NE(failed, nullptr);
  EXPECT_EQ(failed->attemptId, id);
  EXPECT_EQ(failed->kind, ScannerFailed::Kind::NoScanner);
  EXPECT_NE(failed->message.find("no-such-scanner"), std::string::npos) << failed->message;
}

}  // namespace
}  // namespace foyer::fingerprint
