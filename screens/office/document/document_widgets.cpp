#include "screens/office/document/document_widgets.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <imgui.h>

#include "kiosk/i18n/text_format.hpp"
#include "screens/widgets/draw.hpp"

namespace foyer::screens::office {
namespace {

std::string twoDigits(int value) { return value <= 0 ? "XX" : (value < 10 ? "0" : "") + std::to_string(value); }

ImVec2 at(float x, float y) { return {x, y}; }

}  // namespace

std::string formatDate(const Ui& ui, const std::optional<document::mrz::MrzDate>& date) {
  if (!date) return "-";
  const std::string year = date->year <= 0 ? "XXXX" : std::to_string(date->year);
  const std::string month = twoDigits(date->month);
  const std::string day = twoDigits(date->day);
  return i18n::fillIn(ui.tr("format.date"), {{"day", day}, {"month", month}, {"year", year}});
}

void progressBar(Ui& ui, const Rect& area, double fraction) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float clamped = static_cast<float>(std::clamp(fraction, 0.0, 1.0));
  const std::string percent = std::to_string(static_cast<int>(std::lround(clamped * 100)));
  const std::string label = i18n::fillIn(ui.tr("document.percent"), {{"percent", percent}});
  const float labelWidth = m.textSize * 4;
  const Rect track = ui.mirrored({area.x, area.y, area.w - labelWidth - m.gap, area.h});
  fillRect(track, p.progressTodo, track.h / 2);
  Rect done{track.x, track.y, track.w * clamped, track.h};
  if (ui.rtl()) done.x = track.right() - done.w;
  if (done.w >= 1) fillRect(done, p.progressDone, track.h / 2);
  const Rect labelBox = ui.mirrored({area.right() - labelWidth, area.y - m.textSize, labelWidth, area.h + 2 * m.textSize});
  drawTextCentered(ui, label, ui.theme.fonts.strong, labelBox, Align::End, p.text);
}

float notice(Ui& ui, const Rect& area, std::string_view text, bool warning) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const Rgba accent = warning ? p.danger : p.primary;
  const float sign = m.textSize * 1.4F;
  const float textWidth = area.w - sign - 3 * m.gap;
  const float height = std::max(sign, textHeight(ui, text, ui.theme.fonts.text, textWidth)) + 2 * m.gap;
  strokeRect(ui.mirrored({area.x, area.y, area.w, height}), accent, m.corner, 3.0F);
  // The sign: "!" in a circle for a warning, "i" for information; the shapes differ, not only the colour.
  const Rect signBox = ui.mirrored({area.x + m.gap, area.y + m.gap, sign, sign});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre{signBox.centerX(), signBox.centerY()};
  if (warning) {
    const ImVec2 a{centre.x, signBox.y}, b{signBox.right(), signBox.bottom()}, c{signBox.x, signBox.bottom()};
    draw->AddTriangleFilled(a, b, c, color(accent));
  } else {
    draw->AddCircleFilled(centre, sign / 2, color(accent), 32);
  }
  drawTextCentered(ui, warning ? "!" : "i", ui.theme.fonts.strong,
                   {signBox.x, signBox.y + (warning ? sign * 0.15F : 0), signBox.w, signBox.h}, Align::Center,
                   p.onPrimary);
  const Rect textBox = ui.mirrored({area.x + sign + 2 * m.gap, area.y + m.gap, textWidth, height - 2 * m.gap});
  drawText(ui, text, ui.theme.fonts.text, textBox, Align::Start, p.text);
  return height;
}

void documentAnimation(Ui& ui, const Rect& area, visit::DocumentStep::Phase phase, double seconds) {
  using Phase = visit::DocumentStep::Phase;
  const Palette& p = ui.palette();
  const Metrics& m = ui.metrics();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The reader: a dark plate seen from the front, in the lower part of the area.
  const float plateWidth = std::min(area.w * 0.9F, area.h * 1.2F);
  const float plateHeight = plateWidth * 0.16F;
  const Rect plate{area.centerX() - plateWidth / 2, area.bottom() - plateHeight - m.gap, plateWidth, plateHeight};
  fillRect(plate, p.text, m.corner);
  fillRect({plate.x + plate.w * 0.1F, plate.y + plate.h * 0.35F, plate.w * 0.8F, plate.h * 0.12F}, p.progressTodo,
           plate.h * 0.06F);

  // The document: an ID-1 card in proportion, with a photo and two MRZ lines.
  const float cardWidth = plateWidth * 0.62F;
  const float cardHeight = cardWidth / 1.586F;
  const float restY = plate.y - cardHeight * 0.55F;
  const float liftedY = area.y + m.gap;
  float cardY = restY;
  const double cycle = std::fmod(seconds, 3.0) / 3.0;  // one placing every three seconds
  if (phase == Phase::LookingForMrz) {
    const double t = std::min(1.0, cycle / 0.6);  // move for 60 % of the cycle, then rest
    const double eased = 1 - std::pow(1 - t, 3);
    cardY = static_cast<float>(liftedY + (restY - liftedY) * eased);
  } else if (phase == Phase::CardRemoved) {
    cardY = liftedY + (restY - liftedY) * 0.3F;
  }
  const Rect card{area.centerX() - cardWidth / 2, cardY, cardWidth, cardHeight};
  fillRect(card, p.surface, m.corner);
  strokeRect(card, p.outline, m.corner, 3.0F);
  const Rect photo = ui.mirrored({card.x + card.w * 0.06F, card.y + card.h * 0.12F, card.w * 0.26F, card.h * 0.5F});
  fillRect(photo, p.progressTodo, m.corner * 0.5F);
  for (int line = 0; line < 2; ++line) {
    const float y = card.y + card.h * (0.72F + 0.11F * static_cast<float>(line));
    fillRect({card.x + card.w * 0.06F, y, card.w * 0.88F, card.h * 0.05F}, p.mutedText, 2);
  }
  for (int line = 0; line < 3; ++line) {
    const float y = card.y + card.h * (0.16F + 0.13F * static_cast<float>(line));
    const Rect text = ui.mirrored({card.x + card.w * 0.38F, y, card.w * (0.5F - 0.08F * static_cast<float>(line)),
                                   card.h * 0.06F});
    fillRect(text, p.divider, 2);
  }

  if (phase == Phase::ReadingChip || phase == Phase::WaitingForChip || phase == Phase::Verifying) {
    // Waves from the chip: three arcs growing outwards.
    const ImVec2 chip{card.centerX(), card.y - m.gap};
    for (int wave = 0; wave < 3; ++wave) {
      const double grow = std::fmod(seconds * 0.8 + wave / 3.0, 1.0);
      const float radius = static_cast<float>(m.textSize * (0.8 + 2.4 * grow));
      const auto alpha = static_cast<std::uint8_t>(255 * (1 - grow));
      Rgba colour = p.primary;
      colour.a = alpha;
      draw->PathArcTo(chip, radius, std::numbers::pi_v<float> * 1.2F, std::numbers::pi_v<float> * 1.8F, 24);
      draw->PathStroke(color(colour), 0, 4.0F);
    }
  } else if (phase == Phase::CardRemoved) {
    // An arrow from the document down to the plate: put it back.
    const float x = card.right() + m.gap * 2;
    const float top = card.centerY();
    const float bottom = plate.y - m.gap;
    const float head = m.textSize * 0.7F;
    draw->AddLine(at(x, top), at(x, bottom - head), color(p.danger), 6.0F);
    draw->AddTriangleFilled(at(x - head, bottom - head), at(x + head, bottom - head), at(x, bottom), color(p.danger));
  }
}

}  // namespace foyer::screens::office
