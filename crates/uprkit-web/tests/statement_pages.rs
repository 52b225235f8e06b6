//! Issue 15, statements at the Human Rights Council over HTTP, in a workspace for Greece's
//! fourth-cycle review (session 53, late 2026; adopted at the Council in 2027): the
//! workspace's home links them; a statement is written through the form, checked on its
//! editor (words, reading time at the pace, the Council's dates with countdowns), practised
//! (the text and the estimated time without JavaScript, the timer's controls for the script),
//! downloaded as DOCX and PDF; another organisation sees none of it. SQLite and, when
//! configured, PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_app::workspaces::WorkspaceOpening;
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Role, Store};
use uprkit_web::{AppState, app};

type Session = Option<(String, String)>;

async fn sign_in(store: &Store, who: &str, org: i64, role: Role) -> Session {
    let id = store.create_user(&format!("{who}@example.org"), who, "correct horse battery", false).await.expect("user");
    store.grant(None, id, org, role).await.expect("grant");
    let token = store.create_session(id).await.expect("session");
    let csrf = store.session(&token).await.expect("lookup").expect("live").csrf_token;
    Some((token, csrf))
}

struct Answer {
    status: StatusCode,
    body: String,
    location: String,
    content_type: String,
    bytes: Vec<u8>,
}

async fn send(state: &AppState, who: &Session, method: &str, uri: &str, form: Option<&str>) -> Answer {
    let mut req = Request::builder().method(method).uri(uri);
    let mut body = form.unwrap_or_default().to_string();
    if let Some((cookie, csrf)) = who {
        req = req.header(header::COOKIE, format!("uprkit_session={cookie}"));
        if method == "POST" {
            body = if body.is_empty() { format!("csrf={csrf}") } else { format!("{body}&csrf={csrf}") };
        }
    }
    if method == "POST" {
        req = req.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    let response = app(state.clone()).oneshot(req.body(Body::from(body)).expect("request")).await.expect("answer");
    let status = response.status();
    let header_of = |name| response.headers().get(name).and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    let (location, content_type) = (header_of(header::LOCATION), header_of(header::CONTENT_TYPE));
    let bytes = response.into_body().collect().await.expect("body").to_bytes().to_vec();
    Answer { status, body: String::from_utf8_lossy(&bytes).into_owned(), location, content_type, bytes }
}

/// A statement of about 300 words: the guidance's 2 minutes, 2:20 at 130 words a minute.
fn speech() -> String {
    let sentence = "Greece accepted the recommendations on the reception of asylum seekers and it must now act. ";
    format!("Mr President,\n\n{}", sentence.repeat(20))
}

#[tokio::test]
async fn a_statement_is_written_checked_practised_and_downloaded() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
        let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
        let state = AppState::new(store.clone(), engine, documents);
        let org_a = store.organisation_id("Hellenic League", true).await.expect("org").expect("id");
        let org_b = store.organisation_id("Other Org", true).await.expect("org").expect("id");
        let editor = sign_in(&store, "editor", org_a, Role::Editor).await;
        let other = sign_in(&store, "other", org_b, Role::Owner).await;
        let cookie = &editor.as_ref().expect("signed in").0;
        let actor = store.authenticate_session(cookie).await.expect("lookup").expect("live").1;
        let opening =
            WorkspaceOpening { organisation_id: org_a, sur: "GRC".into(), cycle: 4, coalition_id: None, title: None };
        let ws = state.app.open_workspace(&actor, &opening).await.expect("workspace");

        let home = send(&state, &editor, "GET", &format!("/workspaces/{ws}"), None).await;
        assert!(home.body.contains(&format!("/workspaces/{ws}/statements")), "the home links the statements");
        let list = send(&state, &editor, "GET", &format!("/workspaces/{ws}/statements"), None).await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.body.contains("Register for an oral statement"));
        assert!(list.body.contains("Written statement due"), "the written statement's due date");
        assert!(list.body.contains("class=\"countdown\""));
        assert_eq!(list.body.matches("<h1").count(), 1);

        let body = urlencode(&speech());
        let form = format!("kind=oral&title=On+the+adoption&accreditation=special&pace=&partner=&body={body}");
        let created = send(&state, &editor, "POST", &format!("/workspaces/{ws}/statements"), Some(&form)).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let id: i64 = created.location.strip_prefix("/statements/").and_then(|i| i.parse().ok()).expect("editor");

        let page = send(&state, &editor, "GET", &created.location, None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("302 of 260 words"), "302 words against the 260 that fit in 2:00");
        assert!(page.body.contains("2:20 to read at 130 words a minute"));
        assert!(page.body.contains("Too long to read in the time allowed"));
        assert!(page.body.contains("HRC session"), "the Council's session");
        assert!(page.body.contains("/static/statement.js?v="));

        // A faster pace fits the 2 minutes with room to spare (1:41 of 2:00; at 160 words a minute
        // 1:54 would be "close to the limit").
        let faster = format!("kind=oral&title=On+the+adoption&accreditation=special&pace=180&language=es&body={body}");
        assert_eq!(send(&state, &editor, "POST", &created.location, Some(&faster)).await.status, StatusCode::SEE_OTHER);
        let page = send(&state, &editor, "GET", &created.location, None).await;
        let fits = page.body.contains("1:41 to read at 180 words a minute") && page.body.contains("Within the limits.");
        assert!(
            fits,
            "{}",
            page.body.split("statement-figures").nth(1).unwrap_or(&page.body).chars().take(600).collect::<String>()
        );
        // A pace nobody reads at is refused and changes nothing.
        let silly = format!("kind=oral&title=On+the+adoption&accreditation=special&pace=900&body={body}");
        assert_eq!(
            send(&state, &editor, "POST", &created.location, Some(&silly)).await.status,
            StatusCode::BAD_REQUEST
        );

        let practice = send(&state, &editor, "GET", &format!("/statements/{id}/practice"), None).await;
        assert_eq!(practice.status, StatusCode::OK);
        assert!(practice.body.contains("Greece accepted the recommendations"), "the text, without JavaScript");
        assert!(practice.body.contains("1:41 to read at 180 words a minute"), "the estimated time");
        assert!(
            practice.body.contains("data-limit=\"120\"")
                && practice.body.contains("class=\"practice-controls\" hidden")
        );

        let pdf = send(&state, &editor, "GET", &format!("/statements/{id}/statement.pdf"), None).await;
        assert_eq!((pdf.status, pdf.content_type.as_str()), (StatusCode::OK, "application/pdf"));
        assert!(pdf.bytes.starts_with(b"%PDF"));
        let docx = send(&state, &editor, "GET", &format!("/statements/{id}/statement.docx"), None).await;
        assert_eq!(docx.status, StatusCode::OK);
        assert!(docx.bytes.starts_with(b"PK"));

        for uri in
            [format!("/statements/{id}"), format!("/statements/{id}/practice"), format!("/workspaces/{ws}/statements")]
        {
            let answer = send(&state, &other, "GET", &uri, None).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
            assert!(!answer.body.contains("Greece accepted"));
        }
        let deleted = send(&state, &editor, "POST", &format!("/statements/{id}/delete"), None).await;
        assert_eq!((deleted.status, deleted.location), (StatusCode::SEE_OTHER, format!("/workspaces/{ws}/statements")));
        assert_eq!(
            send(&state, &editor, "GET", &format!("/statements/{id}"), None).await.status,
            StatusCode::NOT_FOUND
        );
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
