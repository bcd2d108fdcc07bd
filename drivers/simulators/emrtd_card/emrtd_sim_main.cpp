// foyer-emrtd-sim: a simulated passport/ID card on pcscd's virtual reader (vsmartcard vpcd).
#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "drivers/simulators/emrtd_card/card_issuer.hpp"
#include "drivers/simulators/emrtd_card/vpcd_link.hpp"

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int) { g_stop = true; }

// A contactless ATR as PC/SC part 3 builds it for ISO 14443-4 cards: 3B 8n 80 01, n historical bytes, TCK
// (XOR of T0..last historical byte). libnfc's pcsc driver, and so mrtdreader, insists on exactly this shape.
const foyer::document::emrtd::Bytes kAtr = {0x3B, 0x88, 0x80, 0x01, 0x00, 0x31, 0xC1, 0x64, 0x08, 0x60, 0x32, 0x00, 0xC7};

int currentYear() {
  const auto today = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(today.year());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace foyer::simulators::emrtd;
  CLI::App app{"foyer-emrtd-sim: a simulated eMRTD chip (passport or ID card) for pcscd's vpcd virtual reader.\n"
               "Speaks the real APDUs: BAC, PACE, chip authentication, secure messaging, READ BINARY, with an EF.SOD signed by a\n"
               "throw-away CSCA made at start. Running = card on the reader; stopped = card removed.\n"
               "Test and development only: vpcd accepts cards from the network; never enable it on a terminal."};
  IssueRequest request;
  std::filesystem::path face = std::filesystem::path(FOYER_ASSETS_DIR) / "simulator/specimen-face.jpg";
  std::string can;
  std::string host = "127.0.0.1";
  std::uint16_t port = 35963;
  std::filesystem::path cscaOut;
  std::size_t removeAfter = 0;
  int reinsertAfterMs = -1;
  bool noBac = false;
  app.add_option("--mrz", request.mrzLines, "MRZ lines of the document (2 × 44, 2 × 36 or 3 × 30)")->required()->expected(2, 3);
  app.add_option("--face", face, "JPEG portrait for DG2")->check(CLI::ExistingFile)->capture_default_str();
  app.add_option("--can", can, "Card access number (6 digits) for PACE with CAN");
  app.add_option("--pace", request.paceParameterId,
                 "PACE domain parameters in EF.CardAccess: 13 brainpoolP256r1, 12 NIST P-256, 0 no PACE (BAC only)")
      ->capture_default_str();
  app.add_flag("--no-bac", noBac, "Refuse BAC (as German ID cards do)");
  bool noChipAuth = false;
  app.add_flag("--no-chip-auth", noChipAuth, "No DG14 and no chip authentication (older passports)");
  app.add_flag("--clone", request.clone, "Act as a copied chip: DG14 as issued, but without its private key");
  app.add_option("--extended", request.maxResponse, "Support extended length up to this response size (0: short only)")
      ->capture_default_str();
  app.add_option("--host", host, "Where pcscd's vpcd driver listens")->capture_default_str();
  app.add_option("--port", port, "vpcd port: 35963 is reader slot 0, 35964 slot 1")->capture_default_str();
  app.add_option("--csca-out", cscaOut, "Write the trust anchor (CSCA certificate, PEM) for passive authentication here");
  app.add_option("--remove-after", removeAfter, "Take the card away after this many commands (fault injection)");
  app.add_option("--reinsert-after-ms", reinsertAfterMs, "...and put it back after this many milliseconds");
  CLI11_PARSE(app, argc, argv);

  std::ifstream in(face, std::ios::binary);
  request.faceJpeg.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!can.empty()) request.can = can;
  request.bac = !noBac;
  request.chipAuthentication = !noChipAuth;
  auto card = issueCard(request, currentYear());
  if (!card) {
    std::cerr << "foyer-emrtd-sim: " << card.error() << '\n';
    return 2;
  }
  if (!cscaOut.empty()) {
    std::ofstream out(cscaOut);
    out << card->cscaPem;
    if (!out) {
      std::cerr << "foyer-emrtd-sim: cannot write " << cscaOut << '\n';
      return 2;
    }
  }
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);

  EmrtdApplet applet(card->profile);
  VpcdLink link(host, port, kAtr);
  std::size_t limit = removeAfter;
  while (!g_stop) {
    if (!link.connect(g_stop)) break;
    std::cerr << "foyer-emrtd-sim: card on the reader (vpcd " << host << ':' << port << ")" << std::endl;
    const std::size_t served = link.serve(applet, g_stop, limit);
    applet.reset();
    if (g_stop) break;
    if (limit != 0 && served >= limit) {
      std::cerr << "foyer-emrtd-sim: card taken away after " << served << " commands" << std::endl;
      limit = 0;  // only once
      if (reinsertAfterMs < 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(reinsertAfterMs));
      continue;
    }
    std::cerr << "foyer-emrtd-sim: pcscd closed the connection; waiting for it" << std::endl;
  }
  std::cerr << "foyer-emrtd-sim: stopped" << std::endl;
  return 0;
}
