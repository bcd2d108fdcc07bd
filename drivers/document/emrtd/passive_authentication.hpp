#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "drivers/document/emrtd/chip_reader.hpp"

struct x509_store_st;

// Passive authentication (ICAO 9303-11 §5.1): the document signer's signature over the SOD, its chain to a
// trusted country signing CA, and the hash of every data group read.
namespace foyer::document::emrtd {

// Trust anchors: CSCA certificates from a folder (PEM or DER files) and/or an ICAO/German CSCA master list
// (CMS SignedData whose content is a CscaMasterList).
class CscaStore {
 public:
  CscaStore();
  ~CscaStore();
  CscaStore(CscaStore&&) noexcept;
  CscaStore& operator=(CscaStore&&) noexcept;

  // Adds every certificate found; returns how many. Unreadable files are skipped and named in `problems`.
  std::size_t addFolder(const std::filesystem::path& folder, std::vector<std::string>& problems);
  std::size_t addMasterList(const std::filesystem::path& file, std::vector<std::string>& problems);
  std::size_t addPem(const std::string& pem);
  // What an operator configures: a folder, a PEM file, or a master list file. Missing paths are a problem.
  std::size_t addPath(const std::filesystem::path& path, std::vector<std::string>& problems);
  [[nodiscard]] std::size_t size() const { return m_count; }
  [[nodiscard]] x509_store_st* store() const { return m_store.get(); }

 private:
  struct Free {
    void operator()(x509_store_st* store) const;
  };
  std::unique_ptr<x509_store_st, Free> m_store;
  std::size_t m_count = 0;
};

struct DataGroupCheck {
  int number = 0;
  bool listed = false;   // the SOD holds a hash for it
  bool matches = false;
};

struct PassiveAuthentication {
  enum class Verdict {
    Valid,          // signed by a known country and every data group is as signed
    IssuerUnknown,  // signature and hashes fine, but no trusted CSCA for the signer
    Invalid,        // altered data, a broken signature or a malformed SOD
  };
  Verdict verdict = Verdict::Invalid;
  std::string reason;    // for staff and logs; never personal data
  std::string signer;    // document signer subject
  std::vector<DataGroupCheck> dataGroups;
};

PassiveAuthentication verifyPassive(const ChipContents& contents, const CscaStore& trust);
const char* verdictName(PassiveAuthentication::Verdict verdict);

}  // namespace foyer::document::emrtd
