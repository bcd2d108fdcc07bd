#pragma once
#include <string>

#include "kiosk/config/config.hpp"
#include "screens/widgets/ui.hpp"

namespace foyer::screens::office {

// A service's fee as the visitor reads it: the amount in their language's format, or "free".
std::string feeText(const Ui& ui, const config::ServiceConfig& service);

}  // namespace foyer::screens::office
