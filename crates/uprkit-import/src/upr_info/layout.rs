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
    /// UPR Info's database export of 2018 (`SuR;Rgrp;Org;Recommendation;RS;...;Session`):
    /// semicolon-separated, issues comma-separated, HTML entities.
    Export2018,
    /// The Danish Institute for Human Rights' SDG-Human Rights Data Explorer
    /// (`Goals,Recommendation,Tekst,Targets,...,Document`), read by [`crate::dihr`].
    Dihr,
}

impl Layout {
    /// The publisher and edition of rows in this layout read from the file named `file_name`:
    /// the clean and raw layouts are the export of about 2015; the 2018 export is dated by the
    /// stamp UPR Info puts in its file names (`...EXPORT-2018_07_25-20_19_03.csv`), else by its
    /// year; DIHR files carry no date, see [`crate::dihr::EDITION`].
    pub fn origin(self, file_name: &str) -> uprkit_core::Origin {
        match self {
            Layout::Clean | Layout::Raw | Layout::Pledges => uprkit_core::Origin::upr_info("2015"),
            Layout::Export2018 => {
                uprkit_core::Origin::upr_info(&export_stamp(file_name).unwrap_or_else(|| "2018".into()))
            }
            Layout::Dihr => uprkit_core::Origin {
                publisher: uprkit_core::Publisher::Dihr,
                edition: crate::dihr::EDITION.to_string(),
            },
        }
    }
}

/// The date of UPR Info's export stamp in a file name (`EXPORT-2018_07_25-20_19_03` gives
/// `2018-07-25`): the stamp dates the edition, not the format, so the name is only read for it.
fn export_stamp(file_name: &str) -> Option<String> {
    let at = file_name.find("EXPORT-")? + "EXPORT-".len();
    let stamp = file_name.get(at..at + 10)?;
    let digits = |r: std::ops::Range<usize>| stamp.get(r).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let shaped = digits(0..4) && &stamp[4..5] == "_" && digits(5..7) && &stamp[7..8] == "_" && digits(8..10);
    shaped.then(|| format!("{}-{}-{}", &stamp[0..4], &stamp[5..7], &stamp[8..10]))
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
const EXPORT_2018: [&str; 7] = ["SuR", "Session", "Recommendation", "RS", "Response", "Action", "Issue"];
const PLEDGES: [&str; 6] =
    ["state_under_review", "session", "pledge_text", "pledging_state", "action_category", "issues"];

impl Layout {
    /// Recognises the layout from the header row.
    pub fn detect(path: &Path, headers: &[String]) -> Result<Layout, ImportError> {
        let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
        // The 2018 export and DIHR's file also have a `Recommendation` column: they go first.
        Ok(if has("pledge_text") {
            Layout::Pledges
        } else if has("To") && has("From") {
            Layout::Raw
        } else if has("SuR") && has("RS") {
            Layout::Export2018
        } else if has("Tekst") && has("Recommending state") {
            Layout::Dihr
        } else if has("state_under_review") || has("recommendation") {
            Layout::Clean
        } else {
            return Err(ImportError::file(
                path,
                format!(
                    "not a UPR Info export: the header ({}) has none of the column sets {}; {}; {}; {} (DIHR)",
                    crate::error::bounded_list(headers, ",", 20),
                    CLEAN.join(","),
                    RAW.join(","),
                    EXPORT_2018.join(";"),
                    crate::dihr::COLUMNS.join(",")
                ),
            ));
        })
    }
}

/// The position of each of `names` in the header (case-insensitive), or an error naming every
/// missing one. The first column of a name counts: the 2018 export repeats `Rgrp` and `Org`,
/// which no reader needs.
pub(crate) fn positions(path: &Path, headers: &[String], names: &[&str]) -> Result<Vec<usize>, ImportError> {
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
    Ok(names.iter().map(|n| position(n).unwrap_or(0)).collect())
}

impl Columns {
    /// Finds every column a UPR Info `layout` needs (not [`Layout::Dihr`]), or says which are
    /// missing.
    pub fn find(path: &Path, headers: &[String], layout: Layout) -> Result<Columns, ImportError> {
        let names: &[&str] = match layout {
            Layout::Pledges => &PLEDGES,
            Layout::Raw => &RAW,
            Layout::Export2018 => &EXPORT_2018,
            Layout::Clean => &CLEAN,
            // Its columns are another shape altogether: `crate::dihr` finds them itself.
            Layout::Dihr => return Err(ImportError::file(path, "a DIHR file is read by the DIHR reader")),
        };
        let at = positions(path, headers, names)?;
        let pledges = layout == Layout::Pledges;
        Ok(Columns {
            layout,
            headers: headers.to_vec(),
            sur: at[0],
            session: at[1],
            text: at[2],
            recommending_state: at[3],
            response: if pledges { None } else { at.get(4).copied() },
            action_category: if pledges { at[4] } else { at.get(5).copied().unwrap_or(0) },
            issues: if pledges { at[5] } else { at.get(6).copied().unwrap_or(0) },
            cycle: headers.iter().position(|h| h.eq_ignore_ascii_case("cycle")),
        })
    }
}
