//! `/api/v1/recommendations/{id}/classification`, `/api/v1/classification/queue` and
//! `/api/v1/states/{iso3}/repeats`: the classifier's suggestions with their confidence,
//! people's decisions, the review queue, and repeated recommendations per State.

use crate::JsonError;
use crate::auth::Auth;
use crate::error::ErrorBody;
use crate::{AppState, WebError};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use uprkit_core::classification::Head;
use uprkit_store::classification::{ClassificationView, QueueItem, RepeatCount, RepeatLink};

/// What the classifier and people said about a recommendation, and what it repeats.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Classification {
    /// Suggestions and decisions.
    #[serde(flatten)]
    pub coding: ClassificationView,
    /// Earlier cycles' recommendations to the same State asking the same thing.
    pub recommended_previously: Vec<RepeatLink>,
}

/// `GET /api/v1/recommendations/{id}/classification`.
#[utoipa::path(
    get,
    path = "/recommendations/{id}/classification",
    summary = "Suggested and decided coding of a recommendation",
    description = "The heads its sources coded, the classifier's suggestions (with confidence and model version) for the others, people's decisions, and the earlier recommendations it repeats. Public.",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The classification", body = Classification),
        (status = 404, description = "No such recommendation", body = ErrorBody),
    )
)]
pub async fn show(State(app): State<AppState>, Path(id): Path<i64>) -> Result<Json<Classification>, WebError> {
    let coding = app.app.classification(id).await.json_error()?;
    let recommended_previously = app.store.repeats_of(id).await.map_err(|e| WebError::from(e).json())?;
    Ok(Json(Classification { coding, recommended_previously }))
}

/// The body of `PUT /api/v1/recommendations/{id}/classification/{head}`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct Decision {
    /// The values settled on: one action category (1-5), issue names, or SDG goals (1-17);
    /// an empty list for SDGs records "no SDG link".
    values: Vec<String>,
}

/// `PUT /api/v1/recommendations/{id}/classification/{head}`: confirms or corrects.
#[utoipa::path(
    put,
    path = "/recommendations/{id}/classification/{head}",
    summary = "Confirm or correct the coding of one head",
    description = "Editors and owners of an organisation, and administrators. Kept with who and when, audited, outlasting every later run of the classifier. A head a source coded cannot be changed.",
    params(("id" = i64, Path), ("head" = Head, Path)),
    request_body = inline(Decision),
    responses(
        (status = 200, description = "The classification after the decision", body = Classification),
        (status = 400, description = "Invalid values, or the head comes from a source", body = ErrorBody),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an editor, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such recommendation", body = ErrorBody),
    )
)]
pub async fn decide(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Path((id, head)): Path<(i64, String)>,
    Json(d): Json<Decision>,
) -> Result<Json<Classification>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let head =
        Head::parse(&head).ok_or_else(|| WebError::BadRequest("head: action_category, issue or sdg".into()).json())?;
    app.app.decide_classification(&auth.actor, id, head, &d.values).await.json_error()?;
    show(State(app), Path(id)).await
}

/// The query of `GET /api/v1/classification/queue`.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// Only this head: `action_category`, `issue` or `sdg`.
    head: Option<String>,
    /// Page, from 1 (25 items each).
    page: Option<u32>,
}

/// One page of the review queue.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Queue {
    /// Suggestions waiting for a person.
    pub total: u64,
    /// Page, from 1.
    pub page: u32,
    /// Least sure first.
    pub items: Vec<QueueItem>,
}

/// `GET /api/v1/classification/queue`.
#[utoipa::path(
    get,
    path = "/classification/queue",
    summary = "Suggestions waiting for review, least sure first",
    params(QueueQuery),
    responses(
        (status = 200, description = "One page of the queue", body = Queue),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an editor of an organisation", body = ErrorBody),
    )
)]
pub async fn queue(
    State(app): State<AppState>,
    auth: Auth,
    Query(q): Query<QueueQuery>,
) -> Result<Json<Queue>, WebError> {
    let head = match q.head.as_deref() {
        Some(h) => Some(
            Head::parse(h).ok_or_else(|| WebError::BadRequest("head: action_category, issue or sdg".into()).json())?,
        ),
        None => None,
    };
    let page = q.page.unwrap_or(1).clamp(1, 100_000);
    let (total, items) = app.app.review_queue(&auth.actor, head, page).await.json_error()?;
    Ok(Json(Queue { total, page, items }))
}

/// `GET /api/v1/states/{iso3}/repeats`.
#[utoipa::path(
    get,
    path = "/states/{iso3}/repeats",
    summary = "How many of a State's recommendations repeat an earlier cycle's, per cycle",
    params(("iso3" = String, Path, example = "SVN")),
    responses(
        (status = 200, description = "Per cycle: recommendations received and those repeating an earlier one", body = [RepeatCount]),
        (status = 404, description = "No such State", body = ErrorBody),
    )
)]
pub async fn repeats(
    State(app): State<AppState>,
    Path(iso3): Path<String>,
) -> Result<(StatusCode, Json<Vec<RepeatCount>>), WebError> {
    let iso3 = iso3.to_ascii_uppercase();
    if uprkit_core::StateDirectory::load().get(&iso3).is_none() {
        return Err(WebError::NotFound.json());
    }
    let counts = app.store.repeat_counts(&iso3).await.map_err(|e| WebError::from(e).json())?;
    Ok((StatusCode::OK, Json(counts)))
}

/// The body of `POST /api/v1/classification/apply`.
#[derive(Deserialize, Default, utoipa::ToSchema)]
pub struct ApplyRequest {
    /// Only these States under Review (ISO3); all when absent or empty.
    #[serde(default)]
    sur: Vec<String>,
}

/// `POST /api/v1/classification/apply`: `uprkit classify apply` for administrators.
#[utoipa::path(
    post,
    path = "/classification/apply",
    summary = "Suggest a coding with the newest model and link repeats",
    description = "Platform administrators. Replaces earlier suggestions of the recommendations in scope; never a source's coding nor a person's decision.",
    request_body = inline(ApplyRequest),
    responses(
        (status = 200, description = "What the run did", body = Object),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an administrator, or no CSRF token", body = ErrorBody),
    )
)]
pub async fn apply(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
    Json(r): Json<ApplyRequest>,
) -> Result<Json<uprkit_app::classification::ApplyReport>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let surs: Vec<String> = r.sur.iter().map(|s| s.trim().to_ascii_uppercase()).filter(|s| !s.is_empty()).collect();
    let scope = if surs.is_empty() { None } else { Some(surs) };
    Ok(Json(app.app.apply_classifier(&auth.actor, scope).await.json_error()?))
}

/// `POST /api/v1/classification/train`: `uprkit classify train` for administrators.
#[utoipa::path(
    post,
    path = "/classification/train",
    summary = "Train the next model version on every coded recommendation",
    description = "Platform administrators. Learns from sources' coding and people's decisions; stores the model with what it learnt from.",
    responses(
        (status = 200, description = "The new model", body = Object),
        (status = 400, description = "Nothing coded to learn from", body = ErrorBody),
        (status = 401, description = "Sign in or send a valid token", body = ErrorBody),
        (status = 403, description = "Not an administrator, or no CSRF token", body = ErrorBody),
    )
)]
pub async fn train(
    State(app): State<AppState>,
    auth: Auth,
    headers: HeaderMap,
) -> Result<Json<uprkit_app::classification::TrainingReport>, WebError> {
    auth.check_csrf(None, &headers).json_error()?;
    let options = uprkit_app::classification::TrainingOptions::default();
    Ok(Json(app.app.train_classifier(&auth.actor, &options).await.json_error()?))
}
