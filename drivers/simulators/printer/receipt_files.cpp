#include "drivers/simulators/printer/receipt_files.hpp"

#include <cstdio>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

namespace foyer::simulators::printer {
namespace {

namespace escpos = ::foyer::printer::escpos;

std::string alignName(escpos::Align align) {
  switch (align) {
    case escpos::Align::Left: return "left";
    case escpos::Align::Centre: return "centre";
    case escpos::Align::Right: return "right";
  }
  return "left";
}

nlohmann::json describe(const escpos::Receipt& receipt) {
  nlohmann::json json;
  json["lines"] = receipt.textLines();
  json["qr"] = nlohmann::json::array();
  json["barcodes"] = nlohmann::json::array();
  json["rasters"] = nlohmann::json::array();
  json["cut"] = "none";
  for (const auto& item : receipt.items) {
    if (const auto* qr = std::get_if<escpos::PrintedQr>(&item)) {
      json["qr"].push_back({{"data", qr->data},
                            {"moduleSize", qr->moduleSize},
                            {"errorCorrection", std::string(1, qr->errorCorrection)},
                            {"model", qr->model},
                            {"align", alignName(qr->align)}});
    } else if (const auto* barcode = std::get_if<escpos::PrintedBarcode>(&item)) {
      json["barcodes"].push_back({{"system", escpos::barcodeSystemName(barcode->system)},
                                  {"data", barcode->text},
                                  {"raw", barcode->data},
                                  {"height", barcode->height},
                                  {"moduleWidth", barcode->moduleWidth},
                                  {"hri", escpos::hriPositionName(barcode->hri)},
                                  {"align", alignName(barcode->align)}});
    } else if (const auto* raster = std::get_if<escpos::PrintedRaster>(&item)) {
      json["rasters"].push_back({{"width", raster->bitmap.width},
                                 {"height", raster->bitmap.height},
                                 {"scaleX", raster->scaleX},
                                 {"scaleY", raster->scaleY},
                                 {"blackDots", raster->bitmap.blackDots()},
                                 {"align", alignName(raster->align)}});
    } else if (const auto* cut = std::get_if<escpos::Cut>(&item)) {
      json["cut"] = cut->partial ? "partial" : "full";
    }
  }
  return json;
}

// The highest receipt number already in the folder.
std::size_t highestNumber(const std::filesystem::path& folder) {
  static const std::regex name(R"(receipt-(\d{4,})\.png)");
  std::size_t highest = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    std::smatch match;
    const std::string file = entry.path().filename().string();
    if (std::regex_match(file, match, name)) highest = std::max<std::size_t>(highest, std::stoul(match[1].str()));
  }
  return highest;
}

bool writeText(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

ReceiptFiles::ReceiptFiles(std::filesystem::path folder, ::foyer::printer::render::PaperRenderer renderer, std::size_t next)
    : m_folder(std::move(folder)), m_renderer(std::move(renderer)), m_next(next) {}

std::expected<ReceiptFiles, std::string> ReceiptFiles::create(std::filesystem::path folder,
                                                              ::foyer::printer::render::PaperConfig paper) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error || !std::filesystem::is_directory(folder)) {
    return std::unexpected("cannot create the output folder " + folder.string());
  }
  auto renderer = ::foyer::printer::render::PaperRenderer::create(std::move(paper));
  if (!renderer) return std::unexpected(renderer.error());
  const std::size_t next = highestNumber(folder) + 1;
  return ReceiptFiles(std::move(folder), std::move(*renderer), next);
}

std::expected<std::filesystem::path, std::string> ReceiptFiles::write(const escpos::Receipt& receipt) {
  char stem[32];
  std::snprintf(stem, sizeof stem, "receipt-%04zu", m_next);
  const std::filesystem::path base = m_folder / stem;
  std::string text;
  for (const auto& line : receipt.textLines()) text += line + "\n";
  nlohmann::json json = describe(receipt);
  json["receipt"] = m_next;
  // QR and barcode data are bytes; anything that is not UTF-8 is replaced rather than refused.
  const std::string jsonText = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  auto png = ::foyer::printer::render::encodePng(m_renderer.render(receipt.items));
  if (!png) return std::unexpected(png.error());
  const auto pngFile = std::filesystem::path(base).concat(".png");
  const auto partial = std::filesystem::path(base).concat(".png.part");
  const std::string pngBytes(png->begin(), png->end());
  if (!writeText(std::filesystem::path(base).concat(".txt"), text) ||
      !writeText(std::filesystem::path(base).concat(".json"), jsonText) || !writeText(partial, pngBytes)) {
    return std::unexpected("cannot write " + base.string() + ".*");
  }
  std::error_code error;
  std::filesystem::rename(partial, pngFile, error);
  if (error) return std::unexpected("cannot write " + pngFile.string() + ": " + error.message());
  ++m_next;
  ++m_written;
  return pngFile;
}

}  // namespace foyer::simulators::printer
