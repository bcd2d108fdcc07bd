// The audit log: one JSON object a line, appended to what is there, private to the service's group, and a
// file that cannot be written reported as false, never thrown.
#include "kiosk/staff/audit_log.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace foyer::staff {
namespace {

namespace fs = std::filesystem;

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("foyer-audit-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(m_dir);
  }

  static std::vector<std::string> lines(const fs::path& file) {
    std::vector<std::string> found;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) found.push_back(line);
    return found;
  }

  static AuditEntry entry(std::string action, std::uint64_t visit = 0) {
    return {"2024-05-01T09:30:00Z", "T-042", "clerk-17", std::move(action), "fingerprint", visit, ""};
  }

  fs::path m_dir;
};

TEST_F(AuditLogTest, WritesOneJsonObjectALine) {
  AuditLog log(m_dir / "audit.log");
  auto marked = entry("finger_missing", 1234);
  marked.detail = "left index bandaged";
  EXPECT_TRUE(log.append(entry("login")));
  EXPECT_TRUE(log.append(marked));
  const auto written = lines(m_dir / "audit.log");
  ASSERT_EQ(written.size(), 2U);
  const auto first = nlohmann::json::parse(written[0]);
  EXPECT_EQ(first.at("action"), "login");
  EXPECT_EQ(first.at("visit"), 0);
  const auto second = nlohmann::json::parse(written[1]);
  EXPECT_EQ(second.at("time"), "2024-05-01T09:30:00Z");
  EXPECT_EQ(second.at("terminal"), "T-042");
  EXPECT_EQ(second.at("staff"), "clerk-17");
  EXPECT_EQ(second.at("action"), "finger_missing");
  EXPECT_EQ(second.at("step"), "fingerprint");
  EXPECT_EQ(second.at("visit"), 1234);
  EXPECT_EQ(second.at("detail"), "left index bandaged");
  EXPECT_EQ(second.size(), 7U) << "nothing beyond the entry's fields";
}

TEST_F(AuditLogTest, AppendsToWhatIsThereAndKeepsItPrivate) {
  { AuditLog(m_dir / "audit.log").append(entry("login")); }
  AuditLog log(m_dir / "audit.log");
  EXPECT_TRUE(log.append(entry("logout")));
  const auto written = lines(m_dir / "audit.log");
  ASSERT_EQ(written.size(), 2U);
  EXPECT_EQ(nlohmann::json::parse(written[0]).at("action"), "login");
  EXPECT_EQ(nlohmann::json::parse(written[1]).at("action"), "logout");
  const auto perms = fs::status(m_dir / "audit.log").permissions();
  EXPECT_EQ(perms & (fs::perms::group_write | fs::perms::others_all), fs::perms::none);
  EXPECT_NE(perms & fs::perms::owner_write, fs::perms::none);
}

TEST_F(AuditLogTest, NewlinesAndBrokenTextStayInsideTheirLine) {
  AuditLog log(m_dir / "audit.log");
  auto odd = entry("note");
  odd.detail = "two\nlines \xff\xfe";
  EXPECT_NO_THROW(EXPECT_TRUE(log.append(odd)));
  const auto written = lines(m_dir / "audit.log");
  ASSERT_EQ(written.size(), 1U);
  EXPECT_EQ(nlohmann::json::parse(written[0]).at("detail").get<std::string>().substr(0, 9), "two\nlines");
}

TEST_F(AuditLogTest, AFolderInTheWayIsReportedNotThrown) {
  fs::create_directories(m_dir / "audit.log");
  AuditLog log(m_dir / "audit.log");
  bool written = true;
  EXPECT_NO_THROW(written = log.append(entry("login")));
  EXPECT_FALSE(written);
}

TEST_F(AuditLogTest, AMissingFolderIsReportedAndTheLogWritesOnceItIsThere) {
  AuditLog log(m_dir / "later" / "audit.log");
  EXPECT_FALSE(log.append(entry("login")));
  fs::create_directories(m_dir / "later");
  EXPECT_TRUE(log.append(entry("logout")));
  const auto written = lines(m_dir / "later" / "audit.log");
  ASSERT_EQ(written.size(), 1U);
  EXPECT_EQ(nlohmann::json::parse(written[0]).at("action"), "logout");
}

TEST_F(AuditLogTest, AReadOnlyFolderIsReportedNotThrown) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into a read-only folder; the other unwritable paths cover it";
  fs::permissions(m_dir, fs::perms::owner_read | fs::perms::owner_exec);
  AuditLog log(m_dir / "audit.log");
  bool written = true;
  EXPECT_NO_THROW(written = log.append(entry("login")));
  EXPECT_FALSE(written);
}

TEST_F(AuditLogTest, AFullDiskIsReported) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
  AuditLog log("/dev/full");
  EXPECT_FALSE(log.append(entry("login")));
  EXPECT_FALSE(log.append(entry("login"))) << "and again on the next entry";
}

TEST(AuditTime, IsIso8601UtcWithZ) {
  using namespace std::chrono;
  EXPECT_EQ(isoUtc(system_clock::time_point{}), "1970-01-01T00:00:00Z");
  const auto time = sys_days{year{2024} / May / 1} + hours(9) + minutes(30) + seconds(15) + milliseconds(700);
  EXPECT_EQ(isoUtc(time), "2024-05-01T09:30:15Z");
}

}  // namespace
}  // namespace foyer::staff
