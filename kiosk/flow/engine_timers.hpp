#pragma once
#include <string_view>

// The flow engine's own timers (states' timers carry the "state:" prefix).
namespace foyer::flow {

inline constexpr std::string_view kStateTimerPrefix = "state:";
inline constexpr std::string_view kIdleTimer = "engine:idle";
inline constexpr std::string_view kIdleCountdownTimer = "engine:idle-countdown";
inline constexpr std::string_view kStaffIdleTimer = "engine:staff-idle";  // closes an untouched staff session

}  // namespace foyer::flow
