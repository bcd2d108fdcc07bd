#pragma once
#include <fstream>
#include <string>
#include <vector>

namespace foyer::document::mrz::test {

struct Specimen {
  std::string name;
  std::vector<std::string> lines;
};

// Reads tests/data/mrz/specimens.txt: '#' lines name the next block, blank lines end one.
inline std::vector<Specimen> loadSpecimens() {
  std::ifstream in(std::string(FOYER_SOURCE_DIR) + "/tests/data/mrz/specimens.txt");
  std::vector<Specimen> specimens;
  Specimen current;
  std::string pendingName;
  std::string line;
  auto flush = [&] {
    if (!current.lines.empty()) specimens.push_back(current);
    current = Specimen{};
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      flush();
    } else if (line[0] == '#') {
      current.name = line.substr(2);
    } else {
      current.lines.push_back(line);
    }
  }
  flush();
  return specimens;
}

}  // namespace foyer::document::mrz::test
