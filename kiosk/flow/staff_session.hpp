#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "kiosk/staff/staff_lockout.hpp"

namespace foyer::flow {

// A staff member at the terminal: the login pad (staff number and PIN) and, once the PIN matched, the
// open supervisor panel. The flow engine owns one for the terminal's lifetime, so the lockout after
// wrong PINs outlasts visits (not restarts). Typed digits are wiped as soon as they are checked.
class StaffSession {
 public:
  enum class Mode { Closed, Login, Panel };
  enum class LoginResult { Opened, Wrong, Locked };

  explicit StaffSession(const config::StaffConfig& config);
  StaffSession(const StaffSession&) = delete;
  StaffSession& operator=(const StaffSession&) = delete;
  ~StaffSession();

  [[nodiscard]] Mode mode() const { return m_mode; }
  void openLogin();
  void select(std::string_view field);  // "id" or "pin"
  void key(std::string_view key);       // a digit, or "backspace"
  // Checks the typed staff number and PIN against config; an unknown number counts as a wrong PIN, so
  // the pad does not tell which numbers exist. Argon2id takes a moment (tens of ms) on purpose.
  LoginResult login(TimePoint now);
  void close();

  [[nodiscard]] const std::string& staffId() const { return m_staffId; }  // logged in, or last tried
  [[nodiscard]] const std::string& field() const { return m_field; }
  [[nodiscard]] const std::string& idEntry() const { return m_idEntry; }
  [[nodiscard]] int pinDigits() const { return static_cast<int>(m_pinEntry.size()); }
  [[nodiscard]] const std::string& message() const { return m_message; }  // translation key
  [[nodiscard]] const staff::StaffLockout& lockout() const { return m_lockout; }

 private:
  void clearEntries();
  const config::StaffConfig& m_config;
  staff::StaffLockout m_lockout;
  Mode m_mode = Mode::Closed;
  std::string m_field = "id";
  std::string m_idEntry;
  std::string m_pinEntry;
  std::string m_staffId;
  std::string m_message;
};

}  // namespace foyer::flow
