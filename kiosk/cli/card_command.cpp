#include "kiosk/cli/card_command.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "drivers/document/emrtd/lds.hpp"
#include "drivers/document/emrtd/passive_authentication.hpp"
#include "drivers/document/emrtd/pcsc/pcsc_chip_read.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/cli/reference_year.hpp"
#include "kiosk/cli/mrz_report.hpp"

namespace foyer::cli {
namespace {

using namespace document::emrtd;

struct CardReadOptions {
  std::vector<std::string> mrz;
  std::string can;
  std::string reader;
  std::filesystem::path csca;
  std::filesystem::path saveFace;
  double waitSeconds = 10.0;
  bool bac = false;
  bool json = false;
  int year = 0;
};

const char* failureName(ChipFailure::Kind kind) {
  switch (kind) {
    case ChipFailure::Kind::NotAnEmrtd: return "not an eMRTD";
    case ChipFailure::Kind::AccessDenied: return "access denied";
    case ChipFailure::Kind::SecureMessaging: return "secure messaging broken";
    case ChipFailure::Kind::FileUnreadable: return "file unreadable";
    case ChipFailure::Kind::Protocol: return "protocol error";
    case ChipFailure::Kind::NotGenuine: return "chip not genuine";
  }
  return "error";
}

int fail(const CardReadOptions& options, const std::string& kind, const std::string& message, int code) {
  if (options.json) {
    std::cout << nlohmann::json{{"read", false}, {"error", {{"kind", kind}, {"message", message}}}}.dump(2) << '\n';
  } else {
    std::cerr << "foyerctl: " << kind << ": " << message << '\n';
  }
  return code;
}

std::expected<AccessKey, std::string> keyFrom(const CardReadOptions& options, int year) {
  if (!options.can.empty()) return canAccessKey(options.can);
  std::vector<std::string_view> lines(options.mrz.begin(), options.mrz.end());
  auto mrz = document::mrz::parse(std::span<const std::string_view>(lines), year);
  if (!mrz) return std::unexpected("--mrz: " + mrz.error().message);
  auto key = mrzAccessKey(*mrz);
  mrz->wipe();
  return key;
}

CscaStore trustFrom(const std::filesystem::path& path, std::vector<std::string>& problems) {
  CscaStore store;
  if (!path.empty()) store.addPath(path, problems);
  return store;
}

int runRead(const CardReadOptions& options) {
  const int year = referenceYear(options.year);
  auto key = keyFrom(options, year);
  if (!key) return fail(options, "bad input", key.error(), kExitBadInput);
  std::vector<std::string> trustProblems;
  const CscaStore trust = trustFrom(options.csca, trustProblems);

  const auto wait = std::chrono::milliseconds(static_cast<long>(options.waitSeconds * 1000));
  auto card = pcsc::PcscCard::connect(options.reader, wait);
  if (!card) return fail(options, "no card", card.error().message, kExitFailed);

  ChipReadOptions readOptions;
  readOptions.key = std::move(*key);
  readOptions.preferPace = !options.bac;
  readOptions.maxExtendedChunk = 65536;
  ChipReader reader(std::move(readOptions));
  const auto started = std::chrono::steady_clock::now();
  const auto outcome = pcsc::readOverPcsc(*card, reader, wait);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  if (outcome.transport) return fail(options, "card lost", outcome.transport->message, kExitFailed);
  if (outcome.failure) return fail(options, failureName(outcome.failure->kind), outcome.failure->message, kExitFailed);

  ChipContents contents = reader.takeContents();
  const PassiveAuthentication pa = verifyPassive(contents, trust);
  nlohmann::json report{{"read", true},
                        {"reader", card->readerName()},
                        {"protocol", contents.accessProtocol},
                        {"chip_authentication",
                         {{"done", !contents.chipAuthentication.empty()},
                          {"protocol", contents.chipAuthentication},
                          {"problem", contents.chipAuthenticationProblem}}},
                        {"resumes", outcome.resumes},
                        {"elapsed_ms", elapsed.count()}};
  nlohmann::json files{{"EF.COM", contents.com.size()}, {"EF.SOD", contents.sod.size()}};
  for (const auto& [number, bytes] : contents.dataGroups) files["DG" + std::to_string(number)] = bytes.size();
  report["files"] = files;
  if (auto parsed = lds::parseDg1Document(view(contents.dataGroups[1]), year)) {
    report["document"] = mrzReport(*parsed, {});
    parsed->wipe();
  }
  if (auto face = lds::parseDg2(view(contents.dataGroups[2]))) {
    report["face"] = {{"format", face->format == lds::FaceImage::Format::Jpeg ? "JPEG" : "JPEG 2000"},
                      {"width", face->width},
                      {"height", face->height},
                      {"bytes", face->data.size()}};
    if (!options.saveFace.empty()) {
      std::ofstream out(options.saveFace, std::ios::binary);
      out.write(reinterpret_cast<const char*>(face->data.data()), static_cast<std::streamsize>(face->data.size()));
    }
    wipeBytes(face->data);
  }
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& check : pa.dataGroups) groups.push_back({{"number", check.number}, {"hash_ok", check.matches}});
  report["passive_authentication"] = {{"verdict", verdictName(pa.verdict)},
                                      {"reason", pa.reason},
                                      {"signer", pa.signer},
                                      {"data_groups", groups},
                                      {"trust_anchors", trust.size()},
                                      {"trust_problems", trustProblems}};
  contents.wipe();
  if (options.json) {
    std::cout << report.dump(2) << '\n';
  } else {
    const auto& ca = report["chip_authentication"];
    const std::string problem = ca["problem"].get<std::string>();
    const std::string chipAuth = ca["done"].get<bool>() ? ca["protocol"].get<std::string>()
                                 : problem.empty()      ? std::string("not offered")
                                                        : "failed: " + problem;
    std::cout << "reader:    " << report["reader"].get<std::string>() << "\nprotocol:  " << report["protocol"].get<std::string>()
              << "\nchip authentication: " << chipAuth
              << "\nfiles:     " << files.dump() << "\npassive authentication: " << verdictName(pa.verdict) << " ("
              << pa.reason << ")\ntime:      " << elapsed.count() << " ms\n";
  }
  return pa.verdict == PassiveAuthentication::Verdict::Valid ? kExitOk : kExitFailed;
}

}  // namespace

void addCardCommands(CLI::App& app, int& exitCode) {
  CLI::App* card = app.add_subcommand("card", "The chip of a passport or ID card on a PC/SC reader");
  card->require_subcommand(1);
  auto options = std::make_shared<CardReadOptions>();
  CLI::App* read = card->add_subcommand(
      "read", "Open the chip (PACE, else BAC), read EF.COM, DG1, DG2, listed optional groups and EF.SOD, and check\n"
              "passive authentication. Exit code: 0 read and genuine, 1 failed or not verified, 2 bad input.");
  auto* mrz = read->add_option("--mrz", options->mrz, "The document's MRZ lines (the access key comes from them)")->expected(2, 3);
  auto* can = read->add_option("--can", options->can, "The six-digit card access number (PACE only)");
  mrz->excludes(can);
  read->add_option("--reader", options->reader, "PC/SC reader name (default: the first with a card)");
  read->add_option("--csca", options->csca, "Trusted CSCA certificates: a folder, a PEM file or a CSCA master list");
  read->add_option("--wait", options->waitSeconds, "Seconds to wait for a card (and for it to come back)")->capture_default_str();
  read->add_option("--save-face", options->saveFace, "Write the DG2 face image to this file");
  read->add_flag("--bac", options->bac, "Use BAC even when the chip offers PACE");
  read->add_flag("--json", options->json, "Print JSON instead of text");
  read->add_option("--year", options->year, "Reference year for two-digit years (default: now)");
  read->callback([options, &exitCode, mrz, can] {
    if (mrz->count() == 0 && can->count() == 0) {
      std::cerr << "foyerctl: card read needs --mrz or --can\n";
      exitCode = kExitBadInput;
      return;
    }
    exitCode = runRead(*options);
  });
}

}  // namespace foyer::cli
