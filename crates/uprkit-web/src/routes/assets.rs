//! Static assets, embedded in the binary so the app works offline.

use crate::AppState;
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLE: &str = include_str!("../../static/style.css");
/// htmx 2.0.11, vendored: no CDN, so the app works offline.
const HTMX: &str = include_str!("../../static/htmx.min.js");

pub fn router() -> Router<AppState> {
    Router::new().route("/static/style.css", get(style)).route("/static/htmx.min.js", get(htmx))
}

async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
}

async fn htmx() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], HTMX)
}
