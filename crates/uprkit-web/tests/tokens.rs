//! Personal API tokens on the JSON API: a token acts as its user, a revoked or expired token
//! gets 401, and a member of organisation A never reads organisation B's private notes with
//! theirs. SQLite and, when configured, PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_app::Actor;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::testing::{TestDatabase, audit_count, expire_api_tokens};
use uprkit_store::{ImportBatch, Role};
use uprkit_web::{AppState, app};

async fn call(
    state: &AppState,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (StatusCode, String) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    if body.is_some() {
        req = req.header("content-type", "application/json");
    }
    let req = req.body(Body::from(body.unwrap_or("").to_string())).expect("request");
    let response = app(state.clone()).oneshot(req).await.expect("response");
    let status = response.status();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn bearer_tokens_act_as_their_user_and_no_further() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let path = uprkit_core::testing::shared_data("fixtures/uprinfo_micro_25.csv");
        let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load())
        else {
            panic!("micro fixture (../shared/data beside the project)");
        };
        store
            .import(ImportBatch { source: "micro".into(), recommendations: records, pledges: vec![] }, &|_| {})
            .await
            .expect("import");
        let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
        uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
        let state =
            AppState::new(store.clone(), engine, uprkit_web::documents::Documents::in_process(db.dir.join("uploads")));
        let (org_a, org_b) = (
            store.organisation_id("Org A", true).await.expect("org").expect("id"),
            store.organisation_id("Org B", true).await.expect("org").expect("id"),
        );
        for (email, org) in [("a@example.org", org_a), ("b@example.org", org_b)] {
            let id = store.create_user(email, email, "correct horse battery", false).await.expect("user");
            store.grant(None, id, org, Role::Editor).await.expect("grant");
        }
        let operator = Actor::command_line();
        let token_a =
            state.app.create_token(&operator, "a@example.org", "script", Some(30)).await.expect("token").token;
        let token_b = state.app.create_token(&operator, "b@example.org", "script", None).await.expect("token").token;

        // A's token writes a private note of A, without any CSRF token (bearer requests need none).
        let body =
            format!(r#"{{"organisation_id":{org_a},"recommendation_id":1,"body":"A-PRIVATE","visibility":"private"}}"#);
        let (status, json) = call(&state, "POST", "/api/v1/notes", Some(&token_a), Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{json}");
        let note: serde_json::Value = serde_json::from_str(&json).expect("json");
        let id = note["id"].as_i64().expect("id");
        let (status, json) = call(&state, "GET", "/api/v1/notes", Some(&token_a), None).await;
        assert_eq!(status, StatusCode::OK);
        assert!(json.contains("A-PRIVATE"), "A reads its note: {json}");

        // B's token never reads it, by list or by id, and cannot write for A.
        let (_, json) = call(&state, "GET", "/api/v1/notes", Some(&token_b), None).await;
        assert!(!json.contains("A-PRIVATE"), "B must not read A's private note: {json}");
        let (status, _) = call(&state, "GET", &format!("/api/v1/notes/{id}"), Some(&token_b), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = call(&state, "POST", "/api/v1/notes", Some(&token_b), Some(&body)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = call(&state, "DELETE", &format!("/api/v1/notes/{id}"), Some(&token_b), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Tokens only open the API; a wrong one is refused, not taken as anonymous.
        let (status, _) = call(&state, "GET", "/account", Some(&token_a), None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, json) = call(&state, "GET", "/api/v1/notes", Some("uprkit_0000"), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{json}");
        assert!(json.contains("invalid_token"));

        // Revoked: 401. The owner of the token revokes it through the API itself.
        let tokens: serde_json::Value =
            serde_json::from_str(&call(&state, "GET", "/api/v1/tokens", Some(&token_b), None).await.1).expect("json");
        let b_id = tokens[0]["id"].as_i64().expect("token id");
        let (status, _) = call(&state, "DELETE", &format!("/api/v1/tokens/{b_id}"), Some(&token_a), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "A cannot revoke B's token");
        let (status, _) = call(&state, "DELETE", &format!("/api/v1/tokens/{b_id}"), Some(&token_b), None).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = call(&state, "GET", "/api/v1/notes", Some(&token_b), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // Expired: 401.
        let (status, _) = call(&state, "GET", "/api/v1/notes", Some(&token_a), None).await;
        assert_eq!(status, StatusCode::OK);
        expire_api_tokens(&store).await.expect("expire");
        let (status, _) = call(&state, "GET", "/api/v1/notes", Some(&token_a), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        // Every token made and revoked is in the audit log.
        assert_eq!(audit_count(&store, "api_token").await.expect("audit"), 3, "2 made, 1 revoked");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
