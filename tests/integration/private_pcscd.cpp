#include "tests/integration/private_pcscd.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <sstream>

namespace foyer::testing {
namespace {

int freePort() {
  const int probe = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(probe, reinterpret_cast<sockaddr*>(&address), &size);
  close(probe);
  return ntohs(address.sin_port);
}

}  // namespace

PrivatePcscd::PrivatePcscd(std::filesystem::path directory) : m_directory(std::move(directory)) {}

PrivatePcscd::~PrivatePcscd() {
  if (m_pcscd) m_pcscd->stop(SIGTERM);
}

std::string PrivatePcscd::start() {
  if (runCommand("pgrep -x pcscd").exitCode == 0) {
    return "a pcscd is already running; stop it (systemctl stop pcscd.socket pcscd) first";
  }
  std::filesystem::create_directories(m_directory / "reader.conf.d");
  m_port = freePort();
  // vpcd takes its TCP port from CHANNELID; DEVICENAME /dev/null makes the driver the listening side.
  std::ofstream(m_directory / "reader.conf.d" / "vpcd") << "FRIENDLYNAME \"Foyer test reader\"\n"
                                                         << "DEVICENAME /dev/null:0x" << std::hex << m_port << "\n"
                                                         << "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
                                                         << "CHANNELID 0x" << m_port << "\n";
  m_pcscd = std::make_unique<ChildProcess>(
      std::vector<std::string>{"/usr/sbin/pcscd", "--foreground", "--info", "--config",
                               (m_directory / "reader.conf.d").string()},
      std::vector<std::string>{}, m_directory / "pcscd.log");
  if (!waitUntil([&] { return m_pcscd->output().find("daemon ready") != std::string::npos; }, std::chrono::seconds(20))) {
    return "pcscd did not get ready: " + m_pcscd->output();
  }
  return {};
}

std::unique_ptr<ChildProcess> PrivatePcscd::insertCard(const std::string& simulator, const std::vector<std::string>& mrz,
                                                      const std::string& extra) {
  std::vector<std::string> argv{simulator, "--port", std::to_string(m_port), "--csca-out",
                                (m_directory / "csca.pem").string(), "--mrz"};
  argv.insert(argv.end(), mrz.begin(), mrz.end());
  std::istringstream words(extra);
  for (std::string word; words >> word;) argv.push_back(word);
  auto card = std::make_unique<ChildProcess>(argv, std::vector<std::string>{}, m_directory / "card.log");
  if (!waitUntil([&] { return card->output().find("card on the reader") != std::string::npos; },
                 std::chrono::seconds(20))) {
    return nullptr;
  }
  return card;
}

}  // namespace foyer::testing
