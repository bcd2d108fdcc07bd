#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/fingerprint/fingerprint_limits.hpp"
#include "drivers/photo/photo_limits.hpp"
#include "kiosk/config/localized_text.hpp"

namespace foyer::config {

enum class TerminalMode { Office, Showroom };
enum class Renderer { OpenGl3, SdlRenderer };

struct TerminalConfig {
  std::string id;
  TerminalMode mode = TerminalMode::Office;
  LocalizedText name;
  std::string currency = "EUR";
};

struct DisplayConfig {
  Renderer renderer = Renderer::OpenGl3;
  int width = 1920;  // window size when the kiosk does not own a whole display
  int height = 1080;
  bool fullscreen = true;
  bool vsync = true;
};

struct UiConfig {
  std::vector<std::string> languages;
  std::string defaultLanguage;
  std::chrono::seconds idleTimeout{60};
  std::chrono::seconds idleCountdown{20};
  std::chrono::seconds attractSlide{4};
  double textScale = 1.0;
};

struct PathsConfig {
  std::filesystem::path assets;  // resolved against the config file's folder
  std::filesystem::path fonts;
  // What the terminal writes and keeps: the staff audit log (and the outbox). Created when missing.
  std::filesystem::path data = "/var/lib/foyer";
};

// The document station: a camera looking at the document for its MRZ, and a PC/SC reader for its chip.
struct DocumentConfig {
  // What cv::VideoCapture opens: "/dev/video0", a video or still image file (resolved against the config
  // file's folder), or a GStreamer pipeline (anything containing '!').
  std::string camera;
  std::string reader;                    // PC/SC reader name; empty: the first reader that has a card
  std::filesystem::path csca;            // trust anchors: a folder, a PEM file or a CSCA master list
  std::chrono::seconds mrzTimeout{20};   // no readable MRZ for this long: offer typing the data
  std::chrono::seconds chipWait{4};      // after the MRZ, how long to wait for a chip to answer
  std::chrono::milliseconds ocrInterval{150};  // at least this long between two frames read for the MRZ
};

// The photo station: a camera in front of the visitor, the ICAO checks and the crop.
struct PhotoConfig {
  // As document.camera; also a scripted camera ("*.playlist", the simulator).
  std::string camera;
  std::filesystem::path cascade = "/usr/share/opencv4/lbpcascades/lbpcascade_frontalface_improved.xml";
  // dlib's 68-point model: its training data (iBUG 300-W) excludes commercial use. See docs/photo.md.
  std::filesystem::path landmarks = "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
  // A face-embedding ONNX model for comparing the photo with the chip's portrait. Foyer ships none (no
  // model with a clear licence exists in Debian); empty: staff read "face match not available".
  std::filesystem::path faceModel;
  double faceMatchThreshold = photo::kDefaultFaceMatchThreshold;  // that model's similarity for "same person"
  int holdFrames = 5;                            // analysed frames in a row that meet every criterion
  bool requireLiveness = true;                   // a blink or a small head movement before the photo
  std::chrono::seconds attemptTimeout{45};       // no photo for this long: one failed attempt
  std::chrono::milliseconds frameTimeout{2000};  // no frame for this long: the camera is lost
  int staffHelpAfter = 3;                        // failed attempts before staff help is offered
  bool jpeg2000 = false;                         // the back office wants JPEG 2000 (else JPEG)
  int quality = 90;                              // JPEG quality 1-100, or JPEG 2000 compression ×1000
  photo::QualityLimits limits;
  photo::LivenessLimits liveness;
  photo::CropLayout crop;
};

// The fingerprint scanner and which fingers it asks for.
struct FingerprintConfig {
  // libfprint driver id ("virtual_image", "elan", ...) or part of the device name; empty: the first
  // scanner that delivers images.
  std::string device;
  int attemptsPerFinger = 3;  // tries on one finger before the next finger of that hand is asked for
  int exemptBelowAge = 6;     // younger visitors give no fingerprints (0: nobody is exempt)
  fingerprint::FingerprintLimits limits;
};

// The signature field: drawn at the document's signature-field proportions.
struct SignatureConfig {
  double aspectRatio = 4.0;  // the field's width / height on the document
  int imageWidth = 945;      // pixels of the stored image (80 mm at 300 dpi)
  double minInk = 1.0;       // drawn length, in field widths, below which the signature is refused
  double minSpan = 0.25;     // share of the field's width the signature must cover
  int minPoints = 10;
};

// A staff member who may open the supervisor panel: an id for the audit log and a salted PIN hash
// (argon2id, as `foyerctl staff hash-pin` writes it); never the PIN itself.
struct StaffMember {
  std::string id;
  std::string pinHash;
};

struct StaffConfig {
  std::vector<StaffMember> members;
  int maxFailures = 3;                    // wrong PINs in a row before the panel locks
  std::chrono::seconds lockout{300};      // how long it stays locked
  std::chrono::seconds idleTimeout{120};  // an open panel with no touch for this long closes by itself
};

// The card payment terminal (ZVT). An office visit with a fee needs one; without it the fee is paid at
// the counter and the visit ends with the ticket.
struct PaymentConfig {
  // "tcp://host:port" (port 20007 by ZVT custom) or "serial:/dev/ttyACM0" (optionally "?baud=115200");
  // empty: no payment terminal.
  std::string terminal;
  std::uint32_t password = 0;                 // the PT's 6-digit ZVT password
  int receiptColumns = 42;                    // the width the PT should lay its receipt out for
  std::chrono::milliseconds ackTimeout{5000};  // T3: command -> acknowledgement
  std::chrono::seconds completionTimeout{180};  // T4: acknowledgement -> completion, restarted by each message
  std::chrono::seconds connectTimeout{5};
};

// The receipt and ticket printer (ESC/POS).
struct PrinterConfig {
  // "tcp://host:9100", "file:/dev/usb/lp0" (the kernel's USB printer class device), "usb:04b8:0e28" (libusb),
  // or "file:/path/out.bin" (bytes to a file); empty: no printer (tickets shown on screen only).
  std::string device;
  int paperWidthDots = 576;   // printable dots: 576 for 80 mm at 203 dpi, 512 on 180-dpi models, 384 for 58 mm
  int columns = 48;           // Font A characters per line at that width
  std::string codeTable = "pc858";   // "pc858" (with EUR), "pc437", "wpc1252"
  std::string codeTableNumbering = "epson";  // "epson" or "star": the ESC t numbers differ
  bool qrCommand = true;      // the printer draws QR codes itself (GS ( k); false: sent as a picture
  std::filesystem::path receiptTemplate;  // resolved against the config file's folder
  std::filesystem::path ticketTemplate;
};

// What a service needs after the document: capture steps. They always come in this order, whatever
// order the service lists them in.
inline constexpr std::string_view kPhotoStep = "photo";
inline constexpr std::string_view kFingerprintsStep = "fingerprints";
inline constexpr std::string_view kSignatureStep = "signature";
inline constexpr std::string_view kCaptureSteps[] = {kPhotoStep, kFingerprintsStep, kSignatureStep};

struct ServiceConfig {
  std::string id;
  std::vector<std::string> steps;  // capture steps after the document step
  std::int64_t feeCents = 0;
  std::string ticketPrefix = "A";  // the queue ticket's letter(s): "A-017"
  LocalizedText title;
  LocalizedText description;
};

struct Config {
  std::filesystem::path sourceFile;
  TerminalConfig terminal;
  DisplayConfig display;
  UiConfig ui;
  PathsConfig paths;
  DocumentConfig document;
  PhotoConfig photo;
  FingerprintConfig fingerprint;
  SignatureConfig signature;
  StaffConfig staff;
  PaymentConfig payment;
  PrinterConfig printer;
  std::vector<ServiceConfig> services;

  [[nodiscard]] const ServiceConfig* findService(std::string_view id) const;
  // Whether the service needs the capture step `step` (e.g. kPhotoStep); false for an unknown service.
  [[nodiscard]] bool serviceNeeds(std::string_view serviceId, std::string_view step) const;
};

}  // namespace foyer::config
