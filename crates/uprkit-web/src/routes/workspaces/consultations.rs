//! National consultations of a workspace: `GET /workspaces/{id}/consultations` lists them with
//! the form to record one, `POST` records it. Each issue raised may be linked to the section of
//! the submission that takes it up.

use super::{may_write, workspace};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use uprkit_store::{Consultation, Owned, RaisedIssue, Workspace};

/// Empty issue lines the form offers beyond those already written.
pub(crate) const BLANK_ISSUES: usize = 3;

/// A consultation as the form sends it: fields by name, issues as `issue-N` with `section-N`.
pub(crate) struct ConsultationForm {
    pub consultation: Consultation,
    pub csrf: Option<String>,
}

impl ConsultationForm {
    /// Reads the form's pairs; issue lines left empty are dropped.
    pub(crate) fn read(pairs: Vec<(String, String)>) -> Result<ConsultationForm, WebError> {
        let mut c = Consultation {
            workspace_id: 0,
            held_on: String::new(),
            place: String::new(),
            organised_by: String::new(),
            participants: String::new(),
            issues_raised: Vec::new(),
        };
        let mut csrf = None;
        let mut issues: Vec<(usize, String, Option<i64>)> = Vec::new();
        let mut line = |n: &str| -> Result<usize, WebError> {
            let n: usize = n.parse().map_err(|_| WebError::BadRequest("issue lines are numbered".into()))?;
            if n > 500 {
                return Err(WebError::BadRequest("too many issues raised".into()));
            }
            if !issues.iter().any(|(i, _, _)| *i == n) {
                issues.push((n, String::new(), None));
            }
            Ok(n)
        };
        let mut lines: Vec<(usize, bool, String)> = Vec::new();
        for (key, value) in pairs {
            match key.as_str() {
                "held_on" => c.held_on = value,
                "place" => c.place = value,
                "organised_by" => c.organised_by = value,
                "participants" => c.participants = value,
                "csrf" => csrf = Some(value),
                _ => {
                    if let Some(n) = key.strip_prefix("issue-") {
                        lines.push((line(n)?, true, value));
                    } else if let Some(n) = key.strip_prefix("section-") {
                        lines.push((line(n)?, false, value));
                    }
                }
            }
        }
        for (n, is_issue, value) in lines {
            let Some(entry) = issues.iter_mut().find(|(i, _, _)| *i == n) else { continue };
            if is_issue {
                entry.1 = value;
            } else {
                entry.2 = value.trim().parse().ok();
            }
        }
        issues.sort_by_key(|(n, _, _)| *n);
        c.issues_raised = issues
            .into_iter()
            .filter(|(_, issue, _)| !issue.trim().is_empty())
            .map(|(_, issue, section_id)| RaisedIssue { issue: issue.trim().to_string(), section_id })
            .collect();
        Ok(ConsultationForm { consultation: c, csrf })
    }
}

/// The sections of a workspace for the issue lines' selects: (id, title).
pub(crate) async fn section_choices(app: &AppState, auth: &Auth, id: i64) -> Result<Vec<(i64, String)>, WebError> {
    Ok(app.app.sections(&auth.actor, id).await?.into_iter().map(|s| (s.id, s.record.title)).collect())
}

/// The title of a section among the choices, for the list.
pub(crate) fn section_title(sections: &[(i64, String)], id: &Option<i64>) -> Option<String> {
    id.and_then(|id| sections.iter().find(|(s, _)| *s == id)).map(|(_, t)| t.clone())
}

/// Whether an issue is linked to the section `sid` (for the select's chosen option).
pub(crate) fn is_linked(section_id: &Option<i64>, sid: &i64) -> bool {
    *section_id == Some(*sid)
}

#[derive(Template)]
#[template(path = "consultations.html")]
struct ConsultationsPage {
    w: Owned<Workspace>,
    consultations: Vec<Owned<Consultation>>,
    sections: Vec<(i64, String)>,
    can_write: bool,
    csrf: String,
    /// The issue lines of the empty form.
    blank: Vec<usize>,
    /// No consultation is being edited: the form is empty.
    current: Option<Consultation>,
}

/// `GET /workspaces/{id}/consultations`.
pub async fn list(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    let w = workspace(&app, &auth, id).await?;
    let page = ConsultationsPage {
        consultations: app.app.consultations(&auth.actor, id).await?,
        sections: section_choices(&app, &auth, id).await?,
        can_write: may_write(&app, &auth, &w).await?,
        csrf: auth.csrf(),
        blank: (0..BLANK_ISSUES).collect(),
        current: None,
        w,
    };
    Ok(Html(page.render()?))
}

/// `POST /workspaces/{id}/consultations`.
pub async fn record(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Redirect, WebError> {
    let form = ConsultationForm::read(pairs)?;
    auth.check_csrf(form.csrf.as_deref(), &headers)?;
    workspace(&app, &auth, id).await?;
    let cid = app.app.record_consultation(&auth.actor, id, &form.consultation).await?;
    Ok(Redirect::to(&format!("/workspaces/{id}/consultations#consultation-{cid}")))
}
