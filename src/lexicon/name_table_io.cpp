// NameTable::serialise() and deserialise(): the indexed table as bytes, for name_cache.h.

#include <algorithm>
#include <cstddef>
#include <cstring>

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

// Bytes that pad `out` to a multiple of 8.
void pad8(std::string& out) { out.append((8 - out.size() % 8) % 8, '\0'); }

}  // namespace

// The frozen indexes (see NameTable::freeze()): the number of refs and four bytes of padding,
// the refs, padded to 8 bytes, then the FlatIndex blocks of words, folded words, phrases,
// folded phrases, long-form starts, form starts and lower-case words.

void NameTable::freeze() {
  std::vector<WordRef> refs;
  using Entries = std::vector<FlatIndex::Entry>;
  auto with_refs = [&](const auto& map) {
    Entries entries;
    for (const auto* entry : sorted(map)) {
      const auto& [word, word_refs] = *entry;
      entries.push_back({word,
                         {static_cast<std::uint32_t>(refs.size()),
                          static_cast<std::uint32_t>(word_refs.size())}});
      refs.insert(refs.end(), word_refs.begin(), word_refs.end());
    }
    return entries;
  };
  auto with_ref = [&](const auto& map) {
    Entries entries;
    for (const auto* entry : sorted(map)) {
      entries.push_back({entry->first, {static_cast<std::uint32_t>(refs.size()), 1}});
      refs.push_back(entry->second);
    }
    return entries;
  };
  auto keys = [](const auto& set) {
    Entries entries;
    for (const auto* key : sorted(set)) entries.push_back({*key, {}});
    return entries;
  };
  Entries lower;
  for (const auto* entry : sorted(lower_)) {
    lower.push_back({entry->first, {entry->second.first, entry->second.second}});
  }
  const Entries indexes[] = {with_refs(words_),
                             with_refs(folded_),
                             with_ref(phrases_),
                             with_ref(folded_phrases_),
                             keys(long_form_starts_),
                             keys(form_starts_),
                             lower};
  auto bytes = std::make_shared<std::string>();
  ByteWriter w;
  w.u32(static_cast<std::uint32_t>(refs.size()));
  w.u32(0);
  w.out().append(reinterpret_cast<const char*>(refs.data()), refs.size() * sizeof(WordRef));
  pad8(w.out());
  for (const Entries& entries : indexes) FlatIndex::write(entries, w.out());
  *bytes = std::move(w.out());
  frozen_owner_ = bytes;
  [[maybe_unused]] const bool read = read_frozen(*bytes);
}

bool NameTable::read_frozen(std::string_view bytes) {
  static_assert(sizeof(WordRef) == 20 && alignof(WordRef) == 4);
  if (bytes.size() < 8 || reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(WordRef) != 0) {
    return false;
  }
  std::uint32_t count = 0;
  std::memcpy(&count, bytes.data(), sizeof count);
  std::size_t at = 8 + std::size_t{count} * sizeof(WordRef);
  at += (8 - at % 8) % 8;
  if (at > bytes.size()) return false;
  // Every byte of every ref is checked before a ref is read as one (a bool must be 0 or 1).
  const std::size_t strings = strings_.size();
  for (std::size_t i = 0; i < count; ++i) {
    const char* raw = bytes.data() + 8 + i * sizeof(WordRef);
    std::uint32_t entity, word, origin, source;
    std::uint8_t how, whole;
    std::uint16_t unused;
    std::memcpy(&entity, raw + offsetof(WordRef, entity), 4);
    std::memcpy(&word, raw + offsetof(WordRef, word), 4);
    std::memcpy(&origin, raw + offsetof(WordRef, origin), 4);
    std::memcpy(&source, raw + offsetof(WordRef, source), 4);
    std::memcpy(&how, raw + offsetof(WordRef, how), 1);
    std::memcpy(&whole, raw + offsetof(WordRef, whole), 1);
    std::memcpy(&unused, raw + offsetof(WordRef, unused), 2);
    if (entity >= entities_.size() || word >= canonical_words_[entity].size() ||
        origin >= strings || source >= strings ||
        how > static_cast<std::uint8_t>(MatchHow::fuzzy) || whole > 1 || unused != 0) {
      return false;
    }
  }
  Frozen f;
  f.refs = std::span(reinterpret_cast<const WordRef*>(bytes.data() + 8), count);
  FlatIndex* indexes[] = {&f.words,          &f.folded,           &f.phrases,
                          &f.folded_phrases, &f.long_form_starts, &f.form_starts,
                          &f.lower};
  for (FlatIndex* index : indexes) {
    auto read = FlatIndex::read(bytes.substr(at));
    if (!read) return false;
    *index = read->first;
    at += read->second;
  }
  if (at != bytes.size()) return false;
  for (const FlatIndex* index : {&f.words, &f.folded}) {
    for (const auto& [key, v] : index->entries()) {
      if (v.b == 0 || std::uint64_t{v.a} + v.b > count) return false;
    }
  }
  for (const FlatIndex* index : {&f.phrases, &f.folded_phrases}) {
    for (const auto& [key, v] : index->entries()) {
      if (v.a >= count) return false;
    }
  }
  for (const auto& [key, v] : f.lower.entries()) {
    if (v.a >= entities_.size() || v.b >= canonical_words_[v.a].size()) return false;
  }
  f.bytes = bytes;
  frozen_ = f;
  return true;
}

void NameTable::thaw() {
  for (const auto& [word, v] : frozen_.words.entries()) {
    const auto refs = frozen_.refs.subspan(v.a, v.b);
    words_[std::string(word)].assign(refs.begin(), refs.end());
  }
  for (const auto& [phrase, v] : frozen_.phrases.entries()) {
    phrases_.emplace(std::string(phrase), frozen_.refs[v.a]);
  }
  for (const auto& [lower, v] : frozen_.lower.entries()) {
    lower_.emplace(std::string(lower), std::pair{v.a, v.b});
  }
  for (std::size_t e = 0; e < entities_.size(); ++e)
    by_canonical_.emplace(entities_[e]->canonical, e);
  // The folded indexes and the form starts are derived again from these (index_folded()).
}

std::string NameTable::serialise() const {
  ByteWriter w;
  // The frozen indexes first, their bytes 8-aligned in a cache file (after its magic, its
  // hash and these 8 bytes), where they are used in place.
  w.u32(0);
  w.bytes(frozen_.bytes);
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
  write_strings(w, strings_);
  write_size(w, keys_.size());
  for (const KeyRef& k : keys_) {
    w.bytes(k.key);
    write_size(w, k.entity);
    write_size(w, k.word);
  }
  return std::move(w.out());
}

std::optional<NameTable> NameTable::deserialise(std::string_view bytes,
                                                std::shared_ptr<const void> owner) {
  ByteReader r(bytes);
  NameTable t;
  if (r.u32() != 0) return std::nullopt;
  const std::string_view frozen = r.bytes();
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
  // In place when they are kept alive and aligned as their refs need; else a copy.
  if (!owner || reinterpret_cast<std::uintptr_t>(frozen.data()) % 8 != 0) {
    auto copy = std::make_shared<const std::string>(frozen);
    owner = copy;
    if (!t.read_frozen(*copy)) return std::nullopt;
  } else if (!t.read_frozen(frozen)) {
    return std::nullopt;
  }
  t.frozen_owner_ = std::move(owner);
  return t;
}

}  // namespace mtlint
