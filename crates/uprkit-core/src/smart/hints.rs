//! Hints for the M and the T of SMART: a draft without a time frame ("by 2027", "within two
//! years", "before the next review") or without anything to measure it by (a number, a
//! budget, an indicator, "all", "every") gets a hint. A draft whose action is done or not
//! ("ratify", "abolish", "establish") measures itself.

use super::lead::{Token, action_words};

/// Words and phrases that set a time frame.
const TIME_PHRASES: &[&str] = &[
    "within",
    "by the end",
    "before the end",
    "before the next",
    "before its next",
    "by the next",
    "by its next",
    "in the next",
    "over the next",
    "during the next",
    "by the time",
    "deadline",
    "deadlines",
    "timeline",
    "timelines",
    "timetable",
    "time-bound",
    "time frame",
    "timeframe",
    "immediately",
    "without delay",
];

/// Words after which a year sets a time frame ("by 2027", "before 2030", "end of 2026").
const BEFORE_YEAR: &[&str] = &["by", "before", "until", "till", "in", "of", "to", "during"];

/// Words that give a measure.
const MEASURE_WORDS: &[&str] = &[
    "all",
    "every",
    "each",
    "indicator",
    "indicators",
    "budget",
    "budgets",
    "target",
    "targets",
    "percent",
    "per",
    "proportion",
    "rate",
    "rates",
    "quota",
    "quotas",
    "benchmark",
    "benchmarks",
    "minimum",
    "baseline",
    "statistics",
    "disaggregated",
    "number",
    "numbers",
    "measurable",
    "least",
];

/// Leading verbs whose action is done or not: the draft needs no other measure.
const DONE_OR_NOT: &[&str] = &[
    "ratify",
    "accede",
    "sign",
    "withdraw",
    "lift",
    "abolish",
    "repeal",
    "enact",
    "amend",
    "criminalize",
    "criminalise",
    "decriminalize",
    "decriminalise",
    "establish",
    "create",
    "publish",
    "extend",
    "issue",
    "join",
    "invite",
    "release",
    "abrogate",
    "revoke",
    "outlaw",
    "ban",
    "prohibit",
    "adhere",
    "accept",
    "submit",
];

/// The gerunds of [`DONE_OR_NOT`] verbs ("consider ratifying X" is still done or not).
const DONE_OR_NOT_GERUNDS: &[&str] = &[
    "ratifying",
    "acceding",
    "signing",
    "withdrawing",
    "lifting",
    "abolishing",
    "repealing",
    "enacting",
    "amending",
    "establishing",
    "creating",
    "publishing",
    "extending",
    "issuing",
    "joining",
    "inviting",
    "releasing",
];

/// Words after "all" that make it no measure ("all necessary measures").
const VAGUE_ALL: &[&str] =
    &["necessary", "appropriate", "possible", "relevant", "needed", "required", "efforts", "measures", "steps", "the"];

/// How many words of the action are looked at for its verb.
const VERB_REACH: usize = 4;

/// `true` when the draft sets a time frame.
pub(crate) fn has_time_frame(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let phrase = (0..words.len()).any(|i| TIME_PHRASES.iter().any(|p| super::lead::starts_with(&words[i..], p)));
    phrase
        || years(text)
            .any(|(year_at, before)| (2000..=2100).contains(&year_at) && BEFORE_YEAR.contains(&before.as_str()))
}

/// `true` when the draft gives something to measure it by, or its action measures itself.
pub(crate) fn has_measure(text: &str, tokens: &[Token]) -> bool {
    if text.chars().any(|c| c.is_ascii_digit()) || text.contains('%') {
        return true;
    }
    let words = action_words(tokens);
    if words.first().is_some_and(|(_, verb)| DONE_OR_NOT.contains(verb))
        || words.iter().take(VERB_REACH).any(|(_, w)| DONE_OR_NOT_GERUNDS.contains(w))
    {
        return true;
    }
    tokens.iter().enumerate().any(|(i, t)| {
        let vague_all = t.lower == "all" && tokens.get(i + 1).is_some_and(|n| VAGUE_ALL.contains(&n.lower.as_str()));
        MEASURE_WORDS.contains(&t.lower.as_str()) && !vague_all
    })
}

/// Four-digit numbers of the text with the word before each (lower case).
fn years(text: &str) -> impl Iterator<Item = (u32, String)> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter_map(move |i| {
        let four = bytes.get(i..i + 4)?;
        let starts = i == 0 || !bytes[i - 1].is_ascii_digit();
        let ends = bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        if !(starts && ends && four.iter().all(u8::is_ascii_digit)) {
            return None;
        }
        let year = std::str::from_utf8(four).ok()?.parse().ok()?;
        let before = text[..i].split_whitespace().last().unwrap_or("").to_lowercase();
        Some((year, before))
    })
}

#[cfg(test)]
mod tests {
    use super::super::lead::tokens;
    use super::*;

    fn time(text: &str) -> bool {
        has_time_frame(text, &tokens(text))
    }
    fn measure(text: &str) -> bool {
        has_measure(text, &tokens(text))
    }

    #[test]
    fn finds_time_frames() {
        assert!(time("Adopt a comprehensive anti-discrimination law by 2027"));
        assert!(time("Establish a national preventive mechanism within one year"));
        assert!(time("Publish the report before the next review"));
        // Real (Angola, session 20): a resolution's year is no time frame.
        let angola = "approve a National Action Plan on Women Peace and Security in accordance with Security Council resolution 1325 (2000)";
        assert!(!time(angola));
        assert!(!time("Continue its efforts to combat trafficking in human beings"));
    }

    #[test]
    fn finds_measures() {
        assert!(measure("Abolish the death penalty."));
        assert!(measure("Allocate 6% of GDP to education"));
        assert!(measure("Ensure that all children are registered at birth"));
        assert!(!measure("Continue its efforts to combat trafficking in human beings"));
        assert!(measure("Consider ratifying the Convention against Torture"));
        // "all necessary measures" measures nothing.
        assert!(!measure("Take all necessary measures to end child marriage"));
    }
}
