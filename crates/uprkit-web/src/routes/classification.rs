//! Classification on the web: the coding block of a recommendation's page (values, where each
//! comes from, the classifier's confidence, and for editors a form to confirm or correct a
//! suggestion), and the review queue, least sure first.

use crate::auth::Auth;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::routing::{get, post};
use serde::Deserialize;
use uprkit_core::classification::{CodedBy, Head};
use uprkit_core::search::RecommendationView;
use uprkit_store::classification::{ClassificationView, QueueItem};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/recommendations/{id}/classification", post(decide))
        .route("/classification/review", get(queue))
}

/// One head of a recommendation's coding, as its page shows it.
pub struct CodingLine {
    /// `action_category`, `issue` or `sdg`.
    pub head: &'static str,
    /// "Action category".
    pub label: &'static str,
    /// Values for people ("5: Specific action", "Death penalty", "SDG 16"), with the
    /// classifier's confidence when suggested.
    pub values: Vec<(String, Option<u8>)>,
    /// Where they come from, in a sentence.
    pub origin: String,
    /// `source`, `reviewed`, `suggested` or `none`: the CSS class and the form's default.
    pub kind: &'static str,
    /// Whether the actor may confirm or correct it here.
    pub reviewable: bool,
    /// The raw values, preselected in the form.
    pub raw: Vec<String>,
}

/// The coding block of a recommendation's page.
pub fn coding_lines(r: &RecommendationView, c: &ClassificationView, may_review: bool) -> Vec<CodingLine> {
    Head::ALL
        .into_iter()
        .map(|head| {
            let raw: Vec<String> = match head {
                Head::ActionCategory => r.action_category.iter().map(u8::to_string).collect(),
                Head::Issue => r.issues.clone(),
                Head::Sdg => r.sdgs.iter().map(u8::to_string).collect(),
            };
            let suggested: Vec<_> = c.suggestions.iter().filter(|s| s.head == head).collect();
            let decision = c.decisions.iter().find(|d| d.head == head);
            let (kind, origin) = if c.coded_by_source.contains(&head) {
                ("source", source_name(head, r))
            } else if let Some(d) = decision {
                let verb = if d.decision == "confirmed" { "Confirmed" } else { "Corrected" };
                ("reviewed", format!("{verb} by {} on {}", d.decided_by, d.decided_at.get(..10).unwrap_or("")))
            } else if let Some(s) = suggested.first() {
                ("suggested", format!("Suggested by uprkit (model {}), not yet reviewed", s.model_version))
            } else {
                ("none", "Not coded".to_string())
            };
            let confidence = |v: &str| {
                (kind == "suggested")
                    .then(|| suggested.iter().find(|s| s.value == v).map(|s| (s.confidence * 100.0).round() as u8))
                    .flatten()
            };
            let values = raw.iter().map(|v| (display(head, v), confidence(v))).collect();
            CodingLine {
                head: head.as_str(),
                label: head.label(),
                values,
                origin,
                kind,
                reviewable: may_review && kind != "source",
                raw,
            }
        })
        .collect()
}

/// Which source coded a head of this recommendation.
fn source_name(head: Head, r: &RecommendationView) -> String {
    let by = |c: CodedBy| r.coded_by.iter().any(|x| x == c.as_str());
    let name = match head {
        Head::Sdg if by(CodedBy::Dihr) => CodedBy::Dihr.label(),
        Head::Sdg => CodedBy::Ohchr.label(),
        _ => CodedBy::UprInfo.label(),
    };
    format!("From {name}")
}

/// A value for people.
pub fn display(head: Head, value: &str) -> String {
    match head {
        Head::ActionCategory => match uprkit_core::ActionCategory::parse(value) {
            Some(a) => format!("{value}: {}", a.label()),
            None => value.to_string(),
        },
        Head::Issue => value.to_string(),
        Head::Sdg => format!("SDG {value}"),
    }
}

/// The decision form: `head`, the values (`value`, repeated; `issues` one per line), `csrf`.
async fn decide(
    State(app): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Redirect, WebError> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    auth.check_csrf(field("csrf"), &headers)?;
    auth.signed_in()?;
    let head = field("head")
        .and_then(Head::parse)
        .ok_or_else(|| WebError::BadRequest("head: action_category, issue or sdg".into()))?;
    let mut values: Vec<String> = fields.iter().filter(|(k, _)| k == "value").map(|(_, v)| v.clone()).collect();
    if let Some(lines) = field("issues") {
        values.extend(lines.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from));
    }
    app.app.decide_classification(&auth.actor, id, head, &values).await?;
    Ok(Redirect::to(
        match field("back") {
            Some("queue") => "/classification/review".to_string(),
            _ => format!("/recommendations/{id}#coding"),
        }
        .as_str(),
    ))
}

#[derive(Deserialize)]
struct QueueQuery {
    head: Option<String>,
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "classification_review.html")]
struct QueuePage {
    total: u64,
    page: u32,
    pages: u32,
    head: String,
    items: Vec<(QueueItem, Vec<(String, String)>)>,
    csrf: String,
}

async fn queue(State(app): State<AppState>, auth: Auth, Query(q): Query<QueueQuery>) -> Result<Html<String>, WebError> {
    auth.signed_in()?;
    let head = q.head.as_deref().and_then(Head::parse);
    let page = q.page.unwrap_or(1).clamp(1, 100_000);
    let (total, items) = app.app.review_queue(&auth.actor, head, page).await?;
    let per = uprkit_app::classification::QUEUE_PAGE;
    let pages = (total.div_ceil(u64::from(per)) as u32).max(1);
    let items = items
        .into_iter()
        .map(|i| {
            let shown = i.values.iter().map(|v| (v.clone(), display(i.head, v))).collect();
            (i, shown)
        })
        .collect();
    Ok(Html(
        QueuePage {
            total,
            page,
            pages,
            head: head.map(|h| h.as_str().to_string()).unwrap_or_default(),
            items,
            csrf: auth.csrf(),
        }
        .render()?,
    ))
}
