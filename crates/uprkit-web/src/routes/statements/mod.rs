//! Statements at the adoption in the Human Rights Council (issue 15): the list of a
//! workspace's statements with the calendar's moments, the editor (live word count and reading
//! time at the speaker's pace), the practice view with its timer, and the DOCX and PDF
//! downloads. A statement the viewer may not see answers exactly like one that does not exist.

mod download;
mod editor;
mod list;
mod practice;
mod script;

use crate::WebError;
use crate::i18n::t;
use axum::Router;
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::Deserialize;
use uprkit_app::statements::{StatementEdit, StatementMoment};
use uprkit_core::calendar::MomentKind;
use uprkit_core::statement::{Accreditation, StatementKind, StatementWarning};

pub fn router() -> Router<crate::AppState> {
    Router::new()
        .route("/workspaces/{id}/statements", get(list::list).post(list::create))
        .route("/statements/{id}", get(editor::page).post(editor::save))
        .route("/statements/{id}/delete", post(editor::delete))
        .route("/statements/{id}/practice", get(practice::page))
        .route("/statements/{id}/statement.docx", get(download::docx))
        .route("/statements/{id}/statement.pdf", get(download::pdf))
        .route("/static/statement.js", get(script::statement_js))
}

/// A statement as its forms send it.
#[derive(Deserialize)]
pub(crate) struct StatementForm {
    kind: String,
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    pace: String,
    accreditation: String,
    #[serde(default)]
    organisation_name: String,
    #[serde(default)]
    partner: String,
    #[serde(default)]
    speaker: String,
    #[serde(default)]
    language: String,
    pub csrf: Option<String>,
}

impl StatementForm {
    /// The edit, or a clear refusal of a value no form offers.
    pub(crate) fn edit(&self) -> Result<StatementEdit, WebError> {
        let kind = StatementKind::parse(&self.kind).ok_or_else(|| WebError::BadRequest(t("statement-error-kind")))?;
        let accreditation = Accreditation::parse(&self.accreditation)
            .ok_or_else(|| WebError::BadRequest(t("statement-error-status")))?;
        let pace = match self.pace.trim() {
            "" => None,
            p => Some(p.parse::<i64>().map_err(|_| WebError::BadRequest(t("statement-error-pace")))?),
        };
        Ok(StatementEdit {
            kind,
            title: self.title.clone(),
            body: self.body.clone(),
            pace,
            accreditation,
            organisation_name: Some(self.organisation_name.clone()),
            partner: self.partner.clone(),
            speaker: self.speaker.clone(),
            language: Some(self.language.clone()),
        })
    }
}

/// A kind in words.
pub(crate) fn kind_label(kind: &StatementKind) -> String {
    t(match kind {
        StatementKind::Oral => "statement-kind-oral",
        StatementKind::Written => "statement-kind-written",
    })
}

/// The kinds for a select: (value, label).
pub(crate) fn kinds() -> Vec<(&'static str, String)> {
    [StatementKind::Oral, StatementKind::Written].iter().map(|k| (k.as_str(), kind_label(k))).collect()
}

/// The statuses for a select: (value, label).
pub(crate) fn statuses() -> Vec<(&'static str, String)> {
    Accreditation::ALL
        .iter()
        .map(|a| (a.as_str(), t(&format!("statement-status-{}", a.as_str().replace('_', "-")))))
        .collect()
}

/// The languages of the document's labels: (code, name in its own language).
pub(crate) fn languages() -> Vec<(&'static str, &'static str)> {
    vec![("en", "English"), ("fr", "Français"), ("es", "Español")]
}

/// A warning of the check in the page's language.
pub(crate) fn warning_text(w: &StatementWarning) -> String {
    t(&format!("statement-warning-{}", w.code.replace('_', "-")))
}

/// A moment of the calendar as a page shows it.
pub(crate) struct MomentRow {
    pub title: String,
    pub date: NaiveDate,
    /// The last day of its window when it differs ("registration closes").
    pub until: Option<NaiveDate>,
    pub countdown: String,
    pub past: bool,
    pub hrc_session: Option<u32>,
}

/// The moments as rows, with countdowns from `today`.
pub(crate) fn moment_rows(moments: &[StatementMoment], today: NaiveDate) -> Vec<MomentRow> {
    moments
        .iter()
        .map(|m| MomentRow {
            title: MomentKind::parse(&m.kind).map(|k| crate::routes::calendar::moment_title(&k)).unwrap_or_default(),
            date: m.date,
            until: (m.window_end != m.date).then_some(m.window_end),
            countdown: crate::routes::calendar::countdown(today, m.date),
            past: m.date < today,
            hrc_session: m.hrc_session,
        })
        .collect()
}
