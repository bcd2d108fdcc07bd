#include "screens/widgets/button.hpp"

#include <string>

#include <imgui.h>

namespace foyer::screens {
namespace {

// Outlined buttons are not filled: they sit on the page's own background, and every filled pixel costs
// time on a software renderer.
constexpr Rgba kNoFill{0, 0, 0, 0};

struct Look {
  Rgba fill;
  Rgba border;
  Rgba label;
};

Look lookOf(const Palette& p, ButtonStyle style, bool pressed) {
  switch (style) {
    case ButtonStyle::Primary: return {pressed ? p.primaryPressed : p.primary, p.primary, p.onPrimary};
    case ButtonStyle::Secondary: return {pressed ? p.pressed : kNoFill, p.outline, p.text};
    case ButtonStyle::Danger: return {pressed ? p.pressed : kNoFill, p.danger, p.danger};
    case ButtonStyle::Tile:
    case ButtonStyle::Choice: return {pressed ? p.pressed : kNoFill, p.outline, p.text};
  }
  return {kNoFill, p.outline, p.text};
}

}  // namespace

bool tapArea(Ui& ui, std::string_view id, const Rect& rect) {
  if (rect.w < 1 || rect.h < 1) return false;  // nothing to touch (a minimised window)
  ui.widgets.record(id, rect, ui.interactive);
  ImGui::SetCursorScreenPos({rect.x, rect.y});
  ImGui::PushID(std::string(id).c_str());
  const bool clicked = ImGui::InvisibleButton("##tap", {rect.w, rect.h}) && ui.interactive;
  ImGui::PopID();
  return clicked;
}

bool button(Ui& ui, std::string_view id, const ButtonText& text, const Rect& rect, ButtonStyle style) {
  const bool clicked = tapArea(ui, id, rect);
  const bool pressed = ui.interactive && ImGui::IsItemActive() && ImGui::IsItemHovered();

  const Metrics& m = ui.metrics();
  const Look look = lookOf(ui.palette(), style, pressed);
  if (look.fill.a != 0) fillRect(rect, look.fill, m.corner);
  strokeRect(rect, look.border, m.corner, style == ButtonStyle::Tile ? 2.0F : 3.0F);

  const float pad = m.gap * 1.5F;
  Rect inner{rect.x + pad, rect.y, rect.w - 2 * pad, rect.h};
  if (!text.trailing.empty()) {
    // The trailing part sits at the end of the reading direction and keeps its own width.
    const std::string& visual = ui.text.visual(text.trailing, ui.direction());
    const float width = ui.text.width(visual, ui.theme.fonts.strong, ui.theme.fonts.strong->FontSize) + pad;
    drawTextCentered(ui, text.trailing, ui.theme.fonts.strong, inner, Align::End, look.label);
    inner.w -= width;
    if (ui.rtl()) inner.x += width;
  }
  const Align align = style == ButtonStyle::Tile ? Align::Start : Align::Center;
  if (text.detail.empty()) {
    drawTextCentered(ui, text.label, ui.theme.fonts.strong, inner, align, look.label);
  } else {
    const float labelHeight = textHeight(ui, text.label, ui.theme.fonts.strong, inner.w);
    const float detailHeight = textHeight(ui, text.detail, ui.theme.fonts.text, inner.w);
    const float top = rect.y + (rect.h - labelHeight - detailHeight) / 2;
    drawText(ui, text.label, ui.theme.fonts.strong, {inner.x, top, inner.w, labelHeight}, align, look.label);
    drawText(ui, text.detail, ui.theme.fonts.text, {inner.x, top + labelHeight, inner.w, detailHeight}, align,
             ui.palette().mutedText);
  }
  return clicked;
}

}  // namespace foyer::screens
