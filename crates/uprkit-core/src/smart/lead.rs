//! Where a recommendation's action starts: its words, and the preamble before the leading
//! verb ("The Government should", "We recommend that Sri Lanka", "Continue, as a matter of
//! priority, to ...") that says nothing about the action.

use crate::text::strip_accent;

/// One word (or one of the punctuation marks `,` `;` `:`) of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Lower case, accents folded; `'` for a typographic apostrophe.
    pub lower: String,
    /// The word begins with a capital letter in the text (a name, after "recommend that").
    pub capital: bool,
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
}

impl Token {
    /// A punctuation token, not a word.
    pub fn is_mark(&self) -> bool {
        matches!(self.lower.as_str(), "," | ";" | ":")
    }
}

/// The tokens of a text: words start with a letter and go on with letters, apostrophes and
/// hyphens ("acknowledge-recognize" stays one word); digits and other signs separate words.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut current: Option<Token> = None;
    for (at, c) in text.char_indices() {
        let folded = if c == '\u{2019}' {
            '\''
        } else if c.is_ascii() {
            c
        } else {
            strip_accent(c)
        };
        let end = at + c.len_utf8();
        let continues = folded.is_ascii_alphabetic() || ((folded == '\'' || folded == '-') && current.is_some());
        if continues {
            let token = current.get_or_insert_with(|| Token {
                lower: String::new(),
                capital: folded.is_ascii_uppercase(),
                start: at,
                end,
            });
            token.lower.push(folded.to_ascii_lowercase());
            token.end = end;
            continue;
        }
        out.extend(current.take());
        if matches!(folded, ',' | ';' | ':') {
            out.push(Token { lower: folded.to_string(), capital: false, start: at, end });
        }
    }
    out.extend(current);
    out
}

/// Adverbs between the preamble and the verb ("also", "urgently", "fully").
const ADVERBS: &[&str] = &[
    "also",
    "further",
    "urgently",
    "swiftly",
    "promptly",
    "immediately",
    "effectively",
    "fully",
    "formally",
    "expeditiously",
    "seriously",
    "positively",
    "favourably",
    "favorably",
    "actively",
    "duly",
    "quickly",
    "strongly",
    "progressively",
    "gradually",
    "systematically",
    "vigorously",
    "resolutely",
    "continuously",
    "consistently",
    "firmly",
    "steadily",
    "genuinely",
    "please",
    "officially",
    "rapidly",
    "speedily",
    "definitively",
    "carefully",
    "thoroughly",
    "subsequently",
    "finally",
    "now",
    "again",
    "still",
    "rigorously",
    "explicitly",
    "legally",
    "forcefully",
];

/// Phrases skipped before the verb, tried in this order. After one that ends in "that", the
/// name of the State that follows is skipped too ("We recommend that Sri Lanka ratify").
const PREAMBLE: &[&str] = &[
    "as soon as possible",
    "as a matter of priority",
    "as a priority",
    "as a matter of urgency",
    "without delay",
    "without further delay",
    "in particular",
    "at the earliest opportunity",
    "where appropriate",
    "if necessary",
    "in this regard",
    "in this context",
    "in that regard",
    "in that context",
    "to this end",
    "the government",
    "government",
    "the state",
    "the authorities",
    "authorities",
    "it is recommended that",
    "we recommend that",
    "recommends that",
    "recommend that",
    "we recommend",
    "to",
    "that",
    "should",
    ",",
];

/// Openings skipped up to the next comma ("In line with its Constitution, adopt ...").
const UP_TO_COMMA: &[&str] = &[
    "in line with",
    "in accordance with",
    "with a view to",
    "in order to",
    "in conformity with",
    "in cooperation with",
    "in consultation with",
    "with the support of",
    "with the assistance of",
    "in view of",
    "taking into account",
];

/// How far a comma may be for [`UP_TO_COMMA`] openings, in tokens.
const COMMA_REACH: usize = 15;
/// "X should" counts as a preamble when "should" is among the first tokens.
const SHOULD_REACH: usize = 8;

/// Index of the first token of the action: past "… should", preamble phrases, adverbs.
pub(crate) fn action_start(tokens: &[Token]) -> usize {
    let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let mut i = words.iter().take(SHOULD_REACH).position(|w| *w == "should").map_or(0, |p| p + 1);
    loop {
        if i >= words.len() {
            return i;
        }
        if ADVERBS.contains(&words[i]) {
            i += 1;
            continue;
        }
        if let Some(phrase) = PREAMBLE.iter().find(|p| starts_with(&words[i..], p)) {
            i += phrase.split(' ').count();
            if phrase.ends_with("that") {
                while i < tokens.len() && (tokens[i].capital || matches!(words[i], "of" | "the" | "and")) {
                    i += 1;
                }
            }
            continue;
        }
        let opening = UP_TO_COMMA.iter().any(|p| starts_with(&words[i..], p));
        match words.iter().skip(i).take(COMMA_REACH).position(|w| *w == ",") {
            Some(comma) if opening => i += comma + 1,
            _ => return i,
        }
    }
}

/// `true` when `words` begin with the words of `phrase` (single spaces).
pub(crate) fn starts_with(words: &[&str], phrase: &str) -> bool {
    let mut n = 0;
    for (k, part) in phrase.split(' ').enumerate() {
        if words.get(k) != Some(&part) {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// The words of the action (punctuation left out), from [`action_start`], with their index in
/// `tokens`.
pub(crate) fn action_words(tokens: &[Token]) -> Vec<(usize, &str)> {
    let start = action_start(tokens);
    tokens.iter().enumerate().skip(start).filter(|(_, t)| !t.is_mark()).map(|(i, t)| (i, t.lower.as_str())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(text: &str) -> Vec<String> {
        let t = tokens(text);
        action_words(&t).into_iter().take(3).map(|(_, w)| w.to_string()).collect()
    }

    #[test]
    fn skips_the_preamble_of_real_recommendations() {
        assert_eq!(lead("The Government should ratify the Optional Protocol"), ["ratify", "the", "optional"]);
        assert_eq!(lead("We recommend that Sri Lanka ratify OP-CAT by 2027"), ["ratify", "op-cat", "by"]);
        assert_eq!(lead("Continue, as a matter of priority, to combat trafficking"), ["continue", "as", "a"]);
        assert_eq!(lead("In line with its Constitution, adopt a law"), ["adopt", "a", "law"]);
        assert_eq!(lead("Also urgently abolish the death penalty"), ["abolish", "the", "death"]);
        assert_eq!(lead("Take steps to ensure that women’s rights"), ["take", "steps", "to"]);
    }
}
