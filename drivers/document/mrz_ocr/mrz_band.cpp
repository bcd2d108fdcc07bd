#include "drivers/document/mrz_ocr/mrz_band.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "drivers/document/mrz_ocr/regular_lines.hpp"
#include "drivers/document/mrz_ocr/robust_fit.hpp"
#include "drivers/document/mrz_ocr/skew_estimate.hpp"
#include "drivers/document/mrz_ocr/text_blobs.hpp"

namespace foyer::document::mrz {
namespace {

constexpr double kDegree = 3.14159265358979323846 / 180;
// OCR-B strokes at 300 dpi are 4-5 pixels wide; this keeps them up to about 600 dpi.
constexpr int kStrokeLimit = 15;
constexpr double kMaxSkew = 5 * kDegree;
// The shortest MRZ line has 30 characters; a few may be too faint to form a blob of their own.
constexpr int kMinCells = 20;

// Two lines as an MRZ stacks them: same pitch and size, one line spacing (4.23 mm = 1.67 pitches)
// apart, starting or ending in the same column.
bool stacked(const RegularLine& upper, const RegularLine& lower) {
  const double pitch = (upper.pitch + lower.pitch) / 2;
  if (std::abs(upper.pitch - lower.pitch) > 0.08 * pitch) return false;
  if (std::abs(upper.height - lower.height) > 0.25 * std::max(upper.height, lower.height)) return false;
  if (pitch < 0.8 * upper.height || pitch > 1.4 * upper.height) return false;
  const double spacing = lower.middle - upper.middle;
  if (spacing < 1.3 * pitch || spacing > 2.3 * pitch) return false;
  const double upperEnd = upper.start + (upper.cells - 1) * upper.pitch;
  const double lowerEnd = lower.start + (lower.cells - 1) * lower.pitch;
  return std::abs(upper.start - lower.start) < 2.5 * pitch || std::abs(upperEnd - lowerEnd) < 2.5 * pitch;
}

std::optional<int> lineLengthFor(std::size_t lineCount, int longest) {
  if (lineCount == 3 && longest >= 26 && longest <= 31) return 30;
  if (lineCount == 2 && longest >= 40 && longest <= 45) return 44;
  if (lineCount == 2 && longest >= 32 && longest <= 37) return 36;
  return std::nullopt;
}

struct Group {
  std::vector<RegularLine> lines;
  int lineLength = 0;
};

// The stack of 2 or 3 lines that best fits an MRZ format: most characters in lines of the right length.
std::expected<Group, BandError> chooseGroup(const std::vector<RegularLine>& lines) {
  std::optional<Group> best;
  int bestScore = 0;
  std::string shapeSeen;
  for (std::size_t first = 0; first < lines.size(); ++first) {
    for (std::size_t count = 2; count <= 3 && first + count <= lines.size(); ++count) {
      if (!stacked(lines[first + count - 2], lines[first + count - 1])) break;
      int longest = 0;
      int total = 0;
      for (std::size_t i = first; i < first + count; ++i) {
        longest = std::max(longest, lines[i].cells);
        total += lines[i].cells;
      }
      const auto length = lineLengthFor(count, longest);
      if (!length) {
        shapeSeen = std::to_string(count) + " lines of up to " + std::to_string(longest) + " characters";
        continue;
      }
      const int score = total - 2 * (static_cast<int>(count) * *length - total);
      if (!best || score > bestScore) {
        best = Group{{lines.begin() + static_cast<long>(first), lines.begin() + static_cast<long>(first + count)},
                     *length};
        bestScore = score;
      }
    }
  }
  if (best) return *best;
  if (!shapeSeen.empty()) {
    return std::unexpected(BandError{BandFailure::UnknownShape,
                                     "evenly spaced text found (" + shapeSeen + "), but no MRZ format has that shape"});
  }
  return std::unexpected(BandError{BandFailure::NothingLikeAnMrz, "no machine-readable zone in the image"});
}

// The small turn left after the skew estimate: the lines' own slopes (outliers dropped), each weighted by
// how far its blobs spread along the line.
double residualTurn(const std::vector<RegularLine>& lines) {
  double weightedSlopes = 0;
  double weights = 0;
  for (const auto& line : lines) {
    std::vector<FitPoint> points;
    for (const auto& blob : line.blobs) points.push_back({blob.u, blob.v});
    const FittedLine fit = fitLineTrimmed(points, 0.15 * line.height);
    double mean = 0;
    for (const auto& p : points) mean += p.x;
    mean /= static_cast<double>(std::max<std::size_t>(points.size(), 1));
    double spread = 0;
    for (const auto& p : points) {
      if (std::abs(p.y - fit.at(p.x)) <= 0.15 * line.height) spread += (p.x - mean) * (p.x - mean);
    }
    weightedSlopes += spread * fit.slope;
    weights += spread;
  }
  return weights > 0 ? std::atan(weightedSlopes / weights) : 0;
}

void turn(RegularLine& line, double delta) {
  const double sine = std::sin(delta);
  const double cosine = std::cos(delta);
  auto rotate = [&](double& u, double& v) {
    const double newU = u * cosine + v * sine;
    v = -u * sine + v * cosine;
    u = newU;
  };
  for (auto& blob : line.blobs) rotate(blob.u, blob.v);
  rotate(line.start, line.middle);
}

// The first character's u: the stretch's own start when it covers the whole line; otherwise the window of
// the line's length holding most blobs, or the start of the lines that are complete.
std::optional<double> firstCentre(const RegularLine& line, int length, std::optional<double> reference) {
  if (line.cells == length) return line.start;
  if (line.cells < length) return reference;
  int bestOffset = 0;
  int bestCount = -1;
  for (int offset = 0; offset + length <= line.cells; ++offset) {
    const double from = line.start + (offset - 0.5) * line.pitch;
    const double to = from + length * line.pitch;
    const auto count = static_cast<int>(
        std::count_if(line.blobs.begin(), line.blobs.end(), [&](const auto& b) { return b.u >= from && b.u < to; }));
    const bool closer = reference && std::abs(line.start + offset * line.pitch - *reference) <
                                         std::abs(line.start + bestOffset * line.pitch - *reference);
    if (count > bestCount || (count == bestCount && closer)) {
      bestCount = count;
      bestOffset = offset;
    }
  }
  return line.start + bestOffset * line.pitch;
}

// Pitch and first centre from every blob of the line that sits on a character position.
MrzLineGeometry measure(const RegularLine& line, double first, int length) {
  std::vector<FitPoint> points;
  std::vector<double> middles;
  for (const auto& blob : line.blobs) {
    if (blob.width > 1.4 * line.pitch) continue;  // melted neighbours: their centre is no character's
    const double cell = (blob.u - first) / line.pitch;
    const long k = std::lround(cell);
    if (k < 0 || k >= length || std::abs(cell - static_cast<double>(k)) > 0.3) continue;
    points.push_back({static_cast<double>(k), blob.u});
    middles.push_back(blob.v);
  }
  if (points.size() < 2) return {first, line.pitch, line.middle};
  const FittedLine fit = fitLineTrimmed(points, 0.15 * line.pitch);
  return {fit.intercept, fit.slope, median(middles)};
}

}  // namespace

std::expected<MrzBand, BandError> findMrzBand(const cv::Mat& grey) {
  const auto blobs = findTextBlobs(grey, kStrokeLimit);
  const double angle = estimateSkew(blobs, kMaxSkew);
  auto group = chooseGroup(findRegularLines(blobs, angle, kMinCells));
  if (!group) return std::unexpected(group.error());

  const double delta = residualTurn(group->lines);
  for (auto& line : group->lines) turn(line, delta);
  MrzBand band{angle + delta, group->lineLength, {}};
  std::vector<double> completeStarts;
  for (const auto& line : group->lines) {
    if (line.cells == band.lineLength) completeStarts.push_back(line.start);
  }
  const auto reference = completeStarts.empty() ? std::nullopt : std::optional<double>(median(completeStarts));
  for (const auto& line : group->lines) {
    const auto first = firstCentre(line, band.lineLength, reference);
    if (!first) {
      return std::unexpected(
          BandError{BandFailure::UnknownShape, "MRZ lines found, but characters are missing at their ends"});
    }
    band.lines.push_back(measure(line, *first, band.lineLength));
  }
  return band;
}

}  // namespace foyer::document::mrz
