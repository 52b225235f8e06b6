//! Which language a request is answered in, and the switcher that changes it.
//!
//! The `uprkit_lang` cookie (set by `/language`) wins; else the first of the browser's
//! `Accept-Language` tags, by weight, that uprkit speaks; else English.

use super::{CURRENT, Lang, current};
use crate::AppState;
use axum::Router;
use axum::extract::{Query, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The cookie that remembers the chosen language.
pub const LANGUAGE_COOKIE: &str = "uprkit_lang";

tokio::task_local! {
    /// The path and query of the request being answered, for the switcher's links back.
    static PATH: String;
}

/// The language `headers` ask for.
pub fn negotiate(headers: &HeaderMap) -> Lang {
    if let Some(lang) = crate::auth::cookie(headers, LANGUAGE_COOKIE).and_then(|c| Lang::parse(&c)) {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(from_accept_language)
        .unwrap_or(Lang::En)
}

/// The best language of an `Accept-Language` value that uprkit speaks: `fr-CH, es;q=0.9` is
/// French, `de, es;q=0.5, en;q=0.4` Spanish. Malformed weights count as 1, as browsers mean.
pub fn from_accept_language(value: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    // Hostile headers are bounded by the server's header size limit; take at most 32 tags.
    for part in value.split(',').take(32) {
        let mut pieces = part.split(';');
        let Some(lang) = pieces.next().and_then(Lang::parse) else {
            continue;
        };
        let weight = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .filter(|q| q.is_finite())
            .unwrap_or(1.0);
        if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// The middleware: answers the request in its language and says so (`Content-Language`; and
/// `Vary`, so that caches keep the languages apart).
pub async fn language_layer(request: Request, next: Next) -> Response {
    let lang = negotiate(request.headers());
    let path = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let mut response = CURRENT.scope(lang, PATH.scope(path, next.run(request))).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

/// The switcher's link to this page in `lang` (the code: `en`, `fr`, `es`).
pub fn switch_url(lang: &str) -> String {
    let back = PATH.try_with(|p| p.clone()).unwrap_or_else(|_| "/".into());
    format!("/language?to={lang}&back={}", urlencode(&back))
}

/// The languages of the switcher other than the current one: (code, own name).
pub fn others() -> Vec<(&'static str, &'static str)> {
    Lang::ALL.into_iter().filter(|l| *l != current()).map(|l| (l.code(), l.own_name())).collect()
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|e| e.trim_start_matches('=').to_string()).unwrap_or_default()
}

#[derive(serde::Deserialize)]
struct Switch {
    to: String,
    back: Option<String>,
}

/// `/language?to=fr&back=/path`: the switcher.
pub fn router() -> Router<AppState> {
    Router::new().route("/language", get(switch))
}

/// Remembers the language for a year and goes back to the page, which must be on this site.
async fn switch(Query(switch): Query<Switch>) -> Response {
    let Some(lang) = Lang::parse(&switch.to) else {
        return (StatusCode::BAD_REQUEST, "unknown language: uprkit speaks en, fr and es").into_response();
    };
    let back = switch.back.filter(|b| is_local(b)).unwrap_or_else(|| "/".into());
    let cookie = format!("{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
    (StatusCode::SEE_OTHER, [(header::LOCATION, back), (header::SET_COOKIE, cookie)]).into_response()
}

/// A path on this site: one leading slash, no scheme, no `//host`, no backslash tricks.
fn is_local(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(|c| c.is_control())
        && path.len() <= 2048
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_weight() {
        assert_eq!(from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(from_accept_language("de, es;q=0.5, en;q=0.4"), Some(Lang::Es));
        assert_eq!(from_accept_language("de-DE, it"), None);
        assert_eq!(from_accept_language("en;q=0.2, es;q=0.9"), Some(Lang::Es));
        assert_eq!(from_accept_language("fr;q=0, es;q=NaN"), Some(Lang::Es));
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn only_local_paths_come_back() {
        assert!(is_local("/search?q=torture&sur=LKA"));
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "/a\nb"] {
            assert!(!is_local(bad), "{bad}");
        }
    }
}
