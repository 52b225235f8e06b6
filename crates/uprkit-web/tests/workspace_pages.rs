//! Issue 14, the workspace pages over HTTP on UPR Info's real rows for Tuvalu (cycles 1 and
//! 2): "Prepare for this review" on the review page opens a workspace; its home shows the
//! review's coming moments (the review page's dates) and the previous cycle's recommendations
//! grouped with their positions; settings change who sees it; national consultations are
//! recorded, edited and deleted with an issue linked to a section; organisation B never sees
//! A's private workspace. SQLite and, when configured, PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::Utc;
use http_body_util::BodyExt;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_app::calendar::plans;
use uprkit_app::workspaces::SectionEdit;
use uprkit_core::submission::SectionKind;
use uprkit_core::{Iso3, StateDirectory};
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Actor, ImportBatch, NewRecommendation, Role, SectionState, Store, Visibility};
use uprkit_web::{AppState, app};

const PASSWORD: &str = "correct horse battery";

/// Cookie and CSRF token of someone signed in.
type Session = Option<(String, String)>;

struct World {
    _db: TestDatabase,
    state: AppState,
    org_a: i64,
    coalition: i64,
    /// Editor of organisation A.
    editor: Session,
    /// Viewer of organisation A.
    viewer: Session,
    /// Owner of organisation B.
    other: Session,
    /// Owner of organisation C, in a coalition with A.
    partner: Session,
    /// The rows imported.
    records: Vec<NewRecommendation>,
}

async fn sign_in(store: &Store, who: &str, org: i64, role: Role) -> Session {
    let id = store.create_user(&format!("{who}@example.org"), who, PASSWORD, false).await.expect("user");
    store.grant(None, id, org, role).await.expect("grant");
    let token = store.create_session(id).await.expect("session");
    let csrf = store.session(&token).await.expect("lookup").expect("live").csrf_token;
    Some((token, csrf))
}

async fn world(db: TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let path = uprkit_core::testing::shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("the Tuvalu fixture (../shared/data beside the project) cannot be read");
    };
    let batch = ImportBatch { source: "tuvalu".into(), recommendations: records.clone(), pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    let org_a = store.organisation_id("Tuvalu Defenders", true).await.expect("org").expect("id");
    let org_b = store.organisation_id("Other Org", true).await.expect("org").expect("id");
    let org_c = store.organisation_id("Partner Org", true).await.expect("org").expect("id");
    let editor = sign_in(&store, "editor", org_a, Role::Editor).await;
    let viewer = sign_in(&store, "viewer", org_a, Role::Viewer).await;
    let other = sign_in(&store, "other", org_b, Role::Owner).await;
    let partner = sign_in(&store, "partner", org_c, Role::Editor).await;
    let coalition = store.create_coalition(None, "Pacific Coalition", &[org_a, org_c]).await.expect("coalition");
    World { _db: db, state, org_a, coalition, editor, viewer, other, partner, records }
}

struct Answer {
    status: StatusCode,
    body: String,
    location: String,
}

async fn send(w: &World, who: &Session, method: &str, uri: &str, form: Option<&str>) -> Answer {
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
    let response = app(w.state.clone()).oneshot(req.body(Body::from(body)).expect("request")).await.expect("answer");
    let status = response.status();
    let location =
        response.headers().get(header::LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, body: String::from_utf8_lossy(&bytes).into_owned(), location }
}

/// The text of HTML that escapes quotes and ampersands.
fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

async fn get(w: &World, who: &Session, uri: &str) -> Answer {
    send(w, who, "GET", uri, None).await
}

async fn actor(w: &World, who: &Session) -> Actor {
    let cookie = &who.as_ref().expect("signed in").0;
    w.state.store.authenticate_session(cookie).await.expect("lookup").expect("live").1
}

/// Opens a workspace through the review page's form; its id.
async fn open(w: &World, sur: &str, cycle: u8, coalition: Option<i64>) -> i64 {
    let coalition = coalition.map(|c| c.to_string()).unwrap_or_default();
    let form = format!("organisation_id={}&sur={sur}&cycle={cycle}&coalition_id={coalition}", w.org_a);
    let answer = send(w, &w.editor, "POST", "/workspaces", Some(&form)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    answer.location.strip_prefix("/workspaces/").and_then(|id| id.parse().ok()).expect("redirect to the workspace")
}

/// The cycle of Tuvalu's next review.
fn next_cycle() -> u8 {
    let tuv = Iso3::parse("TUV").expect("iso3");
    let today = Utc::now().date_naive();
    plans().iter().filter(|p| p.states.contains(&tuv)).find(|p| p.end >= today).expect("a review ahead").cycle
}

#[tokio::test]
async fn prepare_from_the_review_page_and_see_what_comes_next() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let cycle = next_cycle();
        let review = format!("/reviews/TUV/{cycle}");
        let anonymous = get(&w, &None, &review).await;
        assert!(anonymous.body.contains("Prepare for this review") && anonymous.body.contains(r#"href="/login""#));
        assert!(!anonymous.body.contains(r#"action="/workspaces""#), "{engine}: no form for anonymous visitors");
        let viewer = get(&w, &w.viewer, &review).await;
        assert!(viewer.body.contains("Only editors of an organisation can open a workspace"));
        let page = get(&w, &w.editor, &review).await;
        assert!(page.body.contains(r#"action="/workspaces""#), "{engine}: the editor gets the form");
        assert!(page.body.contains("Tuvalu Defenders") && page.body.contains("Pacific Coalition"));
        let dashboard = get(&w, &w.editor, "/states/TUV").await;
        assert!(dashboard.body.contains(r#"action="/workspaces""#), "{engine}: the State dashboard offers it too");

        let id = open(&w, "TUV", cycle, Some(w.coalition)).await;
        let home = get(&w, &w.editor, &format!("/workspaces/{id}")).await;
        assert_eq!(home.status, StatusCode::OK, "{engine}: {}", home.body);
        assert!(home.body.contains(&format!("Tuvalu, cycle {cycle}: joint stakeholder submission")));
        assert!(home.body.contains("Coalition: Pacific Coalition"), "{engine}: who sees it");
        // What comes next: the review calendar's moments from today on, the review page's dates.
        let today = Utc::now().date_naive();
        let calendar = w
            .state
            .app
            .review_calendar(&Iso3::parse("TUV").expect("iso3"), cycle)
            .await
            .expect("calendar")
            .expect("a review");
        let ahead: Vec<_> = calendar.moments.iter().filter(|m| m.date >= today).collect();
        assert!(!ahead.is_empty(), "{engine}: the next review has moments ahead");
        let plan = home.body.split(r#"<ol class="review-plan">"#).nth(1).expect("the plan").split("</ol>").next();
        let plan = plan.expect("the plan's end");
        assert_eq!(plan.matches("<li>").count(), ahead.len(), "{engine}: one line per moment ahead");
        let review_page = get(&w, &w.editor, &review).await.body;
        for m in ahead {
            let time = format!(r#"<time datetime="{}">"#, m.date);
            assert!(plan.contains(&time), "{engine}: {} missing from the home", m.date);
            assert!(review_page.contains(&time), "{engine}: {} not on the review page", m.date);
        }
        // The workspace is listed on the review page and in the viewer's list.
        assert!(review_page.contains(&format!(r#"href="/workspaces/{id}""#)), "{engine}: listed on the review");
        let list = get(&w, &w.editor, "/workspaces").await;
        assert!(list.body.contains(&format!(r#"href="/workspaces/{id}""#)) && list.body.contains("countdown"));
        let partner = get(&w, &w.partner, "/workspaces").await;
        assert!(partner.body.contains(&format!(r#"href="/workspaces/{id}""#)), "{engine}: shared with C");
        assert!(!get(&w, &w.other, "/workspaces").await.body.contains("joint stakeholder submission"));
        assert_eq!(get(&w, &None, "/workspaces").await.location, "/login");
        // The menu offers the list to people signed in.
        assert!(list.body.contains(r#"<a href="/workspaces">Workspaces</a>"#));
        assert!(!get(&w, &None, "/").await.body.contains(r#"<a href="/workspaces">"#));
        let fr = get(&w, &w.editor, &format!("/workspaces/{id}?lang=fr")).await;
        assert_eq!(fr.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn the_home_groups_the_previous_cycle_with_positions() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        // Cycle 3's workspace looks back on cycle 2 (session 16), which the fixture holds.
        let id = open(&w, "TUV", 3, None).await;
        let home = get(&w, &w.editor, &format!("/workspaces/{id}")).await.body;
        // The fixture's rows are one per recommending State: a recommendation is a text.
        let mut texts: BTreeSet<&str> = BTreeSet::new();
        let mut by_issue: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for r in w.records.iter().filter(|r| r.session.to_string() == "16") {
            texts.insert(r.text.as_str());
            for issue in &r.issues {
                by_issue.entry(issue.as_str()).or_default().insert(r.text.as_str());
            }
        }
        assert!(texts.len() > 50, "{engine}: cycle 2 of Tuvalu has many recommendations");
        assert!(home.contains(&format!("Recommendations of cycle 2 ({})", texts.len())), "{engine}: {home}");
        assert!(home.contains("Grouped by UPR Info issue"), "{engine}: the fixture has no UHRI themes");
        let groups: Vec<&str> = home.split(r#"<details class="theme-group">"#).skip(1).collect();
        assert_eq!(groups.len(), by_issue.len(), "{engine}: one group per issue");
        for group in groups {
            let name = group.split(r#"<span class="theme-name">"#).nth(1).and_then(|s| s.split("</span>").next());
            let name = unescape(name.expect("a name"));
            let expected = by_issue.get(name.as_str()).unwrap_or_else(|| panic!("{engine}: unknown group {name}"));
            let links = group.matches(r#"<li><a href="/recommendations/"#).count();
            assert_eq!(links, expected.len(), "{engine}: {name} lists each of its recommendations");
            let counted: usize = group
                .split(r#"data-count=""#)
                .skip(1)
                .filter_map(|s| s.split('"').next().and_then(|n| n.parse::<usize>().ok()))
                .sum();
            assert_eq!(counted, expected.len(), "{engine}: {name}'s positions add up");
        }
        // A cycle without imported recommendations says so and where to import them.
        let later = open(&w, "TUV", 5, None).await;
        let page = get(&w, &w.editor, &format!("/workspaces/{later}")).await.body;
        assert!(page.contains("No recommendation of cycle 4 to this State has been imported yet."));
    }
}

#[tokio::test]
async fn settings_change_who_sees_it_and_b_never_sees_a_private_workspace() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = open(&w, "TUV", 3, None).await;
        let title = "Tuvalu, cycle 3: stakeholder submission";
        for uri in [
            format!("/workspaces/{id}"),
            format!("/workspaces/{id}/settings"),
            format!("/workspaces/{id}/delete"),
            format!("/workspaces/{id}/consultations"),
        ] {
            for (who, name) in [(&w.other, "B"), (&w.partner, "partner"), (&None, "anonymous")] {
                let answer = get(&w, who, &uri).await;
                assert_eq!(answer.status, StatusCode::NOT_FOUND, "{engine}: {uri} as {name}");
                assert!(!answer.body.contains(title), "{engine}: {uri} shows the title to {name}");
            }
        }
        assert_eq!(get(&w, &w.viewer, &format!("/workspaces/{id}")).await.status, StatusCode::OK);
        assert_eq!(get(&w, &w.viewer, &format!("/workspaces/{id}/settings")).await.status, StatusCode::FORBIDDEN);
        let form = get(&w, &w.editor, &format!("/workspaces/{id}/settings")).await;
        assert!(form.body.contains(r#"name="count_footnotes" value="on" checked"#), "{engine}: counted by default");
        // Shared with the coalition, footnotes no longer counted, a joint submission.
        let settings = format!(
            "title=Joint+submission+on+Tuvalu&kind=joint&organisations=Tuvalu+Defenders%0APartner+Org\
             &key_words=climate%2C+women&count_annex=on&visibility=coalition&coalition_id={}",
            w.coalition
        );
        let by_b = send(&w, &w.other, "POST", &format!("/workspaces/{id}/settings"), Some(&settings)).await;
        assert_eq!(by_b.status, StatusCode::NOT_FOUND, "{engine}: B cannot change it");
        let saved = send(&w, &w.editor, "POST", &format!("/workspaces/{id}/settings"), Some(&settings)).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{engine}: {}", saved.body);
        let ws = w.state.app.workspace(&actor(&w, &w.editor).await, id).await.expect("workspace");
        assert_eq!(ws.ownership.visibility, Visibility::Coalition);
        assert!(ws.record.joint && !ws.record.count_footnotes && ws.record.count_annex);
        assert_eq!(ws.record.organisation_names(), ["Tuvalu Defenders", "Partner Org"]);
        let partner = get(&w, &w.partner, &format!("/workspaces/{id}")).await;
        assert_eq!(partner.status, StatusCode::OK, "{engine}: the coalition sees it now");
        assert!(partner.body.contains("Joint submission on Tuvalu"));
        assert_eq!(get(&w, &w.other, &format!("/workspaces/{id}")).await.status, StatusCode::NOT_FOUND);
        // The partner may write but not change who sees it, nor delete it.
        let partner_form = get(&w, &w.partner, &format!("/workspaces/{id}/settings")).await;
        assert_eq!(partner_form.status, StatusCode::OK);
        assert!(!partner_form.body.contains(r#"name="visibility""#));
        assert_eq!(get(&w, &w.partner, &format!("/workspaces/{id}/delete")).await.status, StatusCode::FORBIDDEN);
        // Public: everyone reads it.
        let public = settings.replace("visibility=coalition", "visibility=public");
        send(&w, &w.editor, "POST", &format!("/workspaces/{id}/settings"), Some(&public)).await;
        assert_eq!(get(&w, &w.other, &format!("/workspaces/{id}")).await.status, StatusCode::OK);
        assert_eq!(get(&w, &None, &format!("/workspaces/{id}")).await.status, StatusCode::OK);
        // Deleting asks first, then the workspace is gone.
        let confirm = get(&w, &w.editor, &format!("/workspaces/{id}/delete")).await;
        assert!(confirm.body.contains("Delete this workspace?"));
        let deleted = send(&w, &w.editor, "POST", &format!("/workspaces/{id}/delete"), None).await;
        assert_eq!(deleted.location, "/workspaces");
        assert_eq!(get(&w, &w.editor, &format!("/workspaces/{id}")).await.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn consultations_are_recorded_edited_and_deleted_with_issues_linked_to_sections() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = open(&w, "TUV", 3, None).await;
        let edit = SectionEdit {
            kind: SectionKind::Theme,
            title: "Climate change and displacement".into(),
            assigned_organisation_id: None,
            assigned_person: String::new(),
            word_budget: Some(800),
            state: SectionState::InReview,
            body: "Tuvalu accepted the recommendations on climate adaptation.".into(),
        };
        let section = w.state.app.add_section(&actor(&w, &w.editor).await, id, &edit).await.expect("section");
        let page = get(&w, &w.editor, &format!("/workspaces/{id}/consultations")).await;
        assert!(page.body.contains(&format!(r#"<option value="{section}">Climate change and displacement"#)));
        let form = format!(
            "held_on=2026-03-14&place=Funafuti&organised_by=Office+of+the+Attorney-General\
             &participants=Tuvalu+Defenders%0ATuvalu+Red+Cross\
             &issue-0=Relocation+of+outer-island+communities&section-0={section}\
             &issue-1=Access+to+justice&section-1=&issue-2=&section-2="
        );
        let by_b = send(&w, &w.other, "POST", &format!("/workspaces/{id}/consultations"), Some(&form)).await;
        assert_eq!(by_b.status, StatusCode::NOT_FOUND, "{engine}: B cannot record in A's workspace");
        let by_viewer = send(&w, &w.viewer, "POST", &format!("/workspaces/{id}/consultations"), Some(&form)).await;
        assert_eq!(by_viewer.status, StatusCode::FORBIDDEN, "{engine}: a viewer cannot");
        let recorded = send(&w, &w.editor, "POST", &format!("/workspaces/{id}/consultations"), Some(&form)).await;
        assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{engine}: {}", recorded.body);
        let editor = actor(&w, &w.editor).await;
        let list = w.state.app.consultations(&editor, id).await.expect("consultations");
        assert_eq!(list.len(), 1);
        let c = &list[0];
        assert_eq!(c.record.issues_raised.len(), 2, "{engine}: the empty line is dropped");
        assert_eq!(c.record.issues_raised[0].section_id, Some(section));
        assert_eq!(c.record.issues_raised[1].section_id, None);
        let page = get(&w, &w.editor, &format!("/workspaces/{id}/consultations")).await.body;
        assert!(page.contains("Funafuti") && page.contains("Tuvalu Red Cross"));
        assert!(unescape(&page).contains(r#"taken up in "Climate change and displacement""#), "{engine}");
        // The home lists the section with its state and the issue it takes up.
        let home = get(&w, &w.editor, &format!("/workspaces/{id}")).await.body;
        assert!(home.contains("Climate change and displacement") && home.contains("In review"), "{engine}");
        assert!(home.contains("Takes up: Relocation of outer-island communities"), "{engine}: {home}");
        assert!(home.contains("2 issues raised"));
        // Words against the limit, from the submission's check (one organisation: 2,815).
        assert!(home.contains("of 2,815 words") && home.contains("7 of 800 words"), "{engine}: {home}");
        // B cannot open or change it; the editor can.
        let uri = format!("/consultations/{}/edit", c.id);
        assert_eq!(get(&w, &w.other, &uri).await.status, StatusCode::NOT_FOUND);
        assert_eq!(get(&w, &None, &uri).await.status, StatusCode::NOT_FOUND);
        let form_page = get(&w, &w.editor, &uri).await.body;
        assert!(form_page.contains(r#"value="Relocation of outer-island communities""#));
        assert!(form_page.contains(&format!(r#"<option value="{section}" selected>"#)), "{engine}: linked shown");
        let changed = format!(
            "held_on=2026-03-15&place=Vaitupu&organised_by=&participants=\
             &issue-0=Relocation+of+outer-island+communities&section-0=\
             &issue-1=Access+to+justice&section-1={section}"
        );
        assert_eq!(send(&w, &w.other, "POST", &uri, Some(&changed)).await.status, StatusCode::NOT_FOUND);
        let saved = send(&w, &w.editor, "POST", &uri, Some(&changed)).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{engine}: {}", saved.body);
        let after = w.state.app.consultation(&editor, c.id).await.expect("consultation");
        assert_eq!((after.record.held_on.as_str(), after.record.place.as_str()), ("2026-03-15", "Vaitupu"));
        assert_eq!(after.record.issues_raised[1].section_id, Some(section));
        assert_eq!(after.record.issues_raised[0].section_id, None);
        // A section of another workspace cannot be linked.
        let elsewhere = open(&w, "TUV", 5, None).await;
        let foreign = w.state.app.add_section(&editor, elsewhere, &edit).await.expect("section");
        let wrong = changed.replace(&format!("section-1={section}"), &format!("section-1={foreign}"));
        assert_eq!(send(&w, &w.editor, "POST", &uri, Some(&wrong)).await.status, StatusCode::BAD_REQUEST);
        // Deleted.
        let delete = format!("/consultations/{}/delete", c.id);
        assert_eq!(send(&w, &w.other, "POST", &delete, None).await.status, StatusCode::NOT_FOUND);
        let gone = send(&w, &w.editor, "POST", &delete, None).await;
        assert_eq!(gone.location, format!("/workspaces/{id}/consultations"));
        assert!(w.state.app.consultations(&editor, id).await.expect("list").is_empty(), "{engine}");
    }
}
