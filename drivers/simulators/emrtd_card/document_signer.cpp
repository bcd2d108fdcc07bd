#include "drivers/simulators/emrtd_card/document_signer.hpp"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/openssl_handles.hpp"

namespace foyer::simulators::emrtd {
namespace {

using document::emrtd::openssl::Key;
using document::emrtd::openssl::Certificate;
using document::emrtd::openssl::Bio;
using document::emrtd::openssl::Cms;
using document::emrtd::openssl::Object;

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (extension == nullptr) return false;
  const bool ok = X509_add_ext(certificate, extension, -1) == 1;
  X509_EXTENSION_free(extension);
  return ok;
}

Certificate makeCertificate(EVP_PKEY* key, const std::string& country, const char* commonName, X509* issuer,
                            EVP_PKEY* issuerKey, bool ca, long serial) {
  Certificate certificate(X509_new());
  X509_set_version(certificate.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serial);
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -86400L);
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 86400);
  X509_NAME* name = X509_get_subject_name(certificate.get());
  X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(country.c_str()), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Foyer test PKI"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
  X509_set_issuer_name(certificate.get(), issuer != nullptr ? X509_get_subject_name(issuer) : name);
  X509_set_pubkey(certificate.get(), key);
  X509* issuerCertificate = issuer != nullptr ? issuer : certificate.get();
  const bool extensions =
      addExtension(certificate.get(), issuerCertificate, NID_basic_constraints, ca ? "critical,CA:TRUE,pathlen:0" : "critical,CA:FALSE") &&
      addExtension(certificate.get(), issuerCertificate, NID_key_usage, ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature") &&
      addExtension(certificate.get(), issuerCertificate, NID_subject_key_identifier, "hash") &&
      addExtension(certificate.get(), issuerCertificate, NID_authority_key_identifier, "keyid:always");
  if (!extensions || X509_sign(certificate.get(), issuerKey, EVP_sha256()) == 0) return nullptr;
  return certificate;
}

std::string pem(X509* certificate) {
  Bio bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_X509(bio.get(), certificate);
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

}  // namespace

std::expected<SigningResult, std::string> signSecurityObject(ByteView ldsSecurityObject, const std::string& country) {
  const Key cscaKey(EVP_EC_gen("P-256"));
  const Key signerKey(EVP_EC_gen("P-256"));
  if (!cscaKey || !signerKey) return std::unexpected("EC key generation failed");
  const Certificate csca = makeCertificate(cscaKey.get(), country, "Foyer test CSCA", nullptr, cscaKey.get(), true, 1);
  if (!csca) return std::unexpected("CSCA certificate could not be made");
  const Certificate signer =
      makeCertificate(signerKey.get(), country, "Foyer test document signer", csca.get(), cscaKey.get(), false, 2);
  if (!signer) return std::unexpected("document signer certificate could not be made");

  Bio content(BIO_new_mem_buf(ldsSecurityObject.data(), static_cast<int>(ldsSecurityObject.size())));
  const unsigned flags = CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;
  Cms cms(CMS_sign(signer.get(), signerKey.get(), nullptr, nullptr, flags));
  const Object contentType(OBJ_txt2obj("2.23.136.1.1.1", 1));
  if (!cms || CMS_set1_eContentType(cms.get(), contentType.get()) != 1 ||
      CMS_final(cms.get(), content.get(), nullptr, CMS_BINARY) != 1) {
    return std::unexpected("CMS signing failed");
  }
  unsigned char* der = nullptr;
  const int size = i2d_CMS_ContentInfo(cms.get(), &der);
  if (size <= 0) return std::unexpected("CMS encoding failed");
  const Bytes signedData(der, der + size);
  OPENSSL_free(der);
  return SigningResult{document::emrtd::encodeTlv(0x77, document::emrtd::view(signedData)), pem(csca.get()),
                       pem(signer.get())};
}

}  // namespace foyer::simulators::emrtd
