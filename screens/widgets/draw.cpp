#include "screens/widgets/draw.hpp"

#include <cmath>

#include <imgui.h>

namespace foyer::screens {
namespace {

float lineHeight(ImFont* font) { return font->FontSize * 1.25F; }

}  // namespace

unsigned int color(const Rgba& rgba) { return IM_COL32(rgba.r, rgba.g, rgba.b, rgba.a); }

void fillRect(const Rect& rect, const Rgba& rgba, float rounding) {
  ImGui::GetWindowDrawList()->AddRectFilled({rect.x, rect.y}, {rect.right(), rect.bottom()}, color(rgba), rounding);
}

void strokeRect(const Rect& rect, const Rgba& rgba, float rounding, float thickness) {
  const float half = thickness / 2;
  ImGui::GetWindowDrawList()->AddRect({rect.x + half, rect.y + half}, {rect.right() - half, rect.bottom() - half},
                                      color(rgba), rounding, 0, thickness);
}

float textHeight(Ui& ui, std::string_view text, ImFont* font, float width) {
  const auto& lines = ui.text.lines(text, font, font->FontSize, width, ui.direction());
  return static_cast<float>(lines.size()) * lineHeight(font);
}

float drawText(Ui& ui, std::string_view text, ImFont* font, const Rect& box, Align align, const Rgba& rgba) {
  const auto& lines = ui.text.lines(text, font, font->FontSize, box.w, ui.direction());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = box.y;
  for (const std::string& line : lines) {
    const float width = ui.text.width(line, font, font->FontSize);
    float x = box.x;
    const bool startIsRight = ui.rtl();
    if (align == Align::Center) {
      x = box.x + (box.w - width) / 2;
    } else if ((align == Align::Start) == startIsRight) {
      x = box.right() - width;
    }
    draw->AddText(font, font->FontSize, {std::round(x), std::round(y)}, color(rgba), line.c_str());
    y += lineHeight(font);
  }
  return y - box.y;
}

void drawTextCentered(Ui& ui, std::string_view text, ImFont* font, const Rect& box, Align align, const Rgba& rgba) {
  const float height = textHeight(ui, text, font, box.w);
  // Line height includes leading below the glyphs; nudge up by part of it so text looks optically centred.
  const float top = box.y + (box.h - height) / 2 + font->FontSize * 0.08F;
  drawText(ui, text, font, {box.x, top, box.w, height}, align, rgba);
}

}  // namespace foyer::screens
