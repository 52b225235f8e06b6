//! OHCHR thematic lists ("matrices") of recommendations: one table row per recommendation with
//! the recommendation and its source of position, the position, and the themes, groups of
//! persons and SDGs; rows of one cell ("Theme: ...") head each theme.

use super::docx::{Cell, Docx};
use super::suffix::split_states;
use super::text::{SYMBOL, normalise_symbol, ordinal, strip_addendum};
use super::types::{PositionStatement, ThematicList, ThematicRow};
use crate::{ImportError, Problem};
use regex::Regex;
use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;
use uprkit_core::{Position, StateDirectory};

static REF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,3}\.\d{1,3})\.?\s+(.*)$").expect("valid regex"));

/// `true` when the DOCX has a recommendations table: a header row naming the recommendation
/// and position columns.
pub(crate) fn is_thematic_list(docx: &Docx) -> bool {
    columns(docx).is_some()
}

/// The columns: recommendation, position, and the header of every column.
struct Columns {
    rec: usize,
    pos: usize,
    names: Vec<String>,
}

fn columns(docx: &Docx) -> Option<Columns> {
    docx.rows.iter().find_map(|row| {
        let names: Vec<String> = row.iter().map(|c| c.join(" ").trim().to_lowercase()).collect();
        let find = |word: &str| names.iter().position(|n| n.starts_with(word));
        Some(Columns { rec: find("recommendation")?, pos: find("position")?, names: names.clone() })
    })
}

/// Reads the rows of a thematic list.
pub(crate) fn read(path: &Path, docx: &Docx, states: &StateDirectory) -> Result<ThematicList, ImportError> {
    let Some(Columns { rec: rec_col, pos: pos_col, names }) = columns(docx) else {
        return Err(ImportError::file(path, "no table with Recommendation and Position columns"));
    };
    let (sur, wg_session) = header(path, docx, states)?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, row) in docx.rows.iter().enumerate() {
        let (Some(rec), Some(pos)) = (row.get(rec_col), row.get(pos_col)) else { continue };
        let Some(first) = rec.first() else { continue };
        let Some(c) = REF.captures(first) else { continue };
        let paragraph = c[1].to_string();
        let source_line = rec.iter().find(|p| p.to_lowercase().starts_with("source of position"));
        let mut text = c[2].to_string();
        for p in rec.iter().skip(1).filter(|p| Some(*p) != source_line && !p.is_empty()) {
            text.push(' ');
            text.push_str(p);
        }
        let mut fail = |reason: String| {
            problems.push(Problem { row: Some(i as u64 + 1), reason: format!("recommendation {paragraph}: {reason}") })
        };
        let split = match split_states(&text, states) {
            Ok(s) => s,
            Err(e) => {
                fail(e);
                continue;
            }
        };
        let position_text = pos.join(" ");
        let position = match position_text.trim() {
            "" => None,
            p => match position(p) {
                Some(Position::Pending) => None,
                Some(position) => Some(statement(position, source_line.map(String::as_str))),
                None => {
                    fail(format!("position {p:?} is none of Supported, Partially supported, Noted"));
                    continue;
                }
            },
        };
        let (themes, groups_of_persons, sdgs) = classifications(row, &names, rec_col, pos_col);
        rows.push(ThematicRow {
            paragraph,
            text: split.text,
            recommending_states: split.states,
            position,
            themes,
            groups_of_persons,
            sdgs,
        });
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(ImportError::MAX_PROBLEMS);
        problems.truncate(ImportError::MAX_PROBLEMS);
        return Err(ImportError { file: path.to_path_buf(), problems, more });
    }
    if rows.is_empty() {
        return Err(ImportError::file(path, "a thematic list table without any numbered recommendation"));
    }
    Ok(ThematicList { sur, wg_session, report_symbol: report_symbol(&rows), rows })
}

/// "UPR of Slovenia (2nd Cycle – 20th session)" in the page header (or the first paragraphs).
fn header(path: &Path, docx: &Docx, states: &StateDirectory) -> Result<(uprkit_core::Iso3, Option<u16>), ImportError> {
    static UPR_OF: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bUPR\s+of\s+(?:the\s+)?(.+?)\s*(?:\(|$)").expect("valid regex"));
    static SESSION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2}\s*(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+session").expect("valid regex")
    });
    let texts = [docx.headers.join(" "), docx.paragraphs.iter().take(10).cloned().collect::<Vec<_>>().join(" ")];
    for t in &texts {
        let Some(c) = UPR_OF.captures(t) else { continue };
        let name = c[1].trim();
        let sur = states
            .resolve(name)
            .map_err(|_| ImportError::file(path, format!("the State under review {name:?} is not a known State")))?;
        let session = SESSION.captures_iter(t).find_map(|c| ordinal(&c[1].replace(' ', "")));
        return Ok((sur, session));
    }
    Err(ImportError::file(path, "a recommendations table without \"UPR of <State>\" in its header: which State?"))
}

/// The position column: "Supported", "Noted", "Partially supported"; "Supported/Noted" (both
/// for one recommendation) is a partial support.
fn position(text: &str) -> Option<Position> {
    let t = text.trim().trim_end_matches('.').to_lowercase();
    if t.contains("partial") || (t.contains("support") && t.contains("noted")) {
        return Some(Position::PartiallySupported);
    }
    Position::parse(&t)
}

/// "Source of position: A/HRC/43/15/Add.1 - Para. 3" as a statement.
fn statement(position: Position, source: Option<&str>) -> PositionStatement {
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
fn classifications(row: &[Cell], names: &[String], rec: usize, pos: usize) -> (Vec<String>, Vec<String>, Vec<u8>) {
    static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Z]\d{1,2}\s+").expect("valid regex"));
    let (mut themes, mut groups, mut sdgs) = (Vec::new(), Vec::new(), Vec::new());
    for (i, cell) in row.iter().enumerate().filter(|(i, _)| *i != rec && *i != pos) {
        let name = names.get(i).map_or("", String::as_str);
        let mut current = if name.contains("assessment") || name.contains("comment") || name.contains("implementation")
        {
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
fn report_symbol(rows: &[ThematicRow]) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in rows.iter().filter_map(|r| r.position.as_ref()).filter(|p| !p.source.is_empty()) {
        *counts.entry(strip_addendum(&p.source)).or_default() += 1;
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(s, _)| s)
}
