#pragma once
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/mrz/mrz_date.hpp"
#include "kiosk/visit/document_step.hpp"

namespace foyer::flow::office {

inline constexpr std::size_t kMaxDocumentNumber = 14;  // longest number a TD1 MRZ carries
inline constexpr std::size_t kDateDigits = 8;           // DDMMYYYY

// Applies one key of the on-screen keyboard to the active field: letters and digits in the document
// number, digits in dates (a full date moves on to the next field); "backspace" removes the last one.
void typeKey(visit::TypedAccessData& typed, std::string_view key);

// "DDMMYYYY" as typed, when it is a calendar date.
std::optional<document::mrz::MrzDate> typedDate(const std::string& digits);

// The chip's access key from what was typed, or the translation key of the first thing wrong with it
// (the field concerned becomes the active one).
std::expected<document::emrtd::AccessKey, std::string> accessKeyFrom(visit::TypedAccessData& typed);

}  // namespace foyer::flow::office
