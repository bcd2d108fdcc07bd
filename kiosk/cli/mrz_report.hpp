#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_document.hpp"

namespace foyer::cli {

// The MRZ, every check digit's verdict and the corrections applied, as JSON (stable keys, for scripts).
nlohmann::json mrzReport(const document::mrz::MrzDocument& document,
                         const document::mrz::CorrectedLines& correction);
// The same for a person at a terminal.
std::string mrzText(const document::mrz::MrzDocument& document, const document::mrz::CorrectedLines& correction);

}  // namespace foyer::cli
