#pragma once
#include <chrono>
#include <string>
#include <string_view>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "kiosk/flow/devices.hpp"
#include "kiosk/visit/visit.hpp"

namespace foyer::flow {

// What a state may touch while it handles an intent or event. Transitions are requests: the engine
// checks them against the declared graph after the handler returns.
class StateContext {
 public:
  virtual ~StateContext() = default;
  virtual visit::Visit& visit() = 0;
  [[nodiscard]] virtual const config::Config& config() const = 0;
  [[nodiscard]] virtual TimePoint now() const = 0;
  [[nodiscard]] virtual std::chrono::system_clock::time_point wallTime() const = 0;
  virtual void go(std::string_view target) = 0;
  // Ends the visit through the cleanup states; `reason` goes to the log and the staff view.
  virtual void abort(std::string reason) = 0;
  // A timer owned by the current state: cancelled when the state is left. Arrives as TimerExpired{name}.
  virtual void startTimer(std::string name, Duration after) = 0;
  virtual void cancelTimer(std::string_view name) = 0;
  [[nodiscard]] virtual const Devices& devices() const = 0;
  // A device saw the visitor at the terminal (a face before the photo camera): as good as a touch for
  // the idle timeout, since nobody touches the screen while the photo is taken.
  virtual void visitorPresent() = 0;
};

}  // namespace foyer::flow
