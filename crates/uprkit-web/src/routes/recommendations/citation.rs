//! A recommendation's citation as people read it, in the language of the request: the
//! Working Group report's symbol linked to the UN's document server, each source named as its
//! publisher names it (not by the file it came in), and each position with the document that
//! stated it and when, apart from the day uprkit imported it.

use crate::i18n::{self, Lang, t, t1, t2, t3};
use uprkit_store::citation::{Citation, CitedPosition, CitedSource, SourceKind, hrc_session_of};

/// The public address of a UN document in the current language: `https://undocs.org/A/HRC/37/14`
/// in English, `https://undocs.org/fr/A/HRC/37/14` in French, `/es/` in Spanish.
pub fn undocs_url(symbol: &str) -> String {
    undocs_url_in(i18n::current(), symbol)
}

/// [`undocs_url`] in `lang`.
pub fn undocs_url_in(lang: Lang, symbol: &str) -> String {
    match lang {
        Lang::En => format!("https://undocs.org/{symbol}"),
        other => format!("https://undocs.org/{}/{symbol}", other.code()),
    }
}

/// One source, as the page lists it.
#[derive(Debug, Clone)]
pub struct SourceLine {
    /// What kind of source.
    pub kind: SourceKind,
    /// Its name for people: "UPR Info database export, 2018", "OHCHR, Report of the Working Group".
    pub name: String,
    /// The UN document it is (or, for DIHR, cites), shown and linked after the name.
    pub symbol: Option<String>,
    /// The document's undocs.org address in the current language.
    pub url: Option<String>,
    /// Whether the source cites the document rather than being it (DIHR rows).
    pub cites: bool,
}

impl SourceLine {
    /// The name with its symbol, in one string (for the API and the page's title attributes).
    pub fn full_name(&self) -> String {
        match &self.symbol {
            Some(s) if self.cites => format!("{}, {} {s}", self.name, t("recommendation-source-citing")),
            Some(s) => format!("{} ({s})", self.name),
            None => self.name.clone(),
        }
    }
}

/// A source for people; `cycle` names DIHR's data set, which covers one cycle.
pub fn source_line(s: &CitedSource, cycle: u8) -> SourceLine {
    let year = || s.edition.as_deref().and_then(|e| e.get(..4)).unwrap_or("").to_string();
    let name = match s.kind {
        SourceKind::WgReport => t("recommendation-source-wg-report"),
        SourceKind::ThematicList => t("recommendation-source-thematic-list"),
        SourceKind::Addendum => t("recommendation-source-addendum"),
        SourceKind::OtherDocument => t("recommendation-source-document"),
        SourceKind::UprInfo => t1("recommendation-source-upr-info", "year", year()),
        SourceKind::Dihr => t1("recommendation-source-dihr", "cycle", cycle),
        SourceKind::Other => s.raw.clone(),
    };
    SourceLine {
        kind: s.kind,
        name,
        url: s.symbol.as_deref().map(undocs_url),
        symbol: s.symbol.clone(),
        cites: s.kind == SourceKind::Dihr,
    }
}

/// One step of the position history, as the page shows it.
#[derive(Debug, Clone)]
pub struct PositionLine {
    /// `supported`, `noted`, ... (the CSS class; its label comes from the catalogue).
    pub position: String,
    /// The supported part, for a partial support.
    pub supported_part: Option<String>,
    /// The document or data that stated it.
    pub source: SourceLine,
    /// Where in it: "para. 3", "row 7,463".
    pub place: Option<String>,
    /// When it was stated, in words: "Human Rights Council, session 28 (March 2015)".
    pub stated: Option<String>,
    /// The same as an ISO 8601 date, month or year (`2015-03`), for the API.
    pub stated_iso: Option<String>,
    /// The day uprkit imported it, in words.
    pub recorded: String,
}

/// The position history for people.
pub fn position_lines(c: &Citation, cycle: u8) -> Vec<PositionLine> {
    c.positions.iter().map(|p| position_line(c, p, cycle)).collect()
}

fn position_line(c: &Citation, p: &CitedPosition, cycle: u8) -> PositionLine {
    let (stated, stated_iso) = match stated(c, &p.source) {
        Some((words, iso)) => (Some(words), Some(iso)),
        None => (None, None),
    };
    PositionLine {
        position: p.position.clone(),
        supported_part: p.supported_part.clone(),
        source: source_line(&p.source, cycle),
        place: p.source_ref.as_deref().map(place),
        stated,
        stated_iso,
        recorded: i18n::date_str(&p.recorded_at),
    }
}

/// The index of the step that gives the current position: the last one stating it, a UN
/// document's before a publisher's (UPR Info and DIHR copy the State's answer from the documents).
pub fn current_step(lines: &[PositionLine], response: Option<&str>) -> Option<usize> {
    let response = response?;
    let stating: Vec<(usize, &PositionLine)> =
        lines.iter().enumerate().filter(|(_, l)| l.position == response).collect();
    let document = |(_, l): &&(usize, &PositionLine)| !matches!(l.source.kind, SourceKind::UprInfo | SourceKind::Dihr);
    stating.iter().rev().find(document).or(stating.last()).map(|(i, _)| *i)
}

/// "para. 3" or a publisher's `file.csv:row 12` for people; the file's name stays out.
fn place(source_ref: &str) -> String {
    if let Some(p) = source_ref.strip_prefix("para. ") {
        t1("recommendation-para", "paragraph", p)
    } else if let Some((_, row)) = source_ref.rsplit_once(":row ")
        && row.trim().parse::<u64>().is_ok()
    {
        // As the file numbers it, without digit grouping.
        t1("recommendation-row", "row", row.trim())
    } else {
        source_ref.to_string()
    }
}

/// When a source stated a position, in words and as ISO 8601 (date, month or year): a report
/// at the review (its Working Group session), an addendum at the Council session it went to.
/// Publishers' data carries no date of the position.
fn stated(c: &Citation, source: &CitedSource) -> Option<(String, String)> {
    match source.kind {
        SourceKind::WgReport => {
            let (when, iso) = if let Some(day) = &c.review_date {
                (i18n::date_str(day), day.clone())
            } else if let Some((start, end)) = &c.session_dates {
                (
                    t2("recommendation-when-range", "start", i18n::date_str(start), "end", i18n::date_str(end)),
                    start.clone(),
                )
            } else {
                let year = c.session_year?.to_string();
                (year.clone(), year)
            };
            Some((t2("recommendation-when-wg", "session", c.session, "when", when), iso))
        }
        SourceKind::Addendum | SourceKind::OtherDocument => {
            let n = hrc_session_of(source.symbol.as_deref()?)?;
            let (year, part) = hrc_year_and_part(n)?;
            let words = t3("recommendation-when-hrc", "n", n, "part", part, "year", year.to_string());
            Some((words, format!("{year}-{:02}", [3, 6, 9][part as usize])))
        }
        _ => None,
    }
}

/// The year of a regular Council session and which of its three sessions it is (0 March,
/// 1 June, 2 September): three a year since 2007, HRC 52 in March 2023 (as
/// `uprkit_core::calendar::hrc` counts them). UPR outcomes go to session 8 and later.
pub fn hrc_year_and_part(n: u32) -> Option<(i32, u32)> {
    (n >= 4).then(|| {
        let from = n as i32 - 52;
        (2023 + from.div_euclid(3), from.rem_euclid(3) as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::sync_scope;

    #[test]
    fn council_sessions_fall_in_their_months() {
        assert_eq!(hrc_year_and_part(28), Some((2015, 0)));
        assert_eq!(hrc_year_and_part(14), Some((2010, 1)));
        assert_eq!(hrc_year_and_part(8), Some((2008, 1)));
        assert_eq!(hrc_year_and_part(59), Some((2025, 1)));
        assert_eq!(hrc_year_and_part(54), Some((2023, 2)));
        assert_eq!(hrc_year_and_part(1), None);
    }

    #[test]
    fn undocs_addresses_follow_the_language() {
        assert_eq!(sync_scope(Lang::En, || undocs_url("A/HRC/37/14")), "https://undocs.org/A/HRC/37/14");
        assert_eq!(sync_scope(Lang::Fr, || undocs_url("A/HRC/37/14")), "https://undocs.org/fr/A/HRC/37/14");
        assert_eq!(undocs_url_in(Lang::Es, "A/HRC/37/14/Add.1"), "https://undocs.org/es/A/HRC/37/14/Add.1");
    }

    #[test]
    fn places_name_no_file() {
        let row = sync_scope(Lang::En, || place("07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv:row 7532"));
        assert_eq!(row, "row 7532");
        assert_eq!(sync_scope(Lang::Es, || place("para. 3")), "párr. 3");
    }
}
