#include "screens/office/fee_text.hpp"

#include "kiosk/i18n/text_format.hpp"

namespace foyer::screens::office {

std::string feeText(const Ui& ui, const config::ServiceConfig& service) {
  if (service.feeCents == 0) return std::string(ui.tr("service.free"));
  return i18n::formatAmount(service.feeCents, ui.view.config.terminal.currency, ui.languageInfo());
}

}  // namespace foyer::screens::office
