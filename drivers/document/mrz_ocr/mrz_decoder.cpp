#include "drivers/document/mrz_ocr/mrz_decoder.hpp"

#include <string_view>

namespace foyer::document::mrz {
namespace {

enum class Allowed { Any, DigitOrFiller, LetterOrFiller };

bool permits(Allowed allowed, int glyph) {
  switch (allowed) {
    case Allowed::Any:
      return true;
    case Allowed::DigitOrFiller:
      return isDigitGlyph(glyph) || glyph == kFillerGlyph;
    case Allowed::LetterOrFiller:
      return isLetterGlyph(glyph) || glyph == kFillerGlyph;
  }
  return true;
}

char bestAllowed(const GlyphScores& scores, Allowed allowed) {
  int best = -1;
  for (int glyph = 0; glyph < kGlyphCount; ++glyph) {
    if (!permits(allowed, glyph)) continue;
    if (best < 0 || scores[static_cast<std::size_t>(glyph)] > scores[static_cast<std::size_t>(best)]) best = glyph;
  }
  return kMrzAlphabet[static_cast<std::size_t>(best)];
}

std::vector<std::vector<Allowed>> allowedByPosition(const Layout& layout) {
  std::vector<std::vector<Allowed>> allowed(static_cast<std::size_t>(layout.lines),
                                            std::vector<Allowed>(static_cast<std::size_t>(layout.lineLength)));
  auto mark = [&](const Span& span, Allowed what) {
    for (int i = span.start; i < span.start + span.length; ++i) {
      allowed[static_cast<std::size_t>(span.line)][static_cast<std::size_t>(i)] = what;
    }
  };
  for (const FieldLayout& field : layout.fields) {
    if (field.chars == CharClass::Numeric) mark(field.span, Allowed::DigitOrFiller);
    if (field.chars == CharClass::Alpha || field.chars == CharClass::Name) mark(field.span, Allowed::LetterOrFiller);
    if (field.checkDigit) mark(*field.checkDigit, Allowed::DigitOrFiller);
  }
  if (layout.compositeDigit) mark(*layout.compositeDigit, Allowed::DigitOrFiller);
  return allowed;
}

}  // namespace

std::string bestGlyphs(const LineScores& line) {
  std::string text;
  for (const GlyphScores& scores : line) text += bestAllowed(scores, Allowed::Any);
  return text;
}

std::optional<Format> formatOf(const std::vector<LineScores>& lines) {
  if (lines.empty() || lines[0].empty()) return std::nullopt;
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.push_back(bestGlyphs(line));
  texts[0][0] = bestAllowed(lines[0][0], Allowed::LetterOrFiller);  // the document code is a letter
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  return detectFormat(views);
}

CorrectedLines decode(const std::vector<LineScores>& lines, Format format) {
  const Layout& layout = layoutOf(format);
  const auto allowed = allowedByPosition(layout);
  std::vector<std::string> classed;
  std::vector<Correction> byClass;
  for (std::size_t line = 0; line < lines.size() && line < allowed.size(); ++line) {
    std::string text;
    for (std::size_t i = 0; i < lines[line].size() && i < allowed[line].size(); ++i) {
      const char any = bestAllowed(lines[line][i], Allowed::Any);
      const char fitting = bestAllowed(lines[line][i], allowed[line][i]);
      if (fitting != any) {
        byClass.push_back({static_cast<int>(line) + 1, static_cast<int>(i) + 1, any, fitting,
                           allowed[line][i] == Allowed::DigitOrFiller ? "best digit match in a digit position"
                                                                      : "best letter match in a letter position"});
      }
      text += fitting;
    }
    classed.push_back(std::move(text));
  }
  const std::vector<std::string_view> views(classed.begin(), classed.end());
  CorrectedLines corrected = correctOcrConfusions(views);
  byClass.insert(byClass.end(), corrected.corrections.begin(), corrected.corrections.end());
  corrected.corrections = std::move(byClass);
  return corrected;
}

}  // namespace foyer::document::mrz
