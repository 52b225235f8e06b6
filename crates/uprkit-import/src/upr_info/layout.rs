//! The column layouts UPR Info exports come in, recognised from the header row.

use crate::ImportError;
use std::path::Path;

/// Which kind of UPR Info file, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Cleaned export (`rec_id,cycle,session,state_under_review,...`), issues `|`-separated.
    Clean,
    /// UPR Info's own export (`To,To-Rgrp,...,Session`), issues comma-separated, HTML entities.
    Raw,
    /// Voluntary pledges (`pledge_id,...,pledge_text,pledging_state,...`).
    Pledges,
}

impl Layout {
    /// The publisher and edition of rows in this layout: both recommendation layouts are the
    /// export of about 2015.
    pub fn origin(self) -> uprkit_core::Origin {
        uprkit_core::Origin::upr_info("2015")
    }
}

/// Column positions of the fields the importer reads.
#[derive(Debug, Clone)]
pub struct Columns {
    pub layout: Layout,
    pub headers: Vec<String>,
    pub sur: usize,
    pub session: usize,
    pub text: usize,
    pub recommending_state: usize,
    pub response: Option<usize>,
    pub action_category: usize,
    pub issues: usize,
    pub cycle: Option<usize>,
}

const CLEAN: [&str; 7] =
    ["state_under_review", "session", "recommendation", "recommending_state", "response", "action_category", "issues"];
const RAW: [&str; 7] = ["To", "Session", "Text", "From", "Response", "Action", "Issue"];
const PLEDGES: [&str; 6] =
    ["state_under_review", "session", "pledge_text", "pledging_state", "action_category", "issues"];

impl Columns {
    /// Recognises the layout from the header and finds every needed column, or says which are
    /// missing.
    pub fn find(path: &Path, headers: &[String]) -> Result<Columns, ImportError> {
        let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
        let (layout, names): (Layout, &[&str]) = if has("pledge_text") {
            (Layout::Pledges, &PLEDGES)
        } else if has("To") && has("From") {
            (Layout::Raw, &RAW)
        } else if has("state_under_review") || has("recommendation") {
            (Layout::Clean, &CLEAN)
        } else {
            return Err(ImportError::file(
                path,
                format!(
                    "not a UPR Info export: the header ({}) has neither the columns {} nor {}",
                    crate::error::bounded_list(headers, ",", 20),
                    CLEAN.join(","),
                    RAW.join(",")
                ),
            ));
        };
        let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let missing: Vec<&str> = names.iter().copied().filter(|n| position(n).is_none()).collect();
        if !missing.is_empty() {
            return Err(ImportError::file(
                path,
                format!(
                    "missing column{} {} in the header row",
                    if missing.len() > 1 { "s" } else { "" },
                    missing.join(", ")
                ),
            ));
        }
        let at = |i: usize| position(names[i]).unwrap_or(0);
        Ok(Columns {
            layout,
            headers: headers.to_vec(),
            sur: at(0),
            session: at(1),
            text: at(2),
            recommending_state: at(3),
            response: if layout == Layout::Pledges { None } else { Some(at(4)) },
            action_category: if layout == Layout::Pledges { at(4) } else { at(5) },
            issues: if layout == Layout::Pledges { at(5) } else { at(6) },
            cycle: position("cycle"),
        })
    }
}
