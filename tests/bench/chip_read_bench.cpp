// Chip read time (issue 4): access control + EF.COM + DG1 + DG2 (~25 KB face) + EF.SOD, target ≤ 1.0 s as a
// median of 10. Through a private pcscd with the vpcd reader and the simulated chip (the real PC/SC path),
// and in process against the same chip (protocol and crypto cost alone).
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include <benchmark/benchmark.h>

#include "drivers/document/emrtd/chip_reader.hpp"
#include "drivers/document/emrtd/pcsc/pcsc_chip_read.hpp"
#include "drivers/simulators/emrtd_card/card_issuer.hpp"
#include "drivers/simulators/emrtd_card/emrtd_applet.hpp"
#include "tests/integration/child_process.hpp"
#include "tests/integration/private_pcscd.hpp"

namespace {

using namespace foyer::document::emrtd;
namespace fs = std::filesystem;

const std::string kLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

ChipReadOptions options(bool pace) {
  ChipReadOptions result;
  result.key = *mrzAccessKey("L898902C3", "740812", "120415");
  result.preferPace = pace;
  return result;
}

foyer::simulators::emrtd::IssuedCard issue() {
  foyer::simulators::emrtd::IssueRequest request;
  request.mrzLines = {kLine1, kLine2};
  std::ifstream in(std::string(FOYER_SOURCE_DIR) + "/assets/simulator/specimen-face.jpg", std::ios::binary);
  request.faceJpeg.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return *foyer::simulators::emrtd::issueCard(request, 2026);
}

void inProcess(benchmark::State& state, bool pace) {
  const auto card = issue();
  for (auto _ : state) {
    foyer::simulators::emrtd::EmrtdApplet chip(card.profile);
    ChipReader reader(options(pace));
    Bytes command = reader.restart();
    while (true) {
      const auto step = reader.onResponse(view(chip.process(view(command))));
      if (step.failure) state.SkipWithError(step.failure->message.c_str());
      if (!step.command) break;
      command = *step.command;
    }
    benchmark::DoNotOptimize(reader.contents().dataGroups.size());
  }
}

void overPcsc(benchmark::State& state, bool pace) {
  for (auto _ : state) {
    auto card = pcsc::PcscCard::connect("", std::chrono::seconds(10));
    if (!card) {
      state.SkipWithError(card.error().message.c_str());
      break;
    }
    ChipReader reader(options(pace));
    const auto outcome = pcsc::readOverPcsc(*card, reader, std::chrono::seconds(5));
    if (!outcome.ok()) state.SkipWithError("chip read failed");
    state.counters["dg2_bytes"] = static_cast<double>(reader.contents().dataGroups.at(2).size());
  }
}

// The same read by Debian's mrtdreader (BAC; its own process, libnfc with the pcsc driver from make deps),
// for comparison. Includes its process start, as a user of the tool would see it.
fs::path g_workDir;

void mrtdreader(benchmark::State& state) {
  const fs::path libnfc = fs::path(FOYER_SOURCE_DIR) / "build-deps" / "libnfc-pcsc" / "lib";
  for (auto _ : state) {
    const auto run = foyer::testing::runCommand("cd " + g_workDir.string() +
                                                " && LIBNFC_DEVICE='pcsc:Foyer test reader 00 00' LD_LIBRARY_PATH=" +
                                                libnfc.string() + " mrtdreader -p L898902C3 -b 740812 -e 120415");
    if (run.exitCode != 0 || run.output.find("Saving image") == std::string::npos) {
      state.SkipWithError("mrtdreader failed (make deps builds libnfc with the pcsc driver)");
    }
  }
}

}  // namespace

BENCHMARK(mrtdreader)->Iterations(1)->Repetitions(10)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(inProcess, bac, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(inProcess, pace_brainpool, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(overPcsc, bac, false)->Iterations(1)->Repetitions(10)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(overPcsc, pace_brainpool, true)->Iterations(1)->Repetitions(10)->ReportAggregatesOnly(true)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  using foyer::testing::ChildProcess;
  benchmark::Initialize(&argc, argv);
  const fs::path dir = fs::temp_directory_path() / ("foyer-chip-bench-" + std::to_string(getpid()));
  foyer::testing::PrivatePcscd pcscd(dir);
  if (const std::string problem = pcscd.start(); !problem.empty()) {
    std::cerr << "chip bench: " << problem << '\n';
    return 1;
  }
  const int port = pcscd.port();
  g_workDir = dir;
  ChildProcess card({FOYER_EMRTD_SIM_BINARY, "--mrz", kLine1, kLine2, "--port", std::to_string(port)}, {}, dir / "card.log");
  foyer::testing::waitUntil([&] { return card.output().find("card on the reader") != std::string::npos; }, std::chrono::seconds(20));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  card.stop(SIGTERM);
  return 0;
}
