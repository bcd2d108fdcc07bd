#pragma once
// The office visit flow on a manual clock, with a scripted document reader: what the flow unit tests share.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "drivers/document/station/document_reader.hpp"
#include "drivers/fingerprint/station/fingerprint_scanner.hpp"
#include "drivers/photo/station/photo_camera.hpp"
#include "drivers/photo/station/photo_events.hpp"
#include "kiosk/flow/flow_engine.hpp"
#include "kiosk/flow/office/office_visit_flow.hpp"

namespace foyer::photo {
using PhotoReportValue = std::variant<PhotoGuidance, PhotoTaken, PhotoFailed>;
}

namespace foyer::flow::testing {

using std::chrono::seconds;

inline config::Config testConfig() {
  config::Config config;
  config.ui.languages = {"de", "en", "ar"};
  config.ui.defaultLanguage = "de";
  config.ui.idleTimeout = seconds(60);
  config.ui.idleCountdown = seconds(20);
  config::ServiceConfig service;
  service.id = "permit";
  service.feeCents = 10000;
  service.title.set("en", "Permit");
  config.services.push_back(service);
  config::ServiceConfig withPhoto;
  withPhoto.id = "permit-photo";
  withPhoto.steps = {"photo"};
  withPhoto.title.set("en", "Permit with photo");
  config.services.push_back(withPhoto);
  config::ServiceConfig everything;
  everything.id = "permit-biometrics";
  everything.steps = {"signature", "fingerprints", "photo"};  // any order: they come in the fixed one
  everything.title.set("en", "Permit with biometrics");
  config.services.push_back(everything);
  config::ServiceConfig fingersOnly;
  fingersOnly.id = "permit-fingers";
  fingersOnly.steps = {"fingerprints"};
  fingersOnly.title.set("en", "Fingerprints only");
  config.services.push_back(fingersOnly);
  config.fingerprint.attemptsPerFinger = 3;
  config.fingerprint.exemptBelowAge = 6;
  config.photo.staffHelpAfter = 3;
  config.photo.attemptTimeout = seconds(45);
  return config;
}

// The flow's side of the document station: it records what the flow asks for; the test then delivers
// the station's reports as events, as the real station's worker thread does. The station itself runs
// against pcscd and the simulated chip in foyer_document_ui_tests.
class ScriptedDocumentReader final : public document::DocumentReader {
 public:
  std::uint64_t start(document::ReadRequest request) override {
    typed.push_back(request.typedKey.has_value());
    running = true;
    return ++lastId;
  }
  void stop() override { running = false; }

  std::uint64_t lastId = 0;
  bool running = false;
  std::vector<bool> typed;  // per read: did it use typed access data
};

// The flow's side of the photo station, scripted the same way.
class ScriptedPhotoCamera final : public photo::PhotoCamera {
 public:
  std::uint64_t start(photo::ReferenceFace face) override {
    running = true;
    ++starts;
    reference = std::move(face);
    return ++lastId;
  }
  void stop() override { running = false; }
  [[nodiscard]] std::shared_ptr<const photo::PreviewFrame> latestPreview() const override { return nullptr; }

  std::uint64_t lastId = 0;
  bool running = false;
  int starts = 0;
  photo::ReferenceFace reference;  // what the last attempt compares the photo with
};

// The flow's side of the fingerprint scanner, scripted the same way.
class ScriptedFingerprintScanner final : public fingerprint::FingerprintScanner {
 public:
  std::uint64_t start(int position) override {
    running = true;
    asked.push_back(position);
    return ++lastId;
  }
  void stop() override { running = false; }

  std::uint64_t lastId = 0;
  bool running = false;
  std::vector<int> asked;  // the finger of every attempt, in order
};

inline fingerprint::CapturedFinger print(int position, bool good, double score) {
  fingerprint::CapturedFinger finger;
  finger.position = position;
  finger.width = 2;
  finger.height = 2;
  finger.grey = {10, 20, 30, 40};
  finger.png = {0x89, 'P', 'N', 'G'};
  finger.score = score;
  finger.pass = good;
  finger.hint = good ? "" : "fingerprint.hint.harder";
  return finger;
}

inline photo::CapturedPhoto takenPhoto() {
  photo::CapturedPhoto taken;
  taken.encoded = {0xFF, 0xD8, 0xFF, 0xD9};
  taken.width = 2;
  taken.height = 2;
  taken.rgba = std::vector<std::uint8_t>(16, 90);
  taken.liveness = "blink";
  return taken;
}

inline document::IdentityReading specimenReading() {
  document::IdentityReading reading;
  reading.surname = "MUSTERFRAU";
  reading.givenNames = "ERIKA";
  reading.documentNumber = "C01X00T47";
  reading.fromChip = true;
  reading.face = {2, 2, std::vector<std::uint8_t>(16, 200)};
  return reading;
}

class OfficeFlow : public ::testing::Test {
 protected:
  OfficeFlow() {
    m_engine.attach(Devices{.documentReader = &m_reader, .photoCamera = &m_camera, .fingerprintScanner = &m_scanner});
  }

  config::Config m_config = testConfig();
  ManualClock m_clock;
  ScriptedDocumentReader m_reader;
  ScriptedPhotoCamera m_camera;
  ScriptedFingerprintScanner m_scanner;
  FlowEngine m_engine{office::officeVisitFlow(), m_config, m_clock};

  void report(photo::PhotoReportValue value) {
    std::visit([this](auto&& event) { m_engine.events().post(std::forward<decltype(event)>(event)); }, std::move(value));
    m_engine.pump();
  }
  template <typename Event>
  void deliver(Event event) {
    m_engine.events().post(std::move(event));
    m_engine.pump();
  }
  void report(document::StationReport value) {
    std::visit([this](auto&& event) { m_engine.events().post(std::forward<decltype(event)>(event)); }, std::move(value));
    m_engine.pump();
  }
  void walkToDocument() {
    act(IntentKind::Start);
    act(IntentKind::ChooseLanguage, "ar");
    act(IntentKind::ChooseService, "permit");
  }

  void act(IntentKind kind, std::string value = {}) { m_engine.dispatch(Intent{kind, std::move(value)}); }
  void walkToSummary() {
    walkToDocument();
    report(document::DocumentReadDone{m_reader.lastId, specimenReading()});
    act(IntentKind::Confirm);
  }
  void wait(seconds by) {
    m_clock.advance(by);
    m_engine.pump();
  }
  bool passedCleanup() const {
    const auto& history = m_engine.history();
    return std::find(history.begin(), history.end(), "cleanup.wipe") != history.end();
  }
};

}  // namespace foyer::flow::testing
