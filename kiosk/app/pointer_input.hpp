#pragma once
#include <deque>

namespace foyer::app {

// What ImGui should see of the pointer in one frame.
struct PointerFrame {
  bool visible = false;  // false: no pointer over the screen (a finger was lifted)
  float x = 0;
  float y = 0;
  bool down = false;
  bool pressed = false;  // went down this frame: counts as visitor activity
};

// Turns mouse and touch events into one pointer that ImGui 1.86 can use (its SDL backend ignores touch
// and pushed events). Applies at most one press or release per frame, so a tap that starts and ends
// between two frames is still seen down for one frame and up the next: no tap is ever lost.
// Pure: no SDL, so it is tested directly.
class PointerInput {
 public:
  void move(float x, float y, bool touch);
  void press(float x, float y, bool touch);
  void release(float x, float y, bool touch);
  PointerFrame nextFrame();
  [[nodiscard]] bool pending() const { return !m_queue.empty(); }

 private:
  enum class Kind { Move, Press, Release };
  struct Sample {
    Kind kind;
    float x, y;
    bool touch;
  };
  std::deque<Sample> m_queue;
  PointerFrame m_state;
  bool m_hideNext = false;
};

}  // namespace foyer::app
