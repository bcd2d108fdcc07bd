#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace foyer::testing {

// A program started by a test, with its output in a file. Stopped (SIGKILL) on destruction if still running.
class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnvironment,
               const std::filesystem::path& outputFile);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  [[nodiscard]] pid_t pid() const { return m_pid; }
  // Sends `signal` and waits for the exit; returns the exit code, or 128 + signal number if killed.
  int stop(int signal);
  // Waits (up to `limit`) for the program to exit by itself; -1 if it did not.
  int waitForExit(std::chrono::seconds limit);
  [[nodiscard]] std::string output() const;

 private:
  pid_t m_pid = -1;
  std::filesystem::path m_outputFile;
};

struct CommandResult {
  int exitCode = -1;
  std::string output;  // stdout and stderr together
};

// Runs a shell command to its end and collects what it printed.
CommandResult runCommand(const std::string& command);

// Waits for a condition to become true: the test waits on what it needs, with a generous limit, and
// never sleeps a fixed time to let something happen.
bool waitUntil(const std::function<bool()>& condition, std::chrono::seconds limit);

}  // namespace foyer::testing
