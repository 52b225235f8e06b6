//! The review calendar over HTTP: one date for one deadline on every page, API and feed;
//! every State of the reference session lists has its review pages; observers are told why
//! they have none; a session's feed holds the session's dates and deadlines.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_web::{AppState, app};

async fn empty() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    (db, AppState::new(store, engine, documents))
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, String) {
    let response =
        app(state.clone()).oneshot(Request::get(uri).body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn json(state: &AppState, uri: &str) -> serde_json::Value {
    let (status, body) = get(state, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    serde_json::from_str(&body).expect("json")
}

fn moment(review: &serde_json::Value, kind: &str) -> serde_json::Value {
    review["moments"].as_array().and_then(|ms| ms.iter().find(|m| m["kind"] == kind)).cloned().expect(kind)
}

#[tokio::test]
async fn the_next_cycles_submission_is_the_next_reviews_deadline_everywhere() {
    let (_db, state) = empty().await;
    for (iso3, cycle) in [("LKA", 4), ("SVN", 4), ("IRL", 4), ("MMR", 4), ("UKR", 4), ("USA", 3), ("SVN", 1)] {
        let review = json(&state, &format!("/api/v1/reviews/{iso3}/{cycle}/calendar")).await;
        let next = json(&state, &format!("/api/v1/reviews/{iso3}/{}/calendar", cycle + 1)).await;
        let ours = moment(&review, "next_submission");
        let theirs = moment(&next, "stakeholder_submission");
        for field in ["date", "window_start", "window_end", "deadline_utc", "basis"] {
            assert_eq!(ours[field], theirs[field], "{iso3} {cycle}: {field}");
        }
        assert_eq!(review["next_session"], next["session"]);
        // The review page shows that date, and links to the review it comes from.
        let date = ours["date"].as_str().expect("date");
        let (_, html) = get(&state, &format!("/reviews/{iso3}/{cycle}")).await;
        assert!(html.contains(&format!("<strong><time datetime=\"{date}\">")), "{iso3} {cycle}: {date}");
        assert!(html.contains(&format!("<a href=\"/reviews/{iso3}/{}\">the cycle", cycle + 1)), "{html}");
    }
    // The tester's dates: Sri Lanka's and Slovenia's next submissions are those of their
    // cycle-5 reviews (sessions 56 and 62 as projected), no longer 2027-01-01 and 2028-12-29.
    let lka = json(&state, "/api/v1/reviews/LKA/4/calendar").await;
    assert_ne!(moment(&lka, "next_submission")["date"], "2027-01-01");
    let svn = json(&state, "/api/v1/reviews/SVN/4/calendar").await;
    assert_ne!(moment(&svn, "next_submission")["date"], "2028-12-29");
}

#[tokio::test]
async fn every_state_of_the_reference_lists_has_its_review_pages() {
    let (_db, state) = empty().await;
    let states = uprkit_core::StateDirectory::load();
    let listed = uprkit_core::testing::reference_session_lists();
    assert!(listed.len() > 500);
    for (session, name) in listed {
        let iso3 = states.resolve(&name).expect("known name");
        let cycle = uprkit_app::calendar::plan(session).expect("planned").cycle;
        let review = json(&state, &format!("/api/v1/reviews/{iso3}/{cycle}/calendar")).await;
        assert_eq!(review["session"], session, "{name}");
        let (status, html) = get(&state, &format!("/reviews/{iso3}/{cycle}")).await;
        assert_eq!(status, StatusCode::OK, "{name} cycle {cycle}");
        assert!(html.contains(&format!("Session <a href=\"/sessions/{session}\">{session}</a>")), "{name}");
        if cycle == 4 {
            let (status, _) = get(&state, &format!("/reviews/{iso3}/5")).await;
            assert_eq!(status, StatusCode::OK, "{name} cycle 5");
        }
    }
    let (_, html) = get(&state, "/sessions/54").await;
    assert_eq!(html.matches("<a href=\"/reviews/").count(), 14, "{html}");
    assert!(html.contains("/reviews/MMR/4") && html.contains("/reviews/UKR/4"));
    let (_, html) = get(&state, "/reviews/UKR/4").await;
    assert!(html.contains("Rescheduled: the rotation placed this review in session"), "{html}");
}

#[tokio::test]
async fn observers_are_told_they_are_not_reviewed() {
    let (_db, state) = empty().await;
    for (iso3, name) in [("VAT", "Holy See"), ("PSE", "State of Palestine")] {
        let (status, html) = get(&state, &format!("/reviews/{iso3}/4")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "there is no such review");
        assert!(html.contains(&format!("<h1>{name} is not reviewed by the UPR</h1>")), "{html}");
        assert!(html.contains("observer State of the United Nations"), "{html}");
        assert!(html.contains(&format!("href=\"/states/{iso3}\"")), "{html}");
        let (status, body) = get(&state, &format!("/api/v1/reviews/{iso3}/4/calendar")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("observer State"), "{body}");
        let (status, _) = get(&state, &format!("/states/{iso3}")).await;
        assert_eq!(status, StatusCode::OK, "the State page exists");
    }
    let (status, html) = get(&state, "/reviews/SVN/6").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Slovenia has no review in cycle 6"), "{html}");
}

/// (all-day length in days or `None` for a timed event, summary) of every event of a feed.
fn events(ics: &str) -> Vec<(Option<i64>, String)> {
    use icalendar::{Calendar, CalendarComponent, Component};
    let parsed: Calendar = ics.parse().expect("the feed parses");
    let day = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y%m%d").ok();
    parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let start = e.property_value("DTSTART").and_then(day);
            let end = e.property_value("DTEND").and_then(day);
            let days = start.zip(end).map(|(s, e)| (e - s).num_days());
            (days, e.get_summary().unwrap_or_default().to_string())
        })
        .collect()
}

#[tokio::test]
async fn a_sessions_feed_holds_its_dates_and_deadlines() {
    let (_db, state) = empty().await;
    for n in [21, 48, 52, 54, 60] {
        let (status, ics) = get(&state, &format!("/sessions/{n}.ics")).await;
        assert_eq!(status, StatusCode::OK);
        let events = events(&ics);
        assert!(events.len() <= 12, "session {n}: {} events", events.len());
        let session = format!("UPR Working Group session {n}");
        assert_eq!(events.iter().filter(|(_, s)| *s == session).count(), 1, "{events:?}");
        for (days, summary) in &events {
            let longest = if *summary == session { 14 } else { 1 };
            assert!(days.is_none_or(|d| (1..=longest).contains(&d)), "session {n}: {summary} lasts {days:?} days");
        }
        assert!(events.iter().any(|(d, s)| d.is_none() && s.contains("Stakeholder submission deadline")));
    }
    // A review's feed holds its own moments, none of them months long.
    let (_, ics) = get(&state, "/reviews/LKA/4/calendar.ics").await;
    let events = events(&ics);
    assert_eq!(events.len(), 19);
    assert!(events.iter().all(|(d, s)| s.starts_with("UPR Sri Lanka: ") && d.is_none_or(|d| d <= 14)), "{events:?}");
}

/// `uri` in `lang` (as the browser's `Accept-Language` asks): status, `Location`, body.
async fn get_in(state: &AppState, uri: &str, lang: &str) -> (StatusCode, Option<String>, String) {
    let request = Request::get(uri).header("accept-language", lang).body(Body::empty()).expect("request");
    let response = app(state.clone()).oneshot(request).await.expect("response");
    let status = response.status();
    let location = response.headers().get("location").map(|l| l.to_str().unwrap_or_default().to_string());
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, location, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn the_calendar_speaks_french_and_spanish_and_picks_a_state_by_any_name() {
    let (_db, state) = empty().await;
    // The review page in French: heading, State name, dates and the moments' own words.
    let (status, _, html) = get_in(&state, "/reviews/DEU/4", "fr-CH, fr;q=0.9").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(html.contains("<h1>Allemagne : examen du cycle 4</h1>"), "{html}");
    assert!(html.contains("Date limite des contributions des parties prenantes"), "{html}");
    assert!(!html.contains("Stakeholder submission deadline"), "English left on the French page");
    let french_months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    assert!(french_months.iter().any(|m| html.contains(m)), "no French date: {html}");
    // An observer, in Spanish.
    let (status, _, html) = get_in(&state, "/reviews/VAT/4", "es").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Santa Sede no es examinado por el EPU"), "{html}");
    // The picker takes any UN name in any of the three languages, a UPR Info spelling or a
    // code, and leads to that State's next review (or its latest).
    for name in ["Allemagne", "Alemania", "Germany", "deu", "DEU"] {
        let (status, location, _) = get_in(&state, &format!("/calendar?state={name}"), "en").await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{name}");
        assert!(location.as_deref().is_some_and(|l| l.starts_with("/reviews/DEU/")), "{name}: {location:?}");
    }
    let (status, _, html) = get_in(&state, "/calendar?state=Atlantis", "es").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ningún Estado se llama «Atlantis»"), "{html}");
    // The picker's list is sorted as the language sorts: Türkiye before Tuvalu.
    let (_, _, html) = get_in(&state, "/calendar", "en").await;
    let at = |name: &str| html.find(&format!("<option value=\"{name}")).unwrap_or_else(|| panic!("{name} in the list"));
    assert!(at("Türkiye") < at("Tuvalu") && at("Côte d") < at("Croatia"), "collation");
}
