#include "drivers/document/emrtd/pcsc/pcsc_chip_read.hpp"

namespace foyer::document::emrtd::pcsc {

PcscReadOutcome readOverPcsc(PcscCard& card, ChipReader& reader, std::chrono::milliseconds resumeWait,
                             const ReadObserver& observer, int maxResumes) {
  PcscReadOutcome outcome;
  Bytes command = reader.restart();
  while (true) {
    auto response = card.transmit(view(command));
    if (!response) {
      if (response.error().kind != PcscError::Kind::CardRemoved || outcome.resumes >= maxResumes) {
        outcome.transport = response.error();
        return outcome;
      }
      ++outcome.resumes;
      if (observer.cardRemoved) observer.cardRemoved();
      if (auto back = card.reconnect(resumeWait); !back) {
        outcome.transport = back.error();
        return outcome;
      }
      if (observer.cardBack) observer.cardBack();
      command = reader.restart();
      continue;
    }
    const auto step = reader.onResponse(view(*response));
    if (observer.progress) observer.progress(reader.progress());
    if (step.failure) {
      outcome.failure = step.failure;
      return outcome;
    }
    if (step.done()) return outcome;
    command = *step.command;
  }
}

}  // namespace foyer::document::emrtd::pcsc
