#include "drivers/fingerprint/finger_png.hpp"

#include <array>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

namespace foyer::fingerprint {
namespace {

constexpr std::size_t kSignature = 8;
constexpr std::size_t kChunkOverhead = 12;  // length, type, CRC

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

}  // namespace

std::vector<std::uint8_t> encodeFingerPng(const cv::Mat& grey, double pixelsPerMm) {
  if (grey.empty() || grey.type() != CV_8UC1) return {};
  std::vector<std::uint8_t> png;
  if (!cv::imencode(".png", grey, png) || png.size() < kSignature + kChunkOverhead + 13) return {};
  // pHYs goes right after IHDR (the first chunk, 13 bytes of data).
  const std::uint32_t perMetre = static_cast<std::uint32_t>(std::lround(pixelsPerMm * 1000.0));
  std::vector<std::uint8_t> chunk;
  putBigEndian(chunk, 9);
  const std::array<std::uint8_t, 4> type = {'p', 'H', 'Y', 's'};
  chunk.insert(chunk.end(), type.begin(), type.end());
  putBigEndian(chunk, perMetre);
  putBigEndian(chunk, perMetre);
  chunk.push_back(1);  // unit: metre
  const auto crc = static_cast<std::uint32_t>(crc32(crc32(0, nullptr, 0), chunk.data() + 4, 13));
  putBigEndian(chunk, crc);
  const auto at = png.begin() + static_cast<std::ptrdiff_t>(kSignature + kChunkOverhead + 13);
  png.insert(at, chunk.begin(), chunk.end());
  return png;
}

}  // namespace foyer::fingerprint
