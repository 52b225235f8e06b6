//! The submission builder's pages over HTTP on SQLite and (when configured) PostgreSQL, on the
//! real Tuvalu recommendations of UPR Info (sessions 3 and 16): sections added and written
//! through the forms, the check panel's figures equal to the application's check, two people
//! saving on the same version (the second gets 409 with both texts), versions with a marked
//! diff and restore, a citation found by the search and inserted without script, the annex's
//! assessment, and a private workspace that answers 404 to everyone outside its organisation.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_app::workspaces::WorkspaceOpening;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Actor, ImportBatch, Role, Store};
use uprkit_web::{AppState, app};

const PASSWORD: &str = "correct horse battery";

/// Who is signed in: session cookie and CSRF token.
type Session = Option<(String, String)>;

struct World {
    _db: TestDatabase,
    state: AppState,
    /// Two editors of organisation A, the owner of B (outside).
    editor: Session,
    second: Session,
    other: Session,
    actor: Actor,
    workspace: i64,
}

async fn sign_in(store: &Store, name: &str, org: i64, role: Role) -> (Session, Actor) {
    let id = store.create_user(&format!("{name}@example.org"), name, PASSWORD, false).await.expect("user");
    store.grant(None, id, org, role).await.expect("grant");
    let token = store.create_session(id).await.expect("session");
    let (session, actor) = store.authenticate_session(&token).await.expect("lookup").expect("live");
    (Some((token, session.csrf_token)), actor)
}

async fn world(db: TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let path = uprkit_core::testing::shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("the Tuvalu fixture (../shared/data beside the project) cannot be read");
    };
    store
        .import(ImportBatch { source: "tuvalu".into(), recommendations: records, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    let org_a = store.organisation_id("Tuvalu Rights Network", true).await.expect("org").expect("id");
    let org_b = store.organisation_id("Other Org", true).await.expect("org").expect("id");
    let (editor, actor) = sign_in(&store, "Edith", org_a, Role::Editor).await;
    let (second, _) = sign_in(&store, "Sam", org_a, Role::Editor).await;
    let (other, _) = sign_in(&store, "Otto", org_b, Role::Owner).await;
    let opening =
        WorkspaceOpening { organisation_id: org_a, sur: "TUV".into(), cycle: 3, coalition_id: None, title: None };
    let workspace = state.app.open_workspace(&actor, &opening).await.expect("workspace");
    World { _db: db, state, editor, second, other, actor, workspace }
}

struct Answer {
    status: StatusCode,
    body: String,
    location: String,
}

async fn send(w: &World, who: &Session, method: &str, uri: &str, form: Option<&str>) -> Answer {
    send_in(w, who, "en", method, uri, form).await
}

async fn send_in(w: &World, who: &Session, lang: &str, method: &str, uri: &str, form: Option<&str>) -> Answer {
    let mut req = Request::builder().method(method).uri(uri).header("accept-language", lang);
    let mut body = form.unwrap_or_default().to_string();
    if let Some((cookie, csrf)) = who {
        req = req.header("cookie", format!("uprkit_session={cookie}"));
        if method == "POST" {
            body = if body.is_empty() { format!("csrf={csrf}") } else { format!("{body}&csrf={csrf}") };
        }
    }
    req = req.header("content-type", "application/x-www-form-urlencoded");
    let response = app(w.state.clone()).oneshot(req.body(Body::from(body)).expect("request")).await.expect("response");
    let status = response.status();
    let location = response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, body: String::from_utf8_lossy(&bytes).into_owned(), location }
}

/// Form encoding of a value.
fn enc(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The form of a section save.
fn section_form(title: &str, body: &str, base_version: i64) -> String {
    format!(
        "kind=theme&title={}&state=draft&word_budget=120&assigned_person=&body={}&base_version={base_version}",
        enc(title),
        enc(body)
    )
}

/// Adds a section through the builder's form; its id, read from the redirect to its editor.
async fn add_section(w: &World, kind: &str, title: &str) -> i64 {
    let a = send(
        w,
        &w.editor,
        "POST",
        &format!("/workspaces/{}/sections", w.workspace),
        Some(&format!("kind={kind}&title={}&word_budget=120", enc(title))),
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    a.location.trim_start_matches("/sections/").parse().expect("section id in the redirect")
}

/// What askama makes of text in a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&#34;").replace('\'', "&#39;")
}

#[tokio::test]
async fn the_builder_shows_the_sections_and_the_check_of_the_application() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let builder = format!("/workspaces/{}/submission", w.workspace);
        let page = send(&w, &w.editor, "GET", &builder, None).await;
        assert_eq!(page.status, StatusCode::OK, "{engine}: {}", page.body);
        assert_eq!(page.body.matches("<h1").count(), 1);
        assert!(page.body.contains("Add the paragraph on Tuvalu Rights Network"), "{engine}");
        assert!(page.body.contains(&format!("href=\"/workspaces/{}/submission.docx\"", w.workspace)));
        assert!(page.body.contains(&format!("href=\"/workspaces/{}/settings\"", w.workspace)));

        let about = send(
            &w,
            &w.editor,
            "POST",
            &format!("/workspaces/{}/sections", w.workspace),
            Some("kind=about&title=Tuvalu+Rights+Network"),
        )
        .await;
        assert_eq!(about.status, StatusCode::SEE_OTHER);
        let theme = add_section(&w, "theme", "Climate change and the right to housing").await;
        let text = "Tuvalu received **two** recommendations on climate change.^[See the report of 2013.]\n\nThe government has not yet adopted a relocation plan.";
        let saved = send(
            &w,
            &w.editor,
            "POST",
            &format!("/sections/{theme}"),
            Some(&section_form("Climate change and the right to housing", text, 1)),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{engine}: {}", saved.body);

        let page = send(&w, &w.editor, "GET", &builder, None).await;
        assert!(
            !page.body.contains("Add the paragraph on Tuvalu Rights Network"),
            "{engine}: the paragraph exists now"
        );
        let assembled = w.state.app.assemble_submission(&w.actor, w.workspace).await.expect("assemble");
        let check = assembled.check(chrono::Utc::now().date_naive());
        assert!(check.words > 20, "{engine}: {}", check.words);
        assert_eq!(check.limit, 2_815, "a single organisation's submission");
        assert!(
            page.body.contains(&format!("id=\"check-words\">{} / 2,815</dd>", check.words)),
            "{engine}: the panel shows the check's words"
        );
        assert!(page.body.contains(&format!("id=\"check-left\">{}</dd>", uprkit_web::i18n::num(check.words_left))));
        let theme_check = check.sections.iter().find(|s| s.title.starts_with("Climate")).expect("the theme's check");
        assert!(page.body.contains(&format!("{} of 120", theme_check.words)), "{engine}: words against budget");
        assert!(page.body.contains("submission by one organisation (2,815 words)"));
        match check.days_left {
            Some(days) if days > 1 => {
                assert!(page.body.contains(&format!("{} days left", uprkit_web::i18n::num(days))))
            }
            Some(days) if days < -1 => {
                assert!(page.body.contains(&format!("passed {} days ago", uprkit_web::i18n::num(-days))))
            }
            Some(_) => {}
            None => assert!(page.body.contains("not known yet")),
        }
        for missing in &check.missing {
            if missing.code == "key_words" {
                assert!(page.body.contains("<li>key words</li>"), "{engine}: the missing key words are listed");
            }
        }
        // The same page in French.
        let fr = send_in(&w, &w.editor, "fr", "GET", &builder, None).await;
        assert!(fr.body.contains("Vérifications du HCDH") && fr.body.contains("Ajouter une section"), "{engine}");
    }
}

#[tokio::test]
async fn a_second_save_on_the_same_version_is_refused_with_both_texts() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = add_section(&w, "theme", "Women's rights").await;
        // Both open the editor on version 1.
        for who in [&w.editor, &w.second] {
            let page = send(&w, who, "GET", &format!("/sections/{id}"), None).await;
            assert_eq!(page.status, StatusCode::OK, "{engine}");
            assert!(page.body.contains("name=\"base_version\" value=\"1\""));
        }
        let first = "Edith's paragraph on domestic violence.";
        let second = "Sam's paragraph on the Family Protection Act.";
        let a =
            send(&w, &w.editor, "POST", &format!("/sections/{id}"), Some(&section_form("Women's rights", first, 1)))
                .await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{engine}");
        let b =
            send(&w, &w.second, "POST", &format!("/sections/{id}"), Some(&section_form("Women's rights", second, 1)))
                .await;
        assert_eq!(b.status, StatusCode::CONFLICT, "{engine}");
        assert!(
            b.body.contains("id=\"their-text\" readonly") && b.body.contains(&escaped(first)),
            "{engine}: the other's text"
        );
        assert!(b.body.contains("Edith saved version 2"), "{engine}: who saved it");
        let own = b.body.split("id=\"text\"").nth(1).expect("the text box");
        assert!(own.contains(&escaped(second)), "{engine}: the writer's own text is still in the box");
        assert!(b.body.contains("name=\"base_version\" value=\"2\""), "{engine}: now based on the newest version");
        // Saving again on the newest version goes through.
        let again = send(
            &w,
            &w.second,
            "POST",
            &format!("/sections/{id}"),
            Some(&section_form("Women's rights", &format!("{first}\n\n{second}"), 2)),
        )
        .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{engine}");
        let page = send(&w, &w.second, "GET", &format!("/sections/{id}"), None).await;
        assert!(
            page.body.contains("<p>Edith&#39;s paragraph on domestic violence.</p>")
                || page.body.contains("<p>Edith&#x27;s paragraph"),
            "{engine}: the preview shows the saved text"
        );
    }
}

#[tokio::test]
async fn versions_show_a_marked_diff_and_restore_an_earlier_text() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = add_section(&w, "theme", "Freedom of expression").await;
        let v2 = "The media law restricts reporting.";
        let v3 = "The media law of 2019 restricts online reporting.";
        for (text, base) in [(v2, 1), (v3, 2)] {
            let a = send(
                &w,
                &w.editor,
                "POST",
                &format!("/sections/{id}"),
                Some(&section_form("Freedom of expression", text, base)),
            )
            .await;
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{engine}");
        }
        let page = send(&w, &w.editor, "GET", &format!("/sections/{id}/versions"), None).await;
        assert_eq!(page.status, StatusCode::OK, "{engine}");
        assert!(
            page.body.contains("Changes from version 2 to version 3"),
            "{engine}: previous against newest by default"
        );
        let diff = page.body.split("id=\"diff\">").nth(1).expect("diff").split("</div>").next().expect("end");
        assert!(diff.contains("<ins><span class=\"diff-marker\">[+ </span>of 2019"), "{engine}: {diff}");
        assert!(diff.contains("[+ </span>online"), "{engine}: {diff}");
        assert!(!diff.contains("<del>"), "{engine}: nothing was removed from 2 to 3");
        let page = send(&w, &w.editor, "GET", &format!("/sections/{id}/versions?from=3&to=2"), None).await;
        assert!(page.body.contains("<del><span class=\"diff-marker\">[- </span>of 2019"), "{engine}");
        assert!(page.body.contains("Edith") && page.body.contains(">edited<"));

        let restored =
            send(&w, &w.editor, "POST", &format!("/sections/{id}/restore"), Some("version=2&base_version=3")).await;
        assert_eq!(restored.status, StatusCode::SEE_OTHER, "{engine}: {}", restored.body);
        let section = w.state.app.section(&w.actor, id).await.expect("section");
        assert_eq!((section.record.version, section.record.body.as_str()), (4, v2));
        let page = send(&w, &w.editor, "GET", &restored.location, None).await;
        assert!(page.body.contains("restored version 2"), "{engine}");
        // A restore on a stale version is refused: someone saved since.
        let stale =
            send(&w, &w.editor, "POST", &format!("/sections/{id}/restore"), Some("version=1&base_version=3")).await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{engine}");
    }
}

#[tokio::test]
async fn a_recommendation_found_in_the_editor_is_cited_and_assessed_in_the_annex() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = add_section(&w, "theme", "Climate change").await;
        let page = send(&w, &w.editor, "GET", &format!("/sections/{id}/cite?q=climate"), None).await;
        assert_eq!(page.status, StatusCode::OK, "{engine}");
        let found: Vec<i64> = page
            .body
            .split("name=\"recommendation_id\" value=\"")
            .skip(1)
            .map(|s| s[..s.find('"').expect("quote")].parse().expect("id"))
            .collect();
        assert!(!found.is_empty(), "{engine}: the search finds Tuvalu's recommendations on climate change");
        // The previous cycle's (session 16, cycle 2) come first.
        let mut cycles = Vec::new();
        for r in &found {
            let rec = w.state.store.recommendation(*r).await.expect("read").expect("found");
            assert_eq!(rec.sur, "TUV", "{engine}: only this State's recommendations");
            cycles.push(rec.cycle);
        }
        let first_other = cycles.iter().position(|c| *c != 2).unwrap_or(cycles.len());
        assert!(cycles[first_other..].iter().all(|c| *c != 2), "{engine}: previous cycle first: {cycles:?}");
        // The script asks for the results alone.
        let fragment = send(&w, &w.editor, "GET", &format!("/sections/{id}/cite?q=climate&fragment=1"), None).await;
        assert!(!fragment.body.contains("<html") && fragment.body.contains("data-markup=\"["), "{engine}");

        let rec = found[0];
        let insert = send(
            &w,
            &w.editor,
            "POST",
            &format!("/sections/{id}/cite"),
            Some(&format!("recommendation_id={rec}&base_version=1")),
        )
        .await;
        assert_eq!(insert.status, StatusCode::SEE_OTHER, "{engine}: {}", insert.body);
        let section = w.state.app.section(&w.actor, id).await.expect("section");
        assert_eq!(section.record.version, 2, "{engine}: the insert is a new version");
        assert!(section.record.body.ends_with(&format!("](rec:{rec})")), "{engine}: {}", section.record.body);
        // A second insert on the old version is refused.
        let stale = send(
            &w,
            &w.editor,
            "POST",
            &format!("/sections/{id}/cite"),
            Some(&format!("recommendation_id={rec}&base_version=1")),
        )
        .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{engine}");
        // The preview links the citation; the annex lists it.
        let editor = send(&w, &w.editor, "GET", &format!("/sections/{id}"), None).await;
        assert!(editor.body.contains(&format!("href=\"/recommendations/{rec}\"")), "{engine}: the preview links it");
        let builder = format!("/workspaces/{}/submission", w.workspace);
        let page = send(&w, &w.editor, "GET", &builder, None).await;
        assert!(page.body.contains(&format!("id=\"citation-{rec}\"")), "{engine}: the annex lists the citation");
        let assess = send(
            &w,
            &w.editor,
            "POST",
            &format!("/workspaces/{}/citations/{rec}", w.workspace),
            Some("assessment=Not+implemented%3A+no+plan+adopted."),
        )
        .await;
        assert_eq!(assess.status, StatusCode::SEE_OTHER, "{engine}");
        let assembled = w.state.app.assemble_submission(&w.actor, w.workspace).await.expect("assemble");
        assert_eq!(assembled.cited[0].assessment, "Not implemented: no plan adopted.", "{engine}");
        let page = send(&w, &w.editor, "GET", &builder, None).await;
        assert!(page.body.contains("Not implemented: no plan adopted.</textarea>"), "{engine}");
    }
}

#[tokio::test]
async fn a_private_workspace_answers_404_outside_its_organisation() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = add_section(&w, "theme", "SECRET-SECTION").await;
        let ws = w.workspace;
        for uri in [
            format!("/workspaces/{ws}/submission"),
            format!("/sections/{id}"),
            format!("/sections/{id}/versions"),
            format!("/sections/{id}/cite?q=climate"),
            format!("/sections/{id}/cite?q=climate&fragment=1"),
            format!("/sections/{id}/delete"),
        ] {
            for who in [&w.other, &None] {
                let a = send(&w, who, "GET", &uri, None).await;
                let expected = if who.is_none() && uri.ends_with("/delete") {
                    StatusCode::SEE_OTHER
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(a.status, expected, "{engine}: GET {uri}");
                assert!(!a.body.contains("SECRET-SECTION"), "{engine}: {uri}");
            }
        }
        for (uri, form) in [
            (format!("/sections/{id}"), section_form("Taken", "x", 1)),
            (format!("/sections/{id}/restore"), "version=1&base_version=1".to_string()),
            (format!("/sections/{id}/cite"), "recommendation_id=1&base_version=1".to_string()),
            (format!("/sections/{id}/delete"), String::new()),
            (format!("/workspaces/{ws}/sections"), "kind=theme&title=Intruder".to_string()),
        ] {
            let a = send(&w, &w.other, "POST", &uri, Some(&form)).await;
            assert_eq!(a.status, StatusCode::NOT_FOUND, "{engine}: POST {uri}");
        }
        let section = w.state.app.section(&w.actor, id).await.expect("still there");
        assert_eq!(section.record.version, 1, "{engine}: nothing changed");
        // The owner's editor deletes it after confirming.
        let confirm = send(&w, &w.editor, "GET", &format!("/sections/{id}/delete"), None).await;
        assert!(confirm.body.contains("and all its versions will be deleted"), "{engine}");
        let gone = send(&w, &w.editor, "POST", &format!("/sections/{id}/delete"), None).await;
        assert_eq!(
            (gone.status, gone.location.as_str()),
            (StatusCode::SEE_OTHER, format!("/workspaces/{ws}/submission").as_str())
        );
        assert_eq!(send(&w, &w.editor, "GET", &format!("/sections/{id}"), None).await.status, StatusCode::NOT_FOUND);
    }
}
