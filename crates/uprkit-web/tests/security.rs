//! Issue 6: the authorisation matrix over every route, and attacks that must fail, on SQLite
//! and (when configured) PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::{ActionCategory, Iso3, Position, SessionNo};
use uprkit_search::Engine;
use uprkit_store::testing::{TestDatabase, count_rows};
use uprkit_store::{ImportBatch, NewRecommendation, Ownership, Role, Store, Visibility};
use uprkit_web::{AppState, app};

#[path = "security/matrix.rs"]
mod matrix;
#[path = "security/statements.rs"]
mod statements;
#[path = "security/workspaces.rs"]
mod workspaces;

use matrix::{declared_routes, matrix};

const PASSWORD: &str = "correct horse battery";
const PRIVATE: &str = "PRIVATE-NOTE: meeting with the defender X at the embassy";
const SHARED: &str = "COALITION-NOTE: joint submission draft";
const PUBLIC: &str = "PUBLIC-NOTE: our published analysis";

/// The people of the matrix, in column order.
const PEOPLE: [&str; 6] = ["anonymous", "viewer", "editor", "owner", "other", "partner"];

struct World {
    _db: TestDatabase,
    state: AppState,
    store: Store,
    org_a: i64,
    coalition: i64,
    /// Cookie and CSRF token per person (None for anonymous).
    sessions: Vec<Option<(String, String)>>,
    notes: [i64; 3],
    /// A's private workspace on Tuvalu, a section to edit in it and one to delete.
    builder: [i64; 3],
    /// A's private workspace (for Tuvalu, cycle 3) and a national consultation in it.
    workspace: [i64; 2],
    /// Organisation A's review workspaces and what is in them.
    records: workspaces::WorkspaceRecords,
}

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

async fn world(db: TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let recs =
        vec![rec("Strengthen the independence of the judiciary."), rec("Ratify the Convention against Torture.")];
    store
        .import(ImportBatch { source: "test".into(), recommendations: recs, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
    let org_a = store.organisation_id("Org A", true).await.expect("org").expect("id");
    let org_b = store.organisation_id("Org B", true).await.expect("org").expect("id");
    let org_c = store.organisation_id("Org C", true).await.expect("org").expect("id");
    let mut sessions = vec![None];
    for (person, org, role) in [
        ("viewer", org_a, Role::Viewer),
        ("editor", org_a, Role::Editor),
        ("owner", org_a, Role::Owner),
        ("other", org_b, Role::Owner),
        ("partner", org_c, Role::Owner),
    ] {
        let id = store.create_user(&format!("{person}@example.org"), person, PASSWORD, false).await.expect("user");
        store.grant(None, id, org, role).await.expect("grant");
        let token = store.create_session(id).await.expect("session");
        let csrf = store.session(&token).await.expect("lookup").expect("live").csrf_token;
        sessions.push(Some((token, csrf)));
    }
    let coalition = store.create_coalition(None, "A and C", &[org_a, org_c]).await.expect("coalition");
    let editor_cookie = &sessions[2].as_ref().expect("editor").0;
    let (_, editor) = store.authenticate_session(editor_cookie).await.expect("lookup").expect("editor signed in");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    let mut notes = [0; 3];
    for (i, (body, vis)) in
        [(PRIVATE, Visibility::Private), (SHARED, Visibility::Coalition), (PUBLIC, Visibility::Public)]
            .iter()
            .enumerate()
    {
        let ownership = Ownership { organisation_id: org_a, visibility: *vis, coalition_id: Some(coalition) };
        notes[i] = state.app.write_note(&editor, ownership, 1, body).await.expect("note");
    }
    let opening = uprkit_app::workspaces::WorkspaceOpening {
        organisation_id: org_a,
        sur: "TUV".into(),
        cycle: 3,
        coalition_id: None,
        title: Some("PRIVATE-NOTE: A's workspace".into()),
    };
    let workspace = state.app.open_workspace(&editor, &opening).await.expect("workspace");
    let mut builder = [workspace, 0, 0];
    for (i, title) in [(1, "Matrix"), (2, "To delete")] {
        let edit = uprkit_app::workspaces::SectionEdit {
            kind: uprkit_core::submission::SectionKind::Theme,
            title: title.into(),
            assigned_organisation_id: None,
            assigned_person: String::new(),
            word_budget: None,
            state: uprkit_store::SectionState::Draft,
            body: "Matrix text".into(),
        };
        builder[i] = state.app.add_section(&editor, workspace, &edit).await.expect("section");
    }
    let consultation = uprkit_store::Consultation {
        workspace_id: workspace,
        held_on: "2026-01-10".into(),
        place: "PRIVATE-NOTE: Funafuti".into(),
        organised_by: String::new(),
        participants: String::new(),
        issues_raised: vec![],
    };
    let consultation = state.app.record_consultation(&editor, workspace, &consultation).await.expect("consultation");
    let records = workspaces::records(&state.app, &editor, org_a, coalition).await;
    World {
        _db: db,
        state,
        store,
        org_a,
        coalition,
        sessions,
        notes,
        builder,
        workspace: [workspace, consultation],
        records,
    }
}

async fn send(w: &World, person: usize, method: &str, uri: &str, form: Option<String>) -> (StatusCode, String) {
    let mut req = Request::builder().method(method).uri(uri);
    let mut body = form.unwrap_or_default();
    // JSON API calls send the CSRF token in a header, forms in a field.
    let json = body.starts_with('{') || method == "DELETE";
    if let Some((cookie, csrf)) = &w.sessions[person] {
        req = req.header("cookie", format!("uprkit_session={cookie}"));
        if json {
            req = req.header("x-csrf-token", csrf.as_str());
        } else if method == "POST" && !body.contains("csrf=") {
            body = if body.is_empty() { format!("csrf={csrf}") } else { format!("{body}&csrf={csrf}") };
        }
    }
    if json {
        req = req.header("content-type", "application/json");
    } else if method == "POST" {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let response = app(w.state.clone()).oneshot(req.body(Body::from(body)).expect("request")).await.expect("response");
    let status = response.status();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn authorisation_matrix_covers_every_route() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let rows = matrix(&w);
        let declared = declared_routes();
        assert!(declared.len() >= 32, "found only {} routes in the source", declared.len());
        for route in declared {
            assert!(rows.iter().any(|r| r.1 == route), "route {route} has no entry in the authorisation matrix");
        }
        // Destructive rows (delete) run last, so earlier rows see the records intact.
        for (method, route, uri, form, expected) in &rows {
            for (person, want) in expected.iter().enumerate() {
                let (status, _) = send(&w, person, method, uri, form.clone()).await;
                assert_eq!(status.as_u16(), *want, "{engine}: {method} {route} ({uri}) as {}", PEOPLE[person]);
            }
        }
    }
}

#[tokio::test]
async fn private_records_never_reach_another_organisation() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let other = 4;
        for (method, _, uri, _, _) in matrix(&w).into_iter().filter(|r| r.0 == "GET") {
            let (_, body) = send(&w, other, method, &uri, None).await;
            assert!(
                !body.contains("PRIVATE-NOTE") && !body.contains("COALITION-NOTE"),
                "GET {uri} shows another organisation's note"
            );
        }
        for id in 1..=w.notes[2] + 5 {
            let (status, body) = send(&w, other, "GET", &format!("/notes/{id}"), None).await;
            assert!(status == StatusCode::NOT_FOUND || body.contains("PUBLIC-NOTE"), "note {id}: {status}");
        }
        let (_, json) = send(&w, other, "GET", "/api/v1/notes", None).await;
        assert!(json.contains("PUBLIC-NOTE") && !json.contains("PRIVATE-NOTE"));
        let (_, json) = send(&w, 5, "GET", "/api/v1/notes", None).await;
        assert!(
            json.contains("COALITION-NOTE") && !json.contains("PRIVATE-NOTE"),
            "the partner sees shared, not private"
        );
    }
}

#[tokio::test]
async fn attacks_fail() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let before = count_rows(&w.store, "notes").await.expect("notes");
        // CSRF: a signed-in editor's browser made to post without the token.
        let (cookie, _) = w.sessions[2].clone().expect("editor");
        let req = Request::post("/recommendations/1/notes")
            .header("cookie", format!("uprkit_session={cookie}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("organisation_id={}&body=forged&visibility=public", w.org_a)))
            .expect("request");
        let response = app(w.state.clone()).oneshot(req).await.expect("response");
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let (status, _) = send(
            &w,
            2,
            "POST",
            "/recommendations/1/notes",
            Some(format!("organisation_id={}&body=x&visibility=public&csrf=wrong", w.org_a)),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(count_rows(&w.store, "notes").await.expect("notes"), before);

        // XSS: markup in a note and in a search is shown as text.
        let payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        let body = format!("organisation_id={}&body={}&visibility=public", w.org_a, urlencode(payload));
        let (status, _) = send(&w, 2, "POST", "/recommendations/1/notes", Some(body)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        for uri in [
            "/recommendations/1".to_string(),
            format!("/search?q={}", urlencode(payload)),
            format!("/statistics?q={}", urlencode(payload)),
        ] {
            let (_, html) = send(&w, 0, "GET", &uri, None).await;
            assert!(!html.contains("<script>alert") && !html.contains("<img src=x"), "{uri} renders markup");
        }

        // SQL metacharacters in every filter are data.
        for key in [
            "q",
            "sur",
            "rs",
            "response",
            "issue",
            "theme",
            "cycle",
            "session",
            "action_category",
            "sdg",
            "sort",
            "page",
        ] {
            let uri =
                format!("/api/v1/recommendations?{key}={}", urlencode("1' OR '1'='1\"; DROP TABLE recommendations;--"));
            let (status, _) = send(&w, 0, "GET", &uri, None).await;
            assert!(status == StatusCode::OK || status == StatusCode::BAD_REQUEST, "{key}: {status}");
        }
        assert_eq!(w.store.recommendation_count().await.expect("count"), 2);

        // Session fixation: a cookie planted before login is worthless, and login issues a new one.
        let planted = "f".repeat(64);
        let (status, _) = send_cookie(&w, "GET", "/account", &planted, None).await;
        assert_eq!(status.0, StatusCode::SEE_OTHER, "a planted cookie opens nothing");
        let (form_cookie, csrf) = login_form(&w).await;
        let form = format!("email=owner%40example.org&password={}&csrf={csrf}", urlencode(PASSWORD));
        let ((status, set_cookie), _) =
            send_cookie(&w, "POST", "/login", &format!("{planted}; uprkit_form={form_cookie}"), Some(form)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let issued = set_cookie.expect("a new session cookie");
        assert!(issued.starts_with("uprkit_session=") && !issued.contains(&planted));
        assert!(issued.contains("HttpOnly") && issued.contains("SameSite=Lax"));
    }
}

#[tokio::test]
async fn login_answers_alike_and_slows_down_briefly_after_five_failures() {
    let db = TestDatabase::sqlite().expect("db");
    let w = world(db).await;
    let (form_cookie, csrf) = login_form(&w).await;
    let attempt = |email: &str, password: &str| {
        format!("email={}&password={}&csrf={csrf}", urlencode(email), urlencode(password))
    };
    let cookie = format!("x; uprkit_form={form_cookie}");
    let ((unknown, _), unknown_body) =
        send_cookie(&w, "POST", "/login", &cookie, Some(attempt("nobody@example.org", "wrong"))).await;
    let ((wrong, _), wrong_body) =
        send_cookie(&w, "POST", "/login", &cookie, Some(attempt("owner@example.org", "wrong"))).await;
    assert_eq!(unknown, wrong);
    let message = |b: &str| b.contains("The e-mail address or the password is wrong.");
    assert!(message(&unknown_body) && message(&wrong_body));
    for _ in 0..4 {
        send_cookie(&w, "POST", "/login", &cookie, Some(attempt("owner@example.org", "wrong"))).await;
    }
    // Now even the right password waits, briefly: a second after the latest failure (the
    // wait is a "not before" time; tests/hardening.rs signs in once it has passed).
    let ((status, _), body) =
        send_cookie(&w, "POST", "/login", &cookie, Some(attempt("owner@example.org", PASSWORD))).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(body.contains("Too many attempts. Please wait 1 seconds"), "{body}");
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn login_form(w: &World) -> (String, String) {
    let response = app(w.state.clone())
        .oneshot(Request::get("/login").body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let cookie = response.headers()["set-cookie"].to_str().expect("ascii").to_string();
    let token = cookie.trim_start_matches("uprkit_form=").split(';').next().expect("value").to_string();
    (token.clone(), token)
}

async fn send_cookie(
    w: &World,
    method: &str,
    uri: &str,
    cookie: &str,
    form: Option<String>,
) -> ((StatusCode, Option<String>), String) {
    let mut req = Request::builder().method(method).uri(uri).header("cookie", format!("uprkit_session={cookie}"));
    if form.is_some() {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let response = app(w.state.clone())
        .oneshot(req.body(Body::from(form.unwrap_or_default())).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let set_cookie = response.headers().get("set-cookie").and_then(|v| v.to_str().ok()).map(String::from);
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    ((status, set_cookie), String::from_utf8_lossy(&bytes).into_owned())
}
