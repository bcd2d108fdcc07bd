#include "screens/office/device_problem_page.hpp"
#include "screens/office/office_screens.hpp"

namespace foyer::screens::office {
namespace {

std::string_view messageKey(visit::PhotoStep::Problem problem) {
  using Problem = visit::PhotoStep::Problem;
  switch (problem) {
    case Problem::NoCamera: return "photo.problem.no_camera";
    case Problem::CameraLost: return "photo.problem.camera_lost";
    case Problem::OutOfOrder:
    case Problem::None: return "photo.problem.out_of_order";
  }
  return "photo.problem.out_of_order";
}

}  // namespace

// The camera failed: what happened, that staff can take the photo, and a way to try again.
void drawPhotoProblem(Ui& ui) {
  deviceProblemPage(ui,
                    {"photo.problem.title", messageKey(ui.view.visit.photo.problem), "photo.problem.staff",
                     "photo.problem.retry"},
                    "photo.retry");
}

}  // namespace foyer::screens::office
