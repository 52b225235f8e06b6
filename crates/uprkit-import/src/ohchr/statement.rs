//! How a State words its positions: lists and ranges of recommendation numbers, and the verbs
//! that say supported, noted or partly supported.

use regex::Regex;
use std::sync::LazyLock;
use uprkit_core::Position;

/// One reference, with an optional range: "110.1", "110.1-110.5", "122.17-18", "14–16", "5.".
const ITEM: &str = r"\d{1,3}(?:\.\d{1,3})?\.?(?:\s*[-–—]\s*\d{1,3}(?:\.\d{1,3})?)?";

/// A list of references: items separated by commas, semicolons or "and".
pub(crate) static REF_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{ITEM}(?:\s*(?:,\s*and|,|;|\band\b|&)\s*{ITEM})*")).expect("valid regex"));

/// A list of references right after the word "recommendation(s)".
pub(crate) static LIST_AFTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\brecommendations?\s*(?:nos?\.\s*|numbers?\s*|in paragraphs?\s*)?:?\s*({ITEM}(?:\s*(?:,\s*and|,|;|\band\b|&)\s*{ITEM})*)"
    ))
    .expect("valid regex")
});

/// Expands a list of references into single references: "110.1-110.3, 5" gives 110.1, 110.2,
/// 110.3, 5. A range that runs backwards or over more than 500 numbers is `None`.
pub(crate) fn expand(list: &str) -> Option<Vec<String>> {
    static ITEM_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\d{1,3})(?:\.(\d{1,3}))?\.?(?:\s*[-–—]\s*(\d{1,3})(?:\.(\d{1,3}))?)?").expect("valid regex")
    });
    let mut out = Vec::new();
    for c in ITEM_RE.captures_iter(list) {
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (a, b) = (num(1)?, num(2));
        let (prefix, from) = match b {
            Some(b) => (Some(a), b),
            None => (None, a),
        };
        let to = match (num(3), num(4)) {
            (None, _) => from,
            (Some(x), Some(y)) if Some(x) == prefix => y,
            (Some(_), Some(_)) => return None,
            (Some(x), None) => x,
        };
        if to < from || to - from > 500 {
            return None;
        }
        for n in from..=to {
            out.push(match prefix {
                Some(p) => format!("{p}.{n}"),
                None => n.to_string(),
            });
        }
    }
    Some(out)
}

/// What a piece of text says about support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Verbs {
    pub positive: bool,
    pub negative: bool,
    pub partial: bool,
}

/// Finds the position verbs of a text. Negative forms are looked for first and blanked out so
/// that "cannot accept" does not also count as "accept"; "notes that ..." is a remark, not a
/// noted recommendation.
pub(crate) fn verbs(text: &str) -> Verbs {
    static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)
            \b(?:cannot|can\s+not|could\s+not|does\s+not|do\s+not|did\s+not|is\s+not\s+in\s+a\s+position\s+to|not)
              \s+(?:yet\s+|fully\s+)?(?:accept|support|enjoy)\w*(?:\s+the\s+support)?
            | \bcannot\b[^.;]{0,60}\bdefinitive\s+(?:statement|position|answer)
            | \brejects?\b | \brejected\b | \bnot\s+accepted\b | \bnot\s+supported\b
            | \bnoted\b | \btakes?\s+note\b | \btook\s+note\b
            | \bnotes?\s+(?:the\s+|these\s+|this\s+|following\s+|of\s+)*recommendations?\b",
        )
        .expect("valid regex")
    });
    static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:accepts?|accepted|supports?|supported|agrees?\s+to|enjoys?\s+the\s+support)\b")
            .expect("valid regex")
    });
    static PARTIAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bpartially\b|\bpartly\b|\bin\s+part\b|\bpartial\b").expect("valid regex"));
    // "notes that ...", "has noted that ..." remark on something; they do not note the
    // recommendation.
    static REMARK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:notes?|noted|noting)\s+(?:with\s+\w+\s+)?that\b").expect("valid regex"));
    let text = REMARK.replace_all(text, " ");
    let negative = NEGATIVE.is_match(&text);
    let rest = NEGATIVE.replace_all(&text, " ");
    Verbs { positive: POSITIVE.is_match(&rest), negative, partial: PARTIAL.is_match(&text) }
}

/// `true` when the State says it has implemented (or is implementing) the recommendation.
pub(crate) fn already_implemented(text: &str) -> bool {
    static IMPLEMENTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)\balready\s+(?:been\s+|being\s+)?(?:fully\s+)?implemented\b
            | \bhas\s+already\s+implemented\b
            | \bconsider(?:s|ed)?\b[^.;]{0,60}\b(?:already\s+)?implemented\b
            | \bprocess\s+of\s+(?:being\s+)?implement",
        )
        .expect("valid regex")
    });
    IMPLEMENTED.is_match(text)
}

/// The position a group or list statement states, from its verbs; `None` when it states none.
pub(crate) fn list_position(v: Verbs) -> Option<Position> {
    match (v.partial, v.positive, v.negative) {
        (true, true, _) => Some(Position::PartiallySupported),
        (_, true, true) => Some(Position::PartiallySupported),
        (_, true, false) => Some(Position::Supported),
        (_, false, true) => Some(Position::Noted),
        _ => None,
    }
}

/// Splits a text into sentences at ". " before a capital letter, except after abbreviations
/// such as "No." and "para.".
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if c != '.' || i + 2 >= text.len() || bytes[i + 1] != b' ' {
            continue;
        }
        let next = text[i + 2..].chars().next().unwrap_or(' ');
        let word = text[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let abbreviation =
            ["No", "no", "Nos", "para", "paras", "Art", "art", "Mr", "Ms", "Dr", "Rec", "Recs"].contains(&word);
        if next.is_uppercase() && !abbreviation {
            out.push(text[start..=i].trim());
            start = i + 2;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// The position of one recommendation answered in its own words (cycle-1 addenda). A text
/// that neither accepts nor rejects ("agrees with the importance of ...") is noted: only what
/// the State explicitly supports counts as supported.
pub(crate) fn item_position(text: &str) -> (Position, Option<String>) {
    let mut supported = Vec::new();
    let mut any_negative = false;
    for s in sentences(text) {
        let v = verbs(s);
        if v.positive && !v.negative {
            supported.push(s);
        }
        any_negative |= v.negative;
        if v.positive && v.negative {
            supported.push(s);
        }
    }
    let partial = verbs(text).partial && !supported.is_empty();
    match (supported.is_empty(), any_negative || partial) {
        (false, true) => (Position::PartiallySupported, Some(supported.join(" "))),
        (false, false) => (Position::Supported, None),
        (true, _) => (Position::Noted, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_ranges() {
        let list = |s: &str| expand(s).expect("expands");
        assert_eq!(list("110.1-110.3, 110.8 and 110.10"), ["110.1", "110.2", "110.3", "110.8", "110.10"]);
        assert_eq!(list("122.17-18, 122.34- 35"), ["122.17", "122.18", "122.34", "122.35"]);
        assert_eq!(list("1–3, 14– 16, 150 – 151"), ["1", "2", "3", "14", "15", "16", "150", "151"]);
        assert_eq!(list("5., 6., 7."), ["5", "6", "7"]);
        assert_eq!(expand("110.5-109.7"), None);
        let m = LIST_AFTER_WORD
            .captures("The Government accepts the following recommendations 122.1, 122.12, 122.17-18. Next");
        assert_eq!(m.map(|c| c[1].to_string()), Some("122.1, 122.12, 122.17-18".into()));
    }

    #[test]
    fn verbs_and_positions() {
        assert_eq!(
            list_position(verbs("The Government accepts the following recommendations")),
            Some(Position::Supported)
        );
        assert_eq!(
            list_position(verbs("For the time being, the Government notes recommendations")),
            Some(Position::Noted)
        );
        assert_eq!(
            list_position(verbs("Slovenia partially supports recommendations")),
            Some(Position::PartiallySupported)
        );
        assert_eq!(list_position(verbs("did not enjoy the support of Slovenia")), Some(Position::Noted));
        assert_eq!(list_position(verbs("The following recommendations will be examined")), None);
        assert!(already_implemented("Slovenia considers that they are already implemented or in the process"));
        assert!(!already_implemented("Slovenia accepts the recommendation."));
    }

    #[test]
    fn cycle_one_answers() {
        assert_eq!(
            item_position("Slovenia accepts the recommendation and notes that it has acted."),
            (Position::Supported, None)
        );
        assert_eq!(
            item_position("Slovenia cannot accept the recommendation for the following reasons:").0,
            Position::Noted
        );
        assert_eq!(
            item_position("Slovenia cannot, at this point in time, make a definitive statement.").0,
            Position::Noted
        );
        assert_eq!(item_position("Slovenia agrees with the importance of the Programme.").0, Position::Noted);
        let (p, part) = item_position(
            "Slovenia accepts the recommendation regarding free legal aid. Slovenia cannot accept the recommendation on \
             specialised family courts.",
        );
        assert_eq!(p, Position::PartiallySupported);
        assert_eq!(part.as_deref(), Some("Slovenia accepts the recommendation regarding free legal aid."));
    }
}
