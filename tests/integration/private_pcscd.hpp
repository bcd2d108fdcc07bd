#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tests/integration/child_process.hpp"

namespace foyer::testing {

// A pcscd of the test's own whose only reader is a vsmartcard vpcd slot on a free TCP port, where a
// simulated card (foyer-emrtd-sim --port) connects. pcscd's socket path is compiled in
// (/run/pcscd/pcscd.comm), so this cannot run beside a system pcscd: start() says so.
class PrivatePcscd {
 public:
  explicit PrivatePcscd(std::filesystem::path directory);
  ~PrivatePcscd();
  // Empty on success, else why pcscd could not be started.
  std::string start();
  [[nodiscard]] int port() const { return m_port; }
  // Puts the simulated eMRTD (foyer-emrtd-sim at `simulator`) with this MRZ on the reader and waits until
  // it is there; its CSCA goes to directory()/csca.pem. `extra`: more simulator options, space separated.
  // Null when the card did not arrive (its log is in directory()/card.log).
  std::unique_ptr<ChildProcess> insertCard(const std::string& simulator, const std::vector<std::string>& mrz,
                                           const std::string& extra = "");
  [[nodiscard]] const std::filesystem::path& directory() const { return m_directory; }

 private:
  std::filesystem::path m_directory;
  int m_port = 0;
  std::unique_ptr<ChildProcess> m_pcscd;
};

}  // namespace foyer::testing
