#pragma once

#include <cstddef>

#include "core/line_index.h"
#include "core/span.h"
#include "text/document.h"

namespace mtlint {

/// Where a span sits, in the units every machine-readable format reports.
struct Location {
  Position start;              ///< 1-based line and column (code points) of the first character
  Position end;                ///< line and column just past the last character (exclusive)
  std::size_t offset = 0;      ///< byte offset of the span in the file as stored (a BOM counts)
  std::size_t end_offset = 0;  ///< byte offset just past the span in the file as stored
};

/// The location of `span` (bytes of document.text()) in `document`.
Location locate(const Document& document, Span span);

/// The file's bytes as stored: the text with its byte-order mark put back.
std::string file_bytes(const Document& document);

/// Bytes the stored file has before text() starts (3 with a BOM, else 0).
std::size_t stored_prefix(const Document& document);

}  // namespace mtlint
