//! The generated OpenAPI document keeps what the hand-written one promised: every path and
//! method with its parameters and answers, the bearer and session schemes, the error schema.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_web::{AppState, app};

/// `GET path` on a fresh app over an empty database: the status, `content-type` and JSON body.
async fn get_json(path: &str) -> (StatusCode, String, Value) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store, engine, documents);
    let request = Request::get(path).body(Body::empty()).expect("request");
    let response = app(state).oneshot(request).await.expect("response");
    let status = response.status();
    let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, kind, serde_json::from_slice(&body).expect("the answer is JSON"))
}

async fn document() -> Value {
    let (status, kind, doc) = get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kind, "application/json");
    doc
}

/// Every operation of the former hand-written document: method, path, parameters (name and
/// place; the search filters of `/recommendations` are checked in `pages.rs`) and statuses.
/// Method, path, parameters (name, place), statuses, whether it takes a body.
type Operation = (&'static str, &'static str, &'static [(&'static str, &'static str)], &'static [&'static str], bool);

const OPERATIONS: &[Operation] = &[
    ("get", "/recommendations/{id}", &[("id", "path")], &["200", "404"], false),
    ("get", "/states", &[], &["200"], false),
    ("get", "/sessions", &[], &["200"], false),
    ("get", "/openapi.json", &[], &["200"], false),
    (
        "get",
        "/reviews/{iso3}/{cycle}/{file}",
        &[("iso3", "path"), ("cycle", "path"), ("file", "path")],
        &["200", "404"],
        false,
    ),
    ("get", "/notes", &[("recommendation_id", "query")], &["200"], false),
    ("post", "/notes", &[], &["201", "400", "401", "403", "404"], true),
    ("get", "/notes/{id}", &[("id", "path")], &["200", "404"], false),
    ("delete", "/notes/{id}", &[("id", "path")], &["204", "403", "404"], false),
    ("put", "/notes/{id}", &[("id", "path")], &["200", "400", "403", "404"], true),
    ("get", "/organisations/{id}/notes", &[("id", "path")], &["200", "401", "404"], false),
    ("get", "/tokens", &[], &["200", "401"], false),
    ("post", "/tokens", &[], &["201", "400", "401"], true),
    ("delete", "/tokens/{id}", &[("id", "path")], &["204", "404"], false),
    ("get", "/data/report", &[], &["200", "500"], false),
    ("get", "/recommendations/{id}/classification", &[("id", "path")], &["200", "404"], false),
    (
        "put",
        "/recommendations/{id}/classification/{head}",
        &[("id", "path"), ("head", "path")],
        &["200", "400", "401", "403", "404"],
        true,
    ),
    ("get", "/classification/queue", &[("head", "query"), ("page", "query")], &["200", "401", "403"], false),
    ("get", "/states/{iso3}/repeats", &[("iso3", "path")], &["200", "404"], false),
    ("post", "/classification/apply", &[], &["200", "401", "403"], true),
    ("post", "/classification/train", &[], &["200", "400", "401", "403"], false),
    ("get", "/workspaces", &[("sur", "query"), ("cycle", "query")], &["200", "400"], false),
    ("post", "/workspaces", &[], &["201", "400", "401", "403", "404"], true),
    ("get", "/workspaces/{id}", &[("id", "path")], &["200", "404"], false),
    ("put", "/workspaces/{id}", &[("id", "path")], &["200", "400", "403", "404"], true),
    ("delete", "/workspaces/{id}", &[("id", "path")], &["204", "403", "404"], false),
    ("get", "/workspaces/{id}/sections", &[("id", "path")], &["200", "404"], false),
    ("post", "/workspaces/{id}/sections", &[("id", "path")], &["201", "400", "403", "404"], true),
    ("get", "/sections/{id}", &[("id", "path")], &["200", "404"], false),
    ("put", "/sections/{id}", &[("id", "path")], &["200", "400", "403", "404", "409"], true),
    ("delete", "/sections/{id}", &[("id", "path")], &["204", "403", "404"], false),
    ("get", "/sections/{id}/versions", &[("id", "path")], &["200", "404"], false),
    ("post", "/sections/{id}/restore", &[("id", "path")], &["200", "403", "404", "409"], true),
    (
        "get",
        "/sections/{id}/diff",
        &[("id", "path"), ("from", "query"), ("to", "query")],
        &["200", "400", "404"],
        false,
    ),
    ("get", "/workspaces/{id}/consultations", &[("id", "path")], &["200", "404"], false),
    ("post", "/workspaces/{id}/consultations", &[("id", "path")], &["201", "400", "403", "404"], true),
    ("get", "/consultations/{id}", &[("id", "path")], &["200", "404"], false),
    ("put", "/consultations/{id}", &[("id", "path")], &["200", "400", "403", "404"], true),
    ("delete", "/consultations/{id}", &[("id", "path")], &["204", "403", "404"], false),
    (
        "put",
        "/workspaces/{id}/citations/{recommendation_id}",
        &[("id", "path"), ("recommendation_id", "path")],
        &["204", "403", "404"],
        true,
    ),
    ("get", "/workspaces/{id}/submission/check", &[("id", "path")], &["200", "404"], false),
    ("get", "/workspaces/{id}/submission", &[("id", "path")], &["200", "404"], false),
    ("get", "/workspaces/{id}/submission.docx", &[("id", "path")], &["200", "404"], false),
    ("get", "/workspaces/{id}/submission.pdf", &[("id", "path")], &["200", "404"], false),
    (
        "post",
        "/workspaces/{id}/submission/import",
        &[("id", "path"), ("file_name", "query")],
        &["201", "400", "403", "404"],
        true,
    ),
    // Issue 15: the SMART checker and the statements for the adoption.
    ("post", "/smart", &[], &["200", "400"], true),
    ("get", "/statements/{id}", &[("id", "path")], &["200", "404"], false),
    ("put", "/statements/{id}", &[("id", "path")], &["200", "400", "403", "404"], true),
    ("delete", "/statements/{id}", &[("id", "path")], &["204", "403", "404"], false),
    ("get", "/statements/{id}/check", &[("id", "path")], &["200", "404"], false),
    ("get", "/statements/{id}/statement.docx", &[("id", "path")], &["200", "404"], false),
    ("get", "/statements/{id}/statement.pdf", &[("id", "path")], &["200", "404"], false),
    ("get", "/workspaces/{id}/statements", &[("id", "path")], &["200", "404"], false),
    ("post", "/workspaces/{id}/statements", &[("id", "path")], &["201", "400", "403", "404"], true),
];

#[tokio::test]
async fn the_generated_document_keeps_every_operation_scheme_and_error() {
    let doc = document().await;
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."), "{}", doc["openapi"]);
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    assert_eq!(doc["info"]["title"], "uprkit API");
    let mut expected = 1; // GET /recommendations, checked with its filters in pages.rs
    for (method, path, parameters, statuses, body) in OPERATIONS {
        let op = &doc["paths"][path][method];
        assert!(op.is_object(), "{method} {path} missing");
        let found: Vec<(&str, &str)> = op["parameters"]
            .as_array()
            .map(|ps| ps.iter().map(|p| (p["name"].as_str().expect("name"), p["in"].as_str().expect("in"))).collect())
            .unwrap_or_default();
        assert_eq!(found, *parameters, "{method} {path}");
        for p in op["parameters"].as_array().into_iter().flatten() {
            assert_eq!(p["required"], p["in"] == "path", "{method} {path} {}", p["name"]);
        }
        let mut answered: Vec<&str> =
            op["responses"].as_object().expect("responses").keys().map(String::as_str).collect();
        answered.sort();
        assert_eq!(answered, *statuses, "{method} {path}");
        assert_eq!(op["requestBody"].is_object(), *body, "{method} {path}");
        for status in statuses.iter().filter(|s| s.starts_with('4')) {
            let schema = &op["responses"][status]["content"]["application/json"]["schema"]["$ref"];
            assert_eq!(schema, "#/components/schemas/Error", "{method} {path} {status}");
        }
        expected += 1;
    }
    let operations: usize =
        doc["paths"].as_object().expect("paths").values().map(|i| i.as_object().map_or(0, |o| o.len())).sum();
    assert_eq!(operations, expected, "an operation is documented twice or not in the list above");
    // The file of a calendar is one of two names.
    let file = &doc["paths"]["/reviews/{iso3}/{cycle}/{file}"]["get"]["parameters"][2]["schema"]["enum"];
    assert_eq!(file, &serde_json::json!(["calendar", "calendar.ics"]));
}

#[tokio::test]
async fn schemes_schemas_and_limits() {
    let doc = document().await;
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["type"], "http");
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["session"]["type"], "apiKey");
    assert_eq!(schemes["session"]["in"], "cookie");
    assert_eq!(schemes["session"]["name"], "uprkit_session");
    assert_eq!(doc["security"], serde_json::json!([{}, {"bearer": []}, {"session": []}]));
    let error = &doc["components"]["schemas"]["Error"];
    assert_eq!(error["required"], serde_json::json!(["error"]));
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for name in ["SearchPage", "Recommendation", "State", "Session", "Error", "ApiToken", "Position", "Visibility"] {
        assert!(schemas.contains_key(name), "{name} missing from {:?}", schemas.keys().collect::<Vec<_>>());
    }
    let positions = &schemas["Position"]["enum"];
    assert_eq!(positions, &serde_json::json!(["supported", "partially_supported", "noted", "pending"]));
    // The limits written as literals in the annotations are the store's.
    let note = &doc["paths"]["/notes"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(note["properties"]["body"]["maxLength"], uprkit_store::NOTE_MAX_BYTES);
    let token = &doc["paths"]["/tokens"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(token["properties"]["expires_in_days"]["maximum"], uprkit_store::MAX_TOKEN_DAYS);
}

#[tokio::test]
async fn the_data_report_answers_anyone_in_json() {
    let (status, _, report) = get_json("/api/v1/data/report").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(report["recommendations"], 0);
    assert!(report["sources"].as_array().is_some_and(Vec::is_empty), "{report}");
    assert!(report["corrections"].is_array(), "{report}");
}
