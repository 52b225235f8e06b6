//! Issue 9: anonymous requests that used to abort the server. A huge page number made the
//! engine reserve memory for every slot up to it; a deeply nested query overflowed a worker's
//! stack. Both answer now, and the next request is served. On SQLite and (when configured)
//! PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::{ActionCategory, Iso3, Position, SessionNo};
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, NewRecommendation};
use uprkit_web::{AppState, app};

fn rec(text: &str) -> NewRecommendation {
    NewRecommendation {
        sur: Iso3::parse("TUV").expect("iso3"),
        session: SessionNo::parse("16").expect("session"),
        paragraph: None,
        text: text.into(),
        recommending_states: vec![Iso3::parse("NZL").expect("iso3")],
        response: Some(Position::Supported),
        action_category: ActionCategory::parse("4"),
        issues: vec!["Justice".into()],
        sdgs: vec![],
        document: None,
        origin: uprkit_core::Origin::upr_info("test"),
        source_ref: "test".into(),
    }
}

async fn state(db: &TestDatabase) -> AppState {
    let store = db.store().await.expect("store");
    let recs = vec![rec("Ratify the Convention against Torture."), rec("Abolish the death penalty.")];
    store
        .import(ImportBatch { source: "test".into(), recommendations: recs, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
    AppState::new(store, engine, uprkit_web::documents::Documents::in_process(db.dir.join("uploads")))
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, String) {
    let response =
        app(state.clone()).oneshot(Request::get(uri).body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn huge_pages_are_empty_and_deep_queries_are_refused() {
    for db in TestDatabase::all().await.expect("databases") {
        let state = state(&db).await;

        let (status, body) = get(&state, "/search?page=100000000").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(!body.contains("Ratify the Convention"), "a page past the end lists nothing");
        let (status, body) = get(&state, "/search?q=torture&page=4294967295&sort=sur").await;
        assert_eq!(status, StatusCode::OK, "{body}");

        let (status, body) = get(&state, "/api/v1/recommendations?page=4294967295&per_page=500").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let page: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!((page["total"].as_u64(), page["page"].as_u64()), (Some(2), Some(4_294_967_295)));
        assert_eq!(page["items"].as_array().map(Vec::len), Some(0));
        assert_eq!(page["facets"]["sur"]["TUV"].as_u64(), Some(2), "counts stay those of the whole search");

        let deep = format!("{}torture{}", "%28".repeat(1000), "%29".repeat(1000));
        let (status, body) = get(&state, &format!("/search?q={deep}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.contains("nests brackets or NOTs too deep: 1000 levels, at most 32"), "{body}");
        let (status, body) = get(&state, &format!("/api/v1/recommendations?q={deep}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let error: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(error["error"]["code"], "bad_request");
        assert!(error["error"]["message"].as_str().unwrap_or_default().contains("too deep"), "{body}");
        let nots = "NOT+".repeat(500);
        let (status, _) = get(&state, &format!("/api/v1/recommendations?q={nots}torture")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = get(&state, &format!("/statistics?q={deep}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // Found by `uprkit fuzz query`: a colon named a field that does not exist (a 500).
        for uri in ["/search?q=tor%2Cur%3A*", "/api/v1/recommendations?q=torture%3A*", "/search?q=id%3A1"] {
            let (status, body) = get(&state, uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        }

        // Still serving, and nesting within the limit is answered.
        let ok = format!("{}torture{}", "%28".repeat(32), "%29".repeat(32));
        let (status, body) = get(&state, &format!("/api/v1/recommendations?q={ok}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let page: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(page["total"].as_u64(), Some(1));
        let (status, body) = get(&state, "/search?q=torture").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Convention against"), "{body}");

        state.store.close().await;
        db.drop_database().await.expect("drop");
    }
}
