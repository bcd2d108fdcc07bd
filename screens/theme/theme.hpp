#pragma once
#include <cstdint>

struct ImFont;

namespace foyer::screens {

// Colours as 0xAARRGGBB-free plain RGBA so tests can compute contrast without ImGui.
struct Rgba {
  std::uint8_t r, g, b, a = 255;
};

struct Palette {
  Rgba background{255, 255, 255};
  Rgba surface{255, 255, 255};
  Rgba text{17, 24, 39};
  Rgba mutedText{55, 65, 81};
  Rgba primary{11, 79, 156};        // main action: white text on it
  Rgba primaryPressed{7, 52, 107};
  Rgba onPrimary{255, 255, 255};
  Rgba outline{75, 85, 99};
  Rgba danger{176, 32, 32};
  Rgba attractBackground{11, 45, 92};
  Rgba progressDone{11, 79, 156};
  Rgba progressTodo{203, 213, 225};
  Rgba divider{203, 213, 225};
  Rgba pressed{226, 232, 240};      // a tile or outlined button while a finger is on it

  // The same palette darkened towards black, for the page behind a modal question. Drawing the page dark
  // costs nothing; blending a translucent layer over the whole window costs milliseconds in software.
  [[nodiscard]] Palette dimmed(float amount) const;
};

Rgba darker(const Rgba& colour, float amount);

// Sizes derived from the real window, so 1920x1080, 1080x1920 and 1280x720 all get touch-sized targets.
struct Metrics {
  float width = 0;
  float height = 0;
  float textSize = 0;      // body text, px
  float touchTarget = 0;   // smallest side of anything tappable, px (>= 60: 15 mm at 96 dpi)
  float gap = 0;           // space between elements
  float margin = 0;        // space to the screen edge
  float headerHeight = 0;
  float footerHeight = 0;
  float corner = 0;        // corner radius of buttons and cards

  static constexpr float kMinTouchTarget = 60.0F;
  static Metrics forWindow(float width, float height, double textScale);
  [[nodiscard]] bool portrait() const { return height > width; }
};

struct Fonts {
  ImFont* text = nullptr;     // body text
  ImFont* strong = nullptr;   // bold body, button labels
  ImFont* heading = nullptr;  // step titles
  ImFont* display = nullptr;  // the attract screen's welcome
};

struct Theme {
  Palette palette;
  Metrics metrics;
  Fonts fonts;
};

}  // namespace foyer::screens
