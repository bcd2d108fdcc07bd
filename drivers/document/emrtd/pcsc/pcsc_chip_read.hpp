#pragma once
#include <chrono>
#include <functional>
#include <optional>

#include "drivers/document/emrtd/chip_reader.hpp"
#include "drivers/document/emrtd/pcsc/pcsc_card.hpp"

namespace foyer::document::emrtd::pcsc {

struct PcscReadOutcome {
  std::optional<ChipFailure> failure;   // the chip said no
  std::optional<PcscError> transport;   // the reader or card went away for good
  int resumes = 0;                      // times the card came back and the read continued
  [[nodiscard]] bool ok() const { return !failure && !transport; }
};

// What a caller may want to show while the read goes on. Called on the reading thread.
struct ReadObserver {
  std::function<void(double)> progress;  // after every answer: ChipReader::progress()
  std::function<void()> cardRemoved;     // the card went away; the read waits for it
  std::function<void()> cardBack;        // it is back; the read continues
};

// Runs a chip read over PC/SC. When the card is taken away it waits up to `resumeWait` for it to come
// back and continues (at most `maxResumes` times).
PcscReadOutcome readOverPcsc(PcscCard& card, ChipReader& reader, std::chrono::milliseconds resumeWait,
                             const ReadObserver& observer = {}, int maxResumes = 3);

}  // namespace foyer::document::emrtd::pcsc
