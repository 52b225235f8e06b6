//! "My country first" over HTTP: choosing a State on the home page by any of its names,
//! remembering it, the State's dashboard (next review, deadline, plan, previous cycle,
//! documents) agreeing with the review pages, and the list of States in each language's order.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::NaiveDate;
use http_body_util::BodyExt;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;
use uprkit_web::i18n::Lang;
use uprkit_web::i18n::format::date_in;
use uprkit_web::{AppState, app};

async fn empty() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    (db, AppState::new(store, engine, documents))
}

/// A database with UPR Info's real rows for Tuvalu (sessions 3 and 16: cycles 1 and 2).
async fn with_tuvalu() -> (TestDatabase, AppState) {
    let (db, state) = empty().await;
    let path = uprkit_core::testing::shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let bytes = std::fs::read(&path).expect("the Tuvalu fixture");
    let states = uprkit_core::StateDirectory::load();
    let records = match uprkit_import::upr_info::read_bytes(&path, &bytes, &states).expect("readable") {
        uprkit_import::upr_info::UprInfoFile::Recommendations { records, .. } => records,
        _ => panic!("recommendations expected"),
    };
    assert!(records.len() > 100);
    let batch = ImportBatch { source: "tuvalu fixture".into(), recommendations: records, pledges: vec![] };
    state.store.import(batch, &|_| {}).await.expect("import");
    uprkit_search::sync::rebuild(&state.engine, &state.store, &|_| {}).await.expect("index built");
    (db, state)
}

struct Answer {
    status: StatusCode,
    body: String,
    headers: axum::http::HeaderMap,
}

async fn send(state: &AppState, uri: &str, lang: &str, cookie: Option<&str>) -> Answer {
    let mut req = Request::get(uri).header(header::ACCEPT_LANGUAGE, lang);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let response = app(state.clone()).oneshot(req.body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, body: String::from_utf8_lossy(&body).into_owned(), headers }
}

async fn page(state: &AppState, uri: &str, lang: &str) -> String {
    let a = send(state, uri, lang, None).await;
    assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
    a.body
}

async fn json(state: &AppState, uri: &str) -> serde_json::Value {
    serde_json::from_str(&page(state, uri, "en").await).expect("json")
}

/// The text between `from` (after it) and the next `to`, after the first `after`.
fn between<'a>(html: &'a str, after: &str, from: &str, to: &str) -> Option<&'a str> {
    let rest = &html[html.find(after)?..];
    let rest = &rest[rest.find(from)? + from.len()..];
    Some(&rest[..rest.find(to)?])
}

/// `html` with the entities askama writes for `&`, `'` and `"` read back.
fn unescape(html: &str) -> String {
    html.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
}

fn h1_count(html: &str) -> usize {
    html.matches("<h1").count()
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).expect("encoded").trim_start_matches('=').to_string()
}

#[tokio::test]
async fn a_state_chosen_by_any_name_is_remembered_for_a_year() {
    let (_db, state) = empty().await;
    // A French name, a UPR Info spelling, a former name, a code in lower case.
    for (typed, iso3) in [("Argentine", "ARG"), ("Cote d'Ivoire", "CIV"), ("Turkey", "TUR"), ("lka", "LKA")] {
        let a = send(&state, &format!("/my-state?state={}", urlencode(typed)), "fr", None).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{typed}");
        assert_eq!(a.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()), Some("/"));
        let cookie = a.headers.get(header::SET_COOKIE).and_then(|v| v.to_str().ok()).expect("a cookie");
        assert!(cookie.starts_with(&format!("uprkit_country={iso3};")), "{typed}: {cookie}");
        assert!(cookie.contains("Max-Age=31536000") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"));
    }
    // Remembered: the home page leads with the State, in the language asked for.
    let home = send(&state, "/", "fr", Some("uprkit_country=ARG")).await.body;
    assert!(home.contains("Argentine : le prochain examen"), "{home}");
    assert!(home.contains("href=\"/states/ARG\"") && home.contains("Prochaine échéance"), "{home}");
    assert!(home.contains("Un autre État"), "it offers to change the State");
    assert_eq!(h1_count(&home), 1);
    let home = send(&state, "/", "en", Some("uprkit_country=ARG")).await.body;
    assert!(home.contains("Argentina: the next review") && home.contains("Next deadline:"), "{home}");
    // No cookie, or one naming no State: the question.
    for cookie in [None, Some("uprkit_country=XXX")] {
        let home = send(&state, "/", "en", cookie).await.body;
        assert!(home.contains("Which State do you work on?"), "{home}");
        assert!(home.contains("<datalist id=\"my-state-names\">") && home.contains("<option value=\"Sri Lanka\">"));
        assert_eq!(h1_count(&home), 1);
    }
    // The list of names is in the language of the page.
    let home = page(&state, "/", "es").await;
    assert!(home.contains("<option value=\"Alemania\">") && home.contains("¿En qué Estado trabaja?"), "{home}");
}

#[tokio::test]
async fn an_unknown_name_gets_suggestions_not_a_404() {
    let (_db, state) = empty().await;
    let a = send(&state, "/my-state?state=Sri+Lnka", "en", None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.headers.get(header::SET_COOKIE).is_none(), "nothing remembered");
    assert!(a.body.contains("No State is called “Sri Lnka”") && a.body.contains("Did you mean:"), "{}", a.body);
    assert!(a.body.contains("<a href=\"/my-state?state=LKA\">Sri Lanka</a>"), "{}", a.body);
    let a = send(&state, "/my-state?state=Argentinia", "fr", None).await;
    assert!(unescape(&a.body).contains("Aucun État ne s'appelle « Argentinia »"), "{}", a.body);
    assert!(a.body.contains("<a href=\"/my-state?state=ARG\">Argentine</a>"), "{}", a.body);
    // Nothing close: the message says what to type.
    let a = send(&state, "/my-state?state=Atlantis", "en", None).await;
    assert!(a.body.contains("Type a UN name or a code such as LKA.") && !a.body.contains("Did you mean"), "{}", a.body);
    // What was typed is shown back escaped.
    let a = send(&state, "/my-state?state=%3Cscript%3E", "en", None).await;
    assert!(!a.body.contains("<script>"), "{}", a.body);
    assert!(a.body.contains("&#60;script&#62;") || a.body.contains("&lt;script&gt;"), "{}", a.body);
}

/// The next deadline's date on a dashboard, and the review it belongs to.
fn dashboard_deadline(html: &str) -> (NaiveDate, String, String) {
    let date = between(html, "class=\"next-deadline\"", "<time datetime=\"", "\"").expect("a deadline");
    let review = between(html, "class=\"review-line\"", "<a href=\"", "\"").expect("a link to the review");
    let title = between(html, "class=\"next-deadline\"", "<strong>", "</strong>").expect("its title");
    (NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a date"), review.to_string(), title.to_string())
}

#[tokio::test]
async fn the_dashboard_shows_the_review_pages_session_and_deadline() {
    let (_db, state) = empty().await;
    let today = chrono::Utc::now().date_naive();
    for iso3 in ["LKA", "ARG", "SVN", "IRL", "MMR", "UKR", "TUV", "USA"] {
        for (lang, code) in [(Lang::En, "en"), (Lang::Fr, "fr")] {
            let html = page(&state, &format!("/states/{iso3}"), code).await;
            assert_eq!(h1_count(&html), 1, "{iso3}");
            // An empty database: the dashboard says so rather than showing empty counts.
            if lang == Lang::En {
                let name = uprkit_web::labels::state_name(iso3);
                assert!(html.contains(&format!("The database holds no recommendations to {name} yet.")), "{iso3}");
            }
            let (date, review, title) = dashboard_deadline(&html);
            let cycle: u8 = review.rsplit('/').next().and_then(|c| c.parse().ok()).expect("cycle");
            assert_eq!(review, format!("/reviews/{iso3}/{cycle}"));
            // The same review and the same date as the review's own calendar.
            let calendar = json(&state, &format!("/api/v1/reviews/{iso3}/{cycle}/calendar")).await;
            let session = calendar["session"].as_u64().expect("session");
            let end = NaiveDate::parse_from_str(calendar["session_end"].as_str().expect("end"), "%Y-%m-%d").expect("d");
            assert!(end >= today, "{iso3}: the next review, not a past one");
            let moments = calendar["moments"].as_array().expect("moments");
            let submission = moments.iter().find(|m| m["kind"] == "stakeholder_submission").expect("submission");
            let submission_date =
                NaiveDate::parse_from_str(submission["date"].as_str().expect("d"), "%Y-%m-%d").expect("d");
            if submission_date >= today {
                assert_eq!(date, submission_date, "{iso3}: the submission deadline while it is ahead");
            } else {
                assert!(date >= today, "{iso3}: the next step once the submission has passed");
            }
            assert!(
                html.contains(&uprkit_web::i18n::sync_scope(lang, || {
                    uprkit_web::i18n::t2("home-lead-review", "cycle", cycle, "session", session)
                })),
                "{iso3} {code}: session {session}"
            );
            // The review page prints that date, in the same language.
            let review_page = page(&state, &review, code).await;
            assert!(review_page.contains(&date_in(lang, &date)), "{iso3} {code}: {date} on {review}");
            assert!(review_page.contains(&format!("<a href=\"/sessions/{session}\">{session}</a>")), "{iso3}");
            // The home page, with the State remembered, says the same.
            let home = send(&state, "/", code, Some(&format!("uprkit_country={iso3}"))).await.body;
            assert_eq!(dashboard_deadline(&home), (date, review.clone(), title), "{iso3} {code}");
            // The review plan lists the coming steps, first the nearest, and links to the review.
            let plan = between(&html, "class=\"review-plan\"", ">", "</ol>").expect("a plan");
            let first = between(plan, "<li>", "<time datetime=\"", "\"").expect("a step");
            assert!(NaiveDate::parse_from_str(first, "%Y-%m-%d").expect("d") >= today, "{iso3}");
            assert!(html.contains(&format!("<p><a href=\"{review}\">")), "{iso3}: the whole plan");
        }
    }
}

#[tokio::test]
async fn observers_keep_their_no_review_message() {
    let (_db, state) = empty().await;
    for (iso3, name) in [("VAT", "Holy See"), ("PSE", "State of Palestine")] {
        let html = page(&state, &format!("/states/{iso3}"), "en").await;
        assert!(html.contains("is not reviewed") || html.contains("observer"), "{html}");
        assert!(!html.contains("class=\"next-deadline\""), "{iso3}");
        let a = send(&state, &format!("/my-state?state={}", urlencode(name)), "en", None).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER);
        let home = send(&state, "/", "en", Some(&format!("uprkit_country={iso3}"))).await.body;
        assert!(home.contains(&format!("{name} is not reviewed by the UPR")), "{home}");
        assert!(!home.contains("Next deadline") && home.contains(&format!("href=\"/states/{iso3}\"")), "{home}");
    }
}

#[tokio::test]
async fn the_previous_cycles_positions_add_up_to_the_search_total() {
    let (_db, state) = with_tuvalu().await;
    for (code, heading, fallback) in [
        ("en", "Recommendations received in cycle 2", "holds no recommendations of cycle"),
        ("fr", "Recommandations reçues au cycle 2", "ne contient encore aucune recommandation du cycle"),
    ] {
        let html = page(&state, "/states/TUV", code).await;
        // Tuvalu's next review is in cycle 5; the database holds cycles 1 and 2: cycle 2 is
        // shown, and the page says why.
        assert!(html.contains(heading) && html.contains(fallback), "{html}");
        let total =
            json(&state, "/api/v1/recommendations?sur=TUV&cycle=2&per_page=1").await["total"].as_u64().expect("t");
        assert!(total > 50);
        let counts = between(&html, "class=\"position-counts", ">", "</ul>").expect("counts");
        let mut sum = 0;
        for item in counts.split("<li ").skip(1) {
            let position = between(item, "", "data-position=\"", "\"").expect("position");
            let n: u64 = between(item, "", "data-count=\"", "\"").and_then(|n| n.parse().ok()).expect("count");
            if position != "unknown" {
                let uri = format!("/api/v1/recommendations?sur=TUV&cycle=2&response={position}&per_page=1");
                assert_eq!(json(&state, &uri).await["total"].as_u64(), Some(n), "{position}");
                let link = format!("href=\"/search?sur=TUV&cycle=2&response={position}\"");
                assert!(unescape(item).contains(&link), "{item}");
            }
            sum += n;
        }
        assert_eq!(sum, total, "the counts add up to the search total");
        assert!(unescape(&html).contains("href=\"/search?sur=TUV&cycle=2\""), "all of them, in the search");
        // Grouped by issue, each group linking to its search.
        assert!(html.contains("class=\"issue-group\"") && unescape(&html).contains("&issue="), "{html}");
        assert!(html.contains("href=\"/recommendations/"), "{html}");
    }
}

#[tokio::test]
async fn the_latest_documents_are_listed_with_their_symbol_and_link() {
    // SQLite, and PostgreSQL when UPRKIT_TEST_POSTGRES_URL names one: the query is the store's.
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
        let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
        let state = AppState::new(store, engine, documents);
        let html = page(&state, "/states/SVN", "en").await;
        assert!(html.contains("No OHCHR document about Slovenia has been imported yet."), "{html}");
        let path = uprkit_core::testing::shared_data("ohchr/slovenia/cycle2/g1423930.pdf");
        let bytes = std::fs::read(&path).expect("the WG report");
        let reader = uprkit_app::documents::reader::DocumentReader::in_process();
        let document = reader.read(Path::new("g1423930.pdf"), &bytes).await.expect("read");
        let actor = uprkit_store::Actor::command_line();
        state.app.write_document(&actor, Path::new("g1423930.pdf"), document, false).await.expect("imported");
        let today = chrono::Utc::now().date_naive();
        for (code, lang) in [("en", Lang::En), ("fr", Lang::Fr)] {
            let html = page(&state, "/states/SVN", code).await;
            let documents = between(&html, "class=\"documents-list\"", ">", "</ul>").expect("a list");
            assert!(
                documents.contains("<a href=\"https://undocs.org/A/HRC/28/15\""),
                "{}: {documents}",
                db.engine_name()
            );
            assert!(documents.contains(&date_in(lang, &today)), "imported today: {documents}");
        }
        // Another State's page does not list it.
        let html = page(&state, "/states/ARG", "en").await;
        assert!(!html.contains("A/HRC/28/15"));
        state.store.close().await;
        db.drop_database().await.expect("dropped");
    }
}

/// The names of each regional group's list, in page order.
fn groups(html: &str) -> Vec<Vec<String>> {
    html.split("<ul class=\"states-list plain\">")
        .skip(1)
        .map(|list| {
            let list = &list[..list.find("</ul>").expect("end of list")];
            list.split("<a href=\"/states/")
                .skip(1)
                .filter_map(|item| between(item, "", "\">", "</a>"))
                .map(unescape)
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn states_are_listed_in_each_languages_order() {
    let (_db, state) = empty().await;
    let html = page(&state, "/states", "fr").await;
    assert_eq!(h1_count(&html), 1);
    let lists = groups(&html);
    assert_eq!(lists.len(), 6);
    assert_eq!(lists.iter().map(Vec::len).sum::<usize>(), 195);
    let position =
        |name: &str| lists.iter().find_map(|l| l.iter().position(|n| n == name).map(|i| (l.as_ptr(), i))).expect(name);
    // Accents sort with their letters (a byte order puts "Égypte" after "Zimbabwe" and
    // "Suède" after "Suisse"); names are the French UN names.
    let before = |a: &str, b: &str| {
        let ((la, ia), (lb, ib)) = (position(a), position(b));
        assert_eq!(la, lb, "{a} and {b} are in one group");
        assert!(ia < ib, "{a} before {b}");
    };
    before("Égypte", "Gabon");
    before("Djibouti", "Égypte");
    before("Éthiopie", "Gabon");
    before("Suède", "Suisse");
    before("Suisse", "Türkiye");
    before("Émirats arabes unis", "Fidji");
    for list in &lists {
        for pair in list.windows(2) {
            let order = uprkit_web::i18n::collate::compare_in(Lang::Fr, &pair[0], &pair[1]);
            assert_ne!(order, std::cmp::Ordering::Greater, "{} before {}", pair[0], pair[1]);
        }
    }
    assert!(html.contains("193 États membres et 2 États observateurs"), "{html}");
    // English: "Côte d'Ivoire" among the Cs, and the English names.
    let english = groups(&page(&state, "/states", "en").await);
    let africa = &english[0];
    let at = |n: &str| africa.iter().position(|x| x.replace('’', "'") == n).expect(n);
    assert!(at("Côte d'Ivoire") < at("Djibouti") && at("Congo") < at("Côte d'Ivoire"));
}

#[tokio::test]
async fn the_pages_are_whole_in_french() {
    let (_db, state) = with_tuvalu().await;
    for uri in ["/", "/states", "/states/TUV", "/my-state?state=Atlantide"] {
        let html = page(&state, uri, "fr").await;
        assert_eq!(h1_count(&html), 1, "{uri}");
        for english in [
            "Which State",
            "Next review",
            "Review plan",
            "recommendations received",
            "Latest documents",
            "matching recommendation",
            "in the database",
            "Member States",
            "As State under Review",
        ] {
            assert!(!html.contains(english), "{uri}: {english:?} in French");
        }
    }
}
