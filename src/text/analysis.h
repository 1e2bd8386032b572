#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/span.h"
#include "text/markup.h"

namespace mtlint {

/// One word found by ICU word segmentation, never inside a URL or an e-mail address.
struct Word {
  Span span;                    ///< the whole word as ICU segments it: "kyiv’s"
  Span stem;                    ///< without a possessive "’s" / "'s": "kyiv"
  bool sentence_start = false;  ///< first word of its sentence (or of its line)
  bool has_digit = false;       ///< "F-16" parts, "3D", "COVID19": never spell-checked
  bool has_inner_dot = false;   ///< "U.S", "example.com": abbreviations and domains
  bool latin = true;            ///< every letter is in the Latin script
  bool capitalised = false;     ///< first letter upper case
  bool all_caps = false;        ///< every letter upper case (acronyms)
};

/// The segmentation of one document: words, sentences and paragraphs (non-blank lines), in order.
struct Analysis {
  std::vector<Word> words;
  std::vector<Span> sentences;
  std::vector<Span> paragraphs;
  /// URLs, e-mail addresses, non-prose markup and glossed quotations (see glossed_quotes);
  /// sorted, disjoint.
  std::vector<Span> skipped;
  /// The glossed quotations among them (a title in a paragraph leaves it prose); sorted.
  std::vector<Span> glossed;

  /// True when `span` overlaps a skipped region (rules working on raw text use this).
  bool is_skipped(Span span) const;
  /// True when `span` overlaps a skipped region that is not a glossed quotation: a URL, an
  /// address or markup (rules that judge whole paragraphs use this).
  bool holds_non_prose(Span span) const;
};

/// ICU word and sentence segmentation over UTF-8 bytes (offsets stay byte offsets).
/// Not thread-safe: give each thread its own (see clone()).
class Segmenter {
 public:
  /// Creates ICU's English word iterator and sentence iterator (abbreviation-aware).
  static Result<std::unique_ptr<Segmenter>> create();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// A copy for another thread.
  std::unique_ptr<Segmenter> clone() const;
  /// Lines of common characters are segmented into words without ICU, with the same result;
  /// false makes ICU segment every line (tests compare the two).
  void set_fast_words(bool on);
  /// Segments `text`, which must be valid UTF-8 shorter than 2 GiB; words inside URLs, e-mail
  /// addresses and non-prose markup (see non_prose_spans) are left out.
  Analysis analyse(std::string_view text, Markup markup = Markup::plain);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The content of every line (without its LF or CR LF), empty lines included, in order.
std::vector<Span> line_spans(std::string_view text);

/// Drops leading and trailing white space and folds every inner run of spaces, tabs, CRs and
/// LFs into one space: "Study \t time\n" -> "Study time".
std::string squeeze_spaces(std::string_view text);

/// Spans of URLs (scheme:// or www.) and e-mail addresses, which are never spell-checked.
std::vector<Span> find_urls_and_emails(std::string_view text);

}  // namespace mtlint
