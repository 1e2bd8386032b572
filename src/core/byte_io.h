#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace mtlint {

/// FNV-1a over `bytes`, continuing from `h`: the checksum of the cache files.
inline std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h = 1469598103934665603ull) {
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

/// A checksum of a cache file's bytes, eight at a time: it tells a damaged or cut file from a
/// whole one (it is no defence against a file made to pass).
inline std::uint64_t checksum64(std::string_view bytes) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0x2545F4914F6CDD1Dull ^ (bytes.size() * kMul);
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 31;
  }
  for (; i < bytes.size(); ++i) {
    h = (h ^ static_cast<unsigned char>(bytes[i])) * kMul;
    h ^= h >> 31;
  }
  return h;
}

/// Appends fixed-size numbers (in this machine's byte order) and length-prefixed byte strings:
/// the cache files, which only the build that wrote them reads.
class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void u64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void bytes(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

/// Reads what ByteWriter wrote; any read past the end fails it, and it stays failed (reads then
/// return zeros and empty strings).
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  std::size_t remaining() const { return in_.size() - at_; }
  std::uint8_t u8() { return take(1) ? static_cast<std::uint8_t>(in_[at_ - 1]) : 0; }
  std::uint32_t u32() { return number<std::uint32_t>(); }
  std::uint64_t u64() { return number<std::uint64_t>(); }
  std::string_view bytes() {
    const std::uint32_t n = u32();
    if (!take(n)) return {};
    return in_.substr(at_ - n, n);
  }
  /// Marks the input as bad (a value out of range).
  void fail() { ok_ = false; }

 private:
  template <class T>
  T number() {
    T v = 0;
    if (take(sizeof v)) std::memcpy(&v, in_.data() + at_ - sizeof v, sizeof v);
    return v;
  }
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size() - at_) {
      ok_ = false;
      return false;
    }
    at_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace mtlint
