//! From a recommendation's text to the terms the model counts: words, word pairs and, for the
//! model (not the plain baseline), the leading verb phrase marked by its position.

use unicode_normalization::UnicodeNormalization;

/// Words a recommendation often starts with before its verb: "(It is recommended) that the
/// Government (should) ratify ...". Dropped when finding the leading verb phrase, which decides
/// most action categories.
const LEADING_BOILERPLATE: &[&str] = &[
    "to",
    "that",
    "the",
    "government",
    "state",
    "states",
    "should",
    "also",
    "it",
    "is",
    "recommended",
    "recommends",
    "authorities",
    "country",
    "we",
    "party",
    "be",
    "s",
    "and",
    "further",
    "urgently",
    "please",
    "a",
];

/// How a text is cut into terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Analyzer {
    /// Folds accents ("é" to "e") so that spellings with and without them meet.
    pub fold_accents: bool,
    /// Words shorter than this are dropped (scikit-learn's default pattern drops one-letter words).
    pub min_word_len: u8,
    /// Adds the leading verb phrase terms (`^1 ratify`, `^2 consider ratifying`, ...).
    pub leading_phrase: bool,
    /// Adds each word's crude stem (`~organ`), so that "women"/"woman",
    /// "organizations"/"organisation" meet.
    pub stems: bool,
    /// Adds the character n-grams of each word, padded with spaces (`#ratif`), from 3 to this
    /// many characters; 0 for none. They catch spellings, inflections and compounds that
    /// words and stems miss.
    pub char_ngrams: u8,
    /// Adds the text's shape, for the action category (`^` terms, which the other heads leave
    /// out): how long it is, how many capitalised words it names after the first (the Family
    /// Code, a Special Rapporteur: specific actions name things) and whether it has digits.
    pub shape: bool,
    /// Longest run of words counted as one term: 2 for pairs, 3 for pairs and triples.
    pub word_ngrams: u8,
}

impl Analyzer {
    /// The model's analyzer.
    pub const MODEL: Analyzer = Analyzer {
        fold_accents: true,
        min_word_len: 1,
        leading_phrase: true,
        stems: true,
        char_ngrams: 5,
        shape: true,
        word_ngrams: 2,
    };
    /// The plain baseline's: scikit-learn's `TfidfVectorizer` defaults (lowercase, words of two
    /// or more letters or digits).
    pub const PLAIN: Analyzer = Analyzer {
        fold_accents: false,
        min_word_len: 2,
        leading_phrase: false,
        stems: false,
        char_ngrams: 0,
        shape: false,
        word_ngrams: 2,
    };

    /// The terms of `text`, repeated as often as they occur.
    pub fn terms(&self, text: &str) -> Vec<String> {
        let words = self.words(text);
        let mut terms = Vec::with_capacity(words.len() * 2 + 4);
        terms.extend(words.iter().cloned());
        if self.stems {
            terms.extend(words.iter().map(|w| format!("~{}", stem(w))));
        }
        if self.leading_phrase && self.shape {
            terms.extend(shape(text));
        }
        if self.char_ngrams >= 3 {
            for word in &words {
                let padded: Vec<char> = std::iter::once(' ').chain(word.chars()).chain(std::iter::once(' ')).collect();
                for n in 3..=usize::from(self.char_ngrams).min(padded.len()) {
                    terms.extend(padded.windows(n).map(|w| std::iter::once('#').chain(w.iter().copied()).collect()));
                }
            }
        }
        for n in 2..=usize::from(self.word_ngrams) {
            terms.extend(words.windows(n).map(|run| run.join(" ")));
        }
        if self.leading_phrase {
            // Words are letters and digits only, so `^` never collides with one.
            let start = words.iter().position(|w| !LEADING_BOILERPLATE.contains(&w.as_str())).unwrap_or(words.len());
            let lead = &words[start..];
            for n in 1..=4.min(lead.len()) {
                terms.push(format!("^{n} {}", lead[..n].join(" ")));
            }
            // What the opening phrase leads to: "take measures to *ensure*", "continue its
            // efforts to *combat*".
            if let Some(to) = lead.iter().take(8).skip(1).position(|w| w == "to")
                && let Some(next) = lead.get(to + 2)
            {
                terms.push(format!("^to {next}"));
            }
        }
        terms
    }

    /// Lowercased words (runs of letters and digits).
    fn words(&self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let folded: String = if self.fold_accents {
            // Decompose, then drop the combining marks: "é" becomes "e".
            lower.nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).collect()
        } else {
            lower
        };
        folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= usize::from(self.min_word_len) && !w.is_empty())
            .map(String::from)
            .collect()
    }
}

/// Terms for the length of `text` in words, its capitalised words after the first, and its
/// digits, each in a few ranges.
fn shape(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let capitalised = words.iter().skip(1).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let range = |n: usize, bounds: &[usize]| bounds.iter().position(|&b| n < b).unwrap_or(bounds.len());
    let mut out = vec![
        format!("^length {}", range(words.len(), &[8, 12, 18, 25, 35, 50])),
        format!("^capitalised {}", range(capitalised, &[1, 2, 3, 5, 8])),
    ];
    if text.chars().any(|c| c.is_ascii_digit()) {
        out.push("^digits".to_string());
    }
    out
}

/// A crude English stem: the word less the first of some common endings that leaves at least
/// four letters, or the word itself.
fn stem(word: &str) -> &str {
    const ENDINGS: &[&str] = &[
        "isations", "izations", "isation", "ization", "ations", "ation", "ities", "ity", "ings", "ing", "ies", "ory",
        "ive", "ed", "es", "al", "s", "e", "y",
    ];
    // Irregular plurals the recommendations are full of.
    match word {
        "women" => return "woman",
        "children" => return "child",
        _ => {}
    }
    ENDINGS.iter().find_map(|e| word.strip_suffix(e).filter(|s| s.chars().count() >= 4)).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_phrase_skips_boilerplate() {
        let terms = Analyzer::MODEL.terms("That the Government continue its efforts to protect children");
        assert!(terms.contains(&"^1 continue".to_string()));
        assert!(terms.contains(&"^3 continue its efforts".to_string()));
        assert!(terms.contains(&"protect children".to_string()));
    }

    #[test]
    fn stems_meet() {
        let stem = |t: &str| Analyzer::MODEL.terms(t).into_iter().filter(|t| t.starts_with('~')).collect::<Vec<_>>();
        assert_eq!(stem("women"), stem("woman"));
        assert_eq!(stem("children"), stem("child"));
        assert_eq!(stem("rights"), stem("right"));
        assert_eq!(stem("organizations"), stem("organisation"));
        assert!(Analyzer::PLAIN.terms("discrimination").iter().all(|t| !t.starts_with('~')));
    }

    #[test]
    fn accents_fold_and_plain_drops_short_words() {
        assert!(Analyzer::MODEL.terms("Côte d'Ivoire").contains(&"cote".to_string()));
        let plain = Analyzer::PLAIN.terms("Côte d'Ivoire");
        assert!(plain.contains(&"côte".to_string()) && !plain.contains(&"d".to_string()));
    }
}
