//! The organisation pages over HTTP, on recommendations imported from a real UPR Info export:
//! an organisation's notes listed for its members only, edited and deleted through forms with
//! their CSRF token (and through the JSON API), each change in the audit log, which reads as
//! field / before / after and names the command line; coalitions and their shared notes; the
//! pages in English and French. SQLite and, when configured, PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::testing::{TestDatabase, audit_count};
use uprkit_store::{ImportBatch, Ownership, Role, Store, Visibility};
use uprkit_web::{AppState, app};

const PASSWORD: &str = "correct horse battery";

/// Who is signed in: session cookie and CSRF token.
type Session = Option<(String, String)>;

struct World {
    _db: TestDatabase,
    state: AppState,
    store: Store,
    org_a: i64,
    coalition: i64,
    viewer: Session,
    editor: Session,
    owner: Session,
    /// Owner of organisation B (not in the coalition).
    other: Session,
    /// Owner of organisation C (in the coalition with A).
    partner: Session,
    /// A's notes: private (first), shared with the coalition, public (last written).
    notes: [i64; 3],
    /// B's private note.
    note_b: i64,
}

async fn sign_in(store: &Store, name: &str, org: i64, role: Role) -> Session {
    let email = format!("{}@example.org", name.split(' ').next().unwrap_or(name).to_lowercase());
    let id = store.create_user(&email, name, PASSWORD, false).await.expect("user");
    store.grant(None, id, org, role).await.expect("grant");
    let token = store.create_session(id).await.expect("session");
    let csrf = store.session(&token).await.expect("lookup").expect("live").csrf_token;
    Some((token, csrf))
}

async fn world(db: TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let path = uprkit_core::testing::shared_data("fixtures/uprinfo_micro_25.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("the micro fixture (../shared/data beside the project) cannot be read");
    };
    store
        .import(ImportBatch { source: "micro".into(), recommendations: records, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    let state = AppState::new(store.clone(), engine, documents);
    // Organisations and memberships are made by the command line (the operator).
    let org_a = store.organisation_id("Defenders Network", true).await.expect("org").expect("id");
    let org_b = store.organisation_id("Other Org", true).await.expect("org").expect("id");
    let org_c = store.organisation_id("Partner Org", true).await.expect("org").expect("id");
    let viewer = sign_in(&store, "Vera Viewer", org_a, Role::Viewer).await;
    let editor = sign_in(&store, "Edith Editor", org_a, Role::Editor).await;
    let owner = sign_in(&store, "Olga Owner", org_a, Role::Owner).await;
    let other = sign_in(&store, "Otto Other", org_b, Role::Owner).await;
    let partner = sign_in(&store, "Paula Partner", org_c, Role::Owner).await;
    let coalition = store.create_coalition(None, "Joint Submission Coalition", &[org_a, org_c]).await.expect("c");
    let actor = |s: &Session| {
        let store = store.clone();
        let cookie = s.as_ref().expect("signed in").0.clone();
        async move { store.authenticate_session(&cookie).await.expect("lookup").expect("live").1 }
    };
    let (editor_actor, other_actor) = (actor(&editor).await, actor(&other).await);
    let mut notes = [0; 3];
    for (i, (body, visibility)) in [
        ("A-PRIVATE: meet the rapporteur", Visibility::Private),
        ("A-SHARED: draft of the joint submission", Visibility::Coalition),
        ("A-PUBLIC: our published analysis", Visibility::Public),
    ]
    .into_iter()
    .enumerate()
    {
        let ownership = Ownership { organisation_id: org_a, visibility, coalition_id: Some(coalition) };
        notes[i] = state.app.write_note(&editor_actor, ownership, 1 + i as i64, body).await.expect("note");
    }
    let ownership = Ownership { organisation_id: org_b, visibility: Visibility::Private, coalition_id: None };
    let note_b = state.app.write_note(&other_actor, ownership, 1, "B-PRIVATE: not for A").await.expect("note");
    World { _db: db, state, store, org_a, coalition, viewer, editor, owner, other, partner, notes, note_b }
}

struct Answer {
    status: StatusCode,
    body: String,
    location: String,
}

/// Sends a request as `who` in `lang`; a form gets the session's CSRF token unless it has one.
async fn send(w: &World, who: &Session, lang: &str, method: &str, uri: &str, form: Option<&str>) -> Answer {
    let mut req = Request::builder().method(method).uri(uri).header("accept-language", lang);
    let mut body = form.unwrap_or_default().to_string();
    let json = body.starts_with('{');
    if let Some((cookie, csrf)) = who {
        req = req.header("cookie", format!("uprkit_session={cookie}"));
        if json {
            req = req.header("x-csrf-token", csrf.as_str());
        } else if method == "POST" && !body.contains("csrf=") {
            body = if body.is_empty() { format!("csrf={csrf}") } else { format!("{body}&csrf={csrf}") };
        }
    }
    req = req.header("content-type", if json { "application/json" } else { "application/x-www-form-urlencoded" });
    let response = app(w.state.clone()).oneshot(req.body(Body::from(body)).expect("request")).await.expect("response");
    let status = response.status();
    let location = response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Answer { status, body: String::from_utf8_lossy(&bytes).into_owned(), location }
}

async fn get(w: &World, who: &Session, uri: &str) -> Answer {
    send(w, who, "en", "GET", uri, None).await
}

fn h1_count(html: &str) -> usize {
    html.matches("<h1").count()
}

#[tokio::test]
async fn the_notes_list_shows_the_organisations_notes_to_its_members_only() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let uri = format!("/organisations/{}/notes", w.org_a);
        for member in [&w.viewer, &w.editor, &w.owner] {
            let a = get(&w, member, &uri).await;
            assert_eq!(a.status, StatusCode::OK, "{engine}: {}", a.body);
            assert_eq!(h1_count(&a.body), 1);
            assert!(a.body.contains("Notes of Defenders Network") && a.body.contains("3 notes, newest first"));
            // Newest first, the organisation's own only.
            let (private, public) =
                (a.body.find("A-PRIVATE").expect("private"), a.body.find("A-PUBLIC").expect("public"));
            assert!(public < private, "{engine}: newest first");
            assert!(a.body.contains("A-SHARED") && !a.body.contains("B-PRIVATE"), "{engine}");
            // Each note with its recommendation (text excerpt, State), author, visibility, link.
            let rec = w.store.recommendation(1).await.expect("read").expect("recommendation 1");
            let excerpt: String = rec.text.chars().take(40).collect();
            assert!(a.body.contains(&excerpt), "{engine}: {excerpt}");
            let state = StateDirectory::load().get(&rec.sur).expect("state").name.clone();
            assert!(a.body.contains(&state), "{engine}: {state}");
            assert!(a.body.contains("Edith Editor") && a.body.contains("Only my organisation"));
            assert!(a.body.contains(&format!("href=\"/notes/{}\"", w.notes[0])));
            assert!(a.body.contains("href=\"/recommendations/1\""));
        }
        // Another organisation, a coalition partner and anonymous visitors do not get the list.
        assert_eq!(get(&w, &w.other, &uri).await.status, StatusCode::NOT_FOUND, "{engine}");
        assert_eq!(get(&w, &w.partner, &uri).await.status, StatusCode::NOT_FOUND, "{engine}");
        assert_eq!(get(&w, &None, &uri).await.location, "/login", "{engine}");
        // The JSON API answers alike.
        let api = format!("/api/v1/organisations/{}/notes", w.org_a);
        let a = get(&w, &w.viewer, &api).await;
        assert_eq!(a.status, StatusCode::OK, "{engine}");
        let notes: Vec<serde_json::Value> = serde_json::from_str(&a.body).expect("json");
        let ids: Vec<i64> = notes.iter().filter_map(|n| n["id"].as_i64()).collect();
        assert_eq!(ids, vec![w.notes[2], w.notes[1], w.notes[0]], "{engine}");
        let a = get(&w, &w.other, &api).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{engine}");
        assert!(a.body.contains("\"not_found\"") && !a.body.contains("A-PRIVATE"));
        assert_eq!(get(&w, &None, &api).await.status, StatusCode::UNAUTHORIZED, "{engine}");
    }
}

#[tokio::test]
async fn editing_a_note_changes_it_and_writes_an_audit_entry() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = w.notes[0];
        let edit = format!("/notes/{id}/edit");
        // The note page offers Edit and Delete to editors, not to viewers.
        let a = get(&w, &w.editor, &format!("/notes/{id}")).await;
        assert!(a.body.contains(&format!("href=\"{edit}\"")) && a.body.contains(&format!("/notes/{id}/delete")));
        let a = get(&w, &w.viewer, &format!("/notes/{id}")).await;
        assert!(a.status == StatusCode::OK && !a.body.contains(&format!("href=\"{edit}\"")), "{engine}");
        // The form holds the text, the visibility chosen and the CSRF token.
        let a = get(&w, &w.editor, &edit).await;
        assert_eq!(a.status, StatusCode::OK, "{engine}: {}", a.body);
        let csrf = &w.editor.as_ref().expect("editor").1;
        assert!(a.body.contains("A-PRIVATE: meet the rapporteur") && a.body.contains(csrf.as_str()));
        assert!(a.body.contains("<option value=\"private\" selected>"), "{engine}");
        assert_eq!(get(&w, &w.viewer, &edit).await.status, StatusCode::FORBIDDEN, "{engine}");
        assert_eq!(get(&w, &w.other, &edit).await.status, StatusCode::NOT_FOUND, "{engine}");

        let before = audit_count(&w.store, "note").await.expect("audit");
        let form = "body=A-PRIVATE%3A+meet+the+rapporteur+on+Tuesday&visibility=public";
        let a = send(&w, &w.editor, "en", "POST", &edit, Some(form)).await;
        assert_eq!((a.status, a.location.as_str()), (StatusCode::SEE_OTHER, format!("/notes/{id}").as_str()));
        let a = get(&w, &w.other, &format!("/notes/{id}")).await;
        assert!(a.body.contains("meet the rapporteur on Tuesday"), "{engine}: now public, everyone reads it");
        assert_eq!(audit_count(&w.store, "note").await.expect("audit"), before + 1, "{engine}");
        let log = w.store.audit_log(w.org_a, 1).await.expect("log");
        assert_eq!((log[0].action.as_str(), log[0].record_id.as_str()), ("update", id.to_string().as_str()));
        assert_eq!(log[0].user.as_deref(), Some("edith@example.org"));

        // A viewer, another organisation and a coalition partner cannot change it.
        let form = "body=hijacked&visibility=private";
        assert_eq!(send(&w, &w.viewer, "en", "POST", &edit, Some(form)).await.status, StatusCode::FORBIDDEN);
        assert_eq!(send(&w, &w.other, "en", "POST", &edit, Some(form)).await.status, StatusCode::FORBIDDEN);
        let shared = format!("/notes/{}/edit", w.notes[1]);
        assert_eq!(send(&w, &w.partner, "en", "POST", &shared, Some(form)).await.status, StatusCode::FORBIDDEN);
        let b = format!("/notes/{}/edit", w.note_b);
        assert_eq!(send(&w, &w.owner, "en", "POST", &b, Some(form)).await.status, StatusCode::NOT_FOUND);
        assert_eq!(audit_count(&w.store, "note").await.expect("audit"), before + 1, "{engine}: nothing else written");

        // The JSON API changes it too, with the CSRF header.
        let json = r#"{"body":"A-PRIVATE: changed by a script","visibility":"private"}"#;
        let a = send(&w, &w.editor, "en", "PUT", &format!("/api/v1/notes/{id}"), Some(json)).await;
        assert_eq!(a.status, StatusCode::OK, "{engine}: {}", a.body);
        let note: serde_json::Value = serde_json::from_str(&a.body).expect("json");
        assert_eq!(
            (note["body"].as_str(), note["visibility"].as_str()),
            (Some("A-PRIVATE: changed by a script"), Some("private"))
        );
        let a = send(&w, &w.other, "en", "PUT", &format!("/api/v1/notes/{id}"), Some(json)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{engine}: private again, B cannot see it");
        assert_eq!(audit_count(&w.store, "note").await.expect("audit"), before + 2, "{engine}");
    }
}

#[tokio::test]
async fn a_forged_or_stale_csrf_token_changes_nothing() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = w.notes[0];
        let before = audit_count(&w.store, "note").await.expect("audit");
        let forged =
            "body=forged&visibility=public&csrf=0000000000000000000000000000000000000000000000000000000000000000";
        for uri in [format!("/notes/{id}/edit"), format!("/notes/{id}/delete")] {
            let a = send(&w, &w.editor, "en", "POST", &uri, Some(forged)).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{engine}: {uri}");
        }
        // A token of the session before sign-out is no good in the next one.
        let (cookie, stale) = w.editor.clone().expect("editor");
        w.store.end_session(&cookie).await.expect("sign out");
        let next = w.store.authenticate_password("edith@example.org", PASSWORD).await.expect("auth");
        let user = next.expect("password").0.id;
        let token = w.store.create_session(user).await.expect("session");
        let renewed = Some((token, String::new()));
        let form = format!("body=stale&visibility=public&csrf={stale}");
        let a = send(&w, &renewed, "en", "POST", &format!("/notes/{id}/edit"), Some(&form)).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{engine}");
        // The API without the header is refused too.
        let req = Request::builder()
            .method("PUT")
            .uri(format!("/api/v1/notes/{id}"))
            .header("cookie", format!("uprkit_session={}", renewed.as_ref().expect("s").0))
            .header("content-type", "application/json")
            .body(Body::from(r#"{"body":"no header","visibility":"public"}"#))
            .expect("request");
        let response = app(w.state.clone()).oneshot(req).await.expect("response");
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{engine}");
        assert_eq!(audit_count(&w.store, "note").await.expect("audit"), before, "{engine}: nothing written");
        let a = get(&w, &w.owner, &format!("/notes/{id}")).await;
        assert!(a.body.contains("A-PRIVATE: meet the rapporteur") && !a.body.contains("forged"), "{engine}");
    }
}

#[tokio::test]
async fn deleting_asks_first_then_removes_the_note_with_an_audit_entry() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = w.notes[0];
        let a = get(&w, &w.editor, &format!("/notes/{id}/delete")).await;
        assert_eq!(a.status, StatusCode::OK, "{engine}");
        assert!(a.body.contains("Delete this note?") && a.body.contains(&format!("action=\"/notes/{id}/delete\"")));
        assert_eq!(get(&w, &w.viewer, &format!("/notes/{id}/delete")).await.status, StatusCode::FORBIDDEN);
        let a = send(&w, &w.editor, "en", "POST", &format!("/notes/{id}/delete"), None).await;
        assert_eq!((a.status, a.location), (StatusCode::SEE_OTHER, format!("/organisations/{}/notes", w.org_a)));
        assert_eq!(get(&w, &w.editor, &format!("/notes/{id}")).await.status, StatusCode::NOT_FOUND);
        let a = get(&w, &w.owner, &format!("/organisations/{}/audit", w.org_a)).await;
        assert!(a.body.contains("Deleted") && a.body.contains(&format!("Note {id}")), "{engine}");
        // The deleted text stays readable in the log, as the value before.
        assert!(a.body.contains("A-PRIVATE: meet the rapporteur"), "{engine}");
    }
}

#[tokio::test]
async fn the_audit_log_reads_as_fields_and_names_the_command_line() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let id = w.notes[2];
        let form = "body=A-PUBLIC%3A+our+revised+analysis&visibility=public";
        let a = send(&w, &w.editor, "en", "POST", &format!("/notes/{id}/edit"), Some(form)).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{engine}");
        let uri = format!("/organisations/{}/audit", w.org_a);
        let a = get(&w, &w.owner, &uri).await;
        assert_eq!(a.status, StatusCode::OK, "{engine}");
        assert_eq!(h1_count(&a.body), 1);
        let html = &a.body;
        // The edit: who (by name), the record as words with its link, only the changed field.
        let entry = &html[html.find("Changed").expect("the edit")..];
        let entry = &entry[..entry.find("</li>").expect("end of entry")];
        assert!(entry.contains("Edith Editor") && entry.contains(&format!("<a href=\"/notes/{id}\">Note {id}</a>")));
        assert!(entry.contains("<th scope=\"row\">Text</th>"), "{engine}: {entry}");
        assert!(entry.contains("A-PUBLIC: our published analysis") && entry.contains("A-PUBLIC: our revised analysis"));
        assert!(!entry.contains("Who may see it"), "{engine}: the visibility did not change: {entry}");
        // The organisation and memberships were made at the command line.
        assert!(html.contains("command line") && html.contains("Membership of Olga Owner"), "{engine}");
        assert!(!html.contains("&#34;body&#34;") && !html.contains("&quot;body&quot;"), "{engine}: no raw JSON");
        // In French.
        let a = send(&w, &w.owner, "fr", "GET", &uri, None).await;
        for words in ["Journal d’audit de Defenders Network", "ligne de commande", "Champ", "Avant", "Après", "Texte"]
        {
            assert!(a.body.contains(words), "{engine}: {words}");
        }
        // Owners only; the CSV stays raw.
        assert_eq!(get(&w, &w.editor, &uri).await.status, StatusCode::FORBIDDEN, "{engine}");
        assert_eq!(get(&w, &w.other, &uri).await.status, StatusCode::NOT_FOUND, "{engine}");
        let csv = get(&w, &w.owner, &format!("{uri}.csv")).await;
        assert!(
            csv.body.trim_start_matches('\u{feff}').starts_with("at,user,action,record_type,record_id,before,after")
        );
    }
}

#[tokio::test]
async fn organisations_and_coalitions_pages_in_english_and_french() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        // The menu leads there: organisations for members, coalitions for members of one.
        let a = get(&w, &w.viewer, "/organisations").await;
        assert_eq!(a.status, StatusCode::OK, "{engine}");
        assert!(a.body.contains("href=\"/organisations\"") && a.body.contains("href=\"/coalitions\""));
        assert!(a.body.contains("Defenders Network") && a.body.contains("Your role: viewer"));
        assert!(a.body.contains(&format!("/organisations/{}/notes", w.org_a)));
        assert!(!a.body.contains(&format!("/organisations/{}/audit", w.org_a)), "{engine}: audit for owners");
        let a = get(&w, &w.owner, "/organisations").await;
        assert!(a.body.contains(&format!("/organisations/{}/audit", w.org_a)), "{engine}");
        let a = get(&w, &w.other, "/organisations").await;
        assert!(a.body.contains("Other Org") && !a.body.contains("Defenders Network"), "{engine}");
        assert!(!a.body.contains("href=\"/coalitions\""), "{engine}: B is in no coalition");
        assert_eq!(get(&w, &None, "/organisations").await.location, "/login");

        let a = get(&w, &w.partner, "/coalitions").await;
        assert!(a.body.contains("Joint Submission Coalition") && a.body.contains("2 members"), "{engine}");
        assert!(a.body.contains("Defenders Network") && a.body.contains("Partner Org"));
        let page = format!("/coalitions/{}", w.coalition);
        let a = get(&w, &w.partner, &page).await;
        assert_eq!((a.status, h1_count(&a.body)), (StatusCode::OK, 1), "{engine}");
        assert!(a.body.contains("A-SHARED") && !a.body.contains("A-PRIVATE") && !a.body.contains("A-PUBLIC"));
        assert_eq!(get(&w, &w.other, &page).await.status, StatusCode::NOT_FOUND, "{engine}");
        let a = get(&w, &w.other, "/coalitions").await;
        assert!(a.status == StatusCode::OK && !a.body.contains("Joint Submission"), "{engine}");

        // French labels on every page of the part.
        let notes = format!("/organisations/{}/notes", w.org_a);
        let org = format!("/organisations/{}", w.org_a);
        let note = format!("/notes/{}", w.notes[0]);
        let edit = format!("/notes/{}/edit", w.notes[0]);
        for (uri, who, words) in [
            ("/organisations", &w.owner, vec!["Vos organisations", "Votre rôle : propriétaire", "Journal d"]),
            (org.as_str(), &w.owner, vec!["Membres", "Inviter quelqu", "Créer un lien d"]),
            (notes.as_str(), &w.viewer, vec!["Notes de Defenders Network", "3 notes, les plus récentes en premier"]),
            (note.as_str(), &w.editor, vec!["Note de Defenders Network", "Modifier", "Mon organisation seulement"]),
            (edit.as_str(), &w.editor, vec!["Modifier la note", "Qui peut la voir", "Enregistrer la note"]),
            ("/coalitions", &w.partner, vec!["Coalitions", "2 membres"]),
            (page.as_str(), &w.partner, vec!["Notes partagées avec la coalition", "Une note"]),
            ("/account", &w.owner, vec!["Vos organisations", "Changer de mot de passe", "Se déconnecter"]),
            ("/account/tokens", &w.owner, vec!["Jetons d", "Créer un jeton"]),
        ] {
            let a = send(&w, who, "fr", "GET", uri, None).await;
            assert_eq!(a.status, StatusCode::OK, "{engine}: {uri}");
            assert!(a.body.contains("<html lang=\"fr\">"), "{engine}: {uri}");
            assert_eq!(h1_count(&a.body), 1, "{engine}: {uri}");
            for word in words {
                assert!(a.body.contains(word), "{engine}: {uri} lacks {word:?}");
            }
        }
        // And in Spanish.
        let a = send(&w, &w.viewer, "es", "GET", &notes, None).await;
        assert!(a.body.contains("Notas de Defenders Network") && a.body.contains("Solo mi organización"), "{engine}");
    }
}

#[tokio::test]
async fn the_invitation_link_is_a_selectable_field() {
    let w = world(TestDatabase::sqlite().expect("db")).await;
    let a =
        send(&w, &w.owner, "en", "POST", &format!("/organisations/{}/invitations", w.org_a), Some("role=viewer")).await;
    assert_eq!(a.status, StatusCode::OK);
    // The whole link in a read-only text area: it wraps inside its box and selects without JS.
    let field = &a.body[a.body.find("<textarea id=\"invitation-link\"").expect("the link field")..];
    let field = &field[..field.find("</textarea>").expect("end of the field")];
    assert!(field.contains("readonly") && field.contains("class=\"secret\""), "{field}");
    let link = &field[field.find('>').expect("end of tag") + 1..];
    let token = link.rsplit("/invitations/").next().expect("token");
    assert!(link.contains("/invitations/") && token.len() == 64, "{link}");
    assert!(a.body.contains("<label for=\"invitation-link\">Invitation link</label>"));
}
