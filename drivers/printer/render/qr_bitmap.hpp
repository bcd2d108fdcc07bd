#pragma once
#include <expected>
#include <string>
#include <string_view>

#include "drivers/printer/protocol/bitmap.hpp"
#include "drivers/printer/protocol/symbol_options.hpp"

namespace foyer::printer::render {

// A QR symbol (model 2, smallest version that holds the data, 8-bit mode) as dots, for the paper renderer
// and for printers without GS ( k, which get it as a GS v 0 raster. `quietZoneModules` of white around it:
// a printer's GS ( k adds none, so a raster sent on its own needs the 4 modules the standard asks for.
std::expected<escpos::Bitmap, std::string> qrBitmap(std::string_view data, int moduleSize,
                                                    escpos::QrErrorCorrection level, int quietZoneModules = 0);

}  // namespace foyer::printer::render
