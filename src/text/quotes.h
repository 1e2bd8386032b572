#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace mtlint {

/// Quoted foreign words an edited text glosses, to be left out of the checks like a URL:
/// - a short quotation followed by its translation in brackets: a title given in the original
///   ('“Anatomie d’une chute” (“Anatomy of a Fall”)');
/// - a short quotation introduced as a term: 'known in Mexico as the “mañanera”', 'the
///   so-called "Zeitenwende"', 'the word "glasnost"';
/// - the title of a work, after a noun such as 'film' or a possessive: 'the film “Cinco
///   lobitos”', 'Mascha Schilinski’s “In die Sonne schauen”' (capitalised, no full stop).
/// - speech of any length followed by its translation quoted in brackets ('“Nous ne sommes pas
///   dans la majorité” (“We are not part of the majority”)');
/// - speech quoted in its own language on purpose: introduced as such ('she said in Spanish:
///   “…”'), or followed on its line by its translation ('“Je n’arrive pas à y croire,” she
///   said, before repeating in English: “I cannot believe it.”').
/// The spans cover the quotation marks; sorted, disjoint.
std::vector<Span> glossed_quotes(std::string_view text);

/// True when the word at `at` follows one of `particles` (with their spaces or hyphens: ' de ',
/// '-sur-') right after a capitalised word: the end of a name in its own language ('Tour de
/// Pologne', 'Neuburg an der Donau', 'Châlons-en-Champagne').
bool after_name_particle(std::string_view text, std::size_t at,
                         std::initializer_list<std::string_view> particles);

/// Official names followed by their acronym, whose letters are the names' initials: 'the
/// Commission électorale indépendante (CEI)', 'the Staatliches Museum für Naturkunde (SMNS)'. A
/// name glossed so keeps its language on purpose. The spans run from the name's first word to
/// the closing bracket; sorted, disjoint.
std::vector<Span> acronym_glossed_names(std::string_view text);

/// Names in another language followed by their English translation in brackets, the name's
/// last word straight before the bracket: 'the hard-right Svoboda a přímá demokracie (Freedom
/// and Direct Democracy) party'. The name runs back from the capitalised word nearest the
/// bracket over capitalised words and small particles; it has two words or more. The spans
/// run from the name's first word to the closing bracket; sorted, disjoint.
std::vector<Span> translated_names(std::string_view text);

/// The original title of a work in brackets after its English title: 'The Last Day of School
/// (Ultima zi de școală)', 'The Pause (La pausa)'. The bracket holds two to eight words, one in
/// lower case, no digit; two or more capitalised words come before it. The spans cover the
/// brackets; sorted, disjoint.
std::vector<Span> original_titles(std::string_view text);

/// Names in another language glossed in apposition: 'the Cour des comptes, the national audit
/// office, has'. The name starts with a capital and holds a lower-case word that is no small
/// English word; the gloss is two to six lower-case words after ', the', ', a' or ', an', up to a
/// comma or a full stop. The spans run from the name's first word to the comma; sorted.
std::vector<Span> apposed_names(std::string_view text);

/// Single lower-case words introduced as terms without quotation marks: 'the so-called dosimetria
/// bill', 'known in Icelandic as apalhraun', 'the Portuguese word saudade', or glossed in
/// apposition after ', or' ('neijuan, or “involution”', 'a hudna, or truce.') or translated after
/// ', literally' ('serangan fajar, literally “dawn attack”'). Sorted, disjoint.
std::vector<Span> introduced_terms(std::string_view text);

}  // namespace mtlint
