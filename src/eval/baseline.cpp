#include "eval/baseline.h"

#include <stdio.h>
#include <sys/wait.h>

#include <cstdlib>

namespace mtlint {

namespace {

// Bytes that can continue a word: ASCII letters and digits, and any byte of a multi-byte
// UTF-8 character (close enough for finding a word hunspell printed).
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

std::size_t find_word(std::string_view text, std::string_view word, std::size_t from) {
  for (std::size_t at = text.find(word, from); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool left = at == 0 || !word_byte(text[at - 1]);
    const bool right = at + word.size() >= text.size() || !word_byte(text[at + word.size()]);
    if (left && right) return at;
  }
  return text.find(word, from);
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace

std::vector<EvalFinding> locate_words(std::string_view text, const std::vector<std::string>& words,
                                      const std::string& source) {
  std::vector<EvalFinding> out;
  std::size_t cursor = 0;
  for (const std::string& word : words) {
    if (word.empty()) continue;
    std::size_t at = find_word(text, word, cursor);
    if (at == std::string_view::npos) at = find_word(text, word, 0);
    if (at == std::string_view::npos) continue;
    cursor = at + word.size();
    const auto first = static_cast<unsigned char>(word[0]);
    const bool capitalised = (first >= 'A' && first <= 'Z') || first >= 0xC3;
    out.push_back(EvalFinding{Span{at, at + word.size()}, capitalised ? "name" : "spelling",
                              std::nullopt, source});
  }
  return out;
}

bool hunspell_available() { return std::system("command -v hunspell >/dev/null 2>&1") == 0; }

Result<std::vector<EvalFinding>> hunspell_findings(const std::string& path, std::string_view text,
                                                   const std::string& dictionary) {
  const std::string command =
      "hunspell -i utf-8 -d " + shell_quote(dictionary) + " -l < " + shell_quote(path);
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return Error{"cannot run '" + command + "'"};
  std::string output;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  const int status = ::pclose(pipe);
  if (status != 0) return Error{"'" + command + "' failed (is hunspell installed?)"};
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    words.emplace_back(output.substr(start, end - start));
    start = end + 1;
  }
  return locate_words(text, words, "hunspell");
}

}  // namespace mtlint
