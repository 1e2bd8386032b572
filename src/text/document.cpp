#include "text/document.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <istream>
#include <sstream>

#include "core/read_file.h"
#include "core/utf8.h"

namespace mtlint {

Document::Document(std::string path, std::string text, bool had_bom, int first_line)
    : path_(std::move(path)),
      text_(std::move(text)),
      had_bom_(had_bom),
      first_line_(first_line),
      lines_(text_) {}

namespace {

Error located_error(const std::string& path, std::string_view text, std::size_t offset,
                    std::string message) {
  LineIndex index(text);
  // The column of a bad byte: code points before it on its line, plus one.
  const Position pos = index.position(offset);
  return Error{std::move(message), path, pos.line, pos.column};
}

}  // namespace

Result<std::unique_ptr<Document>> make_document(std::string path, std::string bytes) {
  bool had_bom = false;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.erase(0, 3);
    had_bom = true;
  }
  if (auto nul = bytes.find('\0'); nul != std::string::npos) {
    return located_error(path, std::string_view(bytes).substr(0, nul), nul,
                         "binary file (NUL byte); only UTF-8 text can be checked");
  }
  if (auto bad = utf8::find_invalid(bytes)) {
    // Index only the valid prefix so that the column count stays well-defined.
    return located_error(
        path, std::string_view(bytes).substr(0, *bad), *bad, "invalid UTF-8 (byte 0x" + [&] {
          static const char* hex = "0123456789ABCDEF";
          const auto b = static_cast<unsigned char>(bytes[*bad]);
          return std::string{hex[b >> 4], hex[b & 15]};
        }() + "); convert the file to UTF-8 first");
  }
  return std::make_unique<Document>(std::move(path), std::move(bytes), had_bom);
}

Result<std::unique_ptr<Document>> load_document(const std::string& path,
                                                std::istream& stdin_stream) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << stdin_stream.rdbuf();
    return make_document("<stdin>", buffer.str());
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Error{"is a directory", path};
  }
  if (const ReadStatus read = read_file_status(path, bytes); read != ReadStatus::ok) {
    const char* what = read == ReadStatus::cannot_open ? "cannot open: " : "cannot read: ";
    return Error{what + std::string(std::strerror(errno)), path};
  }
  return make_document(path, std::move(bytes));
}

}  // namespace mtlint
