#include <algorithm>
#include <string>

#include "screens/office/fee_text.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

void drawService(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("service.title"));
  const Metrics& m = ui.metrics();
  const auto& services = ui.view.config.services;
  if (services.empty()) return;
  // A tile holds a title and a one-line description; when one column cannot hold them all, use two.
  const float minTile = std::max(m.touchTarget, m.textSize * 2.6F + m.gap);
  const auto fitRows = static_cast<std::size_t>(std::max(1.0F, (content.h + m.gap) / (minTile + m.gap)));
  const std::size_t columns = services.size() > fitRows ? 2 : 1;
  const std::size_t rows = (services.size() + columns - 1) / columns;
  const auto rowCount = static_cast<float>(rows);
  const float fitHeight = (content.h - m.gap * (rowCount - 1)) / rowCount;
  const float tileHeight = std::max(minTile, std::min(fitHeight, m.touchTarget * 1.7F));
  const float tileWidth = (content.w - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < services.size(); ++i) {
    const config::ServiceConfig& service = services[i];
    const Rect tile = ui.mirrored({content.x + static_cast<float>(i / rows) * (tileWidth + m.gap),
                                   content.y + static_cast<float>(i % rows) * (tileHeight + m.gap), tileWidth,
                                   tileHeight});
    const std::string fee = feeText(ui, service);
    const ButtonText text{service.title.in(ui.language()), service.description.in(ui.language()), fee};
    if (button(ui, "service." + service.id, text, tile, ButtonStyle::Tile)) {
      ui.emit(flow::Intent{flow::IntentKind::ChooseService, service.id});
    }
  }
}

}  // namespace foyer::screens::office
