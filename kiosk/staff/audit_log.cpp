#include "kiosk/staff/audit_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>

#include <nlohmann/json.hpp>

namespace foyer::staff {
namespace {

std::string line(const AuditEntry& entry) {
  const nlohmann::json object = {{"time", entry.time},     {"terminal", entry.terminal}, {"staff", entry.staffId},
                                 {"action", entry.action}, {"step", entry.step},         {"visit", entry.visit},
                                 {"detail", entry.detail}};
  // Invalid UTF-8 in a caller's string becomes U+FFFD instead of an exception.
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string isoUtc(std::chrono::system_clock::time_point time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(std::chrono::floor<std::chrono::seconds>(time));
  std::tm utc{};
  if (gmtime_r(&seconds, &utc) == nullptr) return {};
  char text[32];
  const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return std::string(text, length);
}

AuditLog::AuditLog(std::filesystem::path path) : m_path(std::move(path)) {
  open();
}

AuditLog::~AuditLog() {
  if (m_fd >= 0) ::close(m_fd);
}

bool AuditLog::open() {
  if (m_fd >= 0) return true;
  m_fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (m_fd < 0) return false;
  // A file created just now exists after a power cut only once its folder is synced too.
  const auto folder = m_path.has_parent_path() ? m_path.parent_path() : std::filesystem::path(".");
  const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folderFd >= 0) {
    ::fsync(folderFd);
    ::close(folderFd);
  }
  return true;
}

bool AuditLog::append(const AuditEntry& entry) {
  if (!open()) return false;
  std::string text;
  try {
    // After a short write, end the broken line first so this entry is still a line of its own.
    text = (m_partialLine ? "\n" : "") + line(entry);
  } catch (...) {  // out of memory: the entry is lost, the log is not
    return false;
  }
  ssize_t written;
  do {
    written = ::write(m_fd, text.data(), text.size());  // one write: appending writers never interleave
  } while (written < 0 && errno == EINTR);
  if (written >= 0 && static_cast<std::size_t>(written) == text.size()) {
    m_partialLine = false;
    if (::fsync(m_fd) == 0) return true;
  } else if (written > 0) {
    m_partialLine = true;
  }
  // Start again from the file on the next entry: it may have been replaced or its disk remounted.
  ::close(m_fd);
  m_fd = -1;
  return false;
}

}  // namespace foyer::staff
