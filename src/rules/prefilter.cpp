#include "rules/prefilter.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "core/utf8.h"
#include "rules/byte_frequency.h"
#include "rules/prefilter_memo.h"

namespace mtlint {

namespace {

// Exact sets and probe sets stay this small; longer strings gain nothing.
constexpr std::size_t kMaxStrings = 16;
// The probes of the branches of an alternation (a ProbeIndex finds many at once).
constexpr std::size_t kMaxProbes = 48;
constexpr std::size_t kMaxLength = 24;
// Estimated cost of running the regex on every unit, in the units of probe_cost().
constexpr double kUnfilteredCost = 100.0;

ByteSet all_bytes() { return ByteSet().set(); }

const ByteSet& high_bytes() {
  static const ByteSet high = ~(ByteSet().set() >> 128);
  return high;
}

bool ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The bytes a case-insensitive pattern character is looked for as in the folded text: what the
// folded text holds for every character ICU matches it with (its case closure), or is unsure
// about. None for a character the closure of which holds strings ('ß' matches "ss"), for a
// character whose folding differs among its closure, and for marks (a mark may be part of
// another character's folding: 'İ' folds to "i̇").
std::optional<std::string> folded_key(char32_t c) {
  if (c < 0x80 && !ascii_letter(c)) return std::string(1, static_cast<char>(c));
  static std::mutex mutex;
  static std::unordered_map<char32_t, std::optional<std::string>> known;
  std::lock_guard<std::mutex> lock(mutex);
  if (const auto it = known.find(c); it != known.end()) return it->second;
  std::optional<std::string> key;
  const auto u = static_cast<UChar32>(c);
  const char32_t f = single_case_fold(c);
  if (!(U_GET_GC_MASK(u) & U_GC_M_MASK) && f != 0) {
    icu::UnicodeSet closure(u, u);
    closure.closeOver(USET_CASE_INSENSITIVE);
    bool same = !closure.hasStrings();
    for (int32_t r = 0; same && r < closure.getRangeCount(); ++r) {
      for (UChar32 x = closure.getRangeStart(r); same && x <= closure.getRangeEnd(r); ++x) {
        const auto written = folded_in_place(static_cast<char32_t>(x));
        same = !written || *written == f;
      }
    }
    if (same) {
      key.emplace();
      utf8::append(*key, f);
    }
  }
  known.emplace(c, key);
  return key;
}

const ByteSet& ascii_letters() {
  static const ByteSet letters = [] {
    ByteSet s;
    for (char32_t c = 0; c < 0x80; ++c) {
      if (ascii_letter(c)) s.set(c);
    }
    return s;
  }();
  return letters;
}

// The summed frequency of a set's bytes, remembered: an analysis asks about few distinct sets.
double set_frequency(const ByteSet& set) {
  thread_local std::unordered_map<ByteSet, double> memo;
  if (const auto it = memo.find(set); it != memo.end()) return it->second;
  double sum = 0;
  for (std::size_t b = set._Find_first(); b < 256; b = set._Find_next(b)) {
    sum += byte_frequency(static_cast<unsigned char>(b));
  }
  if (memo.size() < 4096) memo.emplace(set, sum);
  return sum;
}

// The share of positions where a byte of `set` (whose set_frequency() is `sum`) comes right
// before (or after) `next`.
double neighbour_frequency(const ByteSet& set, double sum, unsigned char next, bool set_first) {
  if (set.all()) return 1.0;
  for (const unsigned char x : {' ', '.', ',', ';', ':', '!', '?', '%'}) {
    if (!set[x]) continue;
    sum += byte_frequency(x) * ((set_first ? pair_factor(x, next) : pair_factor(next, x)) - 1);
  }
  return std::min(1.0, sum);
}

// Estimated cost per byte of text, where running the regex on every unit costs kUnfilteredCost:
// one pass per probe with a stop at each occurrence of its first byte, and the regex run on the
// units holding an occurrence (one unit is about 200 bytes).
struct CostSum {
  double scan = 0;
  double hits = 0;
  double total() const { return scan + kUnfilteredCost * std::min(1.0, 200 * hits); }
};

// Adds one probe to a cost; `before_sum` and `after_sum` are its sets' set_frequency().
void add_probe_cost(CostSum& cost, std::string_view probe_core, bool folded, const ByteSet& before,
                    double before_sum, const ByteSet& after, double after_sum) {
  const auto* core = reinterpret_cast<const unsigned char*>(probe_core.data());
  const std::size_t n = probe_core.size();
  auto freq = [&](unsigned char b) { return probe_byte_frequency(b, folded); };
  double hit = neighbour_frequency(before, before_sum, core[0], true) *
               neighbour_frequency(after, after_sum, core[n - 1], false) * freq(core[0]);
  double rarest = freq(core[0]);
  for (std::size_t i = 1; i < n; ++i) {
    hit *= freq(core[i]) * pair_factor(core[i - 1], core[i]);
    rarest = std::min(rarest, freq(core[i]));
  }
  cost.hits += hit;
  cost.scan += 0.05 + 2 * std::min(1.0, rarest);
}

double probe_cost(const std::vector<Probe>& probes) {
  CostSum cost;
  for (const Probe& p : probes) {
    add_probe_cost(cost, p.core, p.folded, p.before, set_frequency(p.before), p.after,
                   set_frequency(p.after));
  }
  return cost.total();
}

using Strings = std::vector<std::string>;

void dedupe(Strings& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

// A string as fold_for_probes() writes it.
void fold(std::string& s) {
  std::string out;
  fold_for_probes(s, out, nullptr);
  s = std::move(out);
}

// Strings looked for in the folded text (for strings from a case-sensitive part of the regex a
// weaker test, never a wrong one).
void fold(Strings& s) {
  for (std::string& x : s) fold(x);
  dedupe(s);
}

std::optional<Strings> product(const Strings& a, const Strings& b) {
  if (a.size() * b.size() > kMaxStrings) return std::nullopt;
  Strings out;
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (x.size() + y.size() > kMaxLength) return std::nullopt;
      out.push_back(x + y);
    }
  }
  dedupe(out);
  return out;
}

// What the analysis knows about a piece of a regex.
struct Node {
  bool nullable = false;                     // can match the empty string
  bool anchored = false;                     // every match begins where the region does
  ByteSet first, last;                       // bytes a non-empty match can start / end with
  std::optional<Strings> exact;              // every string the piece can match, when few
  bool folded = false;                       // exact is in lower case, for the folded text
  std::optional<std::vector<Probe>> probes;  // one of them occurs in every match
  std::optional<std::size_t> max;            // most code points of the pattern a match spans
};

// Lookarounds, anchors and comments: match nothing, constrain nothing.
Node transparent() {
  Node n;
  n.nullable = true;
  n.exact = Strings{""};
  n.max = 0;
  return n;
}

Node any_char() {
  Node n;
  n.first = n.last = all_bytes();
  n.max = 1;
  return n;
}

// A character class known by its ASCII members; any non-ASCII character may belong to it.
Node ascii_class(const ByteSet& ascii) {
  Node n;
  n.first = n.last = ascii | high_bytes();
  n.max = 1;
  return n;
}

// All unions of E^k for k in [lo, hi].
std::optional<Strings> powers(const Strings& e, long lo, long hi) {
  if (hi < 0 || hi > static_cast<long>(kMaxLength)) return std::nullopt;
  Strings out;
  Strings power{""};
  for (long k = 0; k <= hi; ++k) {
    if (k >= lo) out.insert(out.end(), power.begin(), power.end());
    if (out.size() > kMaxStrings) return std::nullopt;
    if (k == hi) break;
    auto next = product(power, e);
    if (!next) return std::nullopt;
    power = std::move(*next);
  }
  dedupe(out);
  if (out.size() > kMaxStrings) return std::nullopt;
  return out;
}

class Analyser {
 public:
  Analyser(std::string_view source, bool case_insensitive) : ci_(case_insensitive) {
    std::size_t i = 0;
    while (i < source.size()) cps_.push_back(utf8::decode(source, i));
  }

  std::optional<Node> run() {
    Node n = alternation();
    if (failed_ || pos_ != cps_.size()) return std::nullopt;
    return n;
  }

 private:
  char32_t peek(std::size_t ahead = 0) const {
    return pos_ + ahead < cps_.size() ? cps_[pos_ + ahead] : 0;
  }
  bool more() const { return pos_ < cps_.size(); }
  Node fail() {
    failed_ = true;
    return any_char();
  }

  // Whether the character matches only itself, byte for byte, or (without regard to case) only
  // what the folded text holds as its folded_key().
  bool exact_char(char32_t c) const { return !ci_ || folded_key(c).has_value(); }
  bool folded_char(char32_t) const { return ci_; }
  // The string an exact character gives.
  std::string char_string(char32_t c) const {
    if (ci_) return *folded_key(c);
    std::string s;
    utf8::append(s, c);
    return s;
  }

  void add_char(Node& n, char32_t c) const {
    if (!exact_char(c) || folded_char(c)) {
      // Without regard to case a letter also matches non-ASCII characters ('k' the Kelvin sign,
      // "ss" 'ß'), and a non-ASCII character ASCII letters ('ſ' matches 's').
      ByteSet bytes = high_bytes();
      if (c < 0x80) {
        bytes.set(c | 0x20);
        bytes.set(c & ~0x20u);
      } else {
        bytes |= ascii_letters();
      }
      n.first |= bytes;
      n.last |= bytes;
      return;
    }
    std::string s;
    utf8::append(s, c);
    n.first.set(static_cast<unsigned char>(s.front()));
    n.last.set(static_cast<unsigned char>(s.back()));
  }

  Node literal(char32_t c) const {
    Node n;
    n.max = 1;
    add_char(n, c);
    if (exact_char(c)) {
      n.folded = folded_char(c);
      n.exact = Strings{char_string(c)};
    }
    return n;
  }

  Node alternation() {
    std::vector<Node> branches{sequence()};
    while (!failed_ && peek() == '|') {
      ++pos_;
      branches.push_back(sequence());
    }
    if (branches.size() == 1) return branches.front();
    Node out;
    out.exact = Strings{};
    out.probes = std::vector<Probe>{};
    out.max = 0;
    out.anchored = true;
    for (const Node& b : branches) {
      out.anchored = out.anchored && b.anchored;
      out.max =
          out.max && b.max ? std::optional<std::size_t>(std::max(*out.max, *b.max)) : std::nullopt;
      out.nullable = out.nullable || b.nullable;
      out.first |= b.first;
      out.last |= b.last;
      if (out.exact && b.exact) {
        out.exact->insert(out.exact->end(), b.exact->begin(), b.exact->end());
        out.folded = out.folded || b.folded;
      } else {
        out.exact.reset();
      }
      if (out.probes && b.probes) {
        out.probes->insert(out.probes->end(), b.probes->begin(), b.probes->end());
      } else {
        out.probes.reset();
      }
    }
    if (out.exact) out.folded ? fold(*out.exact) : dedupe(*out.exact);
    if (out.exact && out.exact->size() > kMaxStrings) out.exact.reset();
    if (out.probes && out.probes->size() > kMaxProbes) out.probes.reset();
    return out;
  }

  Node sequence() {
    std::vector<Node> items;
    while (!failed_ && more() && peek() != '|' && peek() != ')') {
      Node a = atom();
      if (failed_) break;
      quantify(std::move(a), items);
    }
    return combine(items);
  }

  // The bytes that may precede item i inside a match (all when the match may start at i).
  static ByteSet before(const std::vector<Node>& items, std::size_t i) {
    ByteSet s;
    while (i-- > 0) {
      s |= items[i].last;
      if (!items[i].nullable) return s;
    }
    return all_bytes();
  }
  static ByteSet after(const std::vector<Node>& items, std::size_t j) {
    ByteSet s;
    for (std::size_t k = j + 1; k < items.size(); ++k) {
      s |= items[k].first;
      if (!items[k].nullable) return s;
    }
    return all_bytes();
  }

  static Node combine(const std::vector<Node>& items) {
    if (items.empty()) return transparent();
    Node out;
    out.nullable = true;
    out.max = 0;
    for (const Node& n : items) {
      // A ^ anywhere in the sequence: what comes before it matched nothing.
      out.anchored = out.anchored || n.anchored;
      out.nullable = out.nullable && n.nullable;
      out.max = out.max && n.max ? std::optional<std::size_t>(*out.max + *n.max) : std::nullopt;
    }
    for (const Node& n : items) {
      out.first |= n.first;
      if (!n.nullable) break;
    }
    for (std::size_t i = items.size(); i-- > 0;) {
      out.last |= items[i].last;
      if (!items[i].nullable) break;
    }
    out.exact = Strings{""};
    for (const Node& n : items) {
      if (n.exact) out.exact = product(*out.exact, *n.exact);
      if (!n.exact || !out.exact) {
        out.exact.reset();
        break;
      }
      out.folded = out.folded || n.folded;
    }
    if (out.exact && out.folded) fold(*out.exact);
    // The cheapest of: an item's own probes, or a run of exact items with its neighbours.
    double best = kUnfilteredCost;
    auto consider = [&](std::vector<Probe> probes) {
      if (probes.empty()) return;
      const double cost = probe_cost(probes);
      if (cost < best) {
        best = cost;
        out.probes = std::move(probes);
      }
    };
    for (const Node& n : items) {
      if (n.probes) consider(*n.probes);
    }
    std::size_t restart_at = SIZE_MAX;  // where the last run ran out of room
    auto single = [&](std::size_t k) { return items[k].exact && items[k].exact->size() == 1; };
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].exact) continue;
      // Inside a chain of single characters a run is started at the chain's first only (one
      // started later is no rarer), and again where that run ran out of room (kMaxLength).
      if (i > 0 && single(i) && single(i - 1) && i != restart_at) continue;
      const ByteSet b = before(items, i);
      const double b_sum = b.all() ? 0 : set_frequency(b);
      std::optional<Strings> run = Strings{""};
      bool folded = false;
      for (std::size_t j = i; j < items.size() && items[j].exact; ++j) {
        const Strings& next = *items[j].exact;
        if (next.size() == 1) {  // most items are one character: extend in place
          std::size_t longest = 0;
          for (const std::string& r : *run) longest = std::max(longest, r.size());
          if (longest + next.front().size() > kMaxLength) {
            restart_at = j;
            break;
          }
          for (std::string& r : *run) r += next.front();
        } else {
          run = product(*run, next);
          if (!run) break;
        }
        if (items[j].folded && !folded) {
          folded = true;
          fold(*run);
        } else if (folded) {
          for (std::string& r : *run) fold(r);
        }
        if (std::any_of(run->begin(), run->end(), [](const std::string& s) { return s.empty(); }))
          continue;
        const ByteSet a = after(items, j);
        const double a_sum = a.all() ? 0 : set_frequency(a);
        CostSum cost;
        for (const std::string& s : *run) add_probe_cost(cost, s, folded, b, b_sum, a, a_sum);
        if (cost.total() < best) {
          best = cost.total();
          std::vector<Probe> probes;
          for (const std::string& s : *run) probes.push_back(Probe{s, b, a, folded});
          out.probes = std::move(probes);
        }
      }
    }
    return out;
  }

  void quantify(Node a, std::vector<Node>& items) {
    long lo = 0, hi = 0;  // hi < 0: unbounded
    const char32_t c = peek();
    if (c == '*') {
      lo = 0, hi = -1;
    } else if (c == '+') {
      lo = 1, hi = -1;
    } else if (c == '?') {
      lo = 0, hi = 1;
    } else if (c == '{') {
      ++pos_;
      auto number = [&](long& out) {
        bool any = false;
        out = 0;
        while (peek() >= '0' && peek() <= '9') {
          out = std::min(out * 10 + static_cast<long>(peek() - '0'), 1000000L);
          ++pos_;
          any = true;
        }
        return any;
      };
      if (!number(lo)) {
        fail();
        return;
      }
      hi = lo;
      if (peek() == ',') {
        ++pos_;
        if (!number(hi)) hi = -1;
      }
      if (peek() != '}') {
        fail();
        return;
      }
    } else {
      items.push_back(std::move(a));
      return;
    }
    ++pos_;
    if (peek() == '?' || peek() == '+') ++pos_;  // lazy or possessive
    if (lo == 0) {
      Node q;
      q.nullable = true;
      q.first = a.first;
      q.last = a.last;
      if (hi >= 0 && a.max) q.max = static_cast<std::size_t>(hi) * *a.max;
      if (a.exact) q.exact = powers(*a.exact, 0, hi);
      q.folded = a.folded;
      items.push_back(std::move(q));
      return;
    }
    // X{lo,hi} = X followed by X{lo-1,hi-1}, so that X can join a run of exact items.
    Node rest;
    rest.nullable = lo == 1 || a.nullable;
    rest.first = a.first;
    rest.last = a.last;
    if (hi >= 0 && a.max) rest.max = static_cast<std::size_t>(hi - 1) * *a.max;
    if (a.exact) rest.exact = powers(*a.exact, lo - 1, hi < 0 ? -1 : hi - 1);
    rest.folded = a.folded;
    if (lo > 1) rest.probes = a.probes;
    const bool more_copies = hi < 0 || hi > 1;
    items.push_back(std::move(a));
    if (more_copies) items.push_back(std::move(rest));
  }

  Node atom() {
    const char32_t c = cps_[pos_++];
    switch (c) {
      case '(':
        return group();
      case '[':
        return char_class();
      case '.':
        return any_char();
      case '^': {
        Node n = transparent();
        n.anchored = !ml_;  // outside multi-line mode, only the region's start
        return n;
      }
      case '$':
        return transparent();
      case '\\': {
        char32_t lit = 0;
        Node cls;
        if (escape(false, lit, cls)) return literal(lit);
        return cls;
      }
      case '*':
      case '+':
      case '?':
      case '{':
        return fail();
      default:
        return literal(c);
    }
  }

  Node group() {
    bool look = false;
    // Flags set inside a group, "(?i)" or "(?-i:…)", end with it.
    const bool ci_outside = ci_;
    const bool ml_outside = ml_;
    if (peek() == '?') {
      const char32_t c1 = peek(1);
      if (c1 == ':' || c1 == '>') {
        pos_ += 2;
      } else if (c1 == '=' || c1 == '!') {
        pos_ += 2;
        look = true;
      } else if (c1 == '<' && (peek(2) == '=' || peek(2) == '!')) {
        pos_ += 3;
        look = true;
      } else if (c1 == '<') {  // (?<name>...)
        pos_ += 2;
        while (more() && peek() != '>') {
          if (!(ascii_letter(peek()) || (peek() >= '0' && peek() <= '9'))) return fail();
          ++pos_;
        }
        if (!more()) return fail();
        ++pos_;
      } else if (c1 == '#') {
        while (more() && peek() != ')') ++pos_;
        if (!more()) return fail();
        ++pos_;
        // A quantifier after a comment repeats what came before the comment.
        if (peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{') return fail();
        return transparent();
      } else {
        // Flags: only case matters here; "x" changes how the rest reads.
        bool on = true;
        std::size_t k = 1;
        for (; peek(k) != ':' && peek(k) != ')'; ++k) {
          const char32_t f = peek(k);
          if (f == '-') {
            on = false;
          } else if (f == 'i') {
            ci_ = on;
          } else if (f == 'm') {
            ml_ = on;
          } else if (f != 's' && f != 'w') {
            return fail();
          }
        }
        pos_ += k + 1;
        if (cps_[pos_ - 1] == ')')
          return transparent();  // "(?i)": to the end of the enclosing group
      }
    }
    Node inner = alternation();
    ci_ = ci_outside;
    ml_ = ml_outside;
    if (failed_ || peek() != ')') return fail();
    ++pos_;
    return look ? transparent() : inner;
  }

  bool hex(std::size_t digits, char32_t& out) {
    out = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      const char32_t d = peek();
      int v = -1;
      if (d >= '0' && d <= '9') v = static_cast<int>(d - '0');
      if (d >= 'a' && d <= 'f') v = static_cast<int>(d - 'a' + 10);
      if (d >= 'A' && d <= 'F') v = static_cast<int>(d - 'A' + 10);
      if (v < 0) return false;
      out = out * 16 + static_cast<char32_t>(v);
      ++pos_;
    }
    // A surrogate escape ("\\ud83d\\ude00") pairs with the next one in ICU: not a character.
    return out <= 0x10FFFF && (out < 0xD800 || out > 0xDFFF);
  }

  Node property(bool negated) {
    std::string name;
    if (peek() == '{') {
      ++pos_;
      while (more() && peek() != '}') utf8::append(name, cps_[pos_++]);
      if (!more()) return fail();
      ++pos_;
    } else if (more()) {
      utf8::append(name, cps_[pos_++]);
    }
    if (negated || name.empty() || name[0] == '^') return any_char();
    const int32_t mask = u_getPropertyValueEnum(UCHAR_GENERAL_CATEGORY_MASK, name.c_str());
    if (mask == UCHAR_INVALID_CODE) return any_char();
    ByteSet ascii;
    for (char32_t c = 0; c < 0x80; ++c) {
      if (!(U_GET_GC_MASK(static_cast<UChar32>(c)) & static_cast<uint32_t>(mask))) continue;
      ascii.set(c);
    }
    // Without regard to case, non-ASCII members may match ASCII letters too ('ſ' and 's').
    if (ci_) ascii |= ascii_letters();
    return ascii_class(ascii);
  }

  // After a backslash: true with `lit` for a character, false with `cls` for anything else.
  bool escape(bool in_class, char32_t& lit, Node& cls) {
    if (!more()) {
      cls = fail();
      return false;
    }
    const char32_t c = cps_[pos_++];
    auto ascii_set = [&](const char* members) {
      ByteSet s;
      for (const char* m = members; *m; ++m) s.set(static_cast<unsigned char>(*m));
      cls = ascii_class(s);
      return false;
    };
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        cls = in_class ? fail() : transparent();
        return false;
      case 'd':
        return ascii_set("0123456789");
      case 's':
        return ascii_set("\t\n\v\f\r\x1c\x1d\x1e\x1f ");
      case 'w':
        return ascii_set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
      case 'h':
        return ascii_set("\t ");
      case 'v':
        return ascii_set("\n\v\f\r");
      case 'D':
      case 'S':
      case 'W':
      case 'H':
      case 'V':
        cls = any_char();
        return false;
      case 'R':
      case 'X':
        // A line break or a grapheme cluster: several code points.
        cls = in_class ? fail() : any_char();
        cls.max.reset();
        return false;
      case 'p':
      case 'P':
        cls = property(c == 'P');
        return false;
      case 'x':
        if (peek() == '{') {
          ++pos_;
          std::size_t n = 0;
          while (pos_ + n < cps_.size() && cps_[pos_ + n] != '}') ++n;
          if (n == 0 || n > 6 || !hex(n, lit) || peek() != '}') break;
          ++pos_;
          return true;
        }
        if (hex(2, lit)) return true;
        break;
      case 'u':
        if (hex(4, lit)) return true;
        break;
      case 'U':
        if (hex(8, lit)) return true;
        break;
      case 't':
        lit = '\t';
        return true;
      case 'n':
        lit = '\n';
        return true;
      case 'r':
        lit = '\r';
        return true;
      case 'f':
        lit = '\f';
        return true;
      case 'a':
        lit = 7;
        return true;
      case 'e':
        lit = 27;
        return true;
      default:
        if (c >= '1' && c <= '9' && !in_class) {  // a back reference
          while (peek() >= '0' && peek() <= '9') ++pos_;
          cls = any_char();
          cls.nullable = true;
          cls.max.reset();  // as long as the group it repeats
          return false;
        }
        if (c < 0x80 && !ascii_letter(c) && !(c >= '0' && c <= '9')) {
          lit = c;
          return true;
        }
        break;
    }
    cls = fail();
    return false;
  }

  Node char_class() {
    const bool negated = peek() == '^';
    if (negated) ++pos_;
    if (peek() == ':') {  // "[:name:]" is a property; any other ':' is a member
      std::size_t k = 1;
      if (peek(k) == '^') ++k;
      while (ascii_letter(peek(k)) || peek(k) == '_' || peek(k) == '=' || peek(k) == ' ') ++k;
      if (k > 1 && peek(k) == ':' && peek(k + 1) == ']') return fail();
    }
    std::vector<char32_t> members;
    Node n;
    n.max = 1;
    bool exact = true;
    bool first_item = true;
    while (true) {
      if (!more()) return fail();
      const char32_t c = cps_[pos_++];
      if (c == ']' && !first_item) break;
      first_item = false;
      if (c == '[' || (c == '&' && peek() == '&') || (c == '-' && peek() == '-')) return fail();
      char32_t lo = c;
      if (c == '\\') {
        Node cls;
        if (!escape(true, lo, cls)) {
          if (failed_) return n;
          n.first |= cls.first;
          n.last |= cls.last;
          exact = false;
          continue;
        }
      }
      if (peek() == '-' && peek(1) != ']' && peek(1) != 0) {
        ++pos_;
        char32_t hi = cps_[pos_++];
        if (hi == '[') return fail();
        if (hi == '\\') {
          Node cls;
          if (!escape(true, hi, cls)) return fail();
        }
        if (hi < lo) return fail();
        if (hi - lo < 16) {
          for (char32_t m = lo; m <= hi; ++m) members.push_back(m);
        } else {
          for (char32_t m = lo; m <= hi && m < 0x80; ++m) add_char(n, m);
          if (hi >= 0x80) {
            const ByteSet bytes = ci_ ? high_bytes() | ascii_letters() : high_bytes();
            n.first |= bytes;
            n.last |= bytes;
          }
          exact = false;
        }
        continue;
      }
      members.push_back(lo);
    }
    if (negated) return any_char();
    // "{…}" in a set may be a string of several characters to ICU: no bound.
    if (std::find(members.begin(), members.end(), U'{') != members.end()) n.max.reset();
    Strings strings;
    for (char32_t m : members) {
      add_char(n, m);
      exact = exact && exact_char(m);
      n.folded = n.folded || folded_char(m);
      if (exact) strings.push_back(char_string(m));
    }
    n.folded ? fold(strings) : dedupe(strings);
    if (exact && !strings.empty() && strings.size() <= kMaxStrings) n.exact = strings;
    return n;
  }

  std::vector<char32_t> cps_;
  std::size_t pos_ = 0;
  bool ci_ = false;
  bool ml_ = false;  // multi-line mode: ^ also matches after a line break
  bool failed_ = false;
};

// Calls `on_hit(begin)` for each occurrence of the probe's core that lies, with the bytes it
// constrains before and after it, inside [begin, end) of the text; stops when on_hit returns
// false. The core is looked for in the folded text when the probe is folded; the bytes around it
// are those of the text as written (they come from the regex as written).
template <typename OnHit>
void for_each_hit(const ProbeText& probe_text, std::size_t begin, std::size_t end,
                  const Probe& probe, OnHit&& on_hit) {
  const std::string_view text = probe.folded ? probe_text.folded() : probe_text.text();
  const char* raw = probe_text.text().data();
  const std::size_t n = probe.core.size();
  const std::size_t nb = probe.before.all() ? 0 : 1;
  const std::size_t na = probe.after.all() ? 0 : 1;
  if (end > text.size() || end < begin || end - begin < n + nb + na) return;
  const char* base = text.data();
  // Look for the core's rarest byte, then check the rest around it.
  std::size_t key = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (byte_frequency(static_cast<unsigned char>(probe.core[i])) <
        byte_frequency(static_cast<unsigned char>(probe.core[key])))
      key = i;
  }
  std::size_t c = begin + nb;             // where the core may start
  const std::size_t last = end - n - na;  // the latest start
  while (c <= last) {
    const void* hit = std::memchr(base + c + key, probe.core[key], last - c + 1);
    if (!hit) return;
    c = static_cast<std::size_t>(static_cast<const char*>(hit) - base) - key;
    if (std::memcmp(base + c, probe.core.data(), n) == 0 &&
        (!nb || probe.before[static_cast<unsigned char>(raw[c - 1])]) &&
        (!na || probe.after[static_cast<unsigned char>(raw[c + n])])) {
      if (!on_hit(c)) return;
    }
    ++c;
  }
}

}  // namespace

Prefilter Prefilter::derive(std::string_view source, bool case_insensitive) {
  PrefilterMemo& memo = PrefilterMemo::instance();
  Prefilter p;
  if (memo.find(source, case_insensitive, p)) return p;
  p = derive_afresh(source, case_insensitive);
  memo.add(source, case_insensitive, p);
  return p;
}

Prefilter Prefilter::derive_afresh(std::string_view source, bool case_insensitive) {
  Prefilter p;
  const auto node = Analyser(source, case_insensitive).run();
  if (node && node->probes && probe_cost(*node->probes) < kUnfilteredCost) {
    p.probes_ = *node->probes;
  }
  if (node && !node->nullable) {
    p.starts_ = node->first;
    p.ends_ = node->last;
  }
  p.anchored_ = node && node->anchored;
  // Bytes a match may span: 4 a code point, and 3 code points for one of the pattern's (without
  // regard to case "ß" matches "ss", "ﬃ" "ffi").
  if (node && node->max) p.max_bytes_ = *node->max * 12;
  return p;
}

bool Prefilter::may_start(std::string_view text, Span region) const {
  if (!anchored_ || region.begin >= region.end || region.end > text.size()) return true;
  return starts_[static_cast<unsigned char>(text[region.begin])];
}

bool Prefilter::may_match_whole(std::string_view text, Span region) const {
  if (region.begin >= region.end || region.end > text.size()) return true;
  const auto first = static_cast<unsigned char>(text[region.begin]);
  const auto last = static_cast<unsigned char>(text[region.end - 1]);
  // \n, \r, and the last bytes of NEL (C2 85), LS and PS (E2 80 A8/A9).
  const bool terminator =
      last == '\n' || last == '\r' || last == 0x85 || last == 0xA8 || last == 0xA9;
  // A final line break may follow a match ($), and is not part of it.
  if (max_bytes_ && region.size() > *max_bytes_ + 2) return false;
  return starts_[first] && (terminator || ends_[last]);
}

bool Prefilter::passes(const ProbeText& text, Span region) const {
  if (probes_.empty()) return true;
  for (const Probe& probe : probes_) {
    if (probe.folded && text.unsure(region)) return true;
    bool found = false;
    for_each_hit(text, region.begin, region.end, probe, [&](std::size_t) {
      found = true;
      return false;
    });
    if (found) return true;
  }
  return false;
}

std::vector<Span> Prefilter::filter(const ProbeText& text, const std::vector<Span>& units) const {
  if (probes_.empty()) return units;
  // Every occurrence with the bytes it needs around it, then the units that hold one whole.
  std::vector<Span> hits;
  bool any_folded = false;
  for (const Probe& probe : probes_) {
    const std::size_t nb = probe.before.all() ? 0 : 1;
    const std::size_t na = probe.after.all() ? 0 : 1;
    any_folded = any_folded || probe.folded;
    for_each_hit(text, 0, text.text().size(), probe, [&](std::size_t at) {
      hits.push_back(Span{at - nb, at + probe.core.size() + na});
      return true;
    });
  }
  std::vector<Span> out;
  if (hits.empty() && !any_folded) return out;
  std::sort(hits.begin(), hits.end());
  for (const Span unit : units) {
    if (any_folded && text.unsure(unit)) {
      out.push_back(unit);
      continue;
    }
    auto it = std::lower_bound(hits.begin(), hits.end(), Span{unit.begin, 0});
    for (; it != hits.end() && it->begin < unit.end; ++it) {
      if (it->end <= unit.end) {
        out.push_back(unit);
        break;
      }
    }
  }
  return out;
}

}  // namespace mtlint
