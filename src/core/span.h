#pragma once

#include <cstddef>

namespace mtlint {

/// A half-open range [begin, end) of byte offsets into a document's original UTF-8 text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  /// Number of bytes covered.
  std::size_t size() const { return end - begin; }
  /// True when the two spans share at least one byte.
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  /// True when `other` lies entirely inside this span.
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace mtlint
