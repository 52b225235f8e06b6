//! Static assets, embedded in the binary so the app works offline.

use crate::AppState;
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLE: &str = include_str!("../../static/style.css");
/// htmx 2.0.11, vendored: no CDN, so the app works offline.
const HTMX: &str = include_str!("../../static/htmx.min.js");
/// The search page's filter panel: type-to-filter and "Show all" in place (the page works
/// without it).
const FILTERS: &str = include_str!("../../static/filters.js");

/// Address of an asset with its content hash, so browsers may cache it for good and still get
/// a new version at once after an upgrade.
fn versioned(path: &str, content: &str) -> String {
    format!("{path}?v={}", &uprkit_core::text::stable_hash(&[content])[..10])
}

/// The stylesheet's address.
pub fn style_url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| versioned("/static/style.css", STYLE))
}

/// htmx's address.
pub fn htmx_url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| versioned("/static/htmx.min.js", HTMX))
}

/// The filter panel script's address.
pub fn filters_url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| versioned("/static/filters.js", FILTERS))
}

/// The asset routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/style.css", get(style))
        .route("/static/htmx.min.js", get(htmx))
        .route("/static/filters.js", get(filters))
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLE,
    )
}

async fn htmx() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        HTMX,
    )
}

async fn filters() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        FILTERS,
    )
}
