#include "drivers/document/emrtd/passive_authentication.hpp"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <fstream>
#include <iterator>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/openssl_handles.hpp"

namespace foyer::document::emrtd {
namespace {

using openssl::Bio;
using openssl::Cms;
using openssl::StoreCtx;
using openssl::Object;

constexpr const char* kLdsSecurityObjectOid = "2.23.136.1.1.1";
constexpr const char* kMasterListOid = "2.23.136.1.1.2";

PassiveAuthentication invalid(std::string reason) {
  PassiveAuthentication result;
  result.verdict = PassiveAuthentication::Verdict::Invalid;
  result.reason = std::move(reason);
  return result;
}

Bytes readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Cms parseCms(ByteView der) {
  const unsigned char* cursor = der.data();
  return Cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
}

bool contentTypeIs(CMS_ContentInfo* cms, const char* oid) {
  const Object expected(OBJ_txt2obj(oid, 1));
  return OBJ_cmp(CMS_get0_eContentType(cms), expected.get()) == 0;
}

// The CMS content after the signer's signature and message digest checked out.
std::optional<Bytes> verifiedContent(CMS_ContentInfo* cms) {
  Bio out(BIO_new(BIO_s_mem()));
  if (CMS_verify(cms, nullptr, nullptr, nullptr, out.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1) {
    return std::nullopt;
  }
  char* data = nullptr;
  const long size = BIO_get_mem_data(out.get(), &data);
  return Bytes(reinterpret_cast<std::uint8_t*>(data), reinterpret_cast<std::uint8_t*>(data) + size);
}

const EVP_MD* digestFor(ByteView oidContent) {
  const Bytes der = encodeTlv(0x06, oidContent);
  const unsigned char* cursor = der.data();
  const Object object(d2i_ASN1_OBJECT(nullptr, &cursor, static_cast<long>(der.size())));
  if (!object) return nullptr;
  return EVP_get_digestbynid(OBJ_obj2nid(object.get()));
}

struct SignedHashes {
  const EVP_MD* digest = nullptr;
  std::vector<std::pair<int, Bytes>> hashes;
};

// LDSSecurityObject ::= SEQUENCE { version INTEGER, hashAlgorithm AlgorithmIdentifier,
//                                  dataGroupHashValues SEQUENCE OF { INTEGER, OCTET STRING }, ... }
std::optional<SignedHashes> parseSecurityObject(ByteView der) {
  const auto outer = readTlv(der);
  if (!outer || outer->tag != 0x30) return std::nullopt;
  const auto fields = readTlvList(outer->value);
  if (!fields || fields->size() < 3 || (*fields)[0].tag != 0x02 || (*fields)[1].tag != 0x30 || (*fields)[2].tag != 0x30) {
    return std::nullopt;
  }
  const auto algorithm = findTlv((*fields)[1].value, 0x06);
  if (!algorithm) return std::nullopt;
  SignedHashes result;
  result.digest = digestFor(algorithm->value);
  if (result.digest == nullptr) return std::nullopt;
  const auto entries = readTlvList((*fields)[2].value);
  if (!entries) return std::nullopt;
  for (const Tlv& entry : *entries) {
    const auto parts = readTlvList(entry.value);
    if (!parts || parts->size() != 2 || (*parts)[0].tag != 0x02 || (*parts)[1].tag != 0x04 ||
        (*parts)[0].value.size() != 1) {
      return std::nullopt;
    }
    result.hashes.emplace_back((*parts)[0].value[0], Bytes((*parts)[1].value.begin(), (*parts)[1].value.end()));
  }
  return result;
}

Bytes hashOf(const EVP_MD* digest, ByteView data) {
  Bytes out(static_cast<std::size_t>(EVP_MD_get_size(digest)));
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), out.data(), &size, digest, nullptr);
  out.resize(size);
  return out;
}

std::string subjectOf(X509* certificate) {
  char buffer[256] = {};
  X509_NAME_oneline(X509_get_subject_name(certificate), buffer, sizeof buffer);
  return buffer;
}

}  // namespace

void CscaStore::Free::operator()(x509_store_st* store) const { X509_STORE_free(store); }

CscaStore::CscaStore() : m_store(X509_STORE_new()) {}
CscaStore::~CscaStore() = default;
CscaStore::CscaStore(CscaStore&&) noexcept = default;
CscaStore& CscaStore::operator=(CscaStore&&) noexcept = default;

std::size_t CscaStore::addPem(const std::string& pem) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  std::size_t added = 0;
  while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    if (X509_STORE_add_cert(m_store.get(), certificate) == 1) ++added;
    X509_free(certificate);
  }
  ERR_clear_error();  // the loop ends on "no start line"
  m_count += added;
  return added;
}

std::size_t CscaStore::addPath(const std::filesystem::path& path, std::vector<std::string>& problems) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return addFolder(path, problems);
  if (!std::filesystem::exists(path, error)) {
    problems.push_back(path.string() + " does not exist");
    return 0;
  }
  // A single file: PEM certificates, else a CSCA master list (which reports its own problems).
  std::ifstream in(path);
  const std::size_t pem = addPem(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  return pem > 0 ? pem : addMasterList(path, problems);
}

std::size_t CscaStore::addFolder(const std::filesystem::path& folder, std::vector<std::string>& problems) {
  std::size_t added = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (!entry.is_regular_file()) continue;
    const Bytes bytes = readFile(entry.path());
    std::size_t fromFile = addPem(std::string(bytes.begin(), bytes.end()));
    if (fromFile == 0) {
      const unsigned char* cursor = bytes.data();
      if (X509* certificate = d2i_X509(nullptr, &cursor, static_cast<long>(bytes.size()))) {
        if (X509_STORE_add_cert(m_store.get(), certificate) == 1) fromFile = 1;
        X509_free(certificate);
        m_count += fromFile;
      }
    }
    if (fromFile == 0) problems.push_back(entry.path().string() + ": no certificate");
    added += fromFile;
  }
  if (error) problems.push_back(folder.string() + ": " + error.message());
  ERR_clear_error();
  return added;
}

std::size_t CscaStore::addMasterList(const std::filesystem::path& file, std::vector<std::string>& problems) {
  const Bytes bytes = readFile(file);
  Cms cms = parseCms(view(bytes));
  if (!cms || !contentTypeIs(cms.get(), kMasterListOid)) {
    problems.push_back(file.string() + ": not a CSCA master list");
    return 0;
  }
  // The list's own signature is checked; its signer chains to a CSCA inside the list, which the
  // administrator vouches for by installing the file.
  const auto content = verifiedContent(cms.get());
  if (!content) {
    problems.push_back(file.string() + ": master list signature does not verify");
    return 0;
  }
  // CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }
  const auto list = readTlv(view(*content));
  const auto certificates = list ? findTlv(list->value, 0x31) : std::nullopt;
  if (!certificates) {
    problems.push_back(file.string() + ": master list content is malformed");
    return 0;
  }
  std::size_t added = 0;
  auto entries = readTlvList(certificates->value);
  if (!entries) return 0;
  for (const Tlv& entry : *entries) {
    const Bytes der = encodeTlv(entry.tag, entry.value);
    const unsigned char* cursor = der.data();
    if (X509* certificate = d2i_X509(nullptr, &cursor, static_cast<long>(der.size()))) {
      if (X509_STORE_add_cert(m_store.get(), certificate) == 1) ++added;
      X509_free(certificate);
    }
  }
  ERR_clear_error();
  m_count += added;
  return added;
}

const char* verdictName(PassiveAuthentication::Verdict verdict) {
  switch (verdict) {
    case PassiveAuthentication::Verdict::Valid: return "valid";
    case PassiveAuthentication::Verdict::IssuerUnknown: return "issuer unknown";
    case PassiveAuthentication::Verdict::Invalid: return "invalid";
  }
  return "invalid";
}

PassiveAuthentication verifyPassive(const ChipContents& contents, const CscaStore& trust) {
  const auto sod = readTlv(view(contents.sod));
  if (!sod || sod->tag != 0x77) return invalid("EF.SOD is missing or does not start with tag 77");
  Cms cms = parseCms(sod->value);
  if (!cms) return invalid("EF.SOD holds no CMS SignedData");
  if (!contentTypeIs(cms.get(), kLdsSecurityObjectOid)) return invalid("EF.SOD does not sign an LDS security object");
  const auto content = verifiedContent(cms.get());
  if (!content) {
    ERR_clear_error();
    return invalid("the document signer's signature over EF.SOD does not verify");
  }
  STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
  if (signers == nullptr || sk_X509_num(signers) != 1) {
    sk_X509_free(signers);
    return invalid("EF.SOD does not carry exactly one document signer certificate");
  }
  X509* signer = sk_X509_value(signers, 0);
  sk_X509_free(signers);

  PassiveAuthentication result;
  result.signer = subjectOf(signer);
  const auto signedHashes = parseSecurityObject(view(*content));
  if (!signedHashes) return invalid("the LDS security object is malformed");
  bool allMatch = true;
  for (const auto& [number, file] : contents.dataGroups) {
    DataGroupCheck check{number, false, false};
    for (const auto& [listed, hash] : signedHashes->hashes) {
      if (listed != number) continue;
      check.listed = true;
      const Bytes actual = hashOf(signedHashes->digest, view(file));
      check.matches = actual.size() == hash.size() && CRYPTO_memcmp(actual.data(), hash.data(), hash.size()) == 0;
    }
    allMatch = allMatch && check.matches;
    result.dataGroups.push_back(check);
  }
  if (!allMatch) {
    result.verdict = PassiveAuthentication::Verdict::Invalid;
    result.reason = "a data group differs from what the document signer signed";
    return result;
  }

  StoreCtx ctx(X509_STORE_CTX_new());
  X509_STORE_CTX_init(ctx.get(), trust.store(), signer, nullptr);
  // Document signer certificates expire while the documents they signed stay valid (ICAO 9303-12 §5.3).
  X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
  X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
  if (X509_verify_cert(ctx.get()) == 1) {
    result.verdict = PassiveAuthentication::Verdict::Valid;
    result.reason = "signed by a trusted country signing CA; every data group matches";
    return result;
  }
  const int error = X509_STORE_CTX_get_error(ctx.get());
  ERR_clear_error();
  if (error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
      error == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) {
    result.verdict = PassiveAuthentication::Verdict::IssuerUnknown;
    result.reason = "no trusted country signing CA for this document signer";
    return result;
  }
  result.verdict = PassiveAuthentication::Verdict::Invalid;
  result.reason = std::string("document signer certificate: ") + X509_verify_cert_error_string(error);
  return result;
}

}  // namespace foyer::document::emrtd
