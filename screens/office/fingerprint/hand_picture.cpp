#include "screens/office/fingerprint/hand_picture.hpp"

#include <algorithm>
#include <array>

#include <imgui.h>

#include "screens/widgets/draw.hpp"

namespace foyer::screens::office {
namespace {

// A finger's place on a right hand seen from above, thumb on the left: the centre of its base across
// the palm's width (0-1), its length and width as shares of the palm's height, and its tilt.
struct FingerShape {
  int offset;  // position code minus the thumb's: 0 thumb ... 4 little finger
  float x;
  float length;
  float width;
  float tilt;  // x movement of the tip per unit of length
};
constexpr std::array<FingerShape, 5> kRightHand = {{
    {0, 0.0F, 0.58F, 0.24F, -0.6F},
    {1, 0.16F, 0.88F, 0.21F, -0.10F},
    {2, 0.43F, 0.98F, 0.21F, 0.0F},
    {3, 0.69F, 0.90F, 0.20F, 0.08F},
    {4, 0.92F, 0.70F, 0.18F, 0.20F},
}};

}  // namespace

void handPicture(Ui& ui, const Rect& area, bool rightHand, int position, bool done) {
  const Palette& p = ui.palette();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The palm takes the lower half; fingers grow up from its top edge.
  const float palmH = area.h * 0.46F;
  const float palmW = std::min(area.w * 0.62F, palmH * 1.05F);
  const Rect palm{area.centerX() - palmW / 2, area.bottom() - palmH, palmW, palmH};
  const Rgba skin{226, 232, 240};
  const Rgba line = p.outline;
  fillRect(palm, skin, palmW * 0.22F);
  strokeRect(palm, line, palmW * 0.22F, 3.0F);
  const int thumb = rightHand ? 1 : 6;
  for (const FingerShape& f : kRightHand) {
    const float across = rightHand ? f.x : 1.0F - f.x;
    const float tilt = rightHand ? f.tilt : -f.tilt;
    const float length = f.length * palmH;
    const float width = f.width * palmW;
    // The thumb starts lower on the side of the palm; the others from its top edge.
    const float baseY = f.offset == 0 ? palm.y + palmH * 0.55F : palm.y + width * 0.4F;
    const ImVec2 base{palm.x + across * palmW, baseY};
    const ImVec2 tip{base.x + tilt * length, baseY - length};
    const bool asked = thumb + f.offset == position;
    const Rgba fill = asked ? (done ? p.progressDone : p.primary) : skin;
    draw->AddLine(base, tip, color(line), width + 6.0F);
    draw->AddCircleFilled(tip, (width + 6.0F) / 2, color(line), 24);
    draw->AddLine(base, tip, color(fill), width);
    draw->AddCircleFilled(tip, width / 2, color(fill), 24);
    if (asked) {
      // A ring around the fingertip: the place that goes on the glass; not told by colour alone.
      draw->AddCircle(tip, width * 1.05F, color(p.primary), 32, 5.0F);
    }
  }
  fillRect(palm.inset(6), skin, palmW * 0.2F);  // covers the finger bases for a clean palm edge
}

}  // namespace foyer::screens::office
