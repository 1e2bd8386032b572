#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mtlint {

/// A 1-based line and column; the column counts Unicode code points.
struct Position {
  int line = 1;
  int column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

/// Maps byte offsets of a text to lines and columns. LF and CRLF both end a line; the CR of a
/// CRLF belongs to no line's content.
class LineIndex {
 public:
  /// Indexes `text`, which must outlive the index.
  explicit LineIndex(std::string_view text);

  /// Line and column of a byte offset (an offset at the end of a line maps past its last column).
  Position position(std::size_t offset) const;
  /// 0-based line number holding `offset`.
  std::size_t line_of(std::size_t offset) const;
  /// Number of lines (a final line without a newline counts; an empty text has one line).
  std::size_t line_count() const { return starts_.size(); }
  /// Byte offset where 0-based `line` starts.
  std::size_t line_start(std::size_t line) const { return starts_[line]; }
  /// Byte offset where 0-based `line`'s content ends (before CR LF or LF).
  std::size_t line_end(std::size_t line) const;
  /// Content of 0-based `line`, without its line ending.
  std::string_view line_text(std::size_t line) const;

 private:
  /// Code points in text_[0, offset).
  std::size_t code_points_before(std::size_t offset) const;

  static constexpr std::size_t kStride = 512;  // a column costs at most this many bytes counted
  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<std::size_t> checkpoints_;  // code points before each multiple of kStride bytes
};

}  // namespace mtlint
