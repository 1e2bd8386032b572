#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace mtlint {

/// What a generated word form may do, as bits (see FormTable for how they merge).
enum FormBits : std::uint16_t {
  kFormStandalone = 1 << 0,      ///< accepted on its own (not only inside compounds)
  kFormSuggest = 1 << 1,         ///< may be offered as a suggestion (no NOSUGGEST)
  kFormForbidden = 1 << 2,       ///< FORBIDDENWORD: rejected whatever else generates it
  kFormKeepCase = 1 << 3,        ///< KEEPCASE: accepted only as written
  kFormCompoundBegin = 1 << 4,   ///< may start a compound (COMPOUNDBEGIN or COMPOUNDFLAG)
  kFormCompoundMiddle = 1 << 5,  ///< may sit inside a compound (COMPOUNDMIDDLE or COMPOUNDFLAG)
  kFormCompoundEnd = 1 << 6,     ///< may end a compound (COMPOUNDEND or COMPOUNDFLAG)
  kFormListed = 1 << 7,          ///< from a project or user word list
};

/// Limits on one expansion.
struct ExpandOptions {
  /// Stop (with an error) past this many generated forms; guards against runaway affix files.
  std::size_t max_forms = 20'000'000;
  /// Apply suffixes allowed by another suffix's continuation classes ("drink" -> "drinkable" ->
  /// "drinkables"). Italian's clitic suffixes multiply its forms tenfold through these.
  bool two_level = true;
  /// Leave out prefixes with an apostrophe, the elided articles and pronouns of French and
  /// Italian ("l'", "dell'", "m'", "l'A"): in Italian they multiply every form by about 250.
  bool elided_prefixes = true;
};

/// The message prefix of the error expand_dictionary returns when max_forms is exceeded.
inline constexpr std::string_view kTooManyForms = "the dictionary expands to more than ";

/// Receives each generated form (UTF-8, duplicates possible) with its FormBits.
using FormSink = std::function<void(std::string_view form, std::uint16_t bits)>;

/// Reads a Hunspell dictionary (`aff_path`, `dic_path`) and calls `sink` for every word form it
/// accepts without compounding: stems, prefixed and suffixed forms (two suffix levels, prefix and
/// suffix cross products, continuation classes), honouring FLAG, AF, NEEDAFFIX, ONLYINCOMPOUND,
/// FORBIDDENWORD, NOSUGGEST, KEEPCASE, CIRCUMFIX and COMPOUND{FLAG,BEGIN,MIDDLE,END}. Text in
/// another charset (SET ISO8859-2, ...) is converted to UTF-8. Forms usable only inside compounds
/// are reported without kFormStandalone. A malformed line is an Error naming file and line.
Status expand_dictionary(const std::string& aff_path, const std::string& dic_path,
                         const FormSink& sink, const ExpandOptions& options = {});

}  // namespace mtlint
