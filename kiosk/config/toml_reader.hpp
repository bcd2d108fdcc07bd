#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "kiosk/config/config_error.hpp"
#include "kiosk/config/localized_text.hpp"

namespace foyer::config {

// Reads one TOML table against the keys the caller asks for. Every key asked for is marked as known;
// finish() reports the keys nobody asked for, so a typo in a key name is an error, not a silent default.
class TomlReader {
 public:
  TomlReader(const toml::table& table, std::string path, std::string file, std::vector<ConfigIssue>& issues);

  // Each reader leaves `out` untouched when the key is absent (optional) and reports when it is required.
  void read(std::string_view key, std::string& out, bool required = false);
  void read(std::string_view key, std::int64_t& out, bool required = false);
  void read(std::string_view key, int& out, bool required = false);
  void read(std::string_view key, bool& out, bool required = false);
  void read(std::string_view key, double& out, bool required = false);
  void read(std::string_view key, std::vector<std::string>& out, bool required = false);
  void read(std::string_view key, LocalizedText& out, bool required = false);

  // A sub-table; returns nullptr (and reports, if required) when absent or of the wrong type.
  const toml::table* table(std::string_view key, bool required = false);
  // An array of tables ([[key]]); empty when absent.
  std::vector<const toml::table*> tableArray(std::string_view key, bool required = false);

  // Reports a problem with a key's value (range, choice) at that key's place.
  void invalid(std::string_view key, std::string message);
  void finish();

  [[nodiscard]] std::string pathOf(std::string_view key) const;

 private:
  const toml::node* find(std::string_view key, bool required);
  void wrongType(std::string_view key, const toml::node& node, std::string_view expected);
  void report(const toml::source_region& where, std::string key, std::string message);

  const toml::table& m_table;
  std::string m_path;
  std::string m_file;
  std::vector<ConfigIssue>& m_issues;
  std::set<std::string, std::less<>> m_known;
};

std::string_view typeName(toml::node_type type);

}  // namespace foyer::config
