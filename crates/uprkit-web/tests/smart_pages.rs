//! The SMART checker on the web: the `/smart` page in three languages, its htmx fragment,
//! and `POST /api/v1/smart` with its errors, over UPR Info's real rows for Tuvalu.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;
use uprkit_web::{AppState, app};

/// A database with UPR Info's real rows for Tuvalu (sessions 3 and 16: cycles 1 and 2).
async fn with_tuvalu() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store, engine, documents);
    let path = uprkit_core::testing::shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let bytes = std::fs::read(&path).expect("the Tuvalu fixture");
    let states = uprkit_core::StateDirectory::load();
    let records = match uprkit_import::upr_info::read_bytes(&path, &bytes, &states).expect("readable") {
        uprkit_import::upr_info::UprInfoFile::Recommendations { records, .. } => records,
        _ => panic!("recommendations expected"),
    };
    let batch = ImportBatch { source: "tuvalu fixture".into(), recommendations: records, pledges: vec![] };
    state.store.import(batch, &|_| {}).await.expect("import");
    (db, state)
}

async fn send(state: &AppState, req: Request<Body>) -> (StatusCode, String) {
    let response = app(state.clone()).oneshot(req).await.expect("response");
    let status = response.status();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn get(state: &AppState, uri: &str, lang: &str) -> (StatusCode, String) {
    send(state, Request::get(uri).header(header::ACCEPT_LANGUAGE, lang).body(Body::empty()).expect("request")).await
}

async fn post(state: &AppState, body: String) -> (StatusCode, serde_json::Value) {
    let req = Request::post("/api/v1/smart")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request");
    let (status, text) = send(state, req).await;
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)))
}

#[tokio::test]
async fn the_page_gives_advice_in_the_visitors_language() {
    let (_db, state) = with_tuvalu().await;
    let (status, html) = get(&state, "/smart", "en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.contains(r#"<label for="smart-text">"#) && html.contains(r#"<label for="smart-sur">"#), "{html}");
    assert!(!html.contains("smart-category-h"), "no advice without a draft");

    let uri = "/smart?text=Consider+ratifying+the+Convention+against+Torture&sur=TUV";
    let (status, html) = get(&state, uri, "en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("3 · Considering action"), "{html}");
    assert!(html.contains("Weak verb: “Consider”"), "{html}");
    assert!(html.contains("Ratify the Convention against Torture</blockquote>"), "{html}");
    // Tuvalu's first cycle asked it: linked to the recommendation's page.
    assert!(html.contains("Previous recommendations asking the same"), "{html}");
    assert!(html.contains(r#"<a href="/recommendations/"#), "{html}");

    let (_, fr) = get(&state, uri, "fr").await;
    assert!(fr.contains("Verbe faible : « Consider »"), "{fr}");
    assert!(fr.contains("Recommandations antérieures demandant la même chose"), "{fr}");
    let (_, es) = get(&state, uri, "es").await;
    assert!(es.contains("Verbo débil: «Consider»"), "{es}");
}

#[tokio::test]
async fn the_fragment_is_only_the_advice_block() {
    let (_db, state) = with_tuvalu().await;
    let (status, html) = get(&state, "/smart/advice?text=Abolish+the+death+penalty&sur=TUV", "en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.trim_start().starts_with(r#"<div id="smart-advice""#), "{html}");
    assert!(!html.contains("<html") && !html.contains("<h1"), "{html}");
    assert!(html.contains("5 · Specific action"), "{html}");
    // Refusals are shown in place.
    let (status, html) = get(&state, "/smart/advice?text=Abolish+the+death+penalty&sur=ATL", "en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("“ATL” is not a State the UPR reviews."), "{html}");
    let long = "a".repeat(4_001);
    let (status, html) = get(&state, &format!("/smart?text={long}"), "en").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("at most 4,000 characters") || html.contains("at most 4000 characters"), "{html}");
}

#[tokio::test]
async fn the_api_advises_and_refuses_clearly() {
    let (_db, state) = with_tuvalu().await;
    let (status, advice) =
        post(&state, r#"{"text": "Ratify the Convention against Torture by 2027", "sur": "TUV"}"#.into()).await;
    assert_eq!(status, StatusCode::OK, "{advice}");
    assert_eq!(advice["action_category"], 5);
    assert_eq!(advice["category_basis"]["words"], "Ratify");
    assert_eq!(advice["category_basis"]["rule"], "leading_verb");
    let similar = &advice["similar"][0];
    assert!(
        similar["text"].as_str().is_some_and(|t| t.starts_with("Ratify the Convention against Torture")),
        "{advice}"
    );
    assert!(similar["score"].as_f64().is_some_and(|s| s >= 0.3), "{advice}");
    assert_eq!(advice["flags"][0]["kind"], "as_recommended_previously", "{advice}");

    // Without a State: no comparison.
    let (status, advice) =
        post(&state, r#"{"text": "Continue its efforts to combat trafficking in human beings"}"#.into()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(advice["action_category"], 2);
    assert_eq!(advice["similar"].as_array().map(Vec::len), Some(0));
    assert_eq!(advice["flags"][0]["kind"], "weak_verb");

    for (body, why) in [
        (r#"{"text": "   ", "sur": "TUV"}"#.to_string(), "empty"),
        (format!(r#"{{"text": "{}", "sur": "TUV"}}"#, "Ratify OP-CAT ".repeat(400)), "too long"),
        (r#"{"text": "Ratify OP-CAT", "sur": "Atlantis"}"#.to_string(), "unknown State"),
    ] {
        let (status, error) = post(&state, body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {error}");
        assert_eq!(error["error"]["code"], "bad_request", "{why}: {error}");
    }
    // Not JSON at all: a client error, never a crash.
    let (status, _) = post(&state, "{not json".into()).await;
    assert!(status.is_client_error());
}
