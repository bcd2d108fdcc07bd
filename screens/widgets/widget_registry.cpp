#include "screens/widgets/widget_registry.hpp"

namespace foyer::screens {

void WidgetRegistry::record(std::string_view id, const Rect& rect, bool tappable) {
  m_records.push_back(WidgetRecord{std::string(id), rect, tappable});
}

const WidgetRecord* WidgetRegistry::find(std::string_view id) const {
  // The latest record wins: an overlay drawn after the page shadows nothing by id, but be explicit.
  for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
    if (it->id == id) return &*it;
  }
  return nullptr;
}

}  // namespace foyer::screens
