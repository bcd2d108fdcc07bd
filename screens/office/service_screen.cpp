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
  const auto count = static_cast<float>(services.size());
  const float fitHeight = (content.h - m.gap * (count - 1)) / count;
  const float tileHeight = std::max(m.touchTarget, std::min(fitHeight, m.touchTarget * 1.7F));
  float y = content.y;
  for (const config::ServiceConfig& service : services) {
    const std::string fee = feeText(ui, service);
    const ButtonText text{service.title.in(ui.language()), service.description.in(ui.language()), fee};
    if (button(ui, "service." + service.id, text, {content.x, y, content.w, tileHeight}, ButtonStyle::Tile)) {
      ui.emit(flow::Intent{flow::IntentKind::ChooseService, service.id});
    }
    y += tileHeight + m.gap;
  }
}

}  // namespace foyer::screens::office
