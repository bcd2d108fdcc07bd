#pragma once
#include <chrono>
#include <cstdint>
#include <expected>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "drivers/document/emrtd/bytes.hpp"

// pcsc-lite as the transport of APDUs to a contact or contactless card. Only bytes pass through here;
// what they mean is chip_reader's business.
namespace foyer::document::emrtd::pcsc {

struct PcscError {
  enum class Kind {
    NoService,    // pcscd is not running
    NoReader,     // no card reader attached
    NoCard,       // readers, but no card within the wait
    CardRemoved,  // the card went away during the exchange
    Cancelled,    // another thread called WaitCanceller::cancel()
    Failed,       // anything else pcsc-lite reports
  };
  Kind kind = Kind::Failed;
  std::string message;
};

// Lets another thread end a card's waits (for a card to arrive or to come back) at once, e.g. when the
// visitor leaves the step. Once cancelled, every later wait of that card ends as Cancelled too.
class WaitCanceller {
 public:
  void cancel();
  [[nodiscard]] bool cancelled();

 private:
  friend class PcscCard;
  void attach(std::intptr_t context);
  void detach(std::intptr_t context);
  std::mutex m_mutex;
  std::intptr_t m_context = 0;
  bool m_cancelled = false;
};

class PcscCard {
 public:
  // Waits up to `wait` for a card on `reader` (empty: any reader) and connects to it.
  static std::expected<PcscCard, PcscError> connect(const std::string& reader, std::chrono::milliseconds wait,
                                                    std::shared_ptr<WaitCanceller> canceller = nullptr);
  PcscCard(PcscCard&& other) noexcept;
  PcscCard& operator=(PcscCard&& other) noexcept;
  PcscCard(const PcscCard&) = delete;
  PcscCard& operator=(const PcscCard&) = delete;
  ~PcscCard();

  std::expected<Bytes, PcscError> transmit(ByteView command);
  // After CardRemoved: waits up to `wait` for a card on the same reader and connects again.
  std::expected<void, PcscError> reconnect(std::chrono::milliseconds wait);
  [[nodiscard]] const std::string& readerName() const { return m_reader; }
  [[nodiscard]] const Bytes& atr() const { return m_atr; }

  static std::expected<std::vector<std::string>, PcscError> listReaders();

 private:
  PcscCard() = default;
  void release();
  std::expected<void, PcscError> connectTo(std::chrono::milliseconds wait);

  std::intptr_t m_context = 0;
  std::intptr_t m_card = 0;
  std::shared_ptr<WaitCanceller> m_canceller;
  unsigned long m_protocol = 0;
  std::string m_reader;
  Bytes m_atr;
};

}  // namespace foyer::document::emrtd::pcsc
