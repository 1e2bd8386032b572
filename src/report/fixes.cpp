#include "report/fixes.h"

#include <algorithm>

namespace mtlint {

namespace {

// Two edits conflict when their spans share a byte or when they start at the same place (two
// insertions there, or an insertion before a replacement, have no defined order).
bool conflict(const Fix& a, const Fix& b) {
  return a.span.overlaps(b.span) || a.span.begin == b.span.begin;
}

// The lines of a text, each with its terminator ("\n" or "\r\n"); no empty line after a final
// newline.
struct Lines {
  explicit Lines(std::string_view text) : text_(text) {
    for (std::size_t i = 0; i < text.size();) {
      starts.push_back(i);
      const auto nl = text.find('\n', i);
      i = nl == std::string_view::npos ? text.size() : nl + 1;
    }
  }
  std::size_t count() const { return starts.size(); }
  std::size_t begin(std::size_t line) const { return starts[line]; }
  std::size_t end(std::size_t line) const {
    return line + 1 < starts.size() ? starts[line + 1] : text_.size();
  }
  std::string_view at(std::size_t line) const {
    return text_.substr(begin(line), end(line) - begin(line));
  }
  // The line holding `offset`; an offset at the very end belongs to the last line.
  std::size_t of(std::size_t offset) const {
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return it == starts.begin() ? 0 : static_cast<std::size_t>(it - starts.begin()) - 1;
  }
  std::vector<std::size_t> starts;

 private:
  std::string_view text_;
};

// Consecutive original lines [first, last] replaced by `after` (whole lines).
struct Block {
  std::size_t first = 0;
  std::size_t last = 0;
  std::vector<Fix> edits;
  std::string after;
};

void emit_line(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// A line's text without its terminator.
std::string_view content(const Lines& lines, std::size_t line) {
  std::string_view s = lines.at(line);
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

// A deletion of all the text of its lines takes the lines with it: an editor wants the debris
// gone, not an empty line where it was. Between two blank lines (or a blank one and the top of
// the file) one blank line goes too, so paragraphs stay as far apart as around the others; and
// when nothing but deleted and blank lines follows, the blank lines before them go as well.
void remove_emptied_lines(std::string_view text, std::vector<Fix>& edits) {
  const Lines lines(text);
  if (lines.count() == 0) return;
  std::vector<bool> whole(edits.size(), false);
  for (std::size_t k = 0; k < edits.size(); ++k) {
    Fix& f = edits[k];
    if (!f.replacement.empty() || blank(text.substr(f.span.begin, f.span.size()))) continue;
    const std::size_t first = lines.of(f.span.begin);
    const std::size_t last = lines.of(f.span.end - 1);
    const std::size_t content_end = lines.begin(last) + content(lines, last).size();
    if (!blank(text.substr(lines.begin(first), f.span.begin - lines.begin(first))) ||
        (f.span.end < content_end && !blank(text.substr(f.span.end, content_end - f.span.end)))) {
      continue;
    }
    std::size_t begin = lines.begin(first);
    std::size_t end = lines.end(last);
    const bool blank_before = first == 0 || blank(lines.at(first - 1));
    if (blank_before && last + 1 < lines.count() && blank(lines.at(last + 1))) {
      end = lines.end(last + 1);
    }
    // Never into a neighbouring edit (one that deletes the spaces around the text, say).
    if (k > 0) begin = std::max(begin, std::min(edits[k - 1].span.end, f.span.begin));
    if (k + 1 < edits.size()) end = std::min(end, std::max(edits[k + 1].span.begin, f.span.end));
    f.span = Span{begin, end};
    whole[k] = true;
  }
  // The tail: the lines from `tail` on are each blank or overlapped by a whole-line deletion
  // (whose other text is blank), and no other edit reaches them.
  std::size_t k = edits.size();  // edits[k..] lie inside the tail
  std::size_t tail = lines.count();
  bool deleted = false;
  for (std::size_t line = lines.count(); line-- > 0;) {
    bool hit = false;
    bool other = false;
    while (k > 0 && edits[k - 1].span.end > lines.begin(line)) {
      if (!whole[k - 1]) {
        other = true;
        break;
      }
      hit = true;
      if (edits[k - 1].span.begin < lines.begin(line)) break;  // it reaches earlier lines too
      --k;
    }
    if (other || (!hit && !blank(lines.at(line)))) break;
    deleted = deleted || hit;
    tail = line;
  }
  if (!deleted) return;
  edits.erase(edits.begin() + static_cast<std::ptrdiff_t>(k), edits.end());
  edits.push_back(Fix{Span{lines.begin(tail), text.size()}, ""});
}

std::string range(std::size_t start, std::size_t count) {
  // A zero-length range names the line before it (GNU diff convention).
  if (count == 0) return std::to_string(start == 0 ? 0 : start - 1) + ",0";
  if (count == 1) return std::to_string(start);
  return std::to_string(start) + "," + std::to_string(count);
}

}  // namespace

FixPlan plan_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& fixes = diagnostics[i].fixes;
    if (fixes.size() != 1) continue;
    const Fix& f = fixes.front();
    if (f.span.begin > f.span.end || f.span.end > text.size()) continue;
    if (text.substr(f.span.begin, f.span.size()) == f.replacement) continue;
    candidates.push_back(i);
  }
  auto fix_of = [&](std::size_t i) -> const Fix& { return diagnostics[i].fixes.front(); };
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::size_t a, std::size_t b) { return fix_of(a).span < fix_of(b).span; });
  std::vector<bool> dropped(candidates.size(), false);
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    for (std::size_t b = a + 1; b < candidates.size(); ++b) {
      if (fix_of(candidates[b]).span.begin > fix_of(candidates[a]).span.end) break;
      if (conflict(fix_of(candidates[a]), fix_of(candidates[b]))) dropped[a] = dropped[b] = true;
    }
  }
  FixPlan plan;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (dropped[k]) continue;
    plan.edits.push_back(fix_of(candidates[k]));
    plan.applied.push_back(candidates[k]);
  }
  std::sort(plan.applied.begin(), plan.applied.end());
  remove_emptied_lines(text, plan.edits);
  return plan;
}

std::string apply_edits(std::string_view text, const std::vector<Fix>& edits) {
  std::string out;
  std::size_t at = 0;
  for (const Fix& f : edits) {
    out.append(text.substr(at, f.span.begin - at));
    out += f.replacement;
    at = f.span.end;
  }
  out.append(text.substr(at));
  return out;
}

std::vector<Fix> shift_edits(std::vector<Fix> edits, std::size_t shift) {
  for (Fix& f : edits) {
    f.span.begin += shift;
    f.span.end += shift;
  }
  return edits;
}

std::string diff_path(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  while (path.starts_with("/")) path.remove_prefix(1);
  return std::string(path);
}

std::string unified_diff(std::string_view path, std::string_view before,
                         const std::vector<Fix>& edits, std::size_t context) {
  if (edits.empty() || before.empty()) return {};
  const Lines old_lines(before);
  const std::size_t n = old_lines.count();

  std::vector<Block> blocks;
  for (const Fix& f : edits) {
    const std::size_t first = old_lines.of(f.span.begin);
    const std::size_t last =
        old_lines.of(f.span.end > f.span.begin ? f.span.end - 1 : f.span.begin);
    if (!blocks.empty() && first <= blocks.back().last) {
      blocks.back().last = std::max(blocks.back().last, last);
      blocks.back().edits.push_back(f);
    } else {
      blocks.push_back(Block{first, last, {f}, {}});
    }
  }
  // A block's new text must end at a line end; when an edit removed the newline, the block
  // swallows the next line (and any block on it).
  std::vector<Block> merged;
  for (std::size_t i = 0; i < blocks.size();) {
    Block b = std::move(blocks[i++]);
    for (;;) {
      const std::size_t from = old_lines.begin(b.first);
      const std::size_t to = old_lines.end(b.last);
      std::vector<Fix> local = b.edits;
      for (Fix& f : local) {
        f.span.begin -= from;
        f.span.end -= from;
      }
      b.after = apply_edits(before.substr(from, to - from), local);
      const bool open_end = !b.after.empty() && b.after.back() != '\n';
      if (!open_end || b.last + 1 >= n) break;
      ++b.last;
      while (i < blocks.size() && blocks[i].first <= b.last) {
        b.last = std::max(b.last, blocks[i].last);
        b.edits.insert(b.edits.end(), blocks[i].edits.begin(), blocks[i].edits.end());
        ++i;
      }
    }
    merged.push_back(std::move(b));
  }

  std::string out = "--- a/" + diff_path(path) + "\n+++ b/" + diff_path(path) + "\n";
  std::ptrdiff_t delta = 0;  // new line numbers minus old ones, before the current hunk
  for (std::size_t h = 0; h < merged.size();) {
    std::size_t e = h;  // blocks h..e form one hunk when the context between them touches
    while (e + 1 < merged.size() && merged[e + 1].first - merged[e].last - 1 <= 2 * context) ++e;
    const std::size_t start = merged[h].first > context ? merged[h].first - context : 0;
    const std::size_t stop = std::min(n - 1, merged[e].last + context);
    std::string body;
    std::size_t old_count = 0, new_count = 0;
    std::size_t line = start;
    for (std::size_t k = h; k <= e; ++k) {
      for (; line < merged[k].first; ++line, ++old_count, ++new_count) {
        emit_line(body, ' ', old_lines.at(line));
      }
      for (; line <= merged[k].last; ++line, ++old_count) emit_line(body, '-', old_lines.at(line));
      const Lines added(merged[k].after);
      for (std::size_t a = 0; a < added.count(); ++a, ++new_count) {
        emit_line(body, '+', added.at(a));
      }
    }
    for (; line <= stop; ++line, ++old_count, ++new_count) emit_line(body, ' ', old_lines.at(line));
    const std::size_t old_start = start + 1;
    const auto new_start = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(old_start) + delta);
    out += "@@ -" + range(old_start, old_count) + " +" + range(new_start, new_count) + " @@\n";
    out += body;
    delta += static_cast<std::ptrdiff_t>(new_count) - static_cast<std::ptrdiff_t>(old_count);
    h = e + 1;
  }
  return out;
}

}  // namespace mtlint
