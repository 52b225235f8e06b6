//! "Did you mean": a search that finds nothing or little because of a misspelt word is offered
//! the same search with the word spelt as the recommendations spell it ("torure" -> "torture").
//!
//! The vocabulary is the index's own `words` field: every word of every text as written (lower
//! case, accents kept, not stemmed, so that a suggestion is a word people write), with the
//! number of recommendations that use it. A word of the query that no or very few
//! recommendations use is replaced by the most frequent word within one or two edits (insert,
//! delete, substitute, swap two neighbours), found by walking each segment's term dictionary (an
//! FST) with a Levenshtein automaton: the walk follows only the prefixes that can still end
//! within the distance, so it visits a sliver of the vocabulary, not all of it.

use super::*;
use std::ops::Range;
use tantivy::query::FuzzyTermQuery;
use uprkit_core::search::check_query;

/// Searches with fewer matches than this are offered a corrected search, when there is one.
pub const FEW_MATCHES: u64 = 5;

/// Words of one query looked up in the dictionary, at most: the rest are left as typed, so a
/// hostile query of 200 unknown words costs no more than one of a few.
pub const MAX_LOOKUPS: usize = 8;

/// A word used by fewer recommendations than this may be a typo although it is indexed: UN
/// texts have typos of their own.
const RARE: u64 = 3;

/// A rare word is replaced only by a word at least this many times as frequent.
const MORE_FREQUENT: u64 = 20;

/// Words shorter than this (in characters) are left alone: too many words are one edit away
/// from "is" or "de".
const MIN_CHARS: usize = 3;

/// Words up to this many characters are corrected within one edit, longer ones within two.
const ONE_EDIT_UP_TO: usize = 4;

/// A suggested search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = DidYouMean)]
pub struct Suggestion {
    /// The search text with its misspelt words corrected; the filters stay the same.
    #[schema(example = "torture")]
    pub query: String,
    /// How many recommendations the corrected search finds, with the same filters.
    pub total: u64,
}

/// What correcting a search text did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Correction {
    /// The text with each corrected word replaced; `None` when no word changed.
    pub query: Option<String>,
    /// Words looked up in the dictionary (at most [`MAX_LOOKUPS`]).
    pub lookups: usize,
    /// Dictionary words within reach of the looked-up words, over all segments: the work done.
    pub candidates: usize,
}

impl Engine {
    /// The search to suggest instead of `text` with `filters`, which found `total` matches:
    /// only for searches with fewer than [`FEW_MATCHES`] matches, and only when the corrected
    /// text finds more than the original.
    pub fn did_you_mean(
        &self,
        text: &str,
        filters: &[(&str, Vec<String>)],
        total: u64,
    ) -> Result<Option<Suggestion>, SearchError> {
        if total >= FEW_MATCHES || text.trim().is_empty() {
            return Ok(None);
        }
        let Some(query) = self.correct_spelling(text)?.query else { return Ok(None) };
        let corrected = self.search(Some(&query), filters, Sort::Newest, 0, 1)?;
        Ok((corrected.total > total).then_some(Suggestion { query, total: corrected.total }))
    }

    /// Distinct words in the vocabulary of "did you mean", counted per segment (a word in two
    /// segments counts twice): the size of what a lookup would scan without the automaton.
    pub fn vocabulary_size(&self) -> Result<u64, SearchError> {
        let mut n = 0;
        for segment in self.reader.searcher().segment_readers() {
            n += segment.inverted_index(self.fields.words)?.terms().num_terms() as u64;
        }
        Ok(n)
    }

    /// `text` with every word that no or very few recommendations use replaced by the most
    /// frequent indexed word one or two edits away. Operators, excluded words (`-word`),
    /// prefixes (`word*`), numbers and words of one or two letters are left as typed, as is
    /// everything between the words (quotes, brackets), so the query keeps its meaning.
    pub fn correct_spelling(&self, text: &str) -> Result<Correction, SearchError> {
        check_query(text)?;
        let searcher = self.reader.searcher();
        let mut out = String::with_capacity(text.len());
        let (mut copied, mut correction) = (0, Correction::default());
        for range in correctable_words(text) {
            let typed = &text[range.clone()];
            let word = typed.to_lowercase();
            let uses = searcher.doc_freq(&Term::from_field_text(self.fields.words, &word))?;
            if uses >= RARE {
                continue;
            }
            if correction.lookups == MAX_LOOKUPS {
                break;
            }
            correction.lookups += 1;
            let Some(better) = self.closest_word(&searcher, &word, uses, &mut correction.candidates)? else {
                continue;
            };
            let better = same_case(typed, &better);
            // An all-capitals correction must not turn a word into an operator ("ANF" -> "AND").
            if matches!(better.as_str(), "AND" | "OR" | "NOT") {
                continue;
            }
            out.push_str(&text[copied..range.start]);
            out.push_str(&better);
            copied = range.end;
        }
        if copied > 0 {
            out.push_str(&text[copied..]);
            correction.query = Some(out);
        }
        Ok(correction)
    }

    /// The most frequent indexed word within reach of `word` (used by `uses` recommendations),
    /// if it is frequent enough to be the word meant. A word one edit away counts ten times
    /// its frequency against one two edits away: the nearer word is more likely meant.
    fn closest_word(
        &self,
        searcher: &Searcher,
        word: &str,
        uses: u64,
        candidates: &mut usize,
    ) -> Result<Option<String>, SearchError> {
        let chars = word.chars().count();
        let reach: u8 = if chars <= ONE_EDIT_UP_TO { 1 } else { 2 };
        let automaton = FuzzyTermQuery::new(Term::from_field_text(self.fields.words, word), reach, true).automaton()?;
        let mut frequency: HashMap<Vec<u8>, u64> = HashMap::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.words)?;
            let mut stream = inverted.terms().search(&automaton).into_stream()?;
            while stream.advance() {
                *candidates += 1;
                *frequency.entry(stream.key().to_vec()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
        let wanted = if uses == 0 { 1 } else { uses * MORE_FREQUENT };
        let best = frequency
            .into_iter()
            .filter_map(|(bytes, n)| String::from_utf8(bytes).ok().map(|w| (w, n)))
            .filter(|(w, n)| w != word && *n >= wanted)
            .filter_map(|(w, n)| {
                let edits = edit_distance(word, &w);
                (edits <= usize::from(reach)).then_some((if edits <= 1 { n * 10 } else { n }, w))
            })
            // Highest score; of equal scores, the first in alphabetical order, so that the
            // answer does not depend on the order of segments.
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
        Ok(best.map(|(_, w)| w))
    }
}

/// The byte ranges of the words of `text` that may be corrected: runs of letters and digits
/// (as the analysers split words) of at least [`MIN_CHARS`] characters and within the indexed
/// length, without digits, that are not operators (`AND`, `OR`, `NOT`), excluded (`-word`) or
/// prefixes (`word*`).
fn correctable_words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // A sentinel space ends the last word.
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                start = None;
                let word = &text[from..at];
                let excluded = text[..from].ends_with('-')
                    && text[..from - 1].chars().next_back().is_none_or(|p| p.is_whitespace() || "(\"".contains(p));
                let prefix = c == '*';
                let operator = matches!(word, "AND" | "OR" | "NOT");
                let chars = word.chars().count();
                let length = chars >= MIN_CHARS && word.len() < crate::schema::MAX_WORD_BYTES;
                if length && !excluded && !prefix && !operator && !word.chars().any(|c| c.is_numeric()) {
                    out.push(from..at);
                }
            }
            _ => {}
        }
    }
    out
}

/// `better` written in the case of `typed`: capitals throughout, a capital first, or as is.
fn same_case(typed: &str, better: &str) -> String {
    let mut letters = typed.chars().filter(|c| c.is_alphabetic());
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    if first_upper && typed.chars().count() > 1 && typed.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return better.to_uppercase();
    }
    if first_upper {
        let mut chars = better.chars();
        return chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    }
    better.to_string()
}

/// Edits between two words (Damerau-Levenshtein, optimal string alignment): insertions,
/// deletions, substitutions and swaps of two neighbours, one each, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best =
                (d[(i - 1) * width + j] + 1).min(d[i * width + j - 1] + 1).min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        correctable_words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn only_plain_words_are_corrected() {
        assert_eq!(words("torure"), ["torure"]);
        assert_eq!(words("\"defenders of humen rights\""), ["defenders", "humen", "rights"]);
        assert_eq!(words("journalists OR defenders NOT police"), ["journalists", "defenders", "police"]);
        assert_eq!(words("death -abolish tortur* x2y resolution 1325"), ["death", "resolution"]);
        assert_eq!(words("(-penalty) human-rights"), ["human", "rights"]);
        assert_eq!(words("discriminación género"), ["discriminación", "género"]);
        assert_eq!(words(&"a".repeat(45)), Vec::<&str>::new());
    }

    #[test]
    fn case_follows_what_was_typed() {
        assert_eq!(same_case("torure", "torture"), "torture");
        assert_eq!(same_case("Torure", "torture"), "Torture");
        assert_eq!(same_case("TORURE", "torture"), "TORTURE");
        assert_eq!(same_case("Égalite", "égalité"), "Égalité");
    }

    #[test]
    fn edits_count_swaps_as_one() {
        assert_eq!(edit_distance("torure", "torture"), 1);
        assert_eq!(edit_distance("rigths", "rights"), 1);
        assert_eq!(edit_distance("humen", "women"), 2);
        assert_eq!(edit_distance("genero", "género"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
