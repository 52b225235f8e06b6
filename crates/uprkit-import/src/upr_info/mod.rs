//! UPR Info exports: the cleaned CSV, UPR Info's raw export (Mac Roman, bare CR line endings,
//! comma-separated issues), its 2018 database export (semicolon-separated), the same columns as
//! XLSX, and voluntary pledges; also DIHR's SDG-coded recommendations ([`crate::dihr`]), so that
//! one command and one upload take every tabular source. The format is recognised from the
//! content, never from the file name.

pub(crate) mod layout;
pub(crate) mod table;

pub use layout::Layout;
pub use table::Container;

use crate::ImportError;
use crate::error::Problems;
use layout::Columns;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use uprkit_core::{ActionCategory, Iso3, Position, SessionNo, StateDirectory};
use uprkit_core::{NewPledge, NewRecommendation};

/// What a UPR Info file holds, read and checked in full.
#[derive(Debug)]
pub enum UprInfoFile {
    /// Recommendations, one per row.
    Recommendations {
        /// How the file was stored.
        container: Container,
        /// Which header layout it had.
        layout: Layout,
        /// The rows.
        records: Vec<NewRecommendation>,
    },
    /// Voluntary pledges.
    Pledges {
        /// How the file was stored.
        container: Container,
        /// The rows.
        records: Vec<NewPledge>,
    },
}

impl UprInfoFile {
    /// Rows read.
    pub fn len(&self) -> usize {
        match self {
            Self::Recommendations { records, .. } => records.len(),
            Self::Pledges { records, .. } => records.len(),
        }
    }

    /// `true` when the file has no data row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads a UPR Info file from disk.
pub fn read_file(path: &Path, states: &StateDirectory) -> Result<UprInfoFile, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::file(path, format!("cannot read the file: {e}")))?;
    read_bytes(path, &bytes, states)
}

/// Reads a UPR Info file already in memory; `path` names it in messages.
pub fn read_bytes(path: &Path, bytes: &[u8], states: &StateDirectory) -> Result<UprInfoFile, ImportError> {
    let table = table::read_table(path, bytes)?;
    let layout = Layout::detect(path, &table.headers)?;
    if layout == Layout::Dihr {
        let records = crate::dihr::read(path, &table, states)?;
        return Ok(UprInfoFile::Recommendations { container: table.container, layout, records });
    }
    let columns = Columns::find(path, &table.headers, layout)?;
    if table.rows.is_empty() {
        return Err(ImportError::file(path, "the file has a header but no data rows"));
    }
    let source = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let origin = layout.origin(&source);
    let sessions = sessions_by_sur(&columns, &table.rows);
    let mut problems = Problems::default();
    let mut recommendations = Vec::new();
    let mut pledges = Vec::new();
    for (row, fields) in &table.rows {
        // The 2018 export leaves the session empty on a row now and then (one in 43,834); the
        // other rows of the same State under review in the file say it when they agree.
        let sur_name = fields.get(columns.sur).map(|s| s.trim()).unwrap_or("");
        let fallback = match sessions.get(sur_name) {
            Some(found) if found.len() == 1 => found.first().map(String::as_str),
            _ => None,
        };
        match read_row(&columns, fields, states, fallback) {
            Ok(r) => {
                let source_ref = format!("{source}:row {row}");
                if columns.layout == Layout::Pledges {
                    pledges.push(NewPledge {
                        sur: r.sur,
                        session: r.session,
                        text: r.text,
                        action_category: r.action_category,
                        issues: r.issues,
                        source_ref,
                    });
                } else {
                    recommendations.push(NewRecommendation {
                        sur: r.sur,
                        session: r.session,
                        paragraph: None,
                        text: r.text,
                        recommending_states: r.recommending_state.into_iter().collect(),
                        response: r.response,
                        action_category: r.action_category,
                        issues: r.issues,
                        sdgs: Vec::new(),
                        document: None,
                        origin: origin.clone(),
                        source_ref,
                    });
                }
            }
            Err(reasons) => reasons.into_iter().for_each(|reason| problems.push(*row, reason)),
        }
    }
    let file = match columns.layout {
        Layout::Pledges => UprInfoFile::Pledges { container: table.container, records: pledges },
        layout => UprInfoFile::Recommendations { container: table.container, layout, records: recommendations },
    };
    problems.into_result(path, file)
}

/// For the 2018 export: every session each State under review (as the file names it) has in
/// the file. Other layouts never leave the session empty, and get no fallback.
fn sessions_by_sur(columns: &Columns, rows: &[(u64, Vec<String>)]) -> HashMap<String, BTreeSet<String>> {
    let mut sessions: HashMap<String, BTreeSet<String>> = HashMap::new();
    if columns.layout != Layout::Export2018 {
        return sessions;
    }
    for (_, fields) in rows {
        let field = |i: usize| fields.get(i).map(|s| s.trim()).unwrap_or("");
        if !field(columns.session).is_empty() {
            sessions.entry(field(columns.sur).to_string()).or_default().insert(field(columns.session).to_string());
        }
    }
    sessions
}

/// One row's fields, checked.
struct Row {
    sur: Iso3,
    session: SessionNo,
    text: String,
    recommending_state: Option<Iso3>,
    response: Option<Position>,
    action_category: Option<ActionCategory>,
    issues: Vec<String>,
}

/// UPR Info's marker for a recommendation whose recommending State it did not record.
const UNKNOWN_STATE: &str = "(Unknown)";

fn read_row(
    c: &Columns,
    fields: &[String],
    states: &StateDirectory,
    fallback: Option<&str>,
) -> Result<Row, Vec<String>> {
    // UPR Info's own exports (the raw one and that of 2018) share their escaping and issues.
    let raw = matches!(c.layout, Layout::Raw | Layout::Export2018);
    // The raw export escapes some characters as HTML entities ("&#40;Unknown&#41;").
    let get = |i: usize| {
        let v = fields.get(i).map(String::as_str).unwrap_or("").trim();
        if raw { html_escape::decode_html_entities(v).into_owned() } else { v.to_string() }
    };
    let name = |i: usize| c.headers.get(i).map(String::as_str).unwrap_or("?");
    let mut errors = Vec::new();
    let mut state = |i: usize| -> Option<Iso3> {
        let v = get(i);
        match states.resolve(&v) {
            Ok(iso3) => Some(iso3),
            Err(_) if v.is_empty() => {
                errors.push(format!("column {} is empty: a State name is needed", name(i)));
                None
            }
            Err(_) => {
                errors.push(format!(
                    "unknown State {v:?} in column {}: use a UN or UPR Info name such as \"Bosnia and Herzegovina\"",
                    name(i)
                ));
                None
            }
        }
    };
    let sur = state(c.sur);
    let rs_name = get(c.recommending_state);
    let recommending_state = if rs_name == UNKNOWN_STATE { None } else { state(c.recommending_state) };
    let session_text = match get(c.session) {
        empty if empty.is_empty() => fallback.unwrap_or_default().to_string(),
        given => given,
    };
    let session = SessionNo::parse(&session_text)
        .map_err(|_| match session_text.is_empty() {
            true => errors.push(format!(
                "column {} is empty, and the other rows of this State under review do not tell one session",
                name(c.session)
            )),
            false => errors.push(format!("session {session_text:?} is not a session number (1, 2, ... 54)")),
        })
        .ok();
    if let (Some(s), Some(ci)) = (session, c.cycle) {
        let cycle = get(ci);
        if !cycle.is_empty() && cycle != s.cycle().to_string() {
            errors.push(format!("cycle {cycle:?} does not match session {s}, which is in cycle {}", s.cycle()));
        }
    }
    let text = get(c.text);
    if text.is_empty() {
        errors.push(format!(
            "column {} is empty: the {} text is missing",
            name(c.text),
            if c.layout == Layout::Pledges { "pledge" } else { "recommendation" }
        ));
    }
    let response = match c.response.map(get) {
        Some(v) if !v.is_empty() => {
            let p = Position::parse(&v);
            if p.is_none() {
                errors.push(format!("response {v:?} is not one of Accepted, Supported, Noted, Pending"));
            }
            p
        }
        _ => None,
    };
    let action_text = get(c.action_category);
    let action_category = if action_text.is_empty() {
        None
    } else {
        let a = ActionCategory::parse(&action_text);
        if a.is_none() {
            errors.push(format!("action category {action_text:?} is not a number from 1 to 5"));
        }
        a
    };
    let separator = if raw { ',' } else { '|' };
    let issues = get(c.issues).split(separator).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
    match (errors.is_empty(), sur, session) {
        (true, Some(sur), Some(session)) => {
            Ok(Row { sur, session, text, recommending_state, response, action_category, issues })
        }
        _ => Err(errors),
    }
}
