//! The document upload page: preview writes nothing, confirming imports, on a real WG report.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::Role;
use uprkit_store::testing::TestDatabase;
use uprkit_web::{AppState, app};

async fn call(state: &AppState, req: Request<Body>) -> (StatusCode, String) {
    let response = app(state.clone()).oneshot(req).await.expect("response");
    let status = response.status();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn preview_then_import_a_wg_report() {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    let user = store.create_user("editor@example.org", "Editor", "a long enough password", false).await.expect("user");
    let org = store.organisation_id("Org", true).await.expect("org").expect("id");
    store.grant(None, user, org, Role::Editor).await.expect("grant");
    let cookie = store.create_session(user).await.expect("session");
    let csrf = store.session(&cookie).await.expect("s").expect("live").csrf_token;

    let pdf =
        std::fs::read(uprkit_core::testing::shared_data("ohchr/slovenia/cycle2/g1423930.pdf")).expect("the WG report");
    let boundary = "uprkitboundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").as_bytes());
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"g1423930.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .as_bytes(),
    );
    body.extend(&pdf);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/import/preview")
        .header("cookie", format!("uprkit_session={cookie}"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .expect("request");
    let (status, html) = call(&state, req).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("WG report A/HRC/28/15") && html.contains("Would add 163 new recommendations"), "{html}");
    assert_eq!(store.recommendation_count().await.expect("count"), 0, "a preview writes nothing");

    let token = html.split("name=\"token\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("token");
    let form = format!("csrf={csrf}&token={token}&name=g1423930.pdf");
    let req = Request::post("/import/confirm")
        .header("cookie", format!("uprkit_session={cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form.clone()))
        .expect("request");
    let (status, html) = call(&state, req).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Added 163 new recommendations"), "{html}");
    assert_eq!(store.recommendation_count().await.expect("count"), 163);
    // The upload is single-use.
    let req = Request::post("/import/confirm")
        .header("cookie", format!("uprkit_session={cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .expect("request");
    assert_eq!(call(&state, req).await.0, StatusCode::BAD_REQUEST);
}
