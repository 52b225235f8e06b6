//! Issue 9 through the web app, on SQLite and (when configured) PostgreSQL: sign-in slows down
//! without locking anyone out, invitations are taken once and disclose nothing, an owner is
//! never demoted by an invitation, absolute links never come from the Host header, and the
//! audit log CSV is guarded against formulas.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::net::SocketAddr;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{MAX_ACCOUNT_DELAY_SECONDS, Role, Store};
use uprkit_web::config::WebConfig;
use uprkit_web::{AppState, app};

const PASSWORD: &str = "correct horse battery";
const FORM: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const PUBLIC: &str = "https://upr.example.org";

struct World {
    _db: TestDatabase,
    state: AppState,
    store: Store,
    org: i64,
    owner: i64,
    /// The owner's session cookie and CSRF token.
    session: (String, String),
}

async fn world(db: TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let org = store.organisation_id("Org A", true).await.expect("org").expect("id");
    let owner = store.create_user("owner@example.org", "Owner", PASSWORD, false).await.expect("user");
    store.grant(None, owner, org, Role::Owner).await.expect("grant");
    let token = store.create_session(owner).await.expect("session");
    let csrf = store.session(&token).await.expect("lookup").expect("live").csrf_token;
    let config = WebConfig {
        public_url: PUBLIC.into(),
        trusted_proxies: WebConfig::parse_proxies("10.0.0.1").expect("proxies"),
    };
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents).with_config(config);
    World { _db: db, state, store, org, owner, session: (token, csrf) }
}

struct Answer {
    status: StatusCode,
    retry_after: Option<u64>,
    body: String,
}

/// A request from `peer`, with extra headers; signed in as the owner when `signed_in`.
async fn send(
    w: &World,
    peer: &str,
    uri: &str,
    form: Option<String>,
    headers: &[(&str, &str)],
    signed_in: bool,
) -> Answer {
    let method = if form.is_some() { "POST" } else { "GET" };
    let mut req = Request::builder().method(method).uri(uri);
    let mut body = form.unwrap_or_default();
    if signed_in {
        req = req.header("cookie", format!("uprkit_session={}", w.session.0));
        if method == "POST" {
            body = format!("{body}&csrf={}", w.session.1);
        }
    } else {
        req = req.header("cookie", format!("uprkit_form={FORM}"));
        if method == "POST" {
            body = format!("{body}&csrf={FORM}");
        }
    }
    if method == "POST" {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut req = req.body(Body::from(body)).expect("request");
    let peer: SocketAddr = format!("{peer}:40000").parse().expect("address");
    req.extensions_mut().insert(ConnectInfo(peer));
    let response = app(w.state.clone()).oneshot(req).await.expect("response");
    let status = response.status();
    let retry_after = response.headers().get("retry-after").and_then(|v| v.to_str().ok()?.parse().ok());
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, retry_after, body: String::from_utf8_lossy(&bytes).into_owned() }
}

fn login(email: &str, password: &str) -> Option<String> {
    Some(format!("email={}&password={}", enc(email), enc(password)))
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Signs in, waiting out (once) an honest `Retry-After` no longer than `max` seconds.
async fn sign_in_after_wait(w: &World, peer: &str, headers: &[(&str, &str)], max: u64) -> StatusCode {
    let first = send(w, peer, "/login", login("owner@example.org", PASSWORD), headers, false).await;
    if first.status != StatusCode::TOO_MANY_REQUESTS {
        return first.status;
    }
    let wait = first.retry_after.expect("a 429 says how long to wait");
    assert!(wait >= 1 && wait <= max, "wait {wait}s, at most {max}s expected");
    assert!(first.body.contains(&format!("wait {wait} seconds")), "the page says the same wait");
    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    send(w, peer, "/login", login("owner@example.org", PASSWORD), headers, false).await.status
}

#[tokio::test]
async fn wrong_passwords_slow_an_account_down_but_never_lock_it() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        for _ in 0..6 {
            let a = send(&w, "198.51.100.1", "/login", login("owner@example.org", "wrong"), &[], false).await;
            assert!(a.status == StatusCode::UNAUTHORIZED || a.status == StatusCode::TOO_MANY_REQUESTS);
        }
        // The right password from another address: in after a short, honestly announced wait.
        let status = sign_in_after_wait(&w, "203.0.113.7", &[], MAX_ACCOUNT_DELAY_SECONDS as u64).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn unknown_addresses_slow_only_the_place_they_come_from() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let guess = |i: usize| login(&format!("nobody{i}@example.org"), "wrong");
        for i in 0..5 {
            send(&w, "198.51.100.2", "/login", guess(i), &[], false).await;
        }
        // A few mistyped addresses hold no one up, not even at that address.
        let a = send(&w, "198.51.100.2", "/login", login("owner@example.org", PASSWORD), &[], false).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        for i in 5..12 {
            send(&w, "198.51.100.2", "/login", guess(i), &[], false).await;
        }
        // Another address: no wait at all for the real account.
        let a = send(&w, "203.0.113.8", "/login", login("owner@example.org", PASSWORD), &[], false).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        // The guessing address itself is slowed down.
        let a = send(&w, "198.51.100.2", "/login", login("owner@example.org", PASSWORD), &[], false).await;
        assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(a.retry_after.is_some_and(|s| s >= 1), "an honest Retry-After");
    }
}

#[tokio::test]
async fn forwarded_for_is_believed_from_the_trusted_proxy_only() {
    let w = world(TestDatabase::sqlite().expect("db")).await;
    // Behind the proxy (10.0.0.1), one client guesses; another client is not slowed down.
    for i in 0..12 {
        let form = login(&format!("nobody{i}@example.org"), "wrong");
        send(&w, "10.0.0.1", "/login", form, &[("x-forwarded-for", "6.6.6.6, 198.51.100.3")], false).await;
    }
    let guesser = [("x-forwarded-for", "198.51.100.3")];
    let a = send(&w, "10.0.0.1", "/login", login("owner@example.org", PASSWORD), &guesser, false).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS, "the guessing client is known behind the proxy");
    let other = [("x-forwarded-for", "203.0.113.9")];
    let a = send(&w, "10.0.0.1", "/login", login("owner@example.org", PASSWORD), &other, false).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    // A client that is not the proxy cannot escape its slow-down by claiming another address.
    for i in 0..12 {
        send(&w, "198.51.100.4", "/login", login(&format!("x{i}@example.org"), "wrong"), &[], false).await;
    }
    let spoof = [("x-forwarded-for", "203.0.113.10")];
    let a = send(&w, "198.51.100.4", "/login", login("owner@example.org", PASSWORD), &spoof, false).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn invitation_token(w: &World, role: &str, host: &str) -> String {
    let a = send(
        w,
        "127.0.0.1",
        &format!("/organisations/{}/invitations", w.org),
        Some(format!("role={role}")),
        &[("host", host)],
        true,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(!a.body.contains(host), "the Host header made it into the page");
    let start = a.body.find(&format!("{PUBLIC}/invitations/")).expect("a link on the public URL") + PUBLIC.len() + 13;
    a.body[start..start + 64].to_string()
}

#[tokio::test]
async fn absolute_links_use_the_public_url_never_the_host_header() {
    let w = world(TestDatabase::sqlite().expect("db")).await;
    invitation_token(&w, "viewer", "evil.example").await;
    for uri in ["/reviews/SVN/4/calendar.ics", "/sessions/48.ics", "/api/v1/reviews/SVN/4/calendar.ics"] {
        let a = send(&w, "127.0.0.1", uri, None, &[("host", "evil.example")], false).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        assert!(!a.body.contains("evil.example"), "{uri} links to the Host header");
        assert!(a.body.contains(PUBLIC), "{uri} links to the public URL");
    }
}

#[tokio::test]
async fn six_simultaneous_acceptances_of_one_link_make_one_member() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = Arc::new(world(db).await);
        let token = invitation_token(&w, "editor", "localhost").await;
        let tasks: Vec<_> = (0..6)
            .map(|i| {
                let (w, token) = (w.clone(), token.clone());
                tokio::spawn(async move {
                    let form = format!("name=New&email=new{i}%40example.org&password={}", enc(PASSWORD));
                    send(&w, "198.51.100.5", &format!("/invitations/{token}"), Some(form), &[], false).await.status
                })
            })
            .collect();
        let mut joined = 0;
        for task in tasks {
            if task.await.expect("task") == StatusCode::SEE_OTHER {
                joined += 1;
            }
        }
        assert_eq!(joined, 1);
        let mut accounts = 0;
        for i in 0..6 {
            accounts += usize::from(w.store.user_by_email(&format!("new{i}@example.org")).await.expect("u").is_some());
        }
        assert_eq!(accounts, 1, "no orphan accounts");
        assert_eq!(w.store.members(w.org).await.expect("members").len(), 2, "one new membership");
    }
}

#[tokio::test]
async fn the_invitation_form_does_not_tell_who_has_an_account() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let token = invitation_token(&w, "viewer", "localhost").await;
        let uri = format!("/invitations/{token}");
        let form = format!("name=X&email=owner%40example.org&password={}", enc("not the password"));
        let a = send(&w, "198.51.100.6", &uri, Some(form), &[], false).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
        assert!(!a.body.contains("exists") && !a.body.contains("owner@example.org"), "{}", a.body);
        assert!(a.body.contains("cannot be used"));
        // Nothing was used up: a newcomer can still join with the link.
        let form = format!("name=New&email=new%40example.org&password={}", enc(PASSWORD));
        assert_eq!(send(&w, "198.51.100.6", &uri, Some(form), &[], false).await.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn an_owner_accepting_a_viewer_invitation_stays_owner() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let token = invitation_token(&w, "viewer", "localhost").await;
        let a = send(&w, "127.0.0.1", &format!("/invitations/{token}"), Some(String::new()), &[], true).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(w.store.role_of(w.owner, w.org).await.expect("role"), Some(Role::Owner));
        // Signed out, with the account's password: the same. (Accepting replaced the owner's
        // session, so this link is made directly.)
        let token = w.store.create_invitation(w.owner, w.org, Role::Viewer, 7).await.expect("invitation");
        let form = format!("name=X&email=owner%40example.org&password={}", enc(PASSWORD));
        let a = send(&w, "198.51.100.7", &format!("/invitations/{token}"), Some(form), &[], false).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(w.store.role_of(w.owner, w.org).await.expect("role"), Some(Role::Owner));
    }
}

#[tokio::test]
async fn the_audit_log_csv_is_guarded_against_formulas() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(db).await;
        let hostile = ["=HYPERLINK(\"http://evil.example\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"];
        for value in hostile {
            w.store.audit(Some(w.owner), Some(w.org), "update", "note", value, None, None).await.expect("audit");
        }
        let a = send(&w, "127.0.0.1", &format!("/organisations/{}/audit.csv", w.org), None, &[], true).await;
        assert_eq!(a.status, StatusCode::OK);
        let mut reader = csv::Reader::from_reader(a.body.trim_start_matches('\u{feff}').as_bytes());
        let ids: Vec<String> = reader.records().map(|r| r.expect("record")[4].to_string()).collect();
        for value in hostile {
            assert!(ids.contains(&format!("'{value}")), "{value:?} is not guarded in:\n{}", a.body);
            assert!(!ids.contains(&value.to_string()), "{value:?} is written as it came");
        }
    }
}
