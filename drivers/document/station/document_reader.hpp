#pragma once
#include <cstdint>
#include <optional>
#include <variant>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/station/station_events.hpp"

namespace foyer::document {

using StationReport = std::variant<DocumentProgress, DocumentReadDone, DocumentReadFailed>;

// Where reading a document starts: the camera looks for the MRZ, or the visitor typed the access data
// (document number, birth and expiry date as YYMMDD) because the MRZ could not be read.
struct ReadRequest {
  std::optional<emrtd::AccessKey> typedKey;
};

// The document reader as the flow sees it: start a read, stop it. Reports arrive on another thread.
class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Stops any read under way and starts a new one; returns its id (never 0).
  virtual std::uint64_t start(ReadRequest request) = 0;
  virtual void stop() = 0;
};

}  // namespace foyer::document
