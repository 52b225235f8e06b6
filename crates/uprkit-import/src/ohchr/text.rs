//! Text helpers shared by the readers: document symbols, running headers, rejoining lines,
//! ordinal numbers written as words.

use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A UN document symbol of the Human Rights Council: `A/HRC/28/15`, `A/HRC/28/15/Add.1`,
/// `A/HRC/DEC/14/105`, `A/HRC/WG.6/34/SVN/3`.
pub(crate) static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bA/HRC/(?:DEC/\d+/\d+|WG\.6/\d+/[A-Z]{3}/\d|\d+/\d+(?:/Add\.\s?\d+)?)").expect("valid regex")
});

/// `A/HRC/28/15` or `A/HRC/28/15/Add.1`: the HRC session and the document number.
static REPORT_SYMBOL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^A/HRC/(\d+)/(\d+)(?:/Add\.\s?(\d+))?$").expect("valid regex"));

/// What a report or addendum symbol says: HRC session, and whether it is an addendum.
pub(crate) fn report_symbol_parts(symbol: &str) -> Option<(u16, bool)> {
    let c = REPORT_SYMBOL.captures(symbol)?;
    Some((c[1].parse().ok()?, c.get(3).is_some()))
}

/// Drops `/Add.n` from an addendum symbol, giving the report's symbol.
pub(crate) fn strip_addendum(symbol: &str) -> String {
    match symbol.find("/Add.") {
        Some(i) => symbol[..i].to_string(),
        None => symbol.to_string(),
    }
}

/// A symbol as written in a document, with the space some documents put in "Add. 1" removed.
pub(crate) fn normalise_symbol(symbol: &str) -> String {
    symbol.replace("Add. ", "Add.")
}

/// Lines that are page furniture rather than text: a lone document symbol, a lone page
/// number (or "Page 17", as the 2008 reports print it at body size), the "GE.14-23930 (E)"
/// job number. Most of them are set small and already gone;
/// this catches the ones set at body size.
pub(crate) fn is_furniture(line: &str) -> bool {
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:A/HRC/\S+|\d{1,3}|Page\s+\d{1,3}|GE\.\d{2}-\d{5}\s*(?:\([A-Z]\))?.*|\*+|\[English only\])$")
            .expect("valid regex")
    });
    FURNITURE.is_match(line.trim())
}

/// Joins printed lines into running text: a word hyphenated at a line end is rejoined; the
/// hyphen is kept (UN documents break lines at real hyphens, "same-\nsex") unless the document
/// elsewhere spells the word without it, which is how a soft hyphenation shows itself.
pub(crate) fn join_lines<'a>(lines: impl IntoIterator<Item = &'a str>, words: &HashSet<String>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = clean(line);
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(&line);
            continue;
        }
        let hyphenated = out.ends_with('-') && out[..out.len() - 1].ends_with(char::is_alphabetic);
        if hyphenated && line.starts_with(char::is_alphabetic) {
            let head = last_word(&out[..out.len() - 1]);
            let tail: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
            let joined = format!("{head}{tail}").to_lowercase();
            // A capital after the break ("Inter-\nMinisterial") is never a soft hyphenation; a
            // bare suffix ("institu-\ntion") always is.
            let capital = tail.starts_with(char::is_uppercase);
            let seen_whole = words.contains(&joined) && !words.contains(&format!("{head}-{tail}").to_lowercase());
            if !capital && (seen_whole || SUFFIXES.contains(&tail.as_str())) {
                out.pop();
            }
            out.push_str(&line);
        } else {
            out.push(' ');
            out.push_str(&line);
        }
    }
    out
}

/// Word endings that are no words of their own, so a line break before them with a hyphen is
/// a word split by hyphenation, never a compound.
const SUFFIXES: [&str; 40] = [
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences", "ing",
    "ings", "ed", "ly", "ous", "ive", "ives", "ally", "ation", "ations", "ible", "ism", "isms", "ists", "ure", "ures",
    "ial", "ials", "ical", "ically", "ency", "ancy", "ised", "ized", "ising", "izing", "ful",
];

fn last_word(s: &str) -> &str {
    let start =
        s.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    &s[start..]
}

/// Every word of a text, lower case, for telling soft hyphenation from real hyphens.
pub(crate) fn word_set<'a>(lines: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    let mut words = HashSet::new();
    for line in lines {
        for w in line.split(|c: char| !(c.is_alphabetic() || c == '-')) {
            let w = w.trim_matches('-');
            if w.len() > 2 {
                words.insert(w.to_lowercase());
            }
        }
    }
    words
}

/// Tabs and runs of spaces become one space; soft hyphens and zero-width spaces go.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{AD}' | '\u{200B}' | '\u{FEFF}' => {}
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Reads an English ordinal ("seventh", "twenty-eighth", "Forty-third", "34th") as a number.
pub(crate) fn ordinal(word: &str) -> Option<u16> {
    let w = word.trim().to_lowercase();
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = &w[digits.len()..];
        return ["st", "nd", "rd", "th"].contains(&rest).then(|| digits.parse().ok()).flatten();
    }
    const UNITS: [&str; 20] = [
        "",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [(&str, &str, u16); 8] = [
        ("twenty", "twentieth", 20),
        ("thirty", "thirtieth", 30),
        ("forty", "fortieth", 40),
        ("fifty", "fiftieth", 50),
        ("sixty", "sixtieth", 60),
        ("seventy", "seventieth", 70),
        ("eighty", "eightieth", 80),
        ("ninety", "ninetieth", 90),
    ];
    if let Some(i) = UNITS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some(i as u16);
    }
    for (ten, tenth, n) in TENS {
        if w == tenth {
            return Some(n);
        }
        if let Some(unit) = w.strip_prefix(ten).and_then(|r| r.strip_prefix(['-', ' '])) {
            return UNITS.iter().position(|u| !u.is_empty() && *u == unit).filter(|i| *i < 10).map(|i| n + i as u16);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("seventh"), Some(7));
        assert_eq!(ordinal("Twenty-eighth"), Some(28));
        assert_eq!(ordinal("forty-third"), Some(43));
        assert_eq!(ordinal("thirtieth"), Some(30));
        assert_eq!(ordinal("34th"), Some(34));
        assert_eq!(ordinal("2nd"), Some(2));
        assert_eq!(ordinal("twenty-eleventh"), None);
        assert_eq!(ordinal("session"), None);
    }

    #[test]
    fn hyphens_are_kept_unless_the_document_spells_the_word_whole() {
        let words = word_set(["the ratification was examined"]);
        assert_eq!(join_lines(["equal rights for same-", "sex couples"], &words), "equal rights for same-sex couples");
        assert_eq!(join_lines(["the ratifi-", "cation of"], &words), "the ratification of");
        assert_eq!(join_lines(["the institu-", "tion"], &words), "the institution");
        assert_eq!(join_lines(["decision-", "making"], &words), "decision-making");
        assert_eq!(join_lines(["its Inter-", "Ministerial"], &word_set(["interministerial"])), "its Inter-Ministerial");
        assert_eq!(join_lines(["a  b\t c", "d"], &words), "a b c d");
    }

    #[test]
    fn furniture() {
        assert!(is_furniture("A/HRC/14/15"));
        assert!(is_furniture("GE.14-23930 (E)"));
        assert!(is_furniture("GE.19-21936(E)"));
        assert!(is_furniture("17"));
        assert!(is_furniture("Page 17"));
        assert!(!is_furniture("115.2 Expedite the process"));
        assert!(!is_furniture("2010."));
    }

    #[test]
    fn symbols() {
        let found = |s: &str| SYMBOL.find(s).map(|m| m.as_str().to_string());
        assert_eq!(found("United Nations\tA/HRC/28/15/Add.1"), Some("A/HRC/28/15/Add.1".into()));
        assert_eq!(found("A/HRC/DEC/43/112"), Some("A/HRC/DEC/43/112".into()));
        assert_eq!(found("x A/HRC/WG.6/34/SVN/3"), Some("A/HRC/WG.6/34/SVN/3".into()));
        assert_eq!(report_symbol_parts("A/HRC/28/15/Add.1"), Some((28, true)));
        assert_eq!(report_symbol_parts("A/HRC/28/15"), Some((28, false)));
        assert_eq!(strip_addendum("A/HRC/28/15/Add.1"), "A/HRC/28/15");
    }
}
