#include "kiosk/flow/staff_session.hpp"

#include <algorithm>

#include "kiosk/staff/pin_hash.hpp"
#include "kiosk/visit/secure_wipe.hpp"

namespace foyer::flow {
namespace {

constexpr std::size_t kMaxIdDigits = 16;
constexpr std::size_t kMaxPinDigits = 12;

}  // namespace

StaffSession::StaffSession(const config::StaffConfig& config)
    : m_config(config), m_lockout(config.maxFailures, config.lockout) {}

StaffSession::~StaffSession() { clearEntries(); }

void StaffSession::openLogin() {
  if (m_mode != Mode::Closed) return;
  clearEntries();
  m_mode = Mode::Login;
  m_field = "id";
  m_message.clear();
}

void StaffSession::select(std::string_view field) {
  if (m_mode == Mode::Login && (field == "id" || field == "pin")) m_field = field;
}

void StaffSession::key(std::string_view key) {
  if (m_mode != Mode::Login) return;
  std::string& entry = m_field == "pin" ? m_pinEntry : m_idEntry;
  const std::size_t limit = m_field == "pin" ? kMaxPinDigits : kMaxIdDigits;
  if (key == "backspace") {
    if (!entry.empty()) {
      entry.back() = '\0';
      entry.pop_back();
    }
  } else if (key.size() == 1 && key[0] >= '0' && key[0] <= '9' && entry.size() < limit) {
    entry += key;
  }
  m_message.clear();
}

StaffSession::LoginResult StaffSession::login(TimePoint now) {
  if (m_mode != Mode::Login) return LoginResult::Wrong;
  m_staffId = m_idEntry;
  if (m_lockout.locked(now)) {
    clearEntries();
    m_message = "staff.locked";
    return LoginResult::Locked;
  }
  const auto member = std::find_if(m_config.members.begin(), m_config.members.end(),
                                   [&](const config::StaffMember& m) { return m.id == m_idEntry; });
  const bool matches = member != m_config.members.end() && staff::pinMatches(member->pinHash, m_pinEntry);
  clearEntries();
  if (!matches) {
    m_lockout.failed(now);
    m_field = "id";
    m_message = m_lockout.locked(now) ? "staff.locked" : "staff.wrong_pin";
    return m_lockout.locked(now) ? LoginResult::Locked : LoginResult::Wrong;
  }
  m_lockout.succeeded();
  m_mode = Mode::Panel;
  m_message.clear();
  return LoginResult::Opened;
}

void StaffSession::close() {
  clearEntries();
  m_mode = Mode::Closed;
  m_message.clear();
}

void StaffSession::clearEntries() {
  visit::secureWipe(m_idEntry);
  visit::secureWipe(m_pinEntry);
}

}  // namespace foyer::flow
