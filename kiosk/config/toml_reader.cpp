#include "kiosk/config/toml_reader.hpp"

#include <limits>

namespace foyer::config {

std::string_view typeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

TomlReader::TomlReader(const toml::table& table, std::string path, std::string file,
                       std::vector<ConfigIssue>& issues)
    : m_table(table), m_path(std::move(path)), m_file(std::move(file)), m_issues(issues) {}

std::string TomlReader::pathOf(std::string_view key) const {
  return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

void TomlReader::report(const toml::source_region& where, std::string key, std::string message) {
  m_issues.push_back(ConfigIssue{m_file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column),
                                 std::move(key), std::move(message)});
}

const toml::node* TomlReader::find(std::string_view key, bool required) {
  m_known.emplace(key);
  const toml::node* node = m_table.get(key);
  if (node == nullptr && required) {
    report(m_table.source(), pathOf(key), "required key is missing");
  }
  return node;
}

void TomlReader::wrongType(std::string_view key, const toml::node& node, std::string_view expected) {
  report(node.source(), pathOf(key),
         "expected " + std::string(expected) + ", found " + std::string(typeName(node.type())));
}

void TomlReader::invalid(std::string_view key, std::string message) {
  const toml::node* node = m_table.get(key);
  report(node != nullptr ? node->source() : m_table.source(), pathOf(key), std::move(message));
}

void TomlReader::read(std::string_view key, std::string& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  if (auto value = node->value_exact<std::string>()) {
    out = *value;
  } else {
    wrongType(key, *node, "a string");
  }
}

void TomlReader::read(std::string_view key, std::int64_t& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  if (auto value = node->value_exact<std::int64_t>()) {
    out = *value;
  } else {
    wrongType(key, *node, "an integer");
  }
}

void TomlReader::read(std::string_view key, int& out, bool required) {
  std::int64_t wide = out;
  const std::size_t before = m_issues.size();
  read(key, wide, required);
  if (m_issues.size() != before) return;
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
    invalid(key, "number is out of range");
    return;
  }
  out = static_cast<int>(wide);
}

void TomlReader::read(std::string_view key, bool& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  if (auto value = node->value_exact<bool>()) {
    out = *value;
  } else {
    wrongType(key, *node, "true or false");
  }
}

void TomlReader::read(std::string_view key, double& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  if (node->is_floating_point() || node->is_integer()) {
    out = node->value<double>().value_or(out);  // an integer is a fine number here
  } else {
    wrongType(key, *node, "a number");
  }
}

void TomlReader::read(std::string_view key, std::vector<std::string>& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    wrongType(key, *node, "a list of strings");
    return;
  }
  std::vector<std::string> values;
  for (const toml::node& element : *array) {
    if (auto value = element.value_exact<std::string>()) {
      values.push_back(*value);
    } else {
      wrongType(key, element, "a string in the list");
      return;
    }
  }
  out = std::move(values);
}

void TomlReader::read(std::string_view key, LocalizedText& out, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return;
  if (auto single = node->value_exact<std::string>()) {  // one text for all languages
    out = LocalizedText{};
    out.set("en", *single);
    return;
  }
  const toml::table* texts = node->as_table();
  if (texts == nullptr) {
    wrongType(key, *node, "a string or a table of languages");
    return;
  }
  LocalizedText result;
  for (const auto& [language, text] : *texts) {
    if (auto value = text.value_exact<std::string>()) {
      result.set(std::string(language.str()), *value);
    } else {
      report(text.source(), pathOf(key) + "." + std::string(language.str()),
             "expected a string, found " + std::string(typeName(text.type())));
    }
  }
  out = std::move(result);
}

const toml::table* TomlReader::table(std::string_view key, bool required) {
  const toml::node* node = find(key, required);
  if (node == nullptr) return nullptr;
  if (const toml::table* sub = node->as_table()) return sub;
  wrongType(key, *node, "a table");
  return nullptr;
}

std::vector<const toml::table*> TomlReader::tableArray(std::string_view key, bool required) {
  std::vector<const toml::table*> result;
  const toml::node* node = find(key, required);
  if (node == nullptr) return result;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    wrongType(key, *node, "a list of tables ([[" + std::string(key) + "]])");
    return result;
  }
  for (const toml::node& element : *array) {
    if (const toml::table* sub = element.as_table()) {
      result.push_back(sub);
    } else {
      wrongType(key, element, "a table");
    }
  }
  return result;
}

void TomlReader::finish() {
  for (const auto& [key, node] : m_table) {
    if (!m_known.contains(key.str())) {
      (void)node;
      report(key.source(), pathOf(key.str()), "unknown key");
    }
  }
}

}  // namespace foyer::config
