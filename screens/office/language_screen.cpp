#include <algorithm>
#include <cmath>
#include <string>

#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

// Each language by its own name, never by a flag: flags stand for countries, not languages.
void drawLanguage(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("language.title"));
  const Metrics& m = ui.metrics();
  const auto& languages = ui.view.config.ui.languages;
  const int columns = m.portrait() ? 2 : 3;
  const int rows = static_cast<int>((languages.size() + static_cast<std::size_t>(columns) - 1) /
                                    static_cast<std::size_t>(columns));
  const float tileWidth = (content.w - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float fitHeight = (content.h - m.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
  const float tileHeight = std::max(m.touchTarget, std::min(fitHeight, m.touchTarget * 1.8F));
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const int column = static_cast<int>(i) % columns;
    const int row = static_cast<int>(i) / columns;
    const Rect tile = ui.mirrored({content.x + static_cast<float>(column) * (tileWidth + m.gap),
                                   content.y + static_cast<float>(row) * (tileHeight + m.gap), tileWidth, tileHeight});
    const i18n::LanguageInfo& language = ui.translations.language(languages[i]);
    if (button(ui, "lang." + language.code, {language.ownName, language.englishName}, tile, ButtonStyle::Choice)) {
      ui.emit(flow::Intent{flow::IntentKind::ChooseLanguage, language.code});
    }
  }
}

}  // namespace foyer::screens::office
