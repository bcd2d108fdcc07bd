#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

// What staff did at the terminal, one JSON object a line, appended and synced to disk before append()
// returns: an entry must survive a power cut. There is deliberately no field for a PIN or for anything
// about the visitor beyond the visit number.
namespace foyer::staff {

struct AuditEntry {
  std::string time;      // ISO 8601 UTC with Z (isoUtc), given by the caller
  std::string terminal;  // the terminal's id from config
  std::string staffId;
  std::string action;       // "login", "login_failed", "locked", "finger_missing", ...
  std::string step;         // the flow step the panel was opened on; may be empty
  std::uint64_t visit = 0;  // the visit number; 0 outside a visit
  std::string detail;       // a short reason for the clerk; never personal data
};

// "2024-05-01T09:30:00Z"
std::string isoUtc(std::chrono::system_clock::time_point time);

// One owner (the flow thread). Other processes may append to the same file: each line is a single write
// to a file opened for appending, so lines never interleave.
class AuditLog {
 public:
  explicit AuditLog(std::filesystem::path path);
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // False when the line could not be written and synced; the log stays usable and tries again (opening
  // the file too) on the next entry. Never throws.
  bool append(const AuditEntry& entry);

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

 private:
  bool open();
  std::filesystem::path m_path;
  int m_fd = -1;
  bool m_partialLine = false;  // a short write left a line without its end
};

}  // namespace foyer::staff
