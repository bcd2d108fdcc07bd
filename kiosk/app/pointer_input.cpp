#include "kiosk/app/pointer_input.hpp"

namespace foyer::app {

void PointerInput::move(float x, float y, bool touch) { m_queue.push_back({Kind::Move, x, y, touch}); }
void PointerInput::press(float x, float y, bool touch) { m_queue.push_back({Kind::Press, x, y, touch}); }
void PointerInput::release(float x, float y, bool touch) { m_queue.push_back({Kind::Release, x, y, touch}); }

PointerFrame PointerInput::nextFrame() {
  m_state.pressed = false;
  if (m_hideNext) {
    // A lifted finger leaves no pointer behind: otherwise the last button touched looks hovered forever.
    m_state.visible = false;
    m_hideNext = false;
  }
  while (!m_queue.empty()) {
    const Sample sample = m_queue.front();
    m_queue.pop_front();
    m_state.x = sample.x;
    m_state.y = sample.y;
    m_state.visible = true;
    if (sample.kind == Kind::Move) continue;
    const bool down = sample.kind == Kind::Press;
    if (down == m_state.down) continue;  // a repeated press or release changes nothing
    m_state.down = down;
    m_state.pressed = down;
    if (!down && sample.touch) m_hideNext = true;
    break;  // one transition per frame; later samples wait for the next frame
  }
  return m_state;
}

}  // namespace foyer::app
