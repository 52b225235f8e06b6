//! `uprkit token create|list|revoke`: a token made on the command line opens the JSON API as
//! its user until it is revoked.

mod common;

use common::ok;
use std::process::Command;

fn uprkit_with_password(target: &[String], args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .args(target)
        .args(args)
        .env("UPRKIT_PASSWORD", "correct horse battery")
        .env_remove("UPRKIT_DATABASE_URL")
        .output()
        .expect("uprkit runs");
    assert!(out.status.success(), "uprkit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The status of `GET /api/v1/tokens` with this bearer token, on the data directory's database.
async fn api_status(dir: &std::path::Path, token: &str) -> u16 {
    use tower::ServiceExt;
    let store = uprkit_store::Store::connect(&uprkit_store::sqlite_url_in(dir)).await.expect("store");
    let engine = std::sync::Arc::new(uprkit_search::Engine::open(&dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(dir.join("uploads"));
    let state = uprkit_web::AppState::new(store.clone(), engine, documents);
    let req = axum::http::Request::get("/api/v1/tokens")
        .header("authorization", format!("Bearer {token}"))
        .body(axum::body::Body::empty())
        .expect("request");
    let status = uprkit_web::app(state).oneshot(req).await.expect("response").status().as_u16();
    store.close().await;
    status
}

#[tokio::test]
async fn token_made_on_the_command_line_opens_the_api_until_revoked() {
    let dir = tempfile::tempdir().expect("dir");
    let target = vec!["--data-dir".to_string(), dir.path().display().to_string()];
    uprkit_with_password(&target, &["user", "add", "amina@example.org", "--name", "Amina", "--org", "Org A"]);
    let made: serde_json::Value = serde_json::from_str(&ok(
        &target,
        &["token", "create", "--user", "amina@example.org", "--name", "tracker", "--expires", "30", "--format", "json"],
    ))
    .expect("json");
    let (id, token) = (made["id"].as_i64().expect("id"), made["token"].as_str().expect("token").to_string());
    assert!(token.starts_with("uprkit_") && token.len() > 60, "{token}");
    assert_eq!(api_status(dir.path(), &token).await, 200);
    let listed = ok(&target, &["token", "list"]);
    assert!(listed.contains("tracker") && listed.contains("expires") && !listed.contains(&token), "{listed}");
    let unknown = common::uprkit(&target, &["token", "create", "--user", "nobody@example.org"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no user with the address nobody@example.org"));
    ok(&target, &["token", "revoke", &id.to_string()]);
    assert!(ok(&target, &["token", "list"]).contains("revoked"));
    assert_eq!(api_status(dir.path(), &token).await, 401);
}
