#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace mtlint::bench {

/// The text of every dev article, in file-name order (the benchmarks' fixed input).
inline std::vector<std::string> dev_articles() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(MTLINT_CORPUS_DIR) + "/dev")) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return texts;
}

/// All dev articles in one string.
inline std::string dev_text() {
  std::string all;
  for (const auto& t : dev_articles()) all += t + "\n";
  return all;
}

}  // namespace mtlint::bench
