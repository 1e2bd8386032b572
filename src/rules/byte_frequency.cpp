#include "rules/byte_frequency.h"

#include <array>

namespace mtlint {

namespace {

bool sentence_mark(unsigned char b) {
  return b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '%';
}

}  // namespace

// A rough share of each byte in English news text, to prefer rare probes over common ones.
double byte_frequency(unsigned char b) {
  static const std::array<double, 256> table = [] {
    std::array<double, 256> t{};
    t.fill(0.0003);
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 0.0001;
    const char* letters = "etaoinsrhldcumfpgwybvkxjqz";
    const double shares[] = {0.10,  0.072, 0.065, 0.06,  0.056, 0.057, 0.051, 0.05,  0.045,
                             0.032, 0.033, 0.022, 0.022, 0.02,  0.018, 0.015, 0.016, 0.017,
                             0.015, 0.012, 0.008, 0.006, 0.001, 0.001, 0.001, 0.001};
    for (int i = 0; letters[i]; ++i) {
      t[static_cast<unsigned char>(letters[i])] = shares[i] * 0.8;
      t[static_cast<unsigned char>(letters[i] - 'a' + 'A')] = 0.003;
    }
    for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = 0.003;
    t[' '] = 0.16;
    t['.'] = t[','] = 0.009;
    t['\n'] = 0.004;
    t['"'] = t['\''] = t['-'] = 0.002;
    for (int c = 0x80; c < 0xC0; ++c) t[static_cast<std::size_t>(c)] = 0.0001;
    for (int c = 0xC0; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = 0.00005;
    t[0xE2] = t[0x80] = 0.002;  // curly quotes and dashes: E2 80 xx
    t[0x99] = t[0xC3] = 0.001;
    t[0x9C] = t[0x9D] = 0.0005;
    return t;
  }();
  return table[b];
}

// The share of byte b in a text with its ASCII letters lowered.
double folded_frequency(unsigned char b) {
  if (b >= 'a' && b <= 'z') return byte_frequency(b) + byte_frequency(b - 'a' + 'A');
  return byte_frequency(b);
}

// How much likelier byte b is right after byte a than on its own.
double pair_factor(unsigned char a, unsigned char b) {
  if (a == ' ' && b == ' ') return 0.02;
  if (sentence_mark(a) && b == ' ') return 6;
  if (a == ' ' && sentence_mark(b)) return 0.01;
  return 1;
}

double probe_byte_frequency(unsigned char b, bool folded) {
  return folded ? folded_frequency(b) : byte_frequency(b);
}

}  // namespace mtlint
