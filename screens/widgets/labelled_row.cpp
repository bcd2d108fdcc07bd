#include "screens/widgets/labelled_row.hpp"

#include <algorithm>

#include "screens/widgets/draw.hpp"

namespace foyer::screens {

float labelledRow(Ui& ui, const Rect& area, float y, std::string_view label, std::string_view value,
                  float labelShare, bool valueLeftToRight) {
  const Metrics& m = ui.metrics();
  const float labelWidth = area.w * labelShare;
  const Rect labelBox = ui.mirrored({area.x, y, labelWidth, 0});
  const Rect valueBox = ui.mirrored({area.x + labelWidth + m.gap, y, area.w - labelWidth - m.gap, 0});
  const float a = drawText(ui, label, ui.theme.fonts.text, {labelBox.x, y, labelBox.w, 0}, Align::Start,
                           ui.palette().mutedText);
  Ui valueUi = ui;
  if (valueLeftToRight) valueUi.languageOverride = "en";
  const Align align = valueLeftToRight && ui.rtl() ? Align::End : Align::Start;
  const float b = drawText(valueUi, value, ui.theme.fonts.strong, {valueBox.x, y, valueBox.w, 0}, align,
                           ui.palette().text);
  return std::max(a, b) + m.gap;
}

}  // namespace foyer::screens
