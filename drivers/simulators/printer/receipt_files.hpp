#pragma once
#include <cstddef>
#include <expected>
#include <filesystem>
#include <string>

#include "drivers/printer/protocol/paper_model.hpp"
#include "drivers/printer/render/paper_renderer.hpp"

namespace foyer::simulators::printer {

// Each receipt as three files in one folder, so that tests can check content without reading pictures:
// receipt-0001.png (the paper), receipt-0001.txt (the printed text, one line per line) and
// receipt-0001.json (lines, QR data, barcodes, rasters, how it was cut). Numbers continue after receipts
// already in the folder, so a restarted simulator never overwrites what an earlier run printed.
class ReceiptFiles {
 public:
  static std::expected<ReceiptFiles, std::string> create(std::filesystem::path folder,
                                                         ::foyer::printer::render::PaperConfig paper = {});

  // The PNG's path. The .txt and .json are written first and the PNG last, through a rename, so that
  // whoever waits for the PNG finds all three complete.
  std::expected<std::filesystem::path, std::string> write(const ::foyer::printer::escpos::Receipt& receipt);
  [[nodiscard]] std::size_t written() const { return m_written; }
  [[nodiscard]] const std::filesystem::path& folder() const { return m_folder; }

 private:
  ReceiptFiles(std::filesystem::path folder, ::foyer::printer::render::PaperRenderer renderer, std::size_t next);

  std::filesystem::path m_folder;
  ::foyer::printer::render::PaperRenderer m_renderer;
  std::size_t m_next = 1;
  std::size_t m_written = 0;
};

}  // namespace foyer::simulators::printer
