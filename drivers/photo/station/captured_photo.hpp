#pragma once
#include <cstdint>
#include <string>
#include <vector>

// The photo taken for the document, as the visit keeps it until the record is sealed: the encoded file
// for the back office, the same picture as RGBA for the result screen, and what the checks measured.
// Plain values (no OpenCV), so the flow and screens can hold it. Every copy wipes its pixels when it goes.
namespace foyer::photo {

struct MeasuredCriterion {
  std::string name;  // criterionName(): "face_size", "roll", ...
  bool pass = false;
  double value = 0;
  double low = 0;
  double high = 0;
};

// The live face against the document chip's portrait (DG2), for staff only: the visitor never sees it.
struct FaceMatch {
  enum class Outcome {
    NotAvailable,       // no face model configured or loadable: `detail` says which
    NoReference,        // the document gave no portrait (no chip, or the chip was not read)
    NoFaceInReference,  // the chip's portrait has no face the finder could use
    Compared,           // `score` holds the similarity
  };
  Outcome outcome = Outcome::NotAvailable;
  double score = 0;      // cosine similarity of the two faces' embeddings, -1 to 1
  double threshold = 0;  // at or above: the same person (photo.face_match_threshold)
  std::string detail;    // why there is no score; never personal data
  [[nodiscard]] bool samePerson() const { return outcome == Outcome::Compared && score >= threshold; }
};
// Stable English names for records and logs: "not_available", "no_reference", "no_face_in_reference", "compared".
const char* faceMatchOutcomeName(FaceMatch::Outcome outcome);

struct CapturedPhoto {
  enum class Format { Jpeg, Jpeg2000 };
  std::vector<std::uint8_t> encoded;
  Format format = Format::Jpeg;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;          // width x height x 4
  std::vector<MeasuredCriterion> quality;  // of the frame it was cut from
  std::string liveness;                    // "blink", "head_movement" or "not_required"
  FaceMatch faceMatch;

  CapturedPhoto() = default;
  CapturedPhoto(const CapturedPhoto&) = default;
  CapturedPhoto(CapturedPhoto&&) noexcept = default;
  CapturedPhoto& operator=(const CapturedPhoto& other);
  CapturedPhoto& operator=(CapturedPhoto&& other) noexcept;
  ~CapturedPhoto();
  void wipe();
};

// Zeroes a buffer in a way the compiler may not leave out, then empties it.
void wipeBytes(std::vector<std::uint8_t>& bytes);

}  // namespace foyer::photo
