#include "drivers/document/emrtd/pace.hpp"

#include <eac/eac.h>
#include <eac/objects.h>
#include <eac/pace.h>
#include <openssl/buffer.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "drivers/document/emrtd/ber_tlv.hpp"

namespace foyer::document::emrtd::pace {
namespace {

constexpr std::uint8_t kPasswordMrz = 0x01;
constexpr std::uint8_t kPasswordCan = 0x02;

void initialiseOpenPace() {
  static std::once_flag once;
  std::call_once(once, [] { EAC_init(); });
}

struct BufferDeleter {
  void operator()(BUF_MEM* buffer) const { BUF_MEM_clear_free(buffer); }
};
using Buffer = std::unique_ptr<BUF_MEM, BufferDeleter>;

// OpenSSL's BUF_MEM_create_init is exported by libeac but not declared; build the buffer by hand.
Buffer toBuffer(ByteView bytes) {
  Buffer buffer(BUF_MEM_new());
  if (!buffer || BUF_MEM_grow(buffer.get(), bytes.size()) == 0) return nullptr;
  if (!bytes.empty()) std::memcpy(buffer->data, bytes.data(), bytes.size());
  return buffer;
}

Bytes toBytes(const BUF_MEM* buffer) {
  if (buffer == nullptr) return {};
  const auto* data = reinterpret_cast<const std::uint8_t*>(buffer->data);
  return Bytes(data, data + buffer->length);
}

// GENERAL AUTHENTICATE data: the dynamic authentication template 7C around one object.
Bytes dynamicAuthenticationData(std::uint32_t tag, ByteView value) {
  const Bytes inner = value.empty() && tag == 0 ? Bytes{} : encodeTlv(tag, value);
  return encodeTlv(0x7C, view(inner));
}

std::expected<Bytes, std::string> objectFrom(ByteView data, std::uint32_t tag) {
  const auto outer = readTlv(data);
  if (!outer || outer->tag != 0x7C) return std::unexpected("GENERAL AUTHENTICATE data has no template 7C");
  const auto inner = findTlv(outer->value, tag);
  if (!inner) return std::unexpected("GENERAL AUTHENTICATE data lacks the expected object");
  return Bytes(inner->value.begin(), inner->value.end());
}

CommandApdu generalAuthenticate(bool last, std::uint32_t tag, ByteView value) {
  return CommandApdu{static_cast<std::uint8_t>(last ? 0x00 : 0x10), 0x86, 0x00, 0x00,
                     dynamicAuthenticationData(tag, value), 256};
}

std::expected<Bytes, std::string> stepAnswer(const ResponseApdu& response, std::uint32_t tag, const char* step) {
  if (!response.ok()) {
    return std::unexpected(std::string("the chip refused PACE at ") + step +
                           (response.sw == sw::kAuthenticationFailed ? " (wrong access key)" : ""));
  }
  return objectFrom(view(response.data), tag);
}

ResponseApdu answer(std::uint32_t tag, ByteView value) {
  return ResponseApdu{encodeTlv(0x7C, view(encodeTlv(tag, value))), sw::kOk};
}

EacContext contextFor(ByteView efCardAccess) {
  initialiseOpenPace();
  EacContext ctx(EAC_CTX_new());
  if (!ctx || EAC_CTX_init_ef_cardaccess(efCardAccess.data(), efCardAccess.size(), ctx.get()) != 1 ||
      ctx->pace_ctx == nullptr) {
    return nullptr;
  }
  return ctx;
}

Bytes protocolOid(const eac_ctx* ctx) {
  const ASN1_OBJECT* object = EAC_OBJ_nid2obj(ctx->pace_ctx->protocol);
  if (object == nullptr) return {};
  const auto* data = OBJ_get0_data(object);
  return Bytes(data, data + OBJ_length(object));
}

}  // namespace

void EacDeleter::operator()(eac_ctx* ctx) const { EAC_CTX_clear_free(ctx); }
void EacDeleter::operator()(pace_sec* secret) const { PACE_SEC_clear_free(secret); }

PaceSecret makeSecret(const AccessKey& key) {
  initialiseOpenPace();
  if (key.kind == AccessKey::Kind::Can) {
    return PaceSecret(PACE_SEC_new(key.secret.data(), key.secret.size(), PACE_CAN));
  }
  Bytes hash = mrzPasswordHash(key);
  PaceSecret secret(PACE_SEC_new(reinterpret_cast<const char*>(hash.data()), hash.size(), PACE_RAW));
  wipeBytes(hash);
  return secret;
}

SmSession sessionFrom(const eac_ctx* ctx) {
  const KA_CTX* ka = ctx->pace_ctx->ka_ctx;
  const int nid = EVP_CIPHER_get_nid(ka->cipher);
  const bool tripleDes = nid == NID_des_ede_cbc || nid == NID_des_ede3_cbc;
  return SmSession(tripleDes ? SmCipher::TripleDes : SmCipher::Aes, toBytes(ka->k_enc), toBytes(ka->k_mac),
                   Bytes(tripleDes ? 8 : 16, 0));
}

// --- terminal ---

TerminalPace::TerminalPace(EacContext ctx, PaceSecret secret, std::uint8_t passwordReference)
    : m_ctx(std::move(ctx)), m_secret(std::move(secret)), m_passwordReference(passwordReference) {}

std::expected<TerminalPace, std::string> TerminalPace::create(ByteView efCardAccess, const AccessKey& key) {
  EacContext ctx = contextFor(efCardAccess);
  if (!ctx) return std::unexpected("EF.CardAccess offers no PACE protocol this terminal supports");
  PaceSecret secret = makeSecret(key);
  if (!secret) return std::unexpected("the PACE password could not be prepared");
  return TerminalPace(std::move(ctx), std::move(secret),
                      key.kind == AccessKey::Kind::Can ? kPasswordCan : kPasswordMrz);
}

std::string TerminalPace::protocolName() const {
  const char* name = EAC_OBJ_nid2sn(m_ctx->pace_ctx->protocol);
  return name != nullptr ? name : "PACE";
}

CommandApdu TerminalPace::mseSetAt() const {
  const std::uint8_t reference[1] = {m_passwordReference};
  Bytes data = encodeTlv(0x80, view(protocolOid(m_ctx.get())));
  const Bytes password = encodeTlv(0x83, reference);
  data.insert(data.end(), password.begin(), password.end());
  return CommandApdu{0x00, 0x22, 0xC1, 0xA4, std::move(data), std::nullopt};
}

CommandApdu TerminalPace::requestNonce() const { return generalAuthenticate(false, 0, {}); }

std::expected<CommandApdu, std::string> TerminalPace::onNonce(const ResponseApdu& response) {
  auto nonce = stepAnswer(response, 0x80, "the nonce");
  if (!nonce) return std::unexpected(nonce.error());
  const Buffer encrypted = toBuffer(view(*nonce));
  if (PACE_STEP2_dec_nonce(m_ctx.get(), m_secret.get(), encrypted.get()) != 1) {
    return std::unexpected("the chip's nonce could not be decrypted");
  }
  const Buffer mapping(PACE_STEP3A_generate_mapping_data(m_ctx.get()));
  if (!mapping) return std::unexpected("PACE mapping data could not be generated");
  return generalAuthenticate(false, 0x81, view(toBytes(mapping.get())));
}

std::expected<CommandApdu, std::string> TerminalPace::onMappingData(const ResponseApdu& response) {
  auto mapping = stepAnswer(response, 0x82, "the mapping");
  if (!mapping) return std::unexpected(mapping.error());
  const Buffer chipMapping = toBuffer(view(*mapping));
  if (PACE_STEP3A_map_generator(m_ctx.get(), chipMapping.get()) != 1) {
    return std::unexpected("the chip's mapping data is invalid");
  }
  const Buffer ephemeral(PACE_STEP3B_generate_ephemeral_key(m_ctx.get()));
  if (!ephemeral) return std::unexpected("PACE ephemeral key could not be generated");
  return generalAuthenticate(false, 0x83, view(toBytes(ephemeral.get())));
}

std::expected<CommandApdu, std::string> TerminalPace::onEphemeralKey(const ResponseApdu& response) {
  auto key = stepAnswer(response, 0x84, "the key agreement");
  if (!key) return std::unexpected(key.error());
  m_chipEphemeralKey = *key;
  const Buffer chipKey = toBuffer(view(m_chipEphemeralKey));
  if (PACE_STEP3B_compute_shared_secret(m_ctx.get(), chipKey.get()) != 1 || PACE_STEP3C_derive_keys(m_ctx.get()) != 1) {
    return std::unexpected("the chip's ephemeral key is invalid");
  }
  const Buffer token(PACE_STEP3D_compute_authentication_token(m_ctx.get(), chipKey.get()));
  if (!token) return std::unexpected("PACE token could not be computed");
  return generalAuthenticate(true, 0x85, view(toBytes(token.get())));
}

std::expected<SmSession, std::string> TerminalPace::onToken(const ResponseApdu& response) {
  auto token = stepAnswer(response, 0x86, "the mutual authentication");
  if (!token) return std::unexpected(token.error());
  const Buffer chipToken = toBuffer(view(*token));
  if (PACE_STEP3D_verify_authentication_token(m_ctx.get(), chipToken.get()) != 1) {
    return std::unexpected("the chip's authentication token is wrong");
  }
  return sessionFrom(m_ctx.get());
}

// --- chip ---

ChipPace::ChipPace(Bytes efCardAccess, const AccessKey& mrz, std::optional<AccessKey> can)
    : m_efCardAccess(std::move(efCardAccess)), m_mrz(makeSecret(mrz)), m_can(can ? makeSecret(*can) : nullptr) {}

ResponseApdu ChipPace::fail(std::uint16_t status) {
  m_ctx.reset();
  m_step = 0;
  return ResponseApdu{{}, status};
}

std::optional<SmSession> ChipPace::takeSession() {
  auto session = std::move(m_session);
  m_session.reset();
  return session;
}

ResponseApdu ChipPace::handle(const CommandApdu& command) {
  if (command.ins == 0x22) {  // MSE:Set AT starts a new run
    m_ctx = contextFor(view(m_efCardAccess));
    m_step = 0;
    const auto oid = findTlv(view(command.data), 0x80);
    const auto reference = findTlv(view(command.data), 0x83);
    if (!m_ctx || !oid || !reference || reference->value.size() != 1) return fail(sw::kWrongData);
    const Bytes ours = protocolOid(m_ctx.get());
    if (!std::equal(oid->value.begin(), oid->value.end(), ours.begin(), ours.end())) return fail(sw::kWrongData);
    m_selected = reference->value[0] == kPasswordMrz ? m_mrz.get()
                 : reference->value[0] == kPasswordCan ? m_can.get()
                                                       : nullptr;
    if (m_selected == nullptr) return fail(sw::kWrongData);
    m_step = 1;
    return ResponseApdu{{}, sw::kOk};
  }
  if (command.ins != 0x86 || !m_ctx || m_step == 0) return fail(sw::kConditionsNotSatisfied);
  const auto outer = readTlv(view(command.data));
  if (!outer || outer->tag != 0x7C) return fail(sw::kWrongData);
  const auto object = [&](std::uint32_t tag) -> std::optional<Bytes> {
    auto inner = findTlv(outer->value, tag);
    if (!inner) return std::nullopt;
    return Bytes(inner->value.begin(), inner->value.end());
  };
  switch (m_step) {
    case 1: {
      const Buffer nonce(PACE_STEP1_enc_nonce(m_ctx.get(), m_selected));
      if (!nonce) return fail(sw::kConditionsNotSatisfied);
      m_step = 2;
      return answer(0x80, view(toBytes(nonce.get())));
    }
    case 2: {
      const auto terminalMapping = object(0x81);
      if (!terminalMapping) return fail(sw::kWrongData);
      const Buffer mapping(PACE_STEP3A_generate_mapping_data(m_ctx.get()));
      const Buffer theirs = toBuffer(view(*terminalMapping));
      if (!mapping || PACE_STEP3A_map_generator(m_ctx.get(), theirs.get()) != 1) return fail(sw::kWrongData);
      m_step = 3;
      return answer(0x82, view(toBytes(mapping.get())));
    }
    case 3: {
      const auto terminalKey = object(0x83);
      if (!terminalKey) return fail(sw::kWrongData);
      const Buffer ephemeral(PACE_STEP3B_generate_ephemeral_key(m_ctx.get()));
      if (!ephemeral) return fail(sw::kConditionsNotSatisfied);
      const Bytes ours = toBytes(ephemeral.get());
      // TR-03110 requires refusing a reflected key; OpenPACE leaves that check to the caller.
      if (ours == *terminalKey) return fail(sw::kWrongData);
      const Buffer theirs = toBuffer(view(*terminalKey));
      if (PACE_STEP3B_compute_shared_secret(m_ctx.get(), theirs.get()) != 1 || PACE_STEP3C_derive_keys(m_ctx.get()) != 1) {
        return fail(sw::kWrongData);
      }
      m_terminalEphemeralKey = *terminalKey;
      m_step = 4;
      return answer(0x84, view(ours));
    }
    case 4: {
      const auto terminalToken = object(0x85);
      if (!terminalToken) return fail(sw::kWrongData);
      const Buffer theirs = toBuffer(view(*terminalToken));
      if (PACE_STEP3D_verify_authentication_token(m_ctx.get(), theirs.get()) != 1) {
        return fail(sw::kAuthenticationFailed);
      }
      const Buffer terminalKey = toBuffer(view(m_terminalEphemeralKey));
      const Buffer token(PACE_STEP3D_compute_authentication_token(m_ctx.get(), terminalKey.get()));
      if (!token) return fail(sw::kConditionsNotSatisfied);
      m_session = sessionFrom(m_ctx.get());
      const ResponseApdu result = answer(0x86, view(toBytes(token.get())));
      m_ctx.reset();
      m_step = 0;
      return result;
    }
    default: return fail(sw::kConditionsNotSatisfied);
  }
}

}  // namespace foyer::document::emrtd::pace
