//! OHCHR thematic lists ("matrices") of recommendations: one table row per recommendation with
//! the recommendation and its source of position, the position, and the themes, groups of
//! persons and SDGs; rows of one cell ("Theme: ...", "Right or area: 2.1 ...") head each theme.
//! Older lists give the recommending States a column of their own ("Recommending State(s)")
//! and the rights in "Full list of rights".

use super::docx::{Cell, Docx};
use super::names::{Reading, problem_message, read as read_name};
use super::suffix::{Split, names, split_states};
use super::thematic_columns::{Columns, classifications, columns, header, position, report_symbol, statement};
use super::types::{ThematicList, ThematicRow};
use crate::{ImportError, Problem};
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;
use uprkit_core::{NameCorrection, Position, StateDirectory};

static REF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,3}\.\d{1,3})\.?\s+(.*)$").expect("valid regex"));

/// `true` when the DOCX has a recommendations table: a header row naming the recommendation
/// and position columns.
pub(crate) fn is_thematic_list(docx: &Docx) -> bool {
    columns(docx).is_some()
}

/// Reads the rows of a thematic list. Every row must read; otherwise the list is refused with
/// each row's problem.
pub(crate) fn read(path: &Path, docx: &Docx, states: &StateDirectory) -> Result<ThematicList, ImportError> {
    let Some(cols) = columns(docx) else {
        return Err(ImportError::file(path, "no table with Recommendation and Position columns"));
    };
    let head = header(path, docx, states)?;
    let mut rows = Vec::new();
    let mut corrections = Vec::new();
    let mut problems = Vec::new();
    for (i, row) in docx.rows.iter().enumerate() {
        let (Some(rec), Some(pos)) = (row.get(cols.rec), row.get(cols.pos)) else { continue };
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
        let split = match recommending_states(row, &cols, &text, states) {
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
                    fail(format!("position {p:?} is none of Supported, Partially supported, Noted, Supported/Noted"));
                    continue;
                }
            },
        };
        corrections.extend(split.corrections.into_iter().map(|(printed, read_as)| NameCorrection {
            printed,
            read_as,
            at: format!("para. {paragraph}"),
        }));
        let (themes, groups_of_persons, sdgs) = classifications(row, &cols.names, cols.rec, cols.pos);
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
    Ok(ThematicList {
        sur: head.sur,
        wg_session: head.wg_session,
        cycle: head.cycle,
        report_symbol: report_symbol(&rows),
        rows,
        corrections,
    })
}

/// The recommending States: from their own column when the list has one and the row fills
/// it, else from the parentheses that end the text.
fn recommending_states(row: &[Cell], cols: &Columns, text: &str, states: &StateDirectory) -> Result<Split, String> {
    let column = cols.states.and_then(|i| row.get(i)).map(|c| c.join(", ")).unwrap_or_default();
    if column.trim().is_empty() {
        return split_states(text, states);
    }
    let mut split = Split {
        text: text.trim().trim_end_matches([';', '.', ',', ' ']).to_string(),
        states: Vec::new(),
        corrections: Vec::new(),
    };
    for name in names(&column.replace(';', ",")) {
        let name = name.trim_end_matches('.').trim();
        if name.is_empty() {
            continue;
        }
        let reading = read_name(name, states).map_err(|p| problem_message(name, &p))?;
        if let Reading::Corrected(iso) = &reading {
            split.corrections.push((name.to_string(), iso.clone()));
        }
        if !split.states.contains(reading.iso3()) {
            split.states.push(reading.iso3().clone());
        }
    }
    Ok(split)
}
