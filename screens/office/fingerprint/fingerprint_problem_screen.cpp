#include "screens/office/device_problem_page.hpp"
#include "screens/office/office_screens.hpp"

namespace foyer::screens::office {
namespace {

std::string_view messageKey(visit::FingerprintStep::Problem problem) {
  using Problem = visit::FingerprintStep::Problem;
  switch (problem) {
    case Problem::NoScanner: return "fingerprint.problem.no_scanner";
    case Problem::ScannerLost: return "fingerprint.problem.scanner_lost";
    case Problem::OutOfOrder:
    case Problem::None: return "fingerprint.problem.out_of_order";
  }
  return "fingerprint.problem.out_of_order";
}

}  // namespace

// The scanner is missing, unplugged or failed: what happened, that prints taken are kept, and a way to
// try again (the scanner is looked for anew).
void drawFingerprintProblem(Ui& ui) {
  deviceProblemPage(ui,
                    {"fingerprint.problem.title", messageKey(ui.view.visit.fingerprints.problem), "fingerprint.problem.staff",
                     "fingerprint.problem.retry"},
                    "fingerprint.retry");
}

}  // namespace foyer::screens::office
