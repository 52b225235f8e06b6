//! `GET /workspaces/{id}/submission`: the builder. The organisations block and key words, the
//! sections in order with who writes them, their state and words against budget, the OHCHR
//! check panel (warnings, never blocking), forms to add sections and the paragraphs on the
//! organisations, the annex with the submission's assessments, downloads and the draft upload.

use super::form::{kind_label, kinds, member_organisations, state_label};
use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use uprkit_core::submission::SectionKind;
use uprkit_core::submission::check::SubmissionCheck;
use uprkit_store::{Owned, Role, Visibility, Workspace};

/// A section in the builder's list.
pub(super) struct SectionRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub organisation: String,
    pub person: String,
    pub state: String,
    pub words: usize,
    pub budget: Option<usize>,
    pub over_budget: bool,
}

/// A cited recommendation in the annex.
pub(super) struct CitedRow {
    pub id: i64,
    pub paragraph: String,
    pub text: String,
    pub states: String,
    pub position: String,
    pub assessment: String,
}

/// The check panel's figures, as the page shows them.
pub(super) struct CheckPanel {
    pub words: usize,
    pub limit: usize,
    pub joint: bool,
    pub footnotes_counted: bool,
    pub annex_counted: bool,
    pub words_left: i64,
    pub missing: Vec<String>,
    /// (ISO date, date in the page's language).
    pub deadline: Option<(String, String)>,
    /// "12 days left", or how long ago it passed.
    pub days_left: Option<String>,
    pub warnings: Vec<String>,
}

#[derive(Template)]
#[template(path = "submission.html")]
struct BuilderPage {
    id: i64,
    title: String,
    state: String,
    organisations: Vec<String>,
    key_words: Vec<String>,
    sections: Vec<SectionRow>,
    check: CheckPanel,
    /// Organisations of the block that have no paragraph on them yet.
    without_paragraph: Vec<String>,
    members: Vec<(i64, String)>,
    kinds: Vec<(&'static str, String)>,
    cited: Vec<CitedRow>,
    can_write: bool,
    import_max_mb: usize,
    /// "3 sections imported, 5 citations recognised", after a draft import.
    imported: Option<String>,
    csrf: String,
}

/// Whether the viewer may write in the workspace: an editor of its organisation or, when it is
/// shared with a coalition, of a member organisation. Only hides the forms: the use-cases check.
pub(super) fn may_write(auth: &Auth, workspace: &Owned<Workspace>, members: &[(i64, String)]) -> bool {
    let editor = |org: i64| auth.actor.role_in(org) >= Some(Role::Editor);
    let o = workspace.ownership;
    editor(o.organisation_id) || (o.visibility == Visibility::Coalition && members.iter().any(|(org, _)| editor(*org)))
}

fn missing_label(code: &str, detail: Option<&str>) -> String {
    match code {
        "organisations" => crate::i18n::t("submission-missing-organisations"),
        "about_organisation" => crate::i18n::t1("submission-missing-about", "organisation", detail.unwrap_or_default()),
        "key_words" => crate::i18n::t("submission-missing-key-words"),
        "thematic_section" => crate::i18n::t("submission-missing-thematic"),
        "previous_recommendations" => crate::i18n::t("submission-missing-previous"),
        other => other.to_string(),
    }
}

fn warning_label(code: &str, c: &SubmissionCheck) -> String {
    let (words, limit, days) = (c.words as i64, c.limit as i64, c.days_left.unwrap_or_default());
    let with = |key: &str| crate::i18n::t3(key, "words", words, "limit", limit, "days", days);
    match code {
        "over_limit" => with("submission-warning-over-limit"),
        "near_limit" => with("submission-warning-near-limit"),
        "over_budget" => with("submission-warning-over-budget"),
        "budgets_exceed_limit" => with("submission-warning-budgets"),
        "deadline_passed" => with("submission-warning-deadline-passed"),
        "deadline_soon" => with("submission-warning-deadline-soon"),
        "missing_part" => with("submission-warning-missing"),
        other => other.to_string(),
    }
}

/// The panel of a check.
pub(super) fn panel(c: &SubmissionCheck) -> CheckPanel {
    let mut warnings: Vec<String> = Vec::new();
    for w in &c.warnings {
        let label = warning_label(&w.code, c);
        if !warnings.contains(&label) {
            warnings.push(label);
        }
    }
    CheckPanel {
        words: c.words,
        limit: c.limit,
        joint: c.joint,
        footnotes_counted: c.footnotes_counted,
        annex_counted: c.annex_counted,
        words_left: c.words_left,
        missing: c.missing.iter().map(|m| missing_label(&m.code, m.detail.as_deref())).collect(),
        deadline: c.deadline.map(|d| (d.to_string(), crate::i18n::date(&d))),
        days_left: c.days_left.map(|d| match d {
            0.. => crate::i18n::t1("submission-days-left", "days", d),
            _ => crate::i18n::t1("submission-days-ago", "days", -d),
        }),
        warnings,
    }
}

/// What a draft import just did (the upload redirects here with it).
#[derive(Deserialize)]
pub(super) struct ImportNotice {
    imported: Option<usize>,
    citations: Option<usize>,
}

pub(super) async fn page(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Query(notice): Query<ImportNotice>,
) -> Result<Html<String>, WebError> {
    let assembled = app.app.assemble_submission(&auth.actor, id).await?;
    let check = assembled.check(chrono::Utc::now().date_naive());
    let workspace = &assembled.workspace;
    let members = member_organisations(&app, workspace).await?;
    let name_of = |org: Option<i64>| {
        org.and_then(|o| members.iter().find(|(id, _)| *id == o)).map(|(_, n)| n.clone()).unwrap_or_default()
    };
    let sections = assembled
        .sections
        .iter()
        .zip(&check.sections)
        .map(|(s, c)| SectionRow {
            id: s.id,
            title: s.record.title.clone(),
            kind: kind_label(s.record.kind),
            organisation: name_of(s.record.assigned_organisation_id),
            person: s.record.assigned_person.clone(),
            state: state_label(s.record.state),
            words: c.words,
            budget: c.budget,
            over_budget: c.over_budget,
        })
        .collect();
    let organisations = workspace.record.organisation_names();
    let without_paragraph = organisations
        .iter()
        .filter(|o| {
            !assembled
                .sections
                .iter()
                .any(|s| s.record.kind == SectionKind::About && s.record.title.trim() == o.as_str())
        })
        .cloned()
        .collect();
    let cited = assembled
        .cited
        .iter()
        .map(|c| CitedRow {
            id: c.recommendation.id,
            paragraph: c.recommendation.paragraph.clone().unwrap_or_default(),
            text: c.recommendation.text.clone(),
            states: c.recommending_states.join(", "),
            position: crate::routes::position_label(c.recommendation.response.as_deref().unwrap_or_default()),
            assessment: c.assessment.clone(),
        })
        .collect();
    let page = BuilderPage {
        id,
        title: workspace.record.title.clone(),
        state: crate::labels::state_name(&workspace.record.sur),
        key_words: workspace.record.key_word_list(),
        organisations,
        sections,
        check: panel(&check),
        without_paragraph,
        can_write: may_write(&auth, workspace, &members),
        members,
        kinds: kinds(),
        cited,
        import_max_mb: super::IMPORT_MAX_BYTES / (1024 * 1024),
        imported: notice.imported.map(|n| {
            crate::i18n::t2("submission-import-done", "sections", n, "citations", notice.citations.unwrap_or(0))
        }),
        csrf: auth.csrf(),
    };
    Ok(Html(page.render()?))
}
