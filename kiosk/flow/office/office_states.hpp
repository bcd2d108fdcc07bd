#pragma once
#include <string_view>

namespace foyer::flow::office {

// State ids of the office visit. Screens are looked up by these ids too.
inline constexpr std::string_view kAttract = "attract";
inline constexpr std::string_view kLanguage = "language";
inline constexpr std::string_view kService = "service";
inline constexpr std::string_view kDocument = "document";  // place the document; it is read
inline constexpr std::string_view kDocumentProblem = "document.problem";
inline constexpr std::string_view kDocumentTyping = "document.typing";
inline constexpr std::string_view kDocumentCheck = "document.check";
inline constexpr std::string_view kPhoto = "photo";  // the live photo with guidance
inline constexpr std::string_view kPhotoResult = "photo.result";
inline constexpr std::string_view kPhotoProblem = "photo.problem";
inline constexpr std::string_view kFingerprints = "fingerprints";  // one finger after the other
inline constexpr std::string_view kFingerprintsProblem = "fingerprints.problem";
inline constexpr std::string_view kSignature = "signature";
inline constexpr std::string_view kSummary = "summary";
inline constexpr std::string_view kPayment = "payment";  // the fee at the card terminal
inline constexpr std::string_view kPaymentProblem = "payment.problem";
inline constexpr std::string_view kFinish = "finish";  // ticket, record, receipt and ticket printed
inline constexpr std::string_view kDone = "done";
inline constexpr std::string_view kCleanupWipe = "cleanup.wipe";

}  // namespace foyer::flow::office
