#include "drivers/document/emrtd/pcsc/pcsc_card.hpp"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <algorithm>
#include <utility>

namespace foyer::document::emrtd::pcsc {
namespace {

// Long enough for an extended-length answer of 64 KiB plus the status word.
constexpr std::size_t kMaxResponse = 65536 + 2;
// pcscd polls card presence about every 400 ms.
constexpr long kRemovalNoticeMs = 1500;
constexpr std::chrono::milliseconds kWaitSlice{250};

PcscError errorFor(LONG code, const std::string& what) {
  PcscError error;
  error.message = what + ": " + pcsc_stringify_error(code);
  switch (code) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED: error.kind = PcscError::Kind::NoService; break;
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER: error.kind = PcscError::Kind::NoReader; break;
    case SCARD_E_CANCELLED: error.kind = PcscError::Kind::Cancelled; break;
    case SCARD_E_NO_SMARTCARD:
    case SCARD_E_TIMEOUT: error.kind = PcscError::Kind::NoCard; break;
    case SCARD_W_REMOVED_CARD:
    case SCARD_W_RESET_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_READER_UNAVAILABLE:
    // A contactless card lifted mid-exchange shows as a failed transmission before pcscd's next presence
    // poll notices it is gone: treat it as removed, so the read resumes when the card is back.
    case SCARD_E_NOT_TRANSACTED:
    case SCARD_F_COMM_ERROR: error.kind = PcscError::Kind::CardRemoved; break;
    default: error.kind = PcscError::Kind::Failed; break;
  }
  return error;
}

std::expected<std::vector<std::string>, PcscError> readersOf(SCARDCONTEXT context) {
  DWORD size = 0;
  LONG result = SCardListReaders(context, nullptr, nullptr, &size);
  if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "listing card readers"));
  std::string buffer(size, '\0');
  result = SCardListReaders(context, nullptr, buffer.data(), &size);
  if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "listing card readers"));
  std::vector<std::string> readers;
  for (std::size_t start = 0; start < buffer.size() && buffer[start] != '\0';) {
    const std::size_t end = buffer.find('\0', start);
    readers.push_back(buffer.substr(start, end - start));
    start = end + 1;
  }
  return readers;
}

}  // namespace

std::expected<std::vector<std::string>, PcscError> PcscCard::listReaders() {
  SCARDCONTEXT context = 0;
  const LONG result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
  if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "connecting to pcscd"));
  auto readers = readersOf(context);
  SCardReleaseContext(context);
  return readers;
}

void WaitCanceller::cancel() {
  std::lock_guard lock(m_mutex);
  m_cancelled = true;
  // SCardCancel is pcsc-lite's way to end another thread's SCardGetStatusChange on the same context.
  if (m_context != 0) SCardCancel(static_cast<SCARDCONTEXT>(m_context));
}

bool WaitCanceller::cancelled() {
  std::lock_guard lock(m_mutex);
  return m_cancelled;
}

void WaitCanceller::attach(std::intptr_t context) {
  std::lock_guard lock(m_mutex);
  m_context = context;
}

void WaitCanceller::detach(std::intptr_t context) {
  std::lock_guard lock(m_mutex);
  if (m_context == context) m_context = 0;
}

std::expected<PcscCard, PcscError> PcscCard::connect(const std::string& reader, std::chrono::milliseconds wait,
                                                     std::shared_ptr<WaitCanceller> canceller) {
  PcscCard card;
  SCARDCONTEXT context = 0;
  const LONG result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
  if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "connecting to pcscd"));
  card.m_context = static_cast<std::intptr_t>(context);
  card.m_reader = reader;
  card.m_canceller = std::move(canceller);
  if (card.m_canceller) card.m_canceller->attach(card.m_context);
  auto connected = card.connectTo(wait);
  if (!connected) return std::unexpected(connected.error());
  return card;
}

std::expected<void, PcscError> PcscCard::connectTo(std::chrono::milliseconds wait) {
  const auto context = static_cast<SCARDCONTEXT>(m_context);
  auto readers = readersOf(context);
  if (!readers) return std::unexpected(readers.error());
  std::vector<std::string> candidates;
  for (const auto& name : *readers) {
    if (m_reader.empty() || name == m_reader) candidates.push_back(name);
  }
  if (candidates.empty()) return std::unexpected(PcscError{PcscError::Kind::NoReader, "no reader named " + m_reader});

  // One wait on all candidate readers for a card to be present.
  std::vector<SCARD_READERSTATE> states(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    states[i].szReader = candidates[i].c_str();
    states[i].dwCurrentState = SCARD_STATE_UNAWARE;
  }
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (true) {
    // Checked each round: a cancel() that came before this context was attached still counts.
    if (m_canceller && m_canceller->cancelled()) {
      return std::unexpected(PcscError{PcscError::Kind::Cancelled, "waiting for a card: cancelled"});
    }
    LONG result = SCardGetStatusChange(context, 0, states.data(), static_cast<DWORD>(states.size()));
    if (result != SCARD_S_SUCCESS && result != SCARD_E_TIMEOUT) return std::unexpected(errorFor(result, "reader status"));
    for (std::size_t i = 0; i < states.size(); ++i) {
      if ((states[i].dwEventState & SCARD_STATE_PRESENT) != 0 && (states[i].dwEventState & SCARD_STATE_MUTE) == 0) {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        result = SCardConnect(context, candidates[i].c_str(), SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                              &handle, &protocol);
        if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "connecting to the card"));
        m_card = static_cast<std::intptr_t>(handle);
        m_protocol = protocol;
        m_reader = candidates[i];
        BYTE atr[MAX_ATR_SIZE];
        DWORD atrSize = sizeof atr;
        DWORD readerState = 0;
        DWORD nameSize = 0;
        if (SCardStatus(handle, nullptr, &nameSize, &readerState, &protocol, atr, &atrSize) == SCARD_S_SUCCESS) {
          m_atr.assign(atr, atr + atrSize);
        }
        return {};
      }
      states[i].dwCurrentState = states[i].dwEventState;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::unexpected(PcscError{PcscError::Kind::NoCard, "no card on the reader"});
    // Waits in slices, so that a cancel() racing with the start of a wait is seen within one slice.
    const auto slice = std::min(left, kWaitSlice);
    result = SCardGetStatusChange(context, static_cast<DWORD>(slice.count()), states.data(), static_cast<DWORD>(states.size()));
    if (result == SCARD_E_TIMEOUT) continue;
    if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "waiting for a card"));
  }
}

PcscCard::PcscCard(PcscCard&& other) noexcept { *this = std::move(other); }

PcscCard& PcscCard::operator=(PcscCard&& other) noexcept {
  if (this != &other) {
    release();
    m_context = std::exchange(other.m_context, 0);
    m_card = std::exchange(other.m_card, 0);
    m_canceller = std::move(other.m_canceller);
    m_protocol = other.m_protocol;
    m_reader = std::move(other.m_reader);
    m_atr = std::move(other.m_atr);
  }
  return *this;
}

PcscCard::~PcscCard() { release(); }

void PcscCard::release() {
  if (m_card != 0) SCardDisconnect(static_cast<SCARDHANDLE>(m_card), SCARD_RESET_CARD);
  if (m_canceller && m_context != 0) m_canceller->detach(m_context);
  if (m_context != 0) SCardReleaseContext(static_cast<SCARDCONTEXT>(m_context));
  m_card = 0;
  m_context = 0;
}

std::expected<Bytes, PcscError> PcscCard::transmit(ByteView command) {
  if (m_card == 0) return std::unexpected(PcscError{PcscError::Kind::CardRemoved, "not connected to a card"});
  const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
  Bytes response(kMaxResponse);
  DWORD size = static_cast<DWORD>(response.size());
  const LONG result = SCardTransmit(static_cast<SCARDHANDLE>(m_card), pci, command.data(),
                                    static_cast<DWORD>(command.size()), nullptr, response.data(), &size);
  if (result != SCARD_S_SUCCESS) return std::unexpected(errorFor(result, "exchanging with the card"));
  // Every card answer ends in a status word. Without one the card went away mid-exchange (vpcd reports a
  // lost card this way when it notices before pcscd does): let the caller wait for it and resume.
  if (size < 2) return std::unexpected(PcscError{PcscError::Kind::CardRemoved, "the card stopped answering"});
  response.resize(size);
  return response;
}

std::expected<void, PcscError> PcscCard::reconnect(std::chrono::milliseconds wait) {
  if (m_card != 0) SCardDisconnect(static_cast<SCARDHANDLE>(m_card), SCARD_LEAVE_CARD);
  m_card = 0;
  // pcscd notices a removal only at its next presence poll: until then the old card still looks present.
  // Wait for that change first (a card that stayed put shows none, and is simply connected again).
  const auto context = static_cast<SCARDCONTEXT>(m_context);
  SCARD_READERSTATE state{};
  state.szReader = m_reader.c_str();
  state.dwCurrentState = SCARD_STATE_UNAWARE;
  if (SCardGetStatusChange(context, 0, &state, 1) == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT) != 0) {
    state.dwCurrentState = state.dwEventState;
    SCardGetStatusChange(context, static_cast<DWORD>(kRemovalNoticeMs), &state, 1);
  }
  return connectTo(wait);
}

}  // namespace foyer::document::emrtd::pcsc
