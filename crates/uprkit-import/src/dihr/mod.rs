//! The Danish Institute for Human Rights' SDG-Human Rights Data Explorer: one row per
//! (recommendation, recommending State), with the OHCHR document and paragraph it comes from
//! (`Source:A/HRC/12/9|95.1|`) and the SDG goals and targets DIHR links it to. Reached through
//! [`crate::upr_info::read_bytes`], which recognises the file from its header.
//!
//! The file has no session column. Every State is reviewed once per cycle, so the session is
//! the one in which the State under review was reviewed in the cycle `field_year` names
//! (`2009 Cycle 1`), from the lists uprkit-core holds; the year must be that session's year,
//! or the row is refused.

mod sdg;

use crate::ImportError;
use crate::error::Problems;
use crate::upr_info::table::Table;
use std::collections::HashMap;
use std::path::Path;
use uprkit_core::calendar::{SessionPlan, session_plans};
use uprkit_core::{Iso3, NewRecommendation, Position, SessionNo, StateDirectory};

/// The columns read, as DIHR names them. `Recommendation` holds the State under review and
/// `Tekst` the recommendation.
pub const COLUMNS: [&str; 8] =
    ["Recommendation", "Tekst", "Recommending state", "Response", "Document", "Goals", "Targets", "field_year"];

/// The edition given to DIHR rows. The file names no date; its workbook was made on
/// 2023-03-15, so the explorer's data of 2023 it is. A later DIHR file will need a later one.
pub const EDITION: &str = "2023";

/// Reads a DIHR table: every row, or every problem found with its row and reason.
pub fn read(path: &Path, table: &Table, states: &StateDirectory) -> Result<Vec<NewRecommendation>, ImportError> {
    let at = crate::upr_info::layout::positions(path, &table.headers, &COLUMNS)?;
    if table.rows.is_empty() {
        return Err(ImportError::file(path, "the file has a header but no data rows"));
    }
    let context = Context {
        states,
        plans: session_plans(states, None),
        years: uprkit_core::sessions::sessions().into_iter().filter_map(|s| Some((s.number, s.year?))).collect(),
    };
    let source = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let origin = crate::upr_info::Layout::Dihr.origin(&source);
    let mut problems = Problems::default();
    let mut records = Vec::with_capacity(table.rows.len());
    for (row, fields) in &table.rows {
        let get = |column: usize| fields.get(at[column]).map(|s| s.trim()).unwrap_or("");
        let cell = Cell { get: &get, targets_is_number: table.is_number(*row, at[6]) };
        match read_row(&cell, &context) {
            Ok(r) => records.push(NewRecommendation {
                sur: r.sur,
                session: r.session,
                paragraph: r.paragraph,
                text: get(1).to_string(),
                recommending_states: vec![r.recommending_state],
                response: r.response,
                action_category: None,
                issues: Vec::new(),
                sdgs: r.sdgs,
                document: r.document,
                origin: origin.clone(),
                source_ref: format!("{source}:row {row}"),
            }),
            Err(reasons) => reasons.into_iter().for_each(|reason| problems.push(*row, reason)),
        }
    }
    problems.into_result(path, records)
}

/// What every row is checked against.
struct Context<'a> {
    states: &'a StateDirectory,
    plans: Vec<SessionPlan>,
    years: HashMap<u16, u16>,
}

/// One row's cells, by their place in [`COLUMNS`].
struct Cell<'a> {
    get: &'a dyn Fn(usize) -> &'a str,
    targets_is_number: bool,
}

/// The fields of a row that are checked, not copied.
struct Row {
    sur: Iso3,
    session: SessionNo,
    recommending_state: Iso3,
    response: Option<Position>,
    document: Option<String>,
    paragraph: Option<String>,
    sdgs: Vec<uprkit_core::SdgLink>,
}

fn read_row(cell: &Cell<'_>, context: &Context<'_>) -> Result<Row, Vec<String>> {
    let get = cell.get;
    let mut errors = Vec::new();
    let mut state = |column: usize| match context.states.resolve(get(column)) {
        Ok(iso3) => Some(iso3),
        Err(_) if get(column).is_empty() => {
            errors.push(format!("column {} is empty: a State name is needed", COLUMNS[column]));
            None
        }
        Err(_) => {
            errors.push(format!(
                "unknown State {:?} in column {}: use a UN name such as \"Bosnia and Herzegovina\"",
                get(column),
                COLUMNS[column]
            ));
            None
        }
    };
    let sur = state(0);
    let recommending_state = state(2);
    if get(1).is_empty() {
        errors.push("column Tekst is empty: the recommendation text is missing".into());
    }
    let response = match get(3) {
        "" => None,
        v => {
            let p = Position::parse(v);
            if p.is_none() {
                errors.push(format!("response {v:?} is not one of Supported, Noted, Accepted, Pending"));
            }
            p
        }
    };
    let session = sur.as_ref().and_then(|sur| session(sur, get(7), context).map_err(|e| errors.push(e)).ok());
    let (document, paragraph) = document(get(4)).map_err(|e| errors.push(e)).unwrap_or_default();
    let sdgs = sdg::links(get(5), get(6), cell.targets_is_number).map_err(|e| errors.push(e)).unwrap_or_default();
    match (errors.is_empty(), sur, session, recommending_state) {
        (true, Some(sur), Some(session), Some(recommending_state)) => {
            Ok(Row { sur, session, recommending_state, response, document, paragraph, sdgs })
        }
        _ => Err(errors),
    }
}

/// The Working Group session of `sur`'s review in the cycle `field_year` names, checked
/// against its year.
fn session(sur: &Iso3, field_year: &str, context: &Context<'_>) -> Result<SessionNo, String> {
    let words: Vec<&str> = field_year.split_whitespace().collect();
    let parsed = match words.as_slice() {
        [year, word, cycle] if word.eq_ignore_ascii_case("cycle") => {
            year.parse::<u16>().ok().zip(cycle.parse::<u8>().ok())
        }
        _ => None,
    };
    let Some((year, cycle)) = parsed else {
        return Err(format!("field_year {field_year:?} is not a year and cycle such as \"2009 Cycle 1\""));
    };
    let plan = uprkit_core::calendar::rotation::session_of(&context.plans, sur, cycle)
        .ok_or_else(|| format!("cannot tell in which session of cycle {cycle} {sur} was reviewed"))?;
    let held = context.years.get(&plan.number).copied();
    if held != Some(year) {
        return Err(format!(
            "field_year {field_year:?} does not match {sur}'s review of cycle {cycle}: session {}, held in {}",
            plan.number,
            held.map_or("an unknown year".to_string(), |y| y.to_string())
        ));
    }
    SessionNo::parse(&plan.number.to_string()).map_err(|e| e.to_string())
}

/// `Source:A/HRC/12/9|95.1|` as the document symbol and the paragraph; the paragraph is
/// missing from some rows (`Source:A/HRC/14/8`).
fn document(cell: &str) -> Result<(Option<String>, Option<String>), String> {
    if cell.is_empty() {
        return Ok((None, None));
    }
    let malformed = || format!("document {cell:?} is not of the form Source:A/HRC/12/9|95.1|");
    let rest = cell.strip_prefix("Source:").ok_or_else(malformed)?;
    let (symbol, paragraph) = match rest.split('|').collect::<Vec<&str>>().as_slice() {
        [symbol] => (*symbol, ""),
        [symbol, paragraph, ""] => (*symbol, *paragraph),
        _ => return Err(malformed()),
    };
    let symbol_ok = symbol.starts_with("A/") && !symbol.contains(char::is_whitespace);
    let paragraph_ok = paragraph.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !symbol_ok || (!paragraph.is_empty() && !paragraph_ok) {
        return Err(malformed());
    }
    Ok((Some(symbol.to_string()), (!paragraph.is_empty()).then(|| paragraph.to_string())))
}
