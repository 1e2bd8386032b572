#pragma once

#include <string>
#include <utility>
#include <variant>

namespace mtlint {

/// A user-facing error (bad flag, unreadable file, malformed data) with an optional location.
struct Error {
  Error() = default;
  Error(std::string message_, std::string path_ = {}, int line_ = 0, int column_ = 0)
      : message(std::move(message_)), path(std::move(path_)), line(line_), column(column_) {}

  std::string message;
  std::string path;  ///< empty when the error concerns no file
  int line = 0;      ///< 1-based; 0 when unknown
  int column = 0;    ///< 1-based, in Unicode code points; 0 when unknown

  /// `path:line:col: error: message`, leaving out the parts that are unknown.
  std::string format() const;
};

/// Either a value or an Error; errors are values, never exceptions, across layer boundaries.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}

  /// True when a value is held.
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  /// The error; only valid when !ok().
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// Success or an Error, for operations that return nothing.
using Status = Result<std::monostate>;
/// The successful Status.
inline Status ok_status() { return std::monostate{}; }

}  // namespace mtlint
