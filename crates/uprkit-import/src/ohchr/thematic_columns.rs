//! The parts of an OHCHR thematic list around its rows: which columns hold what, the State
//! under review and session from the page header, the position column and its source, and
//! the themes, groups of persons and SDGs of the other columns.

use super::docx::{Cell, Docx};
use super::text::{SYMBOL, normalise_symbol, ordinal, strip_addendum};
use super::types::{PositionStatement, ThematicRow};
use crate::ImportError;
use regex::Regex;
use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;
use uprkit_core::{Iso3, Position, StateDirectory};

/// The columns: recommendation, position, the recommending States when a column of their
/// own holds them (older lists), and the header of every column.
pub(crate) struct Columns {
    pub rec: usize,
    pub pos: usize,
    pub states: Option<usize>,
    pub names: Vec<String>,
}

/// The header row: one naming the recommendation and position columns ("Recommendation",
/// "Recommending State(s)", "Position", "Full list of rights").
pub(crate) fn columns(docx: &Docx) -> Option<Columns> {
    docx.rows.iter().find_map(|row| {
        let names: Vec<String> = row.iter().map(|c| c.join(" ").trim().to_lowercase()).collect();
        let find = |word: &str| names.iter().position(|n| n.starts_with(word));
        Some(Columns {
            rec: find("recommendation")?,
            pos: find("position")?,
            states: find("recommending state"),
            names: names.clone(),
        })
    })
}

/// Who and when a list is about, from its page header.
pub(crate) struct Header {
    pub sur: Iso3,
    /// "20th session".
    pub wg_session: Option<u16>,
    /// "2nd Cycle", "Second Cycle".
    pub cycle: Option<u8>,
}

/// "UPR of Slovenia (2nd Cycle – 20th session)" in the page header (or the first paragraphs);
/// older lists run "Egypt - Second Cycle Thematic list of recommendations Page 2 of 39",
/// sometimes as rows of the table itself when the list was converted from a PDF.
pub(crate) fn header(path: &Path, docx: &Docx, states: &StateDirectory) -> Result<Header, ImportError> {
    static UPR_OF: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bUPR\s+of\s+(?:the\s+)?(.+?)\s*(?:\(|$)").expect("valid regex"));
    static STATE_CYCLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:the\s+)?(.+?)\s+[-–—]\s+([a-z]+|\d\s*(?:st|nd|rd|th))\s+cycle\b").expect("valid regex")
    });
    static SESSION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2}\s*(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+session").expect("valid regex")
    });
    static CYCLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d\s*(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+cycle\b").expect("valid regex")
    });
    let first_rows: Vec<String> = docx.rows.iter().take(3).flatten().flatten().cloned().collect();
    let joined = [docx.headers.join(" "), docx.paragraphs.iter().take(10).cloned().collect::<Vec<_>>().join(" ")];
    let upr_of = joined.iter().find_map(|t| UPR_OF.captures(t).map(|c| (c[1].trim().to_string(), t.clone())));
    // The older header is a paragraph of its own, matched from its start.
    let older = || {
        docx.headers
            .iter()
            .chain(&docx.paragraphs)
            .chain(&first_rows)
            .find_map(|l| STATE_CYCLE.captures(l).map(|c| (c[1].trim().to_string(), l.clone())))
    };
    if let Some((name, t)) = upr_of.or_else(older) {
        let sur = states
            .resolve(&name)
            .map_err(|_| ImportError::file(path, format!("the State under review {name:?} is not a known State")))?;
        let wg_session = SESSION.captures_iter(&t).find_map(|c| ordinal(&c[1].replace(' ', "")));
        let cycle = CYCLE.captures(&t).and_then(|c| ordinal(&c[1].replace(' ', ""))).and_then(|n| u8::try_from(n).ok());
        return Ok(Header { sur, wg_session, cycle });
    }
    Err(ImportError::file(
        path,
        "a recommendations table without \"UPR of <State>\" or \"<State> - <n> Cycle\" in its header: which State?",
    ))
}

/// The position column: "Supported", "Noted", "Partially supported"; "Supported/Noted" (both
/// for one recommendation) is a partial support.
pub(crate) fn position(text: &str) -> Option<Position> {
    let t = text.trim().trim_end_matches('.').to_lowercase();
    if t.contains("partial") || (t.contains("support") && t.contains("noted")) {
        return Some(Position::PartiallySupported);
    }
    Position::parse(&t)
}

/// "Source of position: A/HRC/43/15/Add.1 - Para. 3" as a statement.
pub(crate) fn statement(position: Position, source: Option<&str>) -> PositionStatement {
    static PARA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bpara(?:graph)?\.?\s*(\d+)").expect("valid regex"));
    let source = source.unwrap_or("");
    let symbol = SYMBOL.find(source).map(|m| normalise_symbol(m.as_str())).unwrap_or_default();
    // The last "para" names the paragraph ("A/HRC/28/15/Add.1, para. 3 - Para. 3" occurs).
    let para = PARA.captures_iter(source).last().map(|c| format!("para. {}", &c[1])).unwrap_or_default();
    PositionStatement { position, supported_part: None, source: symbol, source_ref: para, already_implemented: false }
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Themes,
    Groups,
    Sdgs,
    Skip,
}

/// Which list a label names: "SDGs:", "Affected persons:" / "Groups of persons:", "Themes".
fn section(label: &str) -> Option<Section> {
    let l = label.to_lowercase();
    if l.contains("sdg") || l.contains("sustainable development") {
        Some(Section::Sdgs)
    } else if l.contains("person") || l.contains("group") {
        Some(Section::Groups)
    } else if l.contains("theme") {
        Some(Section::Themes)
    } else {
        None
    }
}

/// Themes, groups of persons and SDGs from the other columns: one "themes" column with
/// sections headed "Affected persons:" (cycle 3) or "Groups of persons:" and "SDGs:", items
/// prefixed with "- "; or separate columns named so. Assessment and comment columns are skipped.
/// Older lists name a column "Full list of rights" with items numbered "2.1 ..."; the number
/// is dropped like the cycle-2 codes.
pub(crate) fn classifications(
    row: &[Cell],
    names: &[String],
    rec: usize,
    pos: usize,
) -> (Vec<String>, Vec<String>, Vec<u8>) {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:[A-Z]\d{1,2}|\d{1,2}(?:\.\d{1,2})*\.?)\s+").expect("valid regex"));
    let (mut themes, mut groups, mut sdgs) = (Vec::new(), Vec::new(), Vec::new());
    for (i, cell) in row.iter().enumerate().filter(|(i, _)| *i != rec && *i != pos) {
        let name = names.get(i).map_or("", String::as_str);
        let skip = ["assessment", "comment", "implementation", "recommending state"];
        let mut current = if skip.iter().any(|w| name.contains(w)) {
            Section::Skip
        } else {
            section(name).unwrap_or(Section::Themes)
        };
        for p in cell {
            if p.ends_with(':') {
                if current != Section::Skip {
                    current = section(p).unwrap_or(current);
                }
                continue;
            }
            let item = p.trim_start_matches(['-', '–', '•', ' ']).trim();
            match current {
                _ if item.is_empty() => {}
                Section::Skip => {}
                Section::Themes => themes.push(CODE.replace(item, "").trim().to_string()),
                Section::Groups => groups.push(item.to_string()),
                Section::Sdgs => {
                    let digits: String =
                        item.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
                    if let Ok(n) = digits.parse::<u8>()
                        && (1..=17).contains(&n)
                        && !sdgs.contains(&n)
                    {
                        sdgs.push(n);
                    }
                }
            }
        }
    }
    (themes, groups, sdgs)
}

/// The WG report most positions cite, without "/Add.1".
pub(crate) fn report_symbol(rows: &[ThematicRow]) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in rows.iter().filter_map(|r| r.position.as_ref()).filter(|p| !p.source.is_empty()) {
        *counts.entry(strip_addendum(&p.source)).or_default() += 1;
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(s, _)| s)
}
