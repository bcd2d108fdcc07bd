#include "drivers/document/mrz_ocr/mrz_reader.hpp"

#include <algorithm>
#include <cmath>
#include <new>
#include <optional>
#include <string>

#include "drivers/document/mrz/mrz_parser.hpp"
#include "drivers/document/mrz_ocr/glyph_matcher.hpp"
#include "drivers/document/mrz_ocr/mrz_band.hpp"
#include "drivers/document/mrz_ocr/mrz_decoder.hpp"
#include "drivers/document/mrz_ocr/working_frame.hpp"

namespace foyer::document::mrz {
namespace {

// When this many characters match their runner-up nearly as well as their best glyph, or the best matches
// are this poor, the characters are guesses: too blurred, too dark or damaged to read. (Correlation alone
// says little under blur: blurred glyphs all correlate well with each other.)
constexpr float kAmbiguousMargin = 0.03F;
constexpr double kMaxAmbiguousShare = 0.05;
constexpr float kMinMeanConfidence = 0.5F;

MrzReadError error(MrzReadFailure failure, std::string message) {
  return {failure, std::move(message)};
}

CharacterReading readingOf(const GlyphScores& scores) {
  std::array<int, kGlyphCount> order{};
  for (int i = 0; i < kGlyphCount; ++i) order[static_cast<std::size_t>(i)] = i;
  std::partial_sort(order.begin(), order.begin() + 2, order.end(), [&](int a, int b) {
    return scores[static_cast<std::size_t>(a)] > scores[static_cast<std::size_t>(b)];
  });
  const auto best = static_cast<std::size_t>(order[0]);
  const auto second = static_cast<std::size_t>(order[1]);
  return {kMrzAlphabet[best], scores[best], kMrzAlphabet[second], scores[second]};
}

void measureConfidence(MrzReading& reading) {
  double sum = 0;
  std::size_t count = 0;
  reading.minConfidence = 1;
  for (const auto& line : reading.characters) {
    for (const auto& c : line) {
      sum += c.score;
      ++count;
      reading.minConfidence = std::min(reading.minConfidence, c.score);
      if (c.score - c.runnerUpScore < kAmbiguousMargin) ++reading.ambiguousCharacters;
    }
  }
  reading.meanConfidence = count > 0 ? static_cast<float>(sum / static_cast<double>(count)) : 0;
}

// Why the characters cannot be trusted, if they cannot.
std::optional<std::string> tooUncertain(const MrzReading& reading, std::size_t total) {
  const auto ambiguous = static_cast<std::size_t>(reading.ambiguousCharacters);
  if (reading.meanConfidence >= kMinMeanConfidence &&
      static_cast<double>(ambiguous) <= kMaxAmbiguousShare * static_cast<double>(total)) {
    return std::nullopt;
  }
  return "an MRZ is there, but too blurred or damaged to read (" + std::to_string(ambiguous) + " of " +
         std::to_string(total) + " characters ambiguous, mean confidence " +
         std::to_string(std::lround(reading.meanConfidence * 100)) + " %)";
}

std::expected<MrzReading, MrzReadError> read(const cv::Mat& image, const OcrBTemplates& templates, int referenceYear) {
  const auto frame = toWorkingFrame(image);
  if (!frame) return std::unexpected(error(MrzReadFailure::NoImage, "the image is empty or too small"));
  const auto band = findMrzBand(frame->grey);
  if (!band) {
    const auto failure =
        band.error().failure == BandFailure::NothingLikeAnMrz ? MrzReadFailure::NoMrzFound : MrzReadFailure::Unreadable;
    return std::unexpected(error(failure, band.error().message));
  }
  std::vector<LineScores> scores;
  for (const auto& line : band->lines) {
    scores.push_back(scoreLine(frame->grey, band->angle, line, band->lineLength, templates));
  }
  const auto format = formatOf(scores);
  if (!format) return std::unexpected(error(MrzReadFailure::Unreadable, "the MRZ lines have no known format"));

  MrzReading reading;
  reading.format = *format;
  reading.skewDegrees = band->angle * 180 / 3.14159265358979323846;
  for (const auto& line : scores) {
    reading.rawLines.push_back(bestGlyphs(line));
    auto& characters = reading.characters.emplace_back();
    for (const auto& position : line) characters.push_back(readingOf(position));
  }
  measureConfidence(reading);
  if (const auto doubt = tooUncertain(reading, scores.size() * static_cast<std::size_t>(band->lineLength))) {
    reading.wipe();
    return std::unexpected(error(MrzReadFailure::Unreadable, *doubt));
  }
  reading.correction = decode(scores, *format);
  const std::vector<std::string_view> lines(reading.correction.lines.begin(), reading.correction.lines.end());
  auto document = parse(lines, referenceYear);
  if (!document) {
    reading.wipe();
    return std::unexpected(error(MrzReadFailure::Unreadable, document.error().message));
  }
  reading.document = std::move(*document);
  return reading;
}

}  // namespace

std::expected<MrzReading, MrzReadError> readMrz(const cv::Mat& image, const OcrBTemplates& templates,
                                                int referenceYear) {
  // Every OpenCV call is guarded by checks above it; this is the last line, so that no image can take the
  // kiosk down.
  try {
    return read(image, templates, referenceYear);
  } catch (const cv::Exception& e) {
    return std::unexpected(error(MrzReadFailure::NoImage, std::string("the image cannot be processed: ") + e.what()));
  } catch (const std::bad_alloc&) {
    return std::unexpected(error(MrzReadFailure::NoImage, "the image is too large to process"));
  }
}

}  // namespace foyer::document::mrz
