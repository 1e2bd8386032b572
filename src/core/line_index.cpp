#include "core/line_index.h"

#include <algorithm>

#include "core/utf8.h"

namespace mtlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Checkpoints keep column lookups on a multi-megabyte line from rescanning the whole line.
    if (i % kStride == 0) checkpoints_.push_back(code_points);
    const char c = text[i];
    if (c == '\n') starts_.push_back(i + 1);
    code_points += utf8::is_lead(static_cast<unsigned char>(c)) ? 1 : 0;
  }
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  const std::size_t block = offset / kStride;
  if (block >= checkpoints_.size()) {
    return utf8::count_code_points(text_.substr(0, offset));  // only for an empty text
  }
  const std::size_t from = block * kStride;
  return checkpoints_[block] + utf8::count_code_points(text_.substr(from, offset - from));
}

std::size_t LineIndex::line_of(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(it - starts_.begin()) - 1;
}

std::size_t LineIndex::line_end(std::size_t line) const {
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  if (line + 1 < starts_.size() && end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

std::string_view LineIndex::line_text(std::size_t line) const {
  return text_.substr(starts_[line], line_end(line) - starts_[line]);
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_of(offset);
  const std::size_t start = starts_[line];
  const auto column = code_points_before(offset) - code_points_before(start);
  return Position{static_cast<int>(line + 1), static_cast<int>(column + 1)};
}

}  // namespace mtlint
