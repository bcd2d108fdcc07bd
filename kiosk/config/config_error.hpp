#pragma once
#include <string>
#include <vector>

namespace foyer::config {

// One problem found in a config file, located precisely enough for an IT admin to fix it.
struct ConfigIssue {
  std::string file;
  int line = 0;    // 0 when the problem has no single place (a missing key: the table's line)
  int column = 0;
  std::string key;  // dotted path, e.g. "ui.idle_timeout_s"
  std::string message;

  [[nodiscard]] std::string describe() const;
};

struct ConfigError {
  std::vector<ConfigIssue> issues;
  [[nodiscard]] std::string describe() const;
};

}  // namespace foyer::config
