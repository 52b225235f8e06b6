//! The web app in process: pages, the JSON API and its errors, escaping and headers.

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

fn rec(sur: &str, session: &str, text: &str, rs: &str) -> NewRecommendation {
    NewRecommendation {
        sur: Iso3::parse(sur).expect("iso3"),
        session: SessionNo::parse(session).expect("session"),
        paragraph: None,
        text: text.into(),
        recommending_states: vec![Iso3::parse(rs).expect("iso3")],
        response: Some(Position::Supported),
        action_category: ActionCategory::parse("4"),
        issues: vec!["Justice".into()],
        sdgs: vec![],
        document: None,
        origin: uprkit_core::Origin::upr_info("test"),
        source_ref: "test".into(),
    }
}

async fn seeded() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let recommendations = vec![
        rec("TUV", "3", "Strengthen the independence of the judiciary.", "NZL"),
        rec("TUV", "16", "Consider ratifying <script>alert('x')</script> the Convention & \"its\" protocols.", "AUS"),
        rec("SVN", "7", "Adopt a national action plan on Roma.", "FRA"),
    ];
    store
        .import(ImportBatch { source: "test".into(), recommendations, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index built");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    (db, AppState::new(store, engine, documents))
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, String, axum::http::HeaderMap) {
    let response =
        app(state.clone()).oneshot(Request::get(uri).body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned(), headers)
}

#[tokio::test]
async fn home_page_shows_counts_and_a_paged_list() {
    let (_db, state) = seeded().await;
    let (status, html, headers) = get(&state, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("3 recommendations in the database"), "{html}");
    assert!(html.contains("Cycle 1") && html.contains("Cycle 2"));
    assert!(html.contains("Strengthen the independence of the judiciary."));
    assert!(headers.get("content-security-policy").is_some());
    assert_eq!(headers.get("x-content-type-options").map(|v| v.to_str().ok()), Some(Some("nosniff")));
    // Text from the data is escaped, never markup.
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "{html}");
    let (_, html, _) = get(&state, "/?sur=SVN").await;
    assert!(html.contains("1 matching recommendation ·") && html.contains("Roma"), "{html}");
    let (_, html, _) = get(&state, "/?per_page=1&page=2").await;
    assert!(html.contains("page 2 of 3") && html.contains("rel=\"prev\"") && html.contains("rel=\"next\""), "{html}");
}

#[tokio::test]
async fn recommendation_page_and_not_found() {
    let (_db, state) = seeded().await;
    let judiciary = uprkit_core::search::RecommendationFilter { rs: vec!["NZL".into()], ..Default::default() };
    let id = state.store.search(&judiciary, 1, 1).await.expect("search").items[0].id;
    let (status, html, _) = get(&state, &format!("/recommendations/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Recommending States") && html.contains("NZL"), "{html}");
    let (status, html, _) = get(&state, "/recommendations/999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Not found"));
}

#[tokio::test]
async fn api_lists_with_total_and_facets_and_errors_as_json() {
    let (_db, state) = seeded().await;
    let (status, body, _) = get(&state, "/api/v1/recommendations?sur=TUV&per_page=1").await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["total"], 2);
    assert_eq!(v["per_page"], 1);
    assert_eq!(v["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["facets"]["session"]["16"], 1);
    // The API searches with the engine: phrases, stemming.
    let (_, body, _) = get(&state, "/api/v1/recommendations?q=%22independence+of+the+judiciary%22").await;
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["total"], 1, "{body}");
    let (_, body, _) = get(&state, "/api/v1/recommendations?q=protocol").await;
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["total"], 1, "stemmed: protocols: {body}");
    let (status, body, _) = get(&state, "/api/v1/recommendations?cycle=first").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["error"]["code"], "bad_request");
    let (status, body, _) = get(&state, "/api/v1/recommendations/999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("\"not_found\""));
    let (_, body, _) = get(&state, "/api/v1/states").await;
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(195));
    let (_, body, _) = get(&state, "/api/v1/sessions").await;
    assert!(body.contains("\"2025-01-20\""));
    // SQL metacharacters are data, not SQL.
    let (status, _, _) =
        get(&state, "/api/v1/recommendations?q=%27%3B%20DROP%20TABLE%20recommendations%3B--&sur=X%27%20OR%201%3D1")
            .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(state.store.recommendation_count().await.expect("count"), 3);
}

#[tokio::test]
async fn openapi_lists_every_api_route() {
    let (_db, state) = seeded().await;
    let (status, body, _) = get(&state, "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&body).expect("json");
    let paths = doc["paths"].as_object().expect("paths");
    for route in [
        "/recommendations",
        "/recommendations/{id}",
        "/states",
        "/sessions",
        "/openapi.json",
        "/reviews/{iso3}/{cycle}/{file}",
    ] {
        assert!(paths.contains_key(route), "{route} missing from the OpenAPI document");
        let concrete = route.replace("{id}", "1").replace("{iso3}/{cycle}/{file}", "SVN/4/calendar");
        let (status, _, _) = get(&state, &format!("/api/v1{concrete}")).await;
        assert_eq!(status, StatusCode::OK, "{route}");
    }
    let routes = include_str!("../src/routes/api/mod.rs").matches(".route(").count()
        + include_str!("../src/routes/api/workspaces/mod.rs").matches(".route(").count()
        + include_str!("../src/routes/api/statements.rs").matches(".route(").count();
    assert_eq!(routes, paths.len(), "a route of the API is not documented");
    // Every search filter is a documented parameter, with the schema of its kind.
    let parameters = doc["paths"]["/recommendations"]["get"]["parameters"].as_array().expect("parameters");
    for filter in uprkit_core::search::Filter::ALL {
        let p = parameters.iter().find(|p| p["name"] == filter.key()).unwrap_or_else(|| panic!("{filter:?} missing"));
        let kind = match filter.kind() {
            uprkit_core::search::ValueKind::Number { .. } => "integer",
            uprkit_core::search::ValueKind::Text { .. } => "string",
        };
        assert_eq!(p["schema"]["type"], kind, "{filter:?}");
        assert!(p["description"].as_str().expect("description").starts_with(filter.description()), "{filter:?}");
    }
    let names: Vec<&str> = parameters.iter().filter_map(|p| p["name"].as_str()).collect();
    let expected: Vec<&str> = ["q"]
        .into_iter()
        .chain(uprkit_core::search::Filter::ALL.map(|f| f.key()))
        .chain(["sort", "page", "per_page"])
        .collect();
    assert_eq!(names, expected, "the parameters are q, the filters and the paging, once each");
}

#[tokio::test]
async fn search_pages_export_and_statistics() {
    let (_db, state) = seeded().await;
    let (status, html, _) = get(&state, "/search?q=judiciary").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<b>judiciary</b>"), "{html}");
    assert!(html.contains("id=\"total\">1 recommendation<"), "{html}");
    let (_, html, _) = get(&state, "/search?sur=TUV&cycle=2").await;
    assert!(html.contains("name=\"sur\" value=\"TUV\" checked"), "{html}");
    let (status, csv, headers) = get(&state, "/search/export.csv?sur=TUV").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().expect("ascii").contains("attachment"));
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.trim_end().lines().count(), 3, "header and both Tuvalu rows: {csv}");
    let (status, _, headers) = get(&state, "/search/export.xlsx?sur=TUV").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"].to_str().expect("ascii").contains("spreadsheetml"));
    let (status, _, _) = get(&state, "/search/export.pdf").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, html, _) = get(&state, "/statistics?sur=TUV").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<svg") && html.contains("Statistics of 2 recommendations"), "{html}");
    let (status, html, _) = get(&state, "/states/TUV").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Tuvalu") && html.contains("2 recommendations received"), "{html}");
    let (status, _, _) = get(&state, "/states/ATLANTIS").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, html, _) = get(&state, "/states").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("/states/SVN"));
    let (status, _, _) = get(&state, "/search?sort=random").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn calendar_pages_and_feeds() {
    let (_db, state) = seeded().await;
    let (status, html, _) = get(&state, "/calendar").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Upcoming UPR sessions"), "{html}");
    let (status, html, _) = get(&state, "/reviews/SVN/4").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Slovenia: review in cycle 4") && html.contains("(HRC 59)"), "{html}");
    assert!(html.contains("class=\"moment past"), "cycle 4 moments before today are muted");
    let (status, html, _) = get(&state, "/sessions/48").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(html.matches("/reviews/").count(), 14, "{html}");
    let (status, ics, headers) = get(&state, "/sessions/48.ics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"].to_str().expect("ascii").starts_with("text/calendar"));
    // The session and its six dates and deadlines (it was every moment of its 14 reviews,
    // 14 * 19 events with months-long windows).
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 7);
    // A calendar program's parser reads the whole feed back.
    let parsed: icalendar::Calendar = ics.parse().expect("the session feed parses");
    assert_eq!(parsed.components.iter().filter(|c| matches!(c, icalendar::CalendarComponent::Event(_))).count(), 7);
    let (status, ics, _) = get(&state, "/api/v1/reviews/SVN/4/calendar.ics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ics.contains("SUMMARY:UPR Slovenia: Stakeholder submission deadline"));
    let (status, body, _) = get(&state, "/api/v1/reviews/SVN/4/calendar").await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["session"], 48);
    assert_eq!(v["moments"].as_array().map(Vec::len), Some(19));
    let (status, _, _) = get(&state, "/reviews/ATL/4").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = get(&state, "/sessions/99").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The deadline of a review's stakeholder submission, as the JSON API gives it.
async fn submission(state: &AppState, iso3: &str, cycle: u8) -> serde_json::Value {
    let (status, body, _) = get(state, &format!("/api/v1/reviews/{iso3}/{cycle}/calendar")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    let moments = v["moments"].as_array().expect("moments").clone();
    moments.into_iter().find(|m| m["kind"] == "stakeholder_submission").expect("the deadline")
}

#[tokio::test]
async fn announced_deadlines_on_review_session_and_calendar_pages() {
    let (_db, state) = seeded().await;
    // Namibia, session 52: the date of upr_stakeholder_deadlines.csv, with its basis and source.
    let m = submission(&state, "NAM", 4).await;
    assert_eq!((m["date"].as_str(), m["basis"].as_str()), (Some("2025-10-10"), Some("announced")));
    assert_eq!(m["basis_note"], "announced by OHCHR");
    assert!(m["source"].as_str().is_some_and(|s| s.contains("timeline_dates.xlsx")), "{m}");
    let (_, html, _) = get(&state, "/reviews/NAM/4").await;
    assert!(
        html.contains("<strong><time datetime=\"2025-10-10\">") && html.contains("announced by OHCHR · source: CeHDI"),
        "{html}"
    );
    assert!(html.contains("<strong><time datetime=\"2026-01-26\">"), "the announced national report deadline");
    let (_, html, _) = get(&state, "/sessions/52").await;
    assert_eq!(
        html.matches("<time datetime=\"2025-10-10\">10 October 2025</time> <span class=\"basis announced\">").count(),
        14,
        "{html}"
    );
    // Session 21 (cycle 2): an extended deadline, its source linked.
    let plan = uprkit_app::calendar::plan(21).expect("session 21");
    let sur = plan.states.first().expect("a State").to_string();
    let (_, html, _) = get(&state, &format!("/reviews/{sur}/2")).await;
    assert!(html.contains("<strong><time datetime=\"2014-06-15\">"), "{html}");
    assert!(html.contains("announced by OHCHR (extended deadline) · <a href=\"https://www.upr-info.org/en/news/extension-deadline-civil-society-reports-upr-21-and-22\""), "{html}");
    // /calendar shows, for every upcoming session, the date its review pages show.
    let (_, html, _) = get(&state, "/calendar").await;
    let sessions: Vec<u16> =
        html.split("<h2><a href=\"/sessions/").skip(1).filter_map(|s| s.split('"').next()?.parse().ok()).collect();
    assert!(!sessions.is_empty(), "{html}");
    for n in sessions {
        let plan = uprkit_app::calendar::plan(n).expect("planned");
        let Some(first) = plan.states.first() else { continue };
        let m = submission(&state, first.as_str(), plan.cycle).await;
        let date = m["date"].as_str().expect("date");
        assert!(html.contains(&format!("<strong><time datetime=\"{date}\">")), "session {n}: {date} not on /calendar");
    }
}
