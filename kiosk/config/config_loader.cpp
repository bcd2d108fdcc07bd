#include "kiosk/config/config_loader.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "kiosk/config/toml_reader.hpp"

namespace foyer::config {
namespace {

using Issues = std::vector<ConfigIssue>;

// What the screens can show without scrolling at the smallest supported window (1280x720).
constexpr std::size_t kMaxLanguages = 18;
constexpr std::size_t kMaxServices = 10;

// Ids end up in widget ids, records and logs: keep them to a plain, readable alphabet.
bool isPlainId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!plain) return false;
  }
  return true;
}

void readTerminal(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("terminal", true);
  if (table == nullptr) return;
  TomlReader reader(*table, "terminal", file, issues);
  reader.read("id", config.terminal.id, true);
  std::string mode = "office";
  reader.read("mode", mode);
  if (mode == "office") {
    config.terminal.mode = TerminalMode::Office;
  } else if (mode == "showroom") {
    config.terminal.mode = TerminalMode::Showroom;
  } else {
    reader.invalid("mode", "must be \"office\" or \"showroom\", not \"" + mode + "\"");
  }
  reader.read("name", config.terminal.name);
  reader.read("currency", config.terminal.currency);
  if (config.terminal.currency.size() != 3) reader.invalid("currency", "must be a three-letter ISO 4217 code");
  reader.finish();
}

void readDisplay(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("display");
  if (table == nullptr) return;
  TomlReader reader(*table, "display", file, issues);
  std::string renderer = "opengl3";
  reader.read("renderer", renderer);
  if (renderer == "opengl3") {
    config.display.renderer = Renderer::OpenGl3;
  } else if (renderer == "sdl") {
    config.display.renderer = Renderer::SdlRenderer;
  } else {
    reader.invalid("renderer", "must be \"opengl3\" or \"sdl\", not \"" + renderer + "\"");
  }
  reader.read("width", config.display.width);
  reader.read("height", config.display.height);
  if (config.display.width < 640 || config.display.width > 7680) reader.invalid("width", "must be 640 to 7680 pixels");
  if (config.display.height < 480 || config.display.height > 7680) reader.invalid("height", "must be 480 to 7680 pixels");
  reader.read("fullscreen", config.display.fullscreen);
  reader.read("vsync", config.display.vsync);
  reader.finish();
}

void readMilliseconds(TomlReader& reader, std::string_view key, std::chrono::milliseconds& out, int min, int max) {
  int milliseconds = static_cast<int>(out.count());
  reader.read(key, milliseconds);
  if (milliseconds < min || milliseconds > max) {
    reader.invalid(key, "must be " + std::to_string(min) + " to " + std::to_string(max) + " milliseconds");
    return;
  }
  out = std::chrono::milliseconds(milliseconds);
}

void readSeconds(TomlReader& reader, std::string_view key, std::chrono::seconds& out, int min, int max) {
  int seconds = static_cast<int>(out.count());
  reader.read(key, seconds);
  if (seconds < min || seconds > max) {
    reader.invalid(key, "must be " + std::to_string(min) + " to " + std::to_string(max) + " seconds");
    return;
  }
  out = std::chrono::seconds(seconds);
}

void readUi(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  config.ui.languages = {"de", "en"};
  config.ui.defaultLanguage = "de";
  const toml::table* table = root.table("ui");
  if (table == nullptr) return;
  TomlReader reader(*table, "ui", file, issues);
  reader.read("languages", config.ui.languages);
  if (config.ui.languages.empty()) reader.invalid("languages", "must name at least one language");
  if (config.ui.languages.size() > kMaxLanguages) {
    reader.invalid("languages", "at most " + std::to_string(kMaxLanguages) + " languages fit on the picker");
  }
  std::set<std::string, std::less<>> seen;
  for (const std::string& language : config.ui.languages) {
    if (!seen.insert(language).second) reader.invalid("languages", "names \"" + language + "\" twice");
  }
  config.ui.defaultLanguage = config.ui.languages.empty() ? "en" : config.ui.languages.front();
  reader.read("default_language", config.ui.defaultLanguage);
  if (!seen.empty() && !seen.contains(config.ui.defaultLanguage)) {
    reader.invalid("default_language", "\"" + config.ui.defaultLanguage + "\" is not in ui.languages");
  }
  readSeconds(reader, "idle_timeout_s", config.ui.idleTimeout, 10, 3600);
  readSeconds(reader, "idle_countdown_s", config.ui.idleCountdown, 5, 300);
  readSeconds(reader, "attract_slide_s", config.ui.attractSlide, 1, 120);
  reader.read("text_scale", config.ui.textScale);
  // Written so that NaN (valid TOML: "nan") fails too.
  if (!(config.ui.textScale >= 0.5 && config.ui.textScale <= 3.0)) reader.invalid("text_scale", "must be 0.5 to 3.0");
  reader.finish();
}

void readPaths(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  std::string assets = "../assets";
  std::string fonts = "/usr/share/fonts/truetype/noto";
  std::string data = config.paths.data.string();
  if (const toml::table* table = root.table("paths")) {
    TomlReader reader(*table, "paths", file, issues);
    reader.read("assets", assets);
    reader.read("fonts", fonts);
    reader.read("data", data);
    if (data.empty()) reader.invalid("data", "must name a folder");
    reader.finish();
  }
  config.paths.assets = (base / assets).lexically_normal();
  config.paths.fonts = (base / fonts).lexically_normal();  // an absolute path replaces the base
  config.paths.data = (base / data).lexically_normal();
}

// Device paths look like paths; a GStreamer pipeline has '!' between its elements and stays as written.
std::string resolveCamera(const std::filesystem::path& base, const std::string& camera) {
  if (camera.empty() || camera.find('!') != std::string::npos || camera.starts_with("/dev/")) return camera;
  return (base / camera).lexically_normal().string();
}

// A file path beside the config file (an absolute one stays as written); absent or empty: unchanged.
void readRelativePath(TomlReader& reader, const char* key, const std::filesystem::path& base, std::filesystem::path& target) {
  std::string path;
  reader.read(key, path);
  if (!path.empty()) target = (base / path).lexically_normal();
}

void readDocument(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("document");
  if (table == nullptr) return;
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  TomlReader reader(*table, "document", file, issues);
  DocumentConfig& document = config.document;
  reader.read("camera", document.camera);
  document.camera = resolveCamera(base, document.camera);
  reader.read("reader", document.reader);
  readRelativePath(reader, "csca", base, document.csca);
  readSeconds(reader, "mrz_timeout_s", document.mrzTimeout, 5, 300);
  readSeconds(reader, "chip_wait_s", document.chipWait, 1, 60);
  readMilliseconds(reader, "ocr_interval_ms", document.ocrInterval, 0, 5000);
  reader.finish();
}

void readDouble(TomlReader& reader, std::string_view key, double& out, double min, double max) {
  double value = out;
  reader.read(key, value);
  // Written so that NaN (valid TOML: "nan") fails too.
  if (!(value >= min && value <= max)) {
    reader.invalid(key, "must be " + std::to_string(min) + " to " + std::to_string(max));
    return;
  }
  out = value;
}

void readInt(TomlReader& reader, std::string_view key, int& out, int min, int max) {
  int value = out;
  reader.read(key, value);
  if (value < min || value > max) {
    reader.invalid(key, "must be " + std::to_string(min) + " to " + std::to_string(max));
    return;
  }
  out = value;
}

void readPhotoLimits(TomlReader& photo, photo::QualityLimits& limits, const std::string& file, Issues& issues) {
  const toml::table* table = photo.table("limits");
  if (table == nullptr) return;
  TomlReader reader(*table, "photo.limits", file, issues);
  readDouble(reader, "centre_tolerance", limits.centreTolerance, 0.01, 0.5);
  readDouble(reader, "eye_line_min", limits.eyeLineMin, 0.0, 1.0);
  readDouble(reader, "eye_line_max", limits.eyeLineMax, 0.0, 1.0);
  readDouble(reader, "min_eye_distance_px", limits.minInterEye, 30, 2000);
  readDouble(reader, "max_eye_distance_share", limits.maxInterEyeShare, 0.05, 1.0);
  readDouble(reader, "max_roll_deg", limits.maxRoll, 1, 45);
  readDouble(reader, "max_yaw_deg", limits.maxYaw, 1, 45);
  readDouble(reader, "max_pitch_deg", limits.maxPitch, 1, 45);
  readDouble(reader, "min_eyes_open", limits.minEyesOpen, 0, 0.5);
  readDouble(reader, "max_mouth_open", limits.maxMouthOpen, 0, 0.5);
  readDouble(reader, "min_brightness", limits.minBrightness, 0, 1);
  readDouble(reader, "max_brightness", limits.maxBrightness, 0, 1);
  readDouble(reader, "min_balance", limits.minBalance, 0, 1);
  readDouble(reader, "min_sharpness", limits.minSharpness, 0, 1000);
  readDouble(reader, "min_background", limits.minBackground, 0, 1);
  readDouble(reader, "max_background_spread", limits.maxBackgroundSpread, 0, 1);
  readDouble(reader, "max_glare", limits.maxGlare, 0, 1);
  if (limits.eyeLineMin >= limits.eyeLineMax) reader.invalid("eye_line_max", "must be above eye_line_min");
  if (limits.minBrightness >= limits.maxBrightness) reader.invalid("max_brightness", "must be above min_brightness");
  reader.finish();
}

void readPhoto(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("photo");
  if (table == nullptr) return;
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  TomlReader reader(*table, "photo", file, issues);
  PhotoConfig& photo = config.photo;
  reader.read("camera", photo.camera);
  photo.camera = resolveCamera(base, photo.camera);
  readRelativePath(reader, "cascade", base, photo.cascade);
  readRelativePath(reader, "landmarks", base, photo.landmarks);
  readRelativePath(reader, "face_model", base, photo.faceModel);
  readDouble(reader, "face_match_threshold", photo.faceMatchThreshold, -1, 1);
  readInt(reader, "hold_frames", photo.holdFrames, 1, 100);
  reader.read("require_liveness", photo.requireLiveness);
  readSeconds(reader, "attempt_timeout_s", photo.attemptTimeout, 10, 600);
  int frameTimeout = static_cast<int>(photo.frameTimeout.count());
  readInt(reader, "frame_timeout_ms", frameTimeout, 200, 30000);
  photo.frameTimeout = std::chrono::milliseconds(frameTimeout);
  readInt(reader, "staff_help_after", photo.staffHelpAfter, 1, 20);
  std::string format = photo.jpeg2000 ? "jpeg2000" : "jpeg";
  reader.read("format", format);
  if (format != "jpeg" && format != "jpeg2000") reader.invalid("format", "must be \"jpeg\" or \"jpeg2000\"");
  photo.jpeg2000 = format == "jpeg2000";
  readInt(reader, "quality", photo.quality, 1, 1000);
  readPhotoLimits(reader, photo.limits, file, issues);
  if (const toml::table* liveness = reader.table("liveness")) {
    TomlReader live(*liveness, "photo.liveness", file, issues);
    readDouble(live, "blink_drop", photo.liveness.blinkDrop, 0.1, 0.95);
    readDouble(live, "blink_reopen", photo.liveness.blinkReopen, 0.1, 1.0);
    readDouble(live, "min_parallax", photo.liveness.minParallax, 0.005, 0.5);
    live.finish();
  }
  if (const toml::table* crop = reader.table("crop")) {
    TomlReader layout(*crop, "photo.crop", file, issues);
    readInt(layout, "width", photo.crop.width, 240, 2000);
    readDouble(layout, "face_height", photo.crop.faceHeight, 0.5, 0.9);
    readDouble(layout, "eye_line", photo.crop.eyeLine, 0.3, 0.5);
    layout.finish();
  }
  reader.finish();
}

void readFingerprint(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("fingerprint");
  if (table == nullptr) return;
  TomlReader reader(*table, "fingerprint", file, issues);
  FingerprintConfig& fingerprint = config.fingerprint;
  reader.read("device", fingerprint.device);
  readInt(reader, "attempts_per_finger", fingerprint.attemptsPerFinger, 1, 10);
  readInt(reader, "exempt_below_age", fingerprint.exemptBelowAge, 0, 18);
  if (const toml::table* limits = reader.table("limits")) {
    TomlReader limit(*limits, "fingerprint.limits", file, issues);
    fingerprint::FingerprintLimits& l = fingerprint.limits;
    readDouble(limit, "pixels_per_mm", l.pixelsPerMm, 5, 60);
    readDouble(limit, "min_finger_mm2", l.minFingerMm2, 1, 500);
    readDouble(limit, "min_area_mm2", l.minAreaMm2, 10, 1000);
    readDouble(limit, "max_off_centre", l.maxOffCentre, 0.01, 1);
    readDouble(limit, "max_darkness", l.maxDarkness, 1, 255);
    readDouble(limit, "min_contrast", l.minContrast, 0, 255);
    readDouble(limit, "min_flow", l.minFlow, 0, 1);
    readDouble(limit, "min_score", l.minScore, 0, 100);
    readDouble(limit, "expected_area_mm2", l.expectedAreaMm2, 10, 1000);
    if (l.minFingerMm2 > l.minAreaMm2) limit.invalid("min_area_mm2", "must not be below min_finger_mm2");
    limit.finish();
  }
  reader.finish();
}

void readSignature(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("signature");
  if (table == nullptr) return;
  TomlReader reader(*table, "signature", file, issues);
  SignatureConfig& signature = config.signature;
  readDouble(reader, "aspect_ratio", signature.aspectRatio, 1.5, 8);
  readInt(reader, "image_width", signature.imageWidth, 200, 4000);
  readDouble(reader, "min_ink", signature.minInk, 0, 20);
  readDouble(reader, "min_span", signature.minSpan, 0, 1);
  readInt(reader, "min_points", signature.minPoints, 0, 1000);
  reader.finish();
}

void readStaff(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("staff");
  if (table == nullptr) return;
  TomlReader reader(*table, "staff", file, issues);
  StaffConfig& staff = config.staff;
  readInt(reader, "max_failures", staff.maxFailures, 1, 10);
  readSeconds(reader, "lockout_s", staff.lockout, 10, 86400);
  readSeconds(reader, "idle_timeout_s", staff.idleTimeout, 15, 3600);
  std::set<std::string, std::less<>> ids;
  std::size_t index = 0;
  for (const toml::table* entry : reader.tableArray("members")) {
    TomlReader member(*entry, "staff.members[" + std::to_string(index++) + "]", file, issues);
    StaffMember person;
    member.read("id", person.id, true);
    member.read("pin_hash", person.pinHash, true);
    if (!person.id.empty() && !isPlainId(person.id)) member.invalid("id", "must be 1 to 64 of a-z, 0-9, '-' and '_'");
    if (!person.id.empty() && !ids.insert(person.id).second) member.invalid("id", "\"" + person.id + "\" is used twice");
    // Only a salted hash belongs here: a PIN written in plain text is refused, not hashed on the fly.
    if (!person.pinHash.empty() && !person.pinHash.starts_with("$argon2id$")) {
      member.invalid("pin_hash", "must be an argon2id hash (make one with `foyerctl staff hash-pin`)");
    }
    member.finish();
    staff.members.push_back(std::move(person));
  }
  reader.finish();
}

bool isDeviceAddress(std::string_view value, std::initializer_list<std::string_view> schemes) {
  for (std::string_view scheme : schemes) {
    if (value.starts_with(scheme) && value.size() > scheme.size()) return true;
  }
  return false;
}

void readPayment(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("payment");
  if (table == nullptr) return;
  TomlReader reader(*table, "payment", file, issues);
  PaymentConfig& payment = config.payment;
  reader.read("terminal", payment.terminal);
  if (!payment.terminal.empty() && !isDeviceAddress(payment.terminal, {"tcp://", "serial:"})) {
    reader.invalid("terminal", "must be \"tcp://HOST:PORT\" or \"serial:/dev/DEVICE\" (or empty: no payment terminal)");
  }
  std::string password = "000000";
  reader.read("password", password);
  if (password.size() != 6 || password.find_first_not_of("0123456789") != std::string::npos) {
    reader.invalid("password", "must be the terminal's 6-digit ZVT password, as a string (\"123456\")");
  } else {
    payment.password = static_cast<std::uint32_t>(std::stoul(password));
  }
  readInt(reader, "receipt_columns", payment.receiptColumns, 20, 80);
  readMilliseconds(reader, "ack_timeout_ms", payment.ackTimeout, 500, 60000);
  readSeconds(reader, "completion_timeout_s", payment.completionTimeout, 10, 900);
  readSeconds(reader, "connect_timeout_s", payment.connectTimeout, 1, 60);
  reader.finish();
}

void readPrinter(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  const toml::table* table = root.table("printer");
  if (table == nullptr) return;
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  TomlReader reader(*table, "printer", file, issues);
  PrinterConfig& printer = config.printer;
  reader.read("device", printer.device);
  if (!printer.device.empty() && !isDeviceAddress(printer.device, {"tcp://", "file:", "usb:"})) {
    reader.invalid("device", "must be \"tcp://HOST:PORT\", \"file:/PATH\" or \"usb:VID:PID\" (or empty: no printer)");
  }
  readInt(reader, "paper_width_dots", printer.paperWidthDots, 200, 1024);
  if (printer.paperWidthDots % 8 != 0) reader.invalid("paper_width_dots", "must be a multiple of 8");
  readInt(reader, "columns", printer.columns, 20, 80);
  reader.read("code_table", printer.codeTable);
  if (printer.codeTable != "pc858" && printer.codeTable != "pc437" && printer.codeTable != "wpc1252") {
    reader.invalid("code_table", "must be \"pc858\", \"pc437\" or \"wpc1252\"");
  }
  reader.read("code_table_numbering", printer.codeTableNumbering);
  if (printer.codeTableNumbering != "epson" && printer.codeTableNumbering != "star") {
    reader.invalid("code_table_numbering", "must be \"epson\" or \"star\"");
  }
  reader.read("qr_command", printer.qrCommand);
  readRelativePath(reader, "receipt_template", base, printer.receiptTemplate);
  readRelativePath(reader, "ticket_template", base, printer.ticketTemplate);
  reader.finish();
}

void readServices(TomlReader& root, Config& config, const std::string& file, Issues& issues) {
  std::set<std::string, std::less<>> ids;
  std::size_t index = 0;
  for (const toml::table* table : root.tableArray("services", config.terminal.mode == TerminalMode::Office)) {
    TomlReader reader(*table, "services[" + std::to_string(index++) + "]", file, issues);
    ServiceConfig service;
    const std::size_t before = issues.size();
    reader.read("id", service.id, true);
    if (issues.size() == before && !isPlainId(service.id)) {
      reader.invalid("id", "must be 1 to 64 of a-z, 0-9, '-' and '_'");
    }
    reader.read("fee_cents", service.feeCents, true);
    if (service.feeCents < 0 || service.feeCents > 10'000'000) {
      reader.invalid("fee_cents", "must be 0 to 10000000 (cents)");
    }
    reader.read("ticket_prefix", service.ticketPrefix);
    if (service.ticketPrefix.empty() || service.ticketPrefix.size() > 3 ||
        service.ticketPrefix.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      reader.invalid("ticket_prefix", "must be 1 to 3 capital letters A-Z");
    }
    reader.read("title", service.title, true);
    reader.read("description", service.description);
    reader.read("steps", service.steps);
    for (const std::string& step : service.steps) {
      if (std::find(std::begin(kCaptureSteps), std::end(kCaptureSteps), step) == std::end(kCaptureSteps)) {
        reader.invalid("steps", "unknown step \"" + step + "\" (known: \"photo\", \"fingerprints\", \"signature\")");
      }
    }
    if (!service.id.empty() && !ids.insert(service.id).second) {
      reader.invalid("id", "service id \"" + service.id + "\" is used twice");
    }
    reader.finish();
    config.services.push_back(std::move(service));
  }
  if (config.services.size() > kMaxServices) {
    root.invalid("services", "at most " + std::to_string(kMaxServices) + " services fit on the screen");
  }
}

}  // namespace

const ServiceConfig* Config::findService(std::string_view id) const {
  for (const ServiceConfig& service : services) {
    if (service.id == id) return &service;
  }
  return nullptr;
}

bool Config::serviceNeeds(std::string_view serviceId, std::string_view step) const {
  const ServiceConfig* service = findService(serviceId);
  return service != nullptr && std::find(service->steps.begin(), service->steps.end(), step) != service->steps.end();
}

std::string ConfigIssue::describe() const {
  std::ostringstream out;
  out << file;
  if (line > 0) out << ':' << line << ':' << column;
  out << ": ";
  if (!key.empty()) out << key << ": ";
  out << message;
  return out.str();
}

std::string ConfigError::describe() const {
  std::string text;
  for (const ConfigIssue& issue : issues) {
    if (!text.empty()) text += '\n';
    text += issue.describe();
  }
  return text;
}

std::expected<Config, ConfigError> parseConfig(std::string_view text, const std::filesystem::path& file) {
  const std::string fileName = file.string();
  toml::table root;
  try {
    root = toml::parse(text, fileName);
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    return std::unexpected(ConfigError{{ConfigIssue{fileName, static_cast<int>(where.line),
                                                    static_cast<int>(where.column), "",
                                                    std::string(error.description())}}});
  }

  Config config;
  config.sourceFile = file;
  Issues issues;
  TomlReader reader(root, "", fileName, issues);
  readTerminal(reader, config, fileName, issues);
  readDisplay(reader, config, fileName, issues);
  readUi(reader, config, fileName, issues);
  readPaths(reader, config, fileName, issues);
  readDocument(reader, config, fileName, issues);
  readPhoto(reader, config, fileName, issues);
  readFingerprint(reader, config, fileName, issues);
  readSignature(reader, config, fileName, issues);
  readStaff(reader, config, fileName, issues);
  readPayment(reader, config, fileName, issues);
  readPrinter(reader, config, fileName, issues);
  readServices(reader, config, fileName, issues);
  reader.finish();
  if (!issues.empty()) return std::unexpected(ConfigError{std::move(issues)});
  return config;
}

std::expected<Config, ConfigError> loadConfig(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return std::unexpected(ConfigError{{ConfigIssue{file.string(), 0, 0, "", "cannot open the file"}}});
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parseConfig(content.str(), file);
}

}  // namespace foyer::config
