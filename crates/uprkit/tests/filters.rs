//! Every search filter of the table works the same on the command line (`uprkit search
//! --flag VALUE --format json`) and in the API (`/api/v1/recommendations?key=VALUE`), on
//! SQLite and PostgreSQL, over the Tuvalu fixture of the UPR Info corpus.

mod common;

use common::*;
use tower::ServiceExt;
use uprkit_core::search::{Filter, ValueKind};
use uprkit_store::testing::TestDatabase;

/// `GET path` on the app, as JSON.
async fn api(app: &axum::Router, path: &str) -> serde_json::Value {
    let req = axum::http::Request::get(path).body(axum::body::Body::empty()).expect("request");
    let response = app.clone().oneshot(req).await.expect("response");
    assert_eq!(response.status(), 200, "{path}");
    let body = axum::body::to_bytes(response.into_body(), 1 << 26).await.expect("body");
    serde_json::from_slice(&body).expect("json")
}

/// Percent-encodes every byte but letters and digits.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn ids(page: &serde_json::Value) -> Vec<i64> {
    page["items"].as_array().expect("items").iter().map(|i| i["id"].as_i64().expect("id")).collect()
}

#[tokio::test]
async fn every_filter_answers_the_same_on_the_command_line_and_in_the_api() {
    for db in TestDatabase::all().await.expect("databases") {
        let mut t = vec!["--data-dir".to_string(), db.dir.display().to_string()];
        if db.url.starts_with("postgres") {
            t.extend(["--database-url".to_string(), db.url.clone()]);
        }
        let tuvalu = shared_data().join("fixtures/uprinfo_tuvalu_sessions03_16.csv");
        ok(&t, &["import", "upr-info", tuvalu.to_str().expect("utf-8")]);

        let store = uprkit_store::Store::connect(&db.url).await.expect("store");
        let engine = std::sync::Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
        let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
        let app = uprkit_web::app(uprkit_web::AppState::new(store.clone(), engine, documents));

        let everything = api(&app, "/api/v1/recommendations?per_page=500").await;
        // 148 rows, one per recommending State: 147 recommendations.
        assert_eq!(everything["total"].as_u64(), Some(147));
        let mut filtered = 0;
        for filter in Filter::ALL {
            let facet = everything["facets"][filter.facet()].as_object().expect("a facet per filter");
            // The most frequent value; a filter the corpus has no values for (UHRI themes in
            // UPR Info data) is asked for a value that matches nothing, in both.
            let best = facet.iter().filter(|(v, _)| !v.is_empty()).max_by_key(|(_, n)| n.as_u64());
            let (value, expected) = match (best, filter.kind()) {
                (Some((v, n)), _) => (v.clone(), n.as_u64().expect("count")),
                (None, ValueKind::Number { min, .. }) => (min.to_string(), 0),
                (None, ValueKind::Text { .. }) => ("Nobody at all".to_string(), 0),
            };
            let path = format!("/api/v1/recommendations?{}={}&per_page=500", filter.key(), encode(&value));
            let from_api = api(&app, &path).await;
            let flag = format!("--{}", filter.flag());
            let from_cli = search_json(&t, &[&flag, &value, "--limit", "500"]);
            assert_eq!(from_api["total"].as_u64(), Some(expected), "{filter:?} = {value} in the API");
            assert_eq!(from_cli["total"].as_u64(), Some(expected), "{filter:?} = {value} on the command line");
            assert_eq!(ids(&from_cli), ids(&from_api), "{filter:?}: same recommendations, same order");
            assert_eq!(from_cli["facets"], from_api["facets"], "{filter:?}: same facet counts");
            if expected > 0 && expected < 147 {
                filtered += 1;
            }
        }
        assert!(filtered >= 6, "most filters narrow the Tuvalu corpus: {filtered}");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
