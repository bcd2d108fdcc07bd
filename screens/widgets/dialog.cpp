#include "screens/widgets/dialog.hpp"

#include <algorithm>

#include "screens/widgets/draw.hpp"

namespace foyer::screens {

Rect dialog(Ui& ui, std::string_view title, std::string_view message, int buttonRows) {
  const Metrics& m = ui.metrics();
  const float width = std::min(m.width - 2 * m.margin, std::max(m.width * 0.55F, m.textSize * 26));
  const float pad = m.margin;
  const float inner = width - 2 * pad;
  const float titleHeight = textHeight(ui, title, ui.theme.fonts.heading, inner);
  const float messageHeight = message.empty() ? 0 : textHeight(ui, message, ui.theme.fonts.text, inner);
  const float buttonsHeight =
      static_cast<float>(buttonRows) * m.touchTarget + static_cast<float>(std::max(0, buttonRows - 1)) * m.gap;
  const float height = pad + titleHeight + m.gap + messageHeight + pad + buttonsHeight + pad;
  const Rect card{(m.width - width) / 2, (m.height - height) / 2, width, height};
  fillRect(card, ui.palette().surface, m.corner * 2);
  strokeRect(card, ui.palette().outline, m.corner * 2, 2.0F);
  float y = card.y + pad;
  y += drawText(ui, title, ui.theme.fonts.heading, {card.x + pad, y, inner, titleHeight}, Align::Start,
                ui.palette().text);
  y += m.gap;
  if (!message.empty()) {
    y += drawText(ui, message, ui.theme.fonts.text, {card.x + pad, y, inner, messageHeight}, Align::Start,
                  ui.palette().mutedText);
  }
  return {card.x + pad, y + pad, inner, buttonsHeight};
}

}  // namespace foyer::screens
