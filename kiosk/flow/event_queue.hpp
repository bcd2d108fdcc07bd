#pragma once
#include <mutex>
#include <vector>

#include "kiosk/flow/event.hpp"

namespace foyer::flow {

// Any thread posts; the frame loop takes everything at frame start by swapping the buffer out under
// the lock, so a slow handler never blocks a driver thread.
class EventQueue {
 public:
  void post(Event event);
  std::vector<Event> takeAll();

 private:
  std::mutex m_mutex;
  std::vector<Event> m_events;
};

}  // namespace foyer::flow
