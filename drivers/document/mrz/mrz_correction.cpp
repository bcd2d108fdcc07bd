#include "drivers/document/mrz/mrz_correction.hpp"

#include <algorithm>
#include <optional>

#include "drivers/document/mrz/check_digit.hpp"
#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::document::mrz {
namespace {

char toDigit(char c) {
  switch (c) {
    case 'O': case 'Q': case 'D': return '0';
    case 'I': case 'L': return '1';
    case 'Z': return '2';
    case 'S': return '5';
    case 'G': return '6';
    case 'B': return '8';
    default: return c;
  }
}

char toLetter(char c) {
  switch (c) {
    case '0': return 'O';
    case '1': return 'I';
    case '2': return 'Z';
    case '5': return 'S';
    case '6': return 'G';
    case '8': return 'B';
    default: return c;
  }
}

// The other reading of a character OCR confuses both ways in mixed letter-digit fields. 6/G is missing on
// purpose: their values differ by 10, so swapping them never changes a check digit and cannot be verified.
std::optional<char> lookAlike(char c) {
  switch (c) {
    case '0': return 'O';
    case 'O': return '0';
    case '1': return 'I';
    case 'I': return '1';
    case '8': return 'B';
    case 'B': return '8';
    case '5': return 'S';
    case 'S': return '5';
    case '2': return 'Z';
    case 'Z': return '2';
    default: return std::nullopt;
  }
}

bool isFillerLookAlike(char c) { return c == 'K' || c == 'C' || c == 'E'; }

class Corrector {
 public:
  Corrector(std::span<const std::string_view> lines, const Layout& layout) : m_layout(layout) {
    for (std::string_view line : lines) m_lines.emplace_back(line);
  }

  CorrectedLines run() {
    for (const FieldLayout& field : m_layout.fields) {
      const CharClass chars = field.chars;
      if (chars == CharClass::Numeric) mapSpan(field.span, toDigit, "letter read in a digit position");
      if (chars == CharClass::Alpha || chars == CharClass::Name) {
        mapSpan(field.span, toLetter, "digit read in a letter position");
      }
      if (chars == CharClass::Name) clearFillerRuns(field.span);
      if (field.checkDigit) mapSpan(*field.checkDigit, toDigit, "letter read as a check digit");
    }
    if (m_layout.compositeDigit) mapSpan(*m_layout.compositeDigit, toDigit, "letter read as a check digit");
    resolveSwaps();
    return {m_lines, m_corrections, m_ambiguous};
  }

 private:
  char& at(int line, int position) {
    return m_lines[static_cast<std::size_t>(line)][static_cast<std::size_t>(position)];
  }

  void set(int line, int position, char to, const char* reason) {
    char& c = at(line, position);
    if (c == to) return;
    m_corrections.push_back({line + 1, position + 1, c, to, reason});
    c = to;
  }

  void mapSpan(const Span& span, char (*map)(char), const char* reason) {
    for (int i = span.start; i < span.start + span.length; ++i) {
      char& c = at(span.line, i);
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      const char mapped = map(c);
      if (mapped != c) set(span.line, i, mapped, reason);
    }
  }

  // Names are separated by "<" and "<<" only, so three fillers in a row mean the name has ended: whatever
  // K/C/E run follows is padding. Nearer the name, a run is padding only where no name could be: four
  // or more letters, or three of the same letter, standing alone or running to the field's end.
  void clearFillerRuns(const Span& span) {
    const int end = span.start + span.length;
    int i = span.start;
    while (i < end) {
      if (!isFillerLookAlike(at(span.line, i))) {
        ++i;
        continue;
      }
      int j = i;
      while (j < end && isFillerLookAlike(at(span.line, j))) ++j;
      const int length = j - i;
      int fillersBefore = 0;
      for (int k = i - 1; k >= span.start && at(span.line, k) == '<'; --k) ++fillersBefore;
      const bool startsAlone = i == span.start || at(span.line, i - 1) == '<';
      const bool endsAlone = j == end || at(span.line, j) == '<';
      const bool sameLetter = std::all_of(&at(span.line, i), &at(span.line, i) + length,
                                          [&](char c) { return c == at(span.line, i); });
      const bool afterTheName = fillersBefore >= 3 && endsAlone;
      const bool cannotBeAName = (length >= 4 || (length == 3 && sameLetter)) && endsAlone &&
                                 (startsAlone || (sameLetter && j == end));
      if (afterTheName || cannotBeAName) {
        for (int k = i; k < j; ++k) set(span.line, k, '<', "filler read as K, C or E");
      }
      i = j;
    }
  }

  struct Candidate {
    std::string text;
    int swaps = 0;
  };

  // Every reading of the field with at most one look-alike swap whose own check digit passes. One, because
  // the composite check digit weighs these fields exactly as their own check digit does (both start at a
  // multiple of three): it adds nothing, and two swaps in one field would pass by chance one time in ten.
  std::vector<Candidate> candidates(const FieldLayout& field) {
    const std::string original(m_lines[static_cast<std::size_t>(field.span.line)].substr(
        static_cast<std::size_t>(field.span.start), static_cast<std::size_t>(field.span.length)));
    const char digit = at(field.checkDigit->line, field.checkDigit->start);
    const auto wanted = digitValue(digit);
    std::vector<Candidate> found;
    auto consider = [&](const std::string& text, int swaps) {
      if (wanted && checkDigit(text) == *wanted) found.push_back({text, swaps});
    };
    consider(original, 0);
    std::vector<int> swappable;
    for (int i = 0; i < static_cast<int>(original.size()); ++i) {
      if (lookAlike(original[static_cast<std::size_t>(i)])) swappable.push_back(i);
    }
    for (int position : swappable) {
      std::string one = original;
      one[static_cast<std::size_t>(position)] = *lookAlike(one[static_cast<std::size_t>(position)]);
      consider(one, 1);
    }
    return found;
  }

  void write(const FieldLayout& field, const std::string& text) {
    for (int i = 0; i < field.span.length; ++i) {
      set(field.span.line, field.span.start + i, text[static_cast<std::size_t>(i)],
          "look-alike confirmed by the check digit");
    }
  }

  static bool hasVowel(const std::string& text) { return text.find_first_of("AEIOU") != std::string::npos; }

  // Each field on its own check digit: the composite weighs these fields like their own check digit does,
  // so it cannot choose between readings, and one unrepairable field must not block the others.
  void resolveSwaps() {
    const bool german = at(0, 2) == 'D' && at(0, 3) == '<';
    for (const FieldLayout& field : m_layout.fields) {
      if (!field.checkDigit || field.chars != CharClass::AlphaNumeric) continue;
      std::vector<Candidate> found = candidates(field);
      if (found.empty() || found.front().swaps == 0) continue;  // unrepairable, or already right
      if (german && field.id == FieldId::DocumentNumber && found.size() > 1) {
        // German document numbers have no vowels: among several readings, those with vowels are out.
        std::vector<Candidate> withoutVowels;
        for (const Candidate& c : found) {
          if (!hasVowel(c.text)) withoutVowels.push_back(c);
        }
        if (!withoutVowels.empty()) found = std::move(withoutVowels);
      }
      if (found.size() == 1) {
        write(field, found.front().text);
      } else if (found.size() > 1) {
        m_ambiguous = true;
      }
    }
  }

  const Layout& m_layout;
  std::vector<std::string> m_lines;
  std::vector<Correction> m_corrections;
  bool m_ambiguous = false;
};

}  // namespace

CorrectedLines correctOcrConfusions(std::span<const std::string_view> lines) {
  std::vector<std::string> upper;
  for (std::string_view line : lines) {
    std::string text(line);
    for (char& c : text) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    upper.push_back(std::move(text));
  }
  std::vector<std::string_view> views(upper.begin(), upper.end());
  const auto format = detectFormat(views);
  if (!format) return {upper, {}, false};
  for (const auto& line : upper) {
    if (!std::all_of(line.begin(), line.end(), isMrzCharacter) &&
        !std::all_of(line.begin(), line.end(), [](char c) { return c >= 0x20 && c < 0x7f; })) {
      return {upper, {}, false};  // bytes outside printable ASCII: not something OCR confused
    }
  }
  return Corrector(views, layoutOf(*format)).run();
}

}  // namespace foyer::document::mrz
