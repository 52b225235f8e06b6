//! Recommendations can be cited: on real data (Slovenia's second review from OHCHR's own
//! report and addendum, with UPR Info's 2018 export of the same session, and Egypt's review of
//! that session known only to UPR Info), the page and the API give the report's symbol,
//! paragraph and undocs.org address where a source knows them and invent none where none does,
//! name every source for people, date each position apart from its import, explain the action
//! category, and say it all in French and Spanish too.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::StateDirectory;
use uprkit_core::search::RecommendationFilter;
use uprkit_core::testing::shared_data;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Actor, ImportBatch};
use uprkit_web::{AppState, app};

/// A database with Slovenia's session-20 report and addendum (PDF, as OHCHR published them)
/// and UPR Info's 2018 export rows of Slovenia and Egypt for that session.
async fn loaded() -> (TestDatabase, AppState) {
    loaded_in(TestDatabase::sqlite().expect("db")).await
}

/// [`loaded`] in a given database (SQLite, or PostgreSQL when the tests have one).
async fn loaded_in(db: TestDatabase) -> (TestDatabase, AppState) {
    let store = db.store().await.expect("store");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    let states = StateDirectory::load();
    let path = shared_data("upr-info/export-2018/19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &states) else {
        panic!("the 2018 export of sessions 19-21 reads")
    };
    let records: Vec<_> =
        records.into_iter().filter(|r| r.session.get() == 20 && matches!(r.sur.as_str(), "SVN" | "EGY")).collect();
    assert!(records.len() > 300, "Slovenia's and Egypt's rows of session 20: {}", records.len());
    let batch = ImportBatch { source: "UPR Info export".into(), recommendations: records, pledges: vec![] };
    state.app.import_upr_info(&Actor::command_line(), batch, &|_| {}).await.expect("UPR Info rows");
    for file in ["ohchr/slovenia/cycle2/g1423930.pdf", "ohchr/slovenia/cycle2/g1504261.pdf"] {
        let path = shared_data(file);
        let document = uprkit_import::ohchr::read_file(&path, &states).expect("an OHCHR document");
        state.app.write_document(&Actor::command_line(), Path::new(file), document, false).await.expect("imported");
    }
    (db, state)
}

/// The id of the recommendation of `sur` in session 20 at `paragraph` (`None`: one without).
async fn find(state: &AppState, sur: &str, paragraph: Option<&str>) -> i64 {
    let filter = RecommendationFilter { sur: vec![sur.into()], session: vec![20], ..Default::default() };
    let page = state.store.search(&filter, 1, 500).await.expect("search");
    page.items.iter().find(|r| r.paragraph.as_deref() == paragraph).map(|r| r.id).expect("the recommendation")
}

async fn get(state: &AppState, uri: &str, lang: &str) -> (StatusCode, String) {
    let request = Request::get(uri).header("accept-language", lang).body(Body::empty()).expect("request");
    let response = app(state.clone()).oneshot(request).await.expect("response");
    let status = response.status();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// The text of the page's headings of level one.
fn h1s(html: &str) -> Vec<String> {
    html.split("<h1").skip(1).map(|s| s.split("</h1>").next().unwrap_or("").to_string()).collect()
}

#[tokio::test]
async fn a_recommendation_known_to_ohchr_is_cited_in_three_languages() {
    let (_db, state) = loaded().await;
    let id = find(&state, "SVN", Some("115.1")).await;
    let (status, html) = get(&state, &format!("/recommendations/{id}"), "en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h1s(&html), [">Recommendation 115.1 to Slovenia, cycle 2"], "one heading");
    assert!(
        html.contains(r#"<a class="undocs" href="https://undocs.org/A/HRC/28/15">A/HRC/28/15</a>, para. 115.1"#),
        "{html}"
    );
    // Every source, named as its publisher names it; the addendum linked too.
    for name in [
        "OHCHR, Report of the Working Group (<a href=\"https://undocs.org/A/HRC/28/15\">A/HRC/28/15</a>)",
        "OHCHR, addendum to the report (views of the State under Review) (<a href=\"https://undocs.org/A/HRC/28/15/Add.1\">A/HRC/28/15/Add.1</a>)",
        "UPR Info database export, 2018",
    ] {
        assert!(html.contains(name), "{name} in {html}");
    }
    assert!(!html.contains(".csv"), "no internal file name: {html}");
    // The current position with its document and the Council session it went to, apart from
    // the import date; the history's columns say what they hold.
    assert!(html.contains("Supported</span>") && html.contains("stated in OHCHR, addendum"), "{html}");
    assert!(html.contains("para. 3 · Human Rights Council, session 28 (March 2015)"), "{html}");
    assert!(html.contains("Working Group, session 20 (2014)"), "the pending step dates from the review: {html}");
    for column in ["Stated in", "Where in it", "When stated"] {
        assert!(html.contains(&format!("<th scope=\"col\">{column}</th>")), "{column}");
    }
    assert!(html.contains("Not dated by this source"), "UPR Info's column carries no date: {html}");
    assert!(html.contains("class=\"recorded\">imported on "), "{html}");

    let (_, fr) = get(&state, &format!("/recommendations/{id}"), "fr").await;
    assert_eq!(h1s(&fr), [">Recommandation 115.1 (Slovénie, cycle 2)"]);
    assert!(fr.contains(r#"href="https://undocs.org/fr/A/HRC/28/15">A/HRC/28/15</a>, par. 115.1"#), "{fr}");
    assert!(fr.contains("Export de la base de données d’UPR Info, 2018"), "{fr}");
    assert!(fr.contains("Conseil des droits de l’homme, 28e session (mars 2015)"), "{fr}");
    assert!(fr.contains("Historique de la position") && fr.contains("Comment la citer"), "{fr}");
    assert!(!fr.contains("Position history") && !fr.contains("Recommending States"), "{fr}");

    let (_, es) = get(&state, &format!("/recommendations/{id}"), "es").await;
    assert_eq!(h1s(&es), [">Recomendación 115.1 (Eslovenia, ciclo 2)"]);
    assert!(es.contains(r#"href="https://undocs.org/es/A/HRC/28/15">A/HRC/28/15</a>, párr. 115.1"#), "{es}");
    assert!(es.contains("Consejo de Derechos Humanos, período de sesiones 28 (marzo de 2015)"), "{es}");
}

#[tokio::test]
async fn a_recommendation_only_upr_info_knows_gets_no_invented_symbol() {
    let (_db, state) = loaded().await;
    let id = find(&state, "EGY", None).await;
    let (status, html) = get(&state, &format!("/recommendations/{id}"), "en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h1s(&html), [">Recommendation to Egypt, cycle 2, session 20"]);
    assert!(!html.contains("undocs.org") && !html.contains("A/HRC/"), "no symbol: {html}");
    assert!(html.contains("No imported source gives the symbol of the Working Group report"), "{html}");
    assert!(html.contains("<li>UPR Info database export, 2018</li>") && !html.contains(".csv"), "{html}");
    let (_, fr) = get(&state, &format!("/recommendations/{id}"), "fr").await;
    assert_eq!(h1s(&fr), [">Recommandation (Égypte, cycle 2, session 20)"]);
    assert!(fr.contains("Aucune source importée ne donne la cote") && !fr.contains("undocs.org"), "{fr}");
}

#[tokio::test]
async fn the_action_category_is_explained() {
    let (_db, state) = loaded().await;
    let id = find(&state, "SVN", Some("115.1")).await;
    let category = state.store.recommendation(id).await.expect("read").expect("found").action_category;
    let n = category.expect("UPR Info coded it");
    let (_, html) = get(&state, &format!("/recommendations/{id}"), "en").await;
    let name = uprkit_web::i18n::sync_scope(uprkit_web::i18n::Lang::En, || {
        (
            uprkit_web::labels::action_category(&n.to_string()),
            uprkit_web::labels::action_category_meaning(&n.to_string()),
        )
    });
    let (Some(name), Some(meaning)) = name else { panic!("category {n} has a name and a meaning") };
    assert!(html.contains(&format!("{n}. {name}")), "{html}");
    assert!(html.contains("<summary>What this means</summary>"), "{html}");
    // Up to its first quotation mark, which the template escapes.
    let words = meaning.split(['"', '\'', '(']).next().unwrap_or("");
    assert!(words.len() > 20 && html.contains(words), "{meaning} in {html}");
}

/// On every engine the tests have (PostgreSQL when `UPRKIT_TEST_POSTGRES_URL` is set).
#[tokio::test]
async fn the_api_gives_the_same_citation() {
    for db in TestDatabase::all().await.expect("test databases") {
        let (db, state) = loaded_in(db).await;
        api_citation(&state).await;
        state.store.close().await;
        db.drop_database().await.expect("dropped");
    }
}

async fn api_citation(state: &AppState) {
    let id = find(state, "SVN", Some("115.1")).await;
    let (status, body) = get(state, &format!("/api/v1/recommendations/{id}"), "fr").await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    // The search fields stay where they were.
    assert_eq!((v["id"].as_i64(), v["sur"].as_str(), v["paragraph"].as_str()), (Some(id), Some("SVN"), Some("115.1")));
    let c = &v["citation"];
    assert_eq!(c["document_symbol"], "A/HRC/28/15");
    assert_eq!(c["paragraph"], "115.1");
    assert_eq!(c["undocs_url"], "https://undocs.org/A/HRC/28/15", "in English whatever the browser asks");
    assert_eq!(c["hrc_session"], 28);
    let names: Vec<&str> =
        c["sources"].as_array().expect("sources").iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "OHCHR, Report of the Working Group (A/HRC/28/15)",
            "OHCHR, addendum to the report (views of the State under Review) (A/HRC/28/15/Add.1)",
            "UPR Info database export, 2018"
        ]
    );
    assert_eq!(c["position"]["position"], "supported");
    assert_eq!(c["position"]["source"]["symbol"], "A/HRC/28/15/Add.1");
    assert_eq!(c["position"]["reference"], "para. 3");
    assert_eq!(c["position"]["stated"], "2015-03");
    assert_eq!(c["position_history"][0]["position"], "pending");
    assert_eq!(c["position_history"][0]["stated"], "2014");

    let egypt = find(state, "EGY", None).await;
    let (_, body) = get(state, &format!("/api/v1/recommendations/{egypt}"), "en").await;
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert!(v["citation"]["document_symbol"].is_null() && v["citation"]["undocs_url"].is_null(), "{body}");
    assert_eq!(v["citation"]["sources"][0]["kind"], "upr_info");
    assert_eq!(v["citation"]["sources"][0]["edition"], "2018-07-25");
}

#[tokio::test]
async fn the_review_queue_and_coding_block_speak_french() {
    let (_db, state) = loaded().await;
    let store = &state.store;
    let user = store.create_user("editor@example.org", "Editor", "a long enough password", false).await.expect("user");
    let org = store.organisation_id("Org", true).await.expect("org").expect("id");
    store.grant(None, user, org, uprkit_store::Role::Editor).await.expect("grant");
    let cookie = store.create_session(user).await.expect("session");
    let signed_in = |uri: &str| {
        Request::get(uri)
            .header("accept-language", "fr")
            .header("cookie", format!("uprkit_session={cookie}"))
            .body(Body::empty())
            .expect("request")
    };
    let response = app(state.clone()).oneshot(signed_in("/classification/review")).await.expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    let html = String::from_utf8_lossy(&response.into_body().collect().await.expect("body").to_bytes()).into_owned();
    assert_eq!(h1s(&html), [">Relire le codage suggéré"]);
    // No classifier has run: zero suggestions, said as French says zero.
    assert!(
        html.contains("Aucune suggestion n’attend une personne") && html.contains("Rien n’attend de relecture."),
        "{html}"
    );
    let id = find(&state, "EGY", None).await;
    let response = app(state.clone()).oneshot(signed_in(&format!("/recommendations/{id}"))).await.expect("response");
    let html = String::from_utf8_lossy(&response.into_body().collect().await.expect("body").to_bytes()).into_owned();
    assert!(
        html.contains("<h2 id=\"coding-heading\">Codage</h2>") && html.contains("Source\u{a0}: UPR Info"),
        "{html}"
    );
    assert!(html.contains("<legend>Objectifs de développement durable (aucun coché"), "the editor's form: {html}");
    assert!(html.contains("<option value=\"private\">Seulement mon organisation</option>"), "the note form: {html}");
}
