//! `GET /static/statement.js`: the statement editor's live count and the practice view's timer,
//! embedded in the binary. The pages work without it.

use axum::http::header;
use axum::response::IntoResponse;

const SCRIPT: &str = include_str!("../../../static/statement.js");

/// The script's address with its content hash, so browsers may cache it for good.
pub(crate) fn url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| format!("/static/statement.js?v={}", &uprkit_core::text::stable_hash(&[SCRIPT])[..10]))
}

pub(super) async fn statement_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        SCRIPT,
    )
}
