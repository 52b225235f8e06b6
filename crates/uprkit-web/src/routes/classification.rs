//! Classification on the web: the coding block of a recommendation's page (values, where each
//! comes from, the classifier's confidence, and for editors a form to confirm or correct a
//! suggestion), and the review queue, least sure first.

use crate::auth::Auth;
use crate::i18n::{t, t1, t2};
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
    /// "Action category", in the language of the request.
    pub label: String,
    /// Values for people ("5. Specific action", "Death penalty", "SDG 16"), with the
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
                let key = if d.decision == "confirmed" {
                    "recommendation-origin-confirmed"
                } else {
                    "recommendation-origin-corrected"
                };
                ("reviewed", t2(key, "who", d.decided_by.as_str(), "date", crate::i18n::date_str(&d.decided_at)))
            } else if let Some(s) = suggested.first() {
                // The model's version is a name, not a quantity: no digit grouping.
                ("suggested", t1("recommendation-origin-suggested", "model", s.model_version.to_string()))
            } else {
                ("none", t("recommendation-origin-none"))
            };
            let confidence = |v: &str| {
                (kind == "suggested")
                    .then(|| suggested.iter().find(|s| s.value == v).map(|s| (s.confidence * 100.0).round() as u8))
                    .flatten()
            };
            let values = raw.iter().map(|v| (display(head, v), confidence(v))).collect();
            CodingLine {
                head: head.as_str(),
                label: head_label(head),
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
    let source = match head {
        Head::Sdg if by(CodedBy::Dihr) => CodedBy::Dihr,
        Head::Sdg => CodedBy::Ohchr,
        _ => CodedBy::UprInfo,
    };
    let name = t(&format!("coded-by-{}", source.as_str().replace('_', "-")));
    t1("recommendation-origin-source", "source", name)
}

/// A head's name for people, in the language of the request.
pub fn head_label(head: Head) -> String {
    t(match head {
        Head::ActionCategory => "recommendation-head-action-category",
        Head::Issue => "recommendation-head-issue",
        Head::Sdg => "recommendation-head-sdg",
    })
}

/// A value for people: "5. Specific action", an issue's name, "SDG 16".
pub fn display(head: Head, value: &str) -> String {
    match head {
        Head::ActionCategory => match crate::labels::action_category(value) {
            Some(name) => format!("{value}. {name}"),
            None => value.to_string(),
        },
        Head::Issue => value.to_string(),
        Head::Sdg => t1("label-sdg-n", "n", value),
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
