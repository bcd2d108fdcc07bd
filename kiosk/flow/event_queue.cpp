#include "kiosk/flow/event_queue.hpp"

namespace foyer::flow {

void EventQueue::post(Event event) {
  std::lock_guard lock(m_mutex);
  m_events.push_back(std::move(event));
}

std::vector<Event> EventQueue::takeAll() {
  std::vector<Event> taken;
  {
    std::lock_guard lock(m_mutex);
    taken.swap(m_events);
  }
  return taken;
}

}  // namespace foyer::flow
