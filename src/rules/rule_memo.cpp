#include "rules/rule_memo.h"

#include <unicode/uversion.h>

#include "core/atomic_file.h"
#include "core/byte_io.h"
#include "core/mapped_file.h"

namespace mtlint {

namespace {

constexpr std::string_view kMagic = "MTLRULE2";
// Deeper nesting than any rule file has means a damaged entry.
constexpr int kMaxDepth = 32;

enum Tag : std::uint8_t {
  kTable = 't',
  kArray = 'a',
  kString = 's',
  kInteger = 'i',
  kFloat = 'f',
  kBoolean = 'b'
};

bool write_node(ByteWriter& w, const toml::node& node);

bool write_table(ByteWriter& w, const toml::table& table) {
  w.u8(kTable);
  w.u32(static_cast<std::uint32_t>(table.size()));
  for (const auto& [key, value] : table) {
    w.bytes(key.str());
    if (!write_node(w, value)) return false;
  }
  return true;
}

bool write_node(ByteWriter& w, const toml::node& node) {
  if (const auto* t = node.as_table()) return write_table(w, *t);
  if (const auto* a = node.as_array()) {
    w.u8(kArray);
    w.u32(static_cast<std::uint32_t>(a->size()));
    for (const toml::node& item : *a) {
      if (!write_node(w, item)) return false;
    }
    return true;
  }
  if (const auto* s = node.as_string()) {
    w.u8(kString);
    w.bytes(s->get());
  } else if (const auto* i = node.as_integer()) {
    w.u8(kInteger);
    w.u64(static_cast<std::uint64_t>(i->get()));
  } else if (const auto* f = node.as_floating_point()) {
    w.u8(kFloat);
    const double d = f->get();
    std::uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof d);
    w.u64(bits);
  } else if (const auto* b = node.as_boolean()) {
    w.u8(kBoolean);
    w.u8(b->get() ? 1 : 0);
  } else {
    return false;  // dates and times: never in a rule file so far, so not worth a format
  }
  return true;
}

bool read_table(ByteReader& r, toml::table& out, int depth);
bool read_array(ByteReader& r, toml::array& out, int depth);

// Reads one tagged value and hands it to `put`.
template <class Put>
bool read_value(ByteReader& r, int depth, Put&& put) {
  if (depth > kMaxDepth) return false;
  switch (r.u8()) {
    case kTable: {
      toml::table t;
      if (!read_table(r, t, depth + 1)) return false;
      put(std::move(t));
      return true;
    }
    case kArray: {
      toml::array a;
      if (!read_array(r, a, depth + 1)) return false;
      put(std::move(a));
      return true;
    }
    case kString:
      put(std::string(r.bytes()));
      return r.ok();
    case kInteger:
      put(static_cast<std::int64_t>(r.u64()));
      return r.ok();
    case kFloat: {
      const std::uint64_t bits = r.u64();
      double d = 0;
      std::memcpy(&d, &bits, sizeof d);
      put(d);
      return r.ok();
    }
    case kBoolean:
      put(r.u8() != 0);
      return r.ok();
    default:
      return false;
  }
}

bool read_table(ByteReader& r, toml::table& out, int depth) {
  const std::uint32_t n = r.u32();
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    std::string key(r.bytes());
    if (!read_value(r, depth, [&](auto&& v) { out.insert_or_assign(key, std::move(v)); })) {
      return false;
    }
  }
  return r.ok();
}

bool read_array(ByteReader& r, toml::array& out, int depth) {
  const std::uint32_t n = r.u32();
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    if (!read_value(r, depth, [&](auto&& v) { out.push_back(std::move(v)); })) return false;
  }
  return r.ok();
}

}  // namespace

RuleMemo::RuleMemo(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  auto file = MappedFile::open(path_);
  if (!file) return;
  const std::string_view data = file->bytes();
  if (data.size() < kMagic.size() + sizeof(std::uint64_t) || !data.starts_with(kMagic)) return;
  const std::string_view body = data.substr(0, data.size() - sizeof(std::uint64_t));
  std::uint64_t sum = 0;
  std::memcpy(&sum, data.data() + body.size(), sizeof sum);
  if (checksum64(body) != sum) return;
  ByteReader r(body.substr(kMagic.size()));
  std::map<std::uint64_t, Stored> read;
  for (std::uint32_t i = 0, n = r.u32(); i < n && r.ok(); ++i) {
    const std::uint64_t hash = r.u64();
    read[hash].bytes = r.bytes();
  }
  if (!r.ok() || !r.at_end()) return;
  entries_ = std::move(read);
  file_ = std::move(*file);
}

std::optional<RuleMemo::Entry> RuleMemo::find(std::uint64_t hash) {
  const auto it = entries_.find(hash);
  if (it == entries_.end()) return std::nullopt;
  ByteReader r(it->second.bytes);
  Entry entry;
  for (std::uint32_t i = 0, n = r.u32(); i < n && r.ok(); ++i) {
    entry.example_lines.push_back(static_cast<int>(r.u32()));
  }
  if (r.u8() != kTable || !read_table(r, entry.table, 0) || !r.at_end()) return std::nullopt;
  it->second.used = true;
  return entry;
}

void RuleMemo::add(std::uint64_t hash, const toml::table& table,
                   const std::vector<int>& example_lines) {
  ByteWriter w;
  w.u32(static_cast<std::uint32_t>(example_lines.size()));
  for (const int line : example_lines) w.u32(static_cast<std::uint32_t>(line));
  if (!write_table(w, table)) return;
  Stored& stored = entries_[hash];
  dirty_ = dirty_ || stored.bytes != w.out();
  stored.owned = std::move(w.out());
  stored.bytes = stored.owned;
  stored.used = true;
}

void RuleMemo::save() const {
  if (!dirty_ || path_.empty()) return;
  ByteWriter w;
  w.out().append(kMagic);
  std::uint32_t n = 0;
  for (const auto& [hash, stored] : entries_) n += stored.used ? 1 : 0;
  w.u32(n);
  for (const auto& [hash, stored] : entries_) {
    if (!stored.used) continue;
    w.u64(hash);
    w.bytes(stored.bytes);
  }
  w.u64(checksum64(w.out()));
  (void)write_atomically(path_, w.out());  // a memo that cannot be written is only a memo
}

std::uint64_t RuleMemo::hash_of(std::string_view text) {
  std::uint64_t h = fnv1a64(MTLINT_VERSION);
  h = fnv1a64("\n", h);
  h = fnv1a64(U_ICU_VERSION, h);
  h = fnv1a64("\n", h);
  // The text by its size and checksum, eight bytes at a time: every rule file is hashed on
  // every run.
  const std::uint64_t size_and_sum[2] = {text.size(), checksum64(text)};
  return fnv1a64(std::string_view(reinterpret_cast<const char*>(size_and_sum), sizeof size_and_sum),
                 h);
}

}  // namespace mtlint
