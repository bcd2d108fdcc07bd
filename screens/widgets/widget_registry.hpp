#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "screens/widgets/rect.hpp"

namespace foyer::screens {

struct WidgetRecord {
  std::string id;
  Rect rect;
  bool tappable = true;  // false for widgets drawn behind a modal question
};

// Each frame's tappable widgets by id and rectangle. UI tests tap a widget by its id through this;
// the layout checks use it to find targets that are too small, off screen or overlapping.
class WidgetRegistry {
 public:
  void beginFrame() { m_records.clear(); }
  void record(std::string_view id, const Rect& rect, bool tappable);
  [[nodiscard]] const WidgetRecord* find(std::string_view id) const;
  [[nodiscard]] const std::vector<WidgetRecord>& all() const { return m_records; }

 private:
  std::vector<WidgetRecord> m_records;
};

}  // namespace foyer::screens
