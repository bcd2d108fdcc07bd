#include "kiosk/flow/cleanup/wipe_visit_state.hpp"

namespace foyer::flow {

void WipeVisitState::enter(StateContext& context) {
  context.visit().wipe(context.config().ui.defaultLanguage);
  context.go(m_next);
}

}  // namespace foyer::flow
