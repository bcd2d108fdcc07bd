#include "drivers/photo/station/photo_station.hpp"

#include <algorithm>
#include <optional>

#include <opencv2/imgproc.hpp>

#include "drivers/camera/frame_source.hpp"
#include "drivers/photo/auto_capture.hpp"
#include "drivers/photo/icao_crop.hpp"
#include "drivers/photo/photo_quality.hpp"

namespace foyer::photo {
namespace {

// Cameras block until a frame is there; a file or a still picture would answer at once. Never faster
// than this, so no source can spin a core.
constexpr auto kShortestFramePeriod = std::chrono::milliseconds(16);
// How often the analysis looks at the clock while no frame comes.
constexpr auto kWatchPeriod = std::chrono::milliseconds(100);

// `image` (grey, BGR or BGRA) as RGBA rows into `rgba`, which is sized to fit.
void toRgba(const cv::Mat& image, std::vector<std::uint8_t>& rgba) {
  rgba.resize(static_cast<std::size_t>(image.cols) * static_cast<std::size_t>(image.rows) * 4);
  cv::Mat out(image.rows, image.cols, CV_8UC4, rgba.data());
  const int code = image.channels() == 1 ? cv::COLOR_GRAY2RGBA
                   : image.channels() == 4 ? cv::COLOR_BGRA2RGBA
                                           : cv::COLOR_BGR2RGBA;
  cv::cvtColor(image, out, code);
}

std::shared_ptr<const PreviewFrame> makePreview(const cv::Mat& frame, int maxWidth, std::uint64_t serial) {
  cv::Mat scaled = frame;
  if (frame.cols > maxWidth && maxWidth > 0) {
    const double factor = static_cast<double>(maxWidth) / frame.cols;
    cv::resize(frame, scaled, cv::Size(), factor, factor, cv::INTER_AREA);
  }
  auto preview = std::make_shared<PreviewFrame>();
  preview->serial = serial;
  preview->width = scaled.cols;
  preview->height = scaled.rows;
  toRgba(scaled, preview->rgba);
  return preview;
}

void wipeMat(cv::Mat& mat) {
  // Only the last holder of the pixels clears them; a shared frame is still in use elsewhere.
  if (!mat.empty() && mat.u != nullptr && mat.u->refcount == 1 && mat.isContinuous()) mat.setTo(cv::Scalar::all(0));
  mat.release();
}

std::vector<MeasuredCriterion> measured(const QualityReport& report) {
  std::vector<MeasuredCriterion> out;
  out.reserve(report.results.size());
  for (const CriterionResult& r : report.results) {
    out.push_back({criterionName(r.criterion), r.pass, r.value, r.low, r.high});
  }
  return out;
}

const char* signName(LivenessSign sign) {
  switch (sign) {
    case LivenessSign::Blink: return "blink";
    case LivenessSign::HeadMovement: return "head_movement";
    case LivenessSign::None: break;
  }
  return "not_required";
}

}  // namespace

PreviewFrame::~PreviewFrame() { wipeBytes(rgba); }

PhotoStation::PhotoStation(PhotoSettings settings, Report report)
    : m_settings(std::move(settings)), m_report(std::move(report)) {
  m_grabber = std::jthread([this](const std::stop_token& stop) { grab(stop); });
  m_analyser = std::jthread([this](const std::stop_token& stop) { analyse(stop); });
}

PhotoStation::~PhotoStation() {
  m_grabber.request_stop();
  m_analyser.request_stop();
  m_wake.notify_all();
  m_grabber.join();
  m_analyser.join();
  wipeMat(m_frame);
}

std::uint64_t PhotoStation::start(ReferenceFace reference) {
  std::lock_guard lock(m_mutex);
  m_activeId = ++m_lastId;
  m_reference = std::move(reference);
  wipeMat(m_frame);
  m_preview.reset();
  m_lastFrameAt = std::chrono::steady_clock::now();
  m_wake.notify_all();
  return m_activeId;
}

void PhotoStation::stop() {
  std::lock_guard lock(m_mutex);
  m_activeId = 0;
  wipeMat(m_frame);
  m_preview.reset();
  m_wake.notify_all();
}

std::shared_ptr<const PreviewFrame> PhotoStation::latestPreview() const {
  std::lock_guard lock(m_mutex);
  return m_preview;
}

void PhotoStation::reportIfActive(std::uint64_t id, PhotoReport report) {
  {
    std::lock_guard lock(m_mutex);
    if (m_activeId != id) return;
  }
  m_report(std::move(report));
}

void PhotoStation::finish(std::uint64_t id, PhotoReport report) {
  {
    std::lock_guard lock(m_mutex);
    if (m_activeId != id) return;
    m_activeId = 0;
    wipeMat(m_frame);
    m_preview.reset();
    m_wake.notify_all();
  }
  m_report(std::move(report));
}

void PhotoStation::grab(const std::stop_token& stop) {
  while (!stop.stop_requested()) {
    std::uint64_t id = 0;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, stop, [this] { return m_activeId != 0; });
      if (stop.stop_requested()) return;
      id = m_activeId;
    }
    auto source = camera::FrameSource::open(m_settings.camera);
    if (!source) {
      finish(id, PhotoFailed{id, PhotoFailed::Kind::NoCamera, source.error().message});
      continue;
    }
    {
      std::lock_guard lock(m_mutex);
      m_lastFrameAt = std::chrono::steady_clock::now();  // opening a camera may take a while
    }
    auto due = std::chrono::steady_clock::now();
    while (!stop.stop_requested()) {
      {
        std::lock_guard lock(m_mutex);
        if (m_activeId != id) break;
      }
      std::this_thread::sleep_until(due);
      due = std::max(due + kShortestFramePeriod, std::chrono::steady_clock::now());
      auto frame = (*source)->next();
      if (!frame) {
        finish(id, PhotoFailed{id, PhotoFailed::Kind::CameraLost, frame.error().message});
        break;
      }
      if (frame->empty()) continue;
      std::lock_guard lock(m_mutex);
      if (m_activeId != id) break;
      wipeMat(m_frame);
      m_frame = std::move(*frame);
      m_lastFrameAt = std::chrono::steady_clock::now();
      m_preview = makePreview(m_frame, m_settings.previewWidth, ++m_frameSerial);
      m_wake.notify_all();
    }
    source->reset();  // closes the camera between attempts
  }
}

void PhotoStation::analyse(const std::stop_token& stop) {
  // The landmark model takes about a second to load: once, before the first visitor comes.
  auto loaded = FaceFinder::load(m_settings.models);
  std::string modelError = loaded ? "" : loaded.error();
  if (loaded) m_finder = std::make_unique<FaceFinder>(std::move(*loaded));
  if (!m_settings.faceModel.empty()) {
    auto matcher = FaceMatcher::load(m_settings.faceModel);
    if (matcher) {
      m_matcher.emplace(std::move(*matcher));
    } else {
      m_matcherError = matcher.error();
    }
  } else {
    m_matcherError = "no face model configured";
  }
  {
    std::lock_guard lock(m_mutex);
    m_lastFrameAt = std::chrono::steady_clock::now();  // the frame timeout counts from when frames may come
    m_wake.notify_all();
  }

  AutoCapture rule(m_settings.holdFrames, m_settings.requireLiveness, m_settings.liveness);
  std::uint64_t attempt = 0;
  std::uint64_t analysedSerial = 0;
  while (!stop.stop_requested()) {
    cv::Mat frame;
    std::uint64_t id = 0;
    bool timedOut = false;
    ReferenceFace reference;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait_for(lock, stop, kWatchPeriod,
                      [&] { return m_activeId != 0 && (m_frameSerial != analysedSerial || m_activeId != attempt); });
      if (stop.stop_requested()) return;
      id = m_activeId;
      if (id == 0) {
        m_referenceEmbedding.wipe();  // the attempt is over: its visitor's face goes with it
        continue;
      }
      if (id != attempt) reference = std::move(m_reference);
      if (m_frameSerial != analysedSerial && !m_frame.empty()) {
        frame = m_frame;  // shares the pixels; the grabber puts the next frame into a new buffer
        analysedSerial = m_frameSerial;
      }
      timedOut = frame.empty() && std::chrono::steady_clock::now() - m_lastFrameAt > m_settings.frameTimeout;
    }
    if (!m_finder) {
      attempt = id;
      finish(id, PhotoFailed{id, PhotoFailed::Kind::NoModels, modelError});
      continue;
    }
    if (id != attempt) {
      attempt = id;
      rule.reset();
      prepareReference(std::move(reference));
    }
    if (timedOut) {
      finish(id, PhotoFailed{id, PhotoFailed::Kind::CameraLost,
                             "no frame from the camera for " + std::to_string(m_settings.frameTimeout.count()) + " ms"});
      continue;
    }
    if (frame.empty()) continue;

    const std::vector<FaceLandmarks> faces = m_finder->find(frame);
    const QualityReport quality = assessQuality(frame, faces, m_settings.limits);
    CaptureStep step = rule.add(quality, faces);
    std::optional<CropPlan> plan;
    if (step.capture && quality.face) plan = planCrop(*quality.face, frame.size(), m_settings.crop);
    if (plan && !plan->insideFrame) {
      step.capture = false;  // the photo would need picture the camera does not have: keep guiding
      step.hint = "photo.hint.back";
    }
    PhotoGuidance guidance{id, !faces.empty(), step.hint, step.passingFrames, rule.holdFrames(), step.alive,
                           measured(quality)};
    reportIfActive(id, std::move(guidance));
    if (step.capture && plan) {
      PhotoTaken taken = takePhoto(id, frame, *plan, quality, rule.sign());
      taken.photo.faceMatch = compareWithReference(frame, faces.front());
      if (taken.photo.encoded.empty()) {
        finish(id, PhotoFailed{id, PhotoFailed::Kind::NoModels, "the photo could not be encoded"});
      } else {
        finish(id, std::move(taken));
      }
    }
    wipeMat(frame);
  }
}

void PhotoStation::prepareReference(ReferenceFace reference) {
  m_referenceEmbedding.wipe();
  m_referenceStatus = FaceMatch{};
  m_referenceStatus.threshold = m_settings.faceMatchThreshold;
  if (!m_matcher) {
    m_referenceStatus.detail = "face match not available: " + m_matcherError;
    return;
  }
  if (reference.empty() || reference.width <= 0 || reference.height <= 0 ||
      reference.rgba.size() != static_cast<std::size_t>(reference.width) * static_cast<std::size_t>(reference.height) * 4) {
    m_referenceStatus.outcome = FaceMatch::Outcome::NoReference;
    m_referenceStatus.detail = "the document gave no portrait";
    return;
  }
  cv::Mat rgba(reference.height, reference.width, CV_8UC4, reference.rgba.data());
  cv::Mat bgr;
  cv::cvtColor(rgba, bgr, cv::COLOR_RGBA2BGR);
  const std::vector<FaceLandmarks> faces = m_finder->find(bgr);
  if (faces.empty()) {
    m_referenceStatus.outcome = FaceMatch::Outcome::NoFaceInReference;
    m_referenceStatus.detail = "no face found in the document's portrait";
  } else {
    m_referenceEmbedding = m_matcher->embed(bgr, faces.front());
    if (m_referenceEmbedding.empty()) {
      m_referenceStatus.detail = "face match not available: the model gave no embedding for the document's portrait";
    }
  }
  wipeMat(bgr);
}

FaceMatch PhotoStation::compareWithReference(const cv::Mat& frame, const FaceLandmarks& face) {
  if (m_referenceEmbedding.empty() || !m_matcher) return m_referenceStatus;
  FaceMatch match = m_referenceStatus;
  FaceEmbedding live = m_matcher->embed(frame, face);
  if (live.empty()) {
    match.detail = "face match not available: the model gave no embedding for the photo";
    return match;
  }
  match.outcome = FaceMatch::Outcome::Compared;
  match.score = similarity(live, m_referenceEmbedding);
  return match;
}

PhotoTaken PhotoStation::takePhoto(std::uint64_t id, const cv::Mat& frame, const CropPlan& plan,
                                   const QualityReport& quality, LivenessSign sign) const {
  PhotoTaken taken;
  taken.attemptId = id;
  cv::Mat photo = cropPhoto(frame, plan);
  const PhotoFormat format =
      m_settings.format == CapturedPhoto::Format::Jpeg2000 ? PhotoFormat::Jpeg2000 : PhotoFormat::Jpeg;
  if (auto encoded = encodePhoto(photo, format, m_settings.quality)) taken.photo.encoded = std::move(*encoded);
  taken.photo.format = m_settings.format;
  taken.photo.width = photo.cols;
  taken.photo.height = photo.rows;
  toRgba(photo, taken.photo.rgba);
  wipeMat(photo);
  taken.photo.quality = measured(quality);
  taken.photo.liveness = m_settings.requireLiveness ? signName(sign) : "not_required";
  return taken;
}

}  // namespace foyer::photo
