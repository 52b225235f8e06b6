//! Light pages for weak connections (issue 13): with every recommendation of UPR Info's 2018
//! export loaded (all 193 States, sessions 1-21: the facets at their fullest), every page type
//! comes compressed (Brotli when the browser takes it, else gzip) and weighs under 30 KB, in
//! each language; assets too.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_app::Actor;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;
use uprkit_web::{AppState, app};

/// The most a page may weigh once compressed.
const BUDGET: usize = 30 * 1024;

async fn full_export() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine.clone(), documents);
    let dir = uprkit_core::testing::shared_data("upr-info/export-2018");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("export folder").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let states = StateDirectory::load();
    for path in files {
        let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &states) else {
            panic!("{} reads as recommendations", path.display());
        };
        let batch = ImportBatch { source: "UPR Info export".into(), recommendations: records, pledges: vec![] };
        state.app.import_upr_info(&Actor::command_line(), batch, &|_| {}).await.expect("import");
    }
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index built");
    (db, state)
}

/// The response to `uri` asking for `encoding` in `lang`: status, headers, compressed bytes.
async fn fetch(state: &AppState, uri: &str, encoding: &str, lang: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let request = Request::get(uri)
        .header(header::ACCEPT_ENCODING, encoding)
        .header(header::ACCEPT_LANGUAGE, lang)
        .body(Body::empty())
        .expect("request");
    let response = app(state.clone()).oneshot(request).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
    (status, headers, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_type_is_compressed_and_under_30_kb_with_the_full_export() {
    let (_db, state) = full_export().await;
    let recommendation = {
        let (_, _, body) = fetch(&state, "/search?q=torture", "identity", "en").await;
        let body = String::from_utf8(body).expect("utf-8");
        let at = body.find("href=\"/recommendations/").expect("a recommendation link") + 6;
        body[at..at + body[at..].find('"').expect("the end of the link")].to_string()
    };
    let pages = [
        "/",
        "/states",
        "/states/LKA",
        "/search",
        "/search?q=torture",
        "/search?q=torure",
        "/search?sur=LKA&cycle=2",
        recommendation.as_str(),
        "/statistics",
        "/statistics?sur=LKA",
        "/calendar",
        "/reviews/LKA/4",
        "/sessions/48",
        "/login",
    ];
    let mut report = Vec::new();
    let mut wrong = Vec::new();
    for lang in ["en", "fr", "es"] {
        for page in pages {
            let (status, headers, body) = fetch(&state, page, "br, gzip", lang).await;
            let encoding = headers.get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("none");
            report.push(format!("{page} [{lang}]: {status} {encoding} {} bytes", body.len()));
            if status != StatusCode::OK || encoding != "br" || body.len() > BUDGET {
                wrong.push(report.last().cloned().unwrap_or_default());
            }
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(wrong.is_empty(), "pages not compressed or over {BUDGET} bytes:\n{}", wrong.join("\n"));

    // Without Brotli, gzip; without either, the page as it is.
    let (_, headers, _) = fetch(&state, "/search", "gzip", "en").await;
    assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().expect("ascii")), Some("gzip"));
    let (_, headers, body) = fetch(&state, "/search", "identity", "en").await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert!(String::from_utf8(body).is_ok_and(|b| b.contains("</html>")));
    // The assets too: the stylesheet and htmx (52 KB as it is).
    for asset in [uprkit_web::assets::style_url(), uprkit_web::assets::htmx_url()] {
        let (status, headers, body) = fetch(&state, asset, "br", "en").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().expect("ascii")), Some("br"), "{asset}");
        assert!(body.len() < 20 * 1024, "{asset}: {} bytes compressed", body.len());
    }
}
