#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/line_index.h"

namespace mtlint {

/// A checked input: valid UTF-8 text (byte-order mark removed) and its line index. All spans
/// produced for a document are byte offsets into `text()`. Not copyable: the index views the text.
class Document {
 public:
  /// `first_line`: the 1-based line of the whole file where `text` starts, when it is a part of
  /// a longer file (see Engine::check).
  Document(std::string path, std::string text, bool had_bom, int first_line = 1);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  /// The path as the user gave it ("<stdin>" for standard input).
  const std::string& path() const { return path_; }
  /// The UTF-8 text without its byte-order mark.
  const std::string& text() const { return text_; }
  /// True when the input started with a UTF-8 byte-order mark (kept when fixing in place).
  bool had_bom() const { return had_bom_; }
  /// Line and column lookups over text().
  const LineIndex& lines() const { return lines_; }
  /// The line of the whole file that text() starts on (1 unless this is a part).
  int first_line() const { return first_line_; }
  /// The bytes a span covers.
  std::string_view slice(std::size_t begin, std::size_t end) const {
    return std::string_view(text_).substr(begin, end - begin);
  }

 private:
  std::string path_;
  std::string text_;
  bool had_bom_;
  int first_line_;
  LineIndex lines_;
};

/// Validates raw bytes and makes a Document: a BOM is dropped; NUL bytes (binary files) and
/// invalid UTF-8 are errors naming the line and column.
Result<std::unique_ptr<Document>> make_document(std::string path, std::string bytes);

/// Reads a file (or `stdin_stream` for "-") and validates it with make_document.
Result<std::unique_ptr<Document>> load_document(const std::string& path,
                                                std::istream& stdin_stream);

}  // namespace mtlint
