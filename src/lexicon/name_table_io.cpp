// NameTable::serialise() and deserialise(): the indexed table as bytes, for name_cache.h.

#include <algorithm>

#include "core/byte_io.h"
#include "lexicon/name_table.h"

namespace mtlint {

namespace {

const std::string& key(const std::string& s) { return s; }
template <class Value>
const std::string& key(const std::pair<const std::string, Value>& entry) {
  return entry.first;
}

// Counts and indexes in 32 bits; std::string::npos as all ones.
constexpr std::uint32_t kNone = 0xFFFFFFFF;

void write_size(ByteWriter& w, std::size_t n) {
  w.u32(n == std::string::npos ? kNone : static_cast<std::uint32_t>(n));
}

// An index (checked by the caller) or std::string::npos.
std::size_t read_index(ByteReader& r) {
  const std::uint32_t n = r.u32();
  return n == kNone ? std::string::npos : n;
}

// A count of entries: each takes at least a byte, so more than the bytes left is damage.
std::size_t read_size(ByteReader& r) {
  const std::uint32_t n = r.u32();
  if (n > r.remaining()) {
    r.fail();
    return 0;
  }
  return static_cast<std::size_t>(n);
}

void write_strings(ByteWriter& w, const std::vector<std::string>& v) {
  write_size(w, v.size());
  for (const auto& s : v) w.bytes(s);
}

std::vector<std::string> read_strings(ByteReader& r) {
  std::vector<std::string> v(read_size(r));
  for (auto& s : v) s = std::string(r.bytes());
  return v;
}

// The entries of a hash map or set in key order, so that a table is always written the same.
template <class Map>
auto sorted(const Map& map) {
  std::vector<const typename Map::value_type*> out;
  out.reserve(map.size());
  for (const auto& entry : map) out.push_back(&entry);
  std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return key(*a) < key(*b); });
  return out;
}

template <class Set>
void write_set(ByteWriter& w, const Set& set) {
  write_size(w, set.size());
  for (const auto* s : sorted(set)) w.bytes(*s);
}

template <class Set>
void read_set(ByteReader& r, Set& set) {
  const std::size_t n = read_size(r);
  set.reserve(n);
  for (std::size_t i = 0; i < n && r.ok(); ++i) set.emplace(r.bytes());
}

}  // namespace

std::string NameTable::serialise() const {
  ByteWriter w;
  write_size(w, entities_.size());
  for (const auto& e : entities_) {
    w.bytes(e->canonical);
    w.u8(static_cast<std::uint8_t>(e->kind));
    write_strings(w, e->native);
    write_size(w, e->variants.size());
    for (const NameVariant& v : e->variants) {
      w.bytes(v.text);
      w.bytes(v.origin);
      w.u8(v.generated ? 1 : 0);
    }
    write_strings(w, e->roles);
    w.bytes(e->path);
    w.u32(static_cast<std::uint32_t>(e->line));
    w.u8(e->exact_only ? 1 : 0);
  }
  for (const auto& words : canonical_words_) write_strings(w, words);
  for (const std::size_t s : short_form_) write_size(w, s);
  // The interned strings once; each ref names them by id.
  write_strings(w, strings_);
  auto write_ref = [&](const WordRef& ref) {
    write_size(w, ref.entity);
    write_size(w, ref.word);
    w.u8(static_cast<std::uint8_t>(ref.how));
    write_size(w, ref.origin);
    w.u8(ref.whole ? 1 : 0);
    write_size(w, ref.source);
  };
  for (const auto* map : {&words_, &folded_}) {
    write_size(w, map->size());
    for (const auto* entry : sorted(*map)) {
      const auto& [word, refs] = *entry;
      w.bytes(word);
      write_size(w, refs.size());
      for (const WordRef& ref : refs) write_ref(ref);
    }
  }
  for (const auto* map : {&folded_phrases_, &phrases_}) {
    write_size(w, map->size());
    for (const auto* entry : sorted(*map)) {
      const auto& [phrase, ref] = *entry;
      w.bytes(phrase);
      write_ref(ref);
    }
  }
  write_set(w, long_form_starts_);
  write_set(w, form_starts_);
  write_size(w, lower_.size());
  for (const auto* entry : sorted(lower_)) {
    const auto& [lower, word] = *entry;
    w.bytes(lower);
    w.bytes(word);
  }
  write_size(w, by_canonical_.size());
  for (const auto* entry : sorted(by_canonical_)) {
    const auto& [canonical, index] = *entry;
    w.bytes(canonical);
    write_size(w, index);
  }
  write_size(w, keys_.size());
  for (const KeyRef& k : keys_) {
    w.bytes(k.key);
    write_size(w, k.entity);
    write_size(w, k.word);
  }
  return std::move(w.out());
}

std::optional<NameTable> NameTable::deserialise(std::string_view bytes) {
  ByteReader r(bytes);
  NameTable t;
  const std::size_t entities = read_size(r);
  for (std::size_t i = 0; i < entities && r.ok(); ++i) {
    auto e = std::make_unique<NameEntity>();
    e->canonical = std::string(r.bytes());
    const std::uint8_t kind = r.u8();
    if (kind > static_cast<std::uint8_t>(EntityKind::other)) r.fail();
    e->kind = static_cast<EntityKind>(kind);
    e->native = read_strings(r);
    e->variants.resize(read_size(r));
    for (NameVariant& v : e->variants) {
      v.text = std::string(r.bytes());
      v.origin = std::string(r.bytes());
      v.generated = r.u8() != 0;
    }
    e->roles = read_strings(r);
    e->path = std::string(r.bytes());
    e->line = static_cast<int>(r.u32());
    e->exact_only = r.u8() != 0;
    t.entities_.push_back(std::move(e));
  }
  if (!r.ok()) return std::nullopt;
  t.canonical_words_.resize(entities);
  for (auto& words : t.canonical_words_) words = read_strings(r);
  t.short_form_.resize(entities);
  for (std::size_t e = 0; e < entities; ++e) {
    const std::size_t s = read_index(r);
    if (s != std::string::npos && s >= t.canonical_words_[e].size()) r.fail();
    t.short_form_[e] = s;
  }
  t.strings_ = read_strings(r);
  if (t.strings_.empty() || !t.strings_.front().empty()) r.fail();
  const std::size_t strings = t.strings_.size();
  auto read_ref = [&]() {
    const std::size_t entity = read_index(r), word = read_index(r);
    WordRef ref = make_ref(entity, word, MatchHow::canonical);
    const std::uint8_t how = r.u8();
    if (how > static_cast<std::uint8_t>(MatchHow::fuzzy)) r.fail();
    ref.how = static_cast<MatchHow>(how);
    const std::size_t origin = read_index(r);
    ref.whole = r.u8() != 0;
    const std::size_t source = read_index(r);
    if (entity >= entities || word >= t.canonical_words_[entity].size() || origin >= strings ||
        source >= strings) {
      r.fail();
      return make_ref(0, 0, MatchHow::canonical);
    }
    ref.origin = static_cast<std::uint32_t>(origin);
    ref.source = static_cast<std::uint32_t>(source);
    return ref;
  };
  for (auto* map : {&t.words_, &t.folded_}) {
    const std::size_t n = read_size(r);
    map->reserve(n);
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      auto& refs = (*map)[std::string(r.bytes())];
      refs.resize(read_size(r));
      for (WordRef& ref : refs) ref = read_ref();
    }
  }
  for (auto* map : {&t.folded_phrases_, &t.phrases_}) {
    const std::size_t n = read_size(r);
    map->reserve(n);
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      std::string phrase(r.bytes());
      map->emplace(std::move(phrase), read_ref());
    }
  }
  read_set(r, t.long_form_starts_);
  read_set(r, t.form_starts_);
  const std::size_t lowers = read_size(r);
  t.lower_.reserve(lowers);
  for (std::size_t i = 0; i < lowers && r.ok(); ++i) {
    std::string lower(r.bytes());
    t.lower_.emplace(std::move(lower), std::string(r.bytes()));
  }
  const std::size_t canonicals = read_size(r);
  t.by_canonical_.reserve(canonicals);
  for (std::size_t i = 0; i < canonicals && r.ok(); ++i) {
    std::string canonical(r.bytes());
    const std::size_t index = read_index(r);
    if (index >= entities) r.fail();
    t.by_canonical_.emplace(std::move(canonical), index);
  }
  t.keys_.resize(read_size(r));
  for (KeyRef& k : t.keys_) {
    k.key = std::string(r.bytes());
    k.entity = read_index(r);
    k.word = read_index(r);
    if (k.entity >= entities || k.word >= t.canonical_words_[k.entity].size()) {
      r.fail();
      k.entity = k.word = 0;
    }
  }
  if (!r.ok() || !r.at_end()) return std::nullopt;
  return t;
}

}  // namespace mtlint
