//! What kind of UPR document a PDF is, from its first page: the symbol printed at the top, the
//! title, and the State named under it. File names are never looked at.

use super::pdf::{Line, PdfText};
use super::text::{SYMBOL, normalise_symbol, report_symbol_parts};
use regex::Regex;
use std::sync::LazyLock;
use uprkit_core::{Iso3, StateDirectory};

/// The kinds a PDF can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PdfKind {
    /// A WG report, with its symbol and HRC session.
    Report { symbol: String, hrc_session: u16 },
    /// An addendum to a WG report.
    Addendum { symbol: String },
    /// Another UPR document.
    Other { symbol: Option<String>, title: String },
    /// Not a UPR document; the reason says what was missing.
    NotUpr(String),
}

const WG_TITLE: &str = "report of the working group on the universal periodic review";

/// Recognises the kind of a PDF from its first page (and, for the symbol, its second).
pub(crate) fn kind(text: &PdfText) -> PdfKind {
    let first: Vec<&Line> = text.lines.iter().filter(|l| l.page == 1).collect();
    let symbol = text
        .lines
        .iter()
        .take_while(|l| l.page <= 2)
        .find_map(|l| SYMBOL.find(&l.text))
        .map(|m| normalise_symbol(m.as_str()));
    let page_text = first.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ").to_lowercase();
    let page_text = page_text.split_whitespace().collect::<Vec<_>>().join(" ");
    let upr = page_text.contains("universal periodic review");
    if !upr && let Some(language) = super::language::upr_language([page_text.as_str()]) {
        return PdfKind::NotUpr(super::language::refusal(language));
    }
    if !upr {
        return PdfKind::NotUpr(match &symbol {
            Some(s) => format!("{s} is not a document of the Universal Periodic Review"),
            None => "no UN document symbol and no mention of the Universal Periodic Review on its first page: \
                     not an OHCHR document of the UPR"
                .into(),
        });
    }
    let wg_title = page_text.contains(WG_TITLE);
    let addendum = first.iter().any(|l| l.text.trim().eq_ignore_ascii_case("addendum"));
    if let Some(s) = &symbol
        && wg_title
        && let Some((hrc_session, is_addendum)) = report_symbol_parts(s)
    {
        return if is_addendum || addendum {
            PdfKind::Addendum { symbol: s.clone() }
        } else {
            PdfKind::Report { symbol: s.clone(), hrc_session }
        };
    }
    PdfKind::Other { symbol, title: title(&first, text.body_size) }
}

/// The State named under the WG report title ("Report of the Working Group on the Universal
/// Periodic Review*" then "Slovenia"). A long name may wrap ("United Kingdom of Great Britain
/// and" / "Northern Ireland"), so up to three lines are tried. `Err` has the name as printed.
pub(crate) fn state_under_title(text: &PdfText, states: &StateDirectory) -> Option<Result<Iso3, String>> {
    let first: Vec<&Line> = text.lines.iter().filter(|l| l.page == 1).collect();
    let mut joined = String::new();
    for (i, line) in first.iter().enumerate() {
        if !joined.is_empty() || line.text.to_lowercase().contains("report of the working group") {
            joined.push_str(&line.text.to_lowercase());
            joined.push(' ');
            let compact = joined.replace('*', "").split_whitespace().collect::<Vec<_>>().join(" ");
            if compact.contains(WG_TITLE) {
                let mut name = String::new();
                for next in first.iter().skip(i + 1).take(3) {
                    name = format!("{name} {}", next.text.trim_end_matches(['*', ' ']).trim()).trim().to_string();
                    if let Ok(iso) = states.resolve(&name) {
                        return Some(Ok(iso));
                    }
                }
                let printed = first.get(i + 1).map_or("", |l| l.text.trim_end_matches(['*', ' ']).trim());
                return Some(Err(printed.to_string()));
            }
        }
    }
    None
}

/// The WG session from "held its twentieth session" in the report's introduction.
pub(crate) fn wg_session(body: &str) -> Option<u16> {
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)held its ([a-z]+(?:[- ][a-z]+)?|\d+(?:st|nd|rd|th)) session").expect("valid regex")
    });
    HELD.captures(body).and_then(|c| super::text::ordinal(&c[1]))
}

/// The title of a document that is none of the known kinds: the decision's "Outcome of the
/// universal periodic review: X", else the first heading set larger than the body.
fn title(first: &[&Line], body: f32) -> String {
    if let Some(l) = first.iter().find(|l| l.text.to_lowercase().contains("outcome of the universal periodic review")) {
        return clean_title(&l.text);
    }
    let skip = ["united nations", "general assembly", "human rights council"];
    first
        .iter()
        .filter(|l| l.size > body * 1.2)
        .map(|l| clean_title(&l.text))
        .find(|t| !skip.iter().any(|s| t.to_lowercase().starts_with(s)) && !SYMBOL.is_match(t))
        .unwrap_or_else(|| "UPR document".into())
}

fn clean_title(s: &str) -> String {
    // Decisions print "43/112. Outcome of ..."; the number is the symbol's business.
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+/\d+\.\s*").expect("valid regex"));
    let s = NUMBER.replace(s.trim(), "");
    s.trim_end_matches(['*', ' ']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_in_words() {
        assert_eq!(wg_session("The Working Group ... held its twentieth session from 27 October"), Some(20));
        assert_eq!(wg_session("held its thirty-fourth session from 4 to 15 November 2019"), Some(34));
        assert_eq!(wg_session("held its seventh session"), Some(7));
        assert_eq!(wg_session("no session here"), None);
    }
}
