#include <algorithm>
#include <string>

#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"

namespace foyer::screens::office {

// A slideshow that greets in each offered language in turn; a touch anywhere starts a visit.
void drawAttract(Ui& ui) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const auto& languages = ui.view.config.ui.languages;
  const auto slide = ui.view.config.ui.attractSlide;
  const auto index = static_cast<std::size_t>(ui.view.inState / slide) % languages.size();
  Ui slideUi = ui;
  slideUi.languageOverride = languages[index];

  const Rect screen{0, 0, m.width, m.height};
  const float column = std::min(m.width - 2 * m.margin, m.textSize * 40);
  const float x = (m.width - column) / 2;
  float y = m.height * (m.portrait() ? 0.28F : 0.2F);
  const std::string_view office = ui.view.config.terminal.name.in(slideUi.language());
  y += drawText(slideUi, office, ui.theme.fonts.heading, {x, y, column, m.height}, Align::Center, p.onPrimary);
  y += m.gap * 2;
  y += drawText(slideUi, slideUi.tr("attract.welcome"), ui.theme.fonts.display, {x, y, column, m.height},
                Align::Center, p.onPrimary);
  y += m.gap * 3;

  // The visible "button" is a drawing: the whole screen is the target, so any touch works.
  const bool started = tapArea(ui, "attract.start", screen);
  const float pillWidth = std::min(column, m.textSize * 16);
  const Rect pill{(m.width - pillWidth) / 2, y, pillWidth, m.touchTarget * 1.2F};
  fillRect(pill, p.surface, pill.h / 2);
  drawTextCentered(slideUi, slideUi.tr("attract.touch"), ui.theme.fonts.strong, pill.inset(m.gap), Align::Center,
                   p.primary);

  std::string names;
  for (const std::string& code : languages) {
    if (!names.empty()) names += "  ·  ";
    names += ui.translations.language(code).ownName;
  }
  const float namesTop = m.height - m.margin - m.textSize * 3;
  drawText(ui, names, ui.theme.fonts.text, {m.margin, namesTop, m.width - 2 * m.margin, m.textSize * 3},
           Align::Center, p.onPrimary);
  if (started) ui.emit(flow::Intent{flow::IntentKind::Start, {}});
}

}  // namespace foyer::screens::office
