#pragma once
#include <chrono>
#include <expected>
#include <memory>
#include <string>

#include "drivers/payment/station/zvt_link.hpp"

namespace foyer::payment {

// The link named by a configured address: "tcp://host:port" or "serial:/dev/ttyACM0[?baud=115200]".
std::expected<std::unique_ptr<ZvtLink>, std::string> makeZvtLink(const std::string& address,
                                                                 std::chrono::milliseconds connectTimeout);

}  // namespace foyer::payment
