//! `GET /static/builder.js`: the editor's small script (toolbar, live word count, citation
//! search in the page), embedded in the binary and served like the other assets. The pages
//! work without it.

use axum::http::header;
use axum::response::IntoResponse;

const BUILDER: &str = include_str!("../../../static/builder.js");

/// The script's address with its content hash, so browsers may cache it for good.
pub(crate) fn url() -> &'static str {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| format!("/static/builder.js?v={}", &uprkit_core::text::stable_hash(&[BUILDER])[..10]))
}

pub(super) async fn builder_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        BUILDER,
    )
}
