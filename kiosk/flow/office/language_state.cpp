#include "kiosk/flow/office/language_state.hpp"

#include <algorithm>

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool LanguageState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::ChooseLanguage) return false;
  const auto& offered = context.config().ui.languages;
  if (std::find(offered.begin(), offered.end(), intent.value) == offered.end()) return true;  // not offered: ignore
  context.visit().language = intent.value;
  context.go(kService);
  return true;
}

}  // namespace foyer::flow::office
