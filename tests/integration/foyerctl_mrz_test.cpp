// foyerctl mrz parse and mrz read: the MRZ code from the command line, as IT staff and scripts use it.
#include <filesystem>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "tests/integration/child_process.hpp"
#include "tests/support/synthetic_document.hpp"

namespace foyer::testing {
namespace {

CommandResult foyerctl(const std::string& arguments) {
  return runCommand("ASAN_OPTIONS=detect_leaks=0 " + std::string(FOYERCTL_BINARY) + " " + arguments);
}

nlohmann::json jsonOf(const CommandResult& run) {
  return nlohmann::json::parse(run.output, nullptr, /*allow_exceptions=*/false);
}

TEST(FoyerctlMrz, ParsesACorruptedPassportAndReportsChecksAndCorrections) {
  // The ICAO TD3 specimen read with two O-for-0 confusions.
  const auto run = foyerctl(
      "mrz parse --json --year 2026 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' "
      "'L8989O2C36UTO74O8122F1204159ZE184226B<<<<<10'");
  ASSERT_EQ(run.exitCode, 0) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["format"], "TD3");
  EXPECT_EQ(report["valid"], true);
  EXPECT_EQ(report["fields"]["document_number"], "L898902C3");
  EXPECT_EQ(report["fields"]["birth_date"], "1974-08-12");
  EXPECT_EQ(report["fields"]["secondary_identifiers"], nlohmann::json({"ANNA", "MARIA"}));
  EXPECT_EQ(report["checks"].size(), 5U);
  for (const auto& check : report["checks"]) EXPECT_EQ(check["ok"], true) << check.dump();
  ASSERT_EQ(report["corrections"].size(), 2U);
}

TEST(FoyerctlMrz, FailingCheckDigitExitsOneAndNamesTheField) {
  const auto run = foyerctl(
      "mrz parse --json --no-correct 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' "
      "'L898902C36UTO7408132F1204159ZE184226B<<<<<10'");
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["valid"], false);
  bool birthFailed = false;
  for (const auto& check : report["checks"]) {
    if (check["field"] == "birth_date") birthFailed = check["ok"] == false;
  }
  EXPECT_TRUE(birthFailed) << run.output;
}

TEST(FoyerctlMrz, TextThatIsNoMrzExitsTwoWithAReason) {
  const auto run = foyerctl("mrz parse 'P<UTO' 'L898'");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("expected 2 lines of 44 or 36"), std::string::npos) << run.output;
  EXPECT_EQ(foyerctl("mrz parse onlyone").exitCode, 2);
  EXPECT_EQ(foyerctl("").exitCode, 2);
}

// A photo of a synthetic document as a PNG file, removed with the test.
class MrzImageFile {
 public:
  explicit MrzImageFile(const cv::Mat& image, const std::string& name = "document.png")
      : m_folder(std::filesystem::temp_directory_path() / ("foyer-mrz-read-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(m_folder);
    m_path = m_folder / name;
    cv::imwrite(m_path.string(), image);
  }
  ~MrzImageFile() { std::filesystem::remove_all(m_folder); }
  MrzImageFile(const MrzImageFile&) = delete;
  MrzImageFile& operator=(const MrzImageFile&) = delete;
  [[nodiscard]] std::string path() const { return m_path.string(); }

 private:
  std::filesystem::path m_folder;
  std::filesystem::path m_path;
};

TEST(FoyerctlMrzRead, ReadsAPhotographedPassportWithConfidence) {
  const auto document = randomDocument(document::mrz::Format::TD3, 2026);
  const MrzImageFile file(document.image);
  const auto run = foyerctl("mrz read --json --year 2026 " + file.path());
  ASSERT_EQ(run.exitCode, 0) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["format"], "TD3");
  EXPECT_EQ(report["valid"], true);
  EXPECT_EQ(report["lines"], nlohmann::json(document.mrz));
  ASSERT_EQ(report["ocr"]["raw_lines"].size(), 2U);
  EXPECT_EQ(report["ocr"]["raw_lines"][0].get<std::string>().size(), 44U);
  const double mean = report["ocr"]["mean_confidence"];
  const double lowest = report["ocr"]["min_confidence"];
  EXPECT_GT(lowest, 0.3);
  EXPECT_LE(lowest, mean);
  EXPECT_LE(mean, 1.0);
  EXPECT_NEAR(report["ocr"]["skew_degrees"].get<double>(), document.conditions.rotationDegrees, 0.2);
}

TEST(FoyerctlMrzRead, PrintsAnIdentityCardForPeople) {
  const auto document = randomDocument(document::mrz::Format::TD1, 7);
  const MrzImageFile file(document.image, "card.jpg");
  const auto run = foyerctl("mrz read --year 2026 " + file.path());
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_NE(run.output.find("TD1  valid"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("OCR line 3"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("confidence"), std::string::npos) << run.output;
}

TEST(FoyerctlMrzRead, AWrongCheckDigitOnTheDocumentExitsOne) {
  // Printed so: the reading is right, the document is not.
  const std::vector<std::string> printed = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                            "L898902C36UTO7408123F1204159ZE184226B<<<<<10"};
  CaptureConditions conditions;
  conditions.rotationDegrees = -1;
  const MrzImageFile file(renderDocument(document::mrz::Format::TD3, printed, conditions, 3).image);
  const auto run = foyerctl("mrz read --json --year 2026 " + file.path());
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["valid"], false);
  EXPECT_EQ(report["ocr"]["raw_lines"], nlohmann::json(printed));
}

TEST(FoyerctlMrzRead, NoMrzNoImageOrNoFontExitsTwoWithTheReason) {
  const MrzImageFile file(documentWithoutMrz(document::mrz::Format::TD3, 4).image);
  const auto none = foyerctl("mrz read --json " + file.path());
  EXPECT_EQ(none.exitCode, 2) << none.output;
  const auto report = jsonOf(none);
  ASSERT_FALSE(report.is_discarded()) << none.output;
  EXPECT_EQ(report["error"]["kind"], "no_mrz_found");

  const auto missing = foyerctl("mrz read /nonexistent/photo.png");
  EXPECT_EQ(missing.exitCode, 2) << missing.output;
  EXPECT_NE(missing.output.find("/nonexistent/photo.png"), std::string::npos) << missing.output;
  const auto notAnImage =
      foyerctl("mrz read --json " + std::string(FOYER_SOURCE_DIR) + "/tests/data/mrz/specimens.txt");
  EXPECT_EQ(notAnImage.exitCode, 2) << notAnImage.output;
  EXPECT_EQ(jsonOf(notAnImage)["error"]["kind"], "no_image") << notAnImage.output;
  const auto noFont = foyerctl("mrz read --font /nonexistent/OCRB.otf " + file.path());
  EXPECT_EQ(noFont.exitCode, 2) << noFont.output;
  EXPECT_NE(noFont.output.find("/nonexistent/OCRB.otf"), std::string::npos) << noFont.output;
  EXPECT_EQ(foyerctl("mrz read").exitCode, 2);
}

}  // namespace
}  // namespace foyer::testing
