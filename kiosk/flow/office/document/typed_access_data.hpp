#pragma once
#include <expected>
#include <string>
#include <string_view>

#include "drivers/document/emrtd/access_key.hpp"
#include "kiosk/visit/document_step.hpp"

namespace foyer::flow::office {

inline constexpr std::size_t kMaxDocumentNumber = 14;  // longest number a TD1 MRZ carries
inline constexpr std::size_t kDateDigits = 8;           // DDMMYYYY

// Applies one key of the on-screen keyboard to the active field: letters and digits in the document
// number, digits in dates (a full date moves on to the next field); "backspace" removes the last one.
void typeKey(visit::TypedAccessData& typed, std::string_view key);

// The chip's access key from what was typed, or the translation key of the first thing wrong with it
// (the field concerned becomes the active one).
std::expected<document::emrtd::AccessKey, std::string> accessKeyFrom(visit::TypedAccessData& typed);

}  // namespace foyer::flow::office
