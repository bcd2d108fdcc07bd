#pragma once
#include <string_view>
#include <vector>

#include "kiosk/flow/flow_view.hpp"
#include "kiosk/flow/intent.hpp"
#include "kiosk/i18n/translations.hpp"
#include "screens/theme/theme.hpp"
#include "screens/widgets/rect.hpp"
#include "screens/widgets/text_layout.hpp"
#include "screens/widgets/widget_registry.hpp"

namespace foyer::screens {

// An image the renderer holds (ImGui's ImTextureID) and its size in pixels; empty when there is none.
struct TextureRef {
  void* id = nullptr;
  int width = 0;
  int height = 0;
  [[nodiscard]] bool empty() const { return id == nullptr || width <= 0 || height <= 0; }
};

// Everything a screen needs for one frame. Screens read the flow's view and emit intents; they never
// change state themselves and never call a device.
struct Ui {
  const flow::FlowView& view;
  const i18n::Translations& translations;
  const Theme& theme;
  WidgetRegistry& widgets;
  TextLayout& text;
  std::vector<flow::Intent>& intents;
  bool interactive = true;  // false while a modal question covers this layer
  std::string_view languageOverride;  // draw in this language instead of the visit's (attract slides)
  TextureRef portrait{};              // the face read from the document's chip
  TextureRef cameraPreview{};         // the photo camera's newest frame, as the camera sees it (not mirrored)
  TextureRef photo{};                 // the photo taken for the document
  TextureRef fingerprint{};           // the newest fingerprint read

  [[nodiscard]] std::string_view language() const {
    return languageOverride.empty() ? std::string_view(view.visit.language) : languageOverride;
  }
  [[nodiscard]] std::string_view tr(std::string_view key) const { return translations.text(language(), key); }
  [[nodiscard]] const i18n::LanguageInfo& languageInfo() const { return translations.language(language()); }
  [[nodiscard]] bool rtl() const { return languageInfo().rtl(); }
  [[nodiscard]] i18n::Direction direction() const { return languageInfo().direction; }
  [[nodiscard]] const Metrics& metrics() const { return theme.metrics; }
  [[nodiscard]] const Palette& palette() const { return theme.palette; }
  void emit(flow::Intent intent) { intents.push_back(std::move(intent)); }
  // Reflects a rectangle laid out for left-to-right into the reading direction of the language.
  [[nodiscard]] Rect mirrored(const Rect& r) const {
    return rtl() ? Rect{metrics().width - r.x - r.w, r.y, r.w, r.h} : r;
  }
};

}  // namespace foyer::screens
