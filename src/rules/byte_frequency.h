#pragma once

namespace mtlint {

/// A rough share of byte `b` in English news text: prefilters prefer probes of rare bytes.
double byte_frequency(unsigned char b);
/// The share of byte `b` in the case-folded text (a lower-case letter counts both cases).
double folded_frequency(unsigned char b);
/// byte_frequency() or folded_frequency().
double probe_byte_frequency(unsigned char b, bool folded);
/// How much likelier byte `b` is right after byte `a` than on its own.
double pair_factor(unsigned char a, unsigned char b);

}  // namespace mtlint
