//! The authorisation matrix of every owned record type, enumerated from the one declaration
//! (`OWNED_RECORDS`): who sees, changes and deletes a private, a coalition and a public record.
//! A declared record type without a fixture here fails the test; a table with a `visibility`
//! column that is not declared fails it too. Runs on SQLite and, when configured, PostgreSQL.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use uprkit_app::{Actor, App, AppError, OwnedRecord, Ownership, Visibility};
use uprkit_core::StateDirectory;
use uprkit_core::statement::{Accreditation, StatementKind};
use uprkit_core::submission::SectionKind;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::testing::{TestDatabase, count_rows, tables_with_column};
use uprkit_store::{
    Consultation, ImportBatch, Note, OWNED_RECORDS, RaisedIssue, Role, Section, SectionState, Statement, Store,
    Workspace,
};

const PASSWORD: &str = "correct horse battery";

/// The actors of the matrix, in column order.
const PEOPLE: [&str; 7] = ["anonymous", "viewer", "editor", "owner", "other", "partner", "command line"];

/// Who may see a record of each visibility (by PEOPLE index).
fn may_see(visibility: Visibility, person: usize) -> bool {
    match visibility {
        Visibility::Private => matches!(person, 1..=3 | 6),
        Visibility::Coalition => matches!(person, 1..=3 | 5 | 6),
        Visibility::Public => true,
    }
}

/// Who may change or delete records of organisation A.
fn may_write(person: usize) -> bool {
    matches!(person, 2 | 3 | 6)
}

struct World {
    app: App,
    store: Store,
    actors: Vec<Actor>,
    org_a: i64,
    coalition: i64,
    recommendation: i64,
    /// A workspace of organisation A that sections and consultations belong to.
    workspace: i64,
}

/// The real micro fixture of UPR Info rows gives the recommendations records can point at.
fn data(path: &str) -> std::path::PathBuf {
    uprkit_core::testing::shared_data(path)
}

async fn world(db: &TestDatabase) -> World {
    let store = db.store().await.expect("store");
    let states = StateDirectory::load();
    let Ok(UprInfoFile::Recommendations { records, .. }) =
        upr_info::read_file(&data("fixtures/uprinfo_micro_25.csv"), &states)
    else {
        panic!("the micro fixture reads as recommendations");
    };
    let batch = ImportBatch { source: "micro".into(), recommendations: records, pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
    let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&index, &store, &|_| {}).await.expect("index");
    let app = App::new(store.clone(), index);
    let org_a = store.organisation_id("Org A", true).await.expect("org").expect("id");
    let org_b = store.organisation_id("Org B", true).await.expect("org").expect("id");
    let org_c = store.organisation_id("Org C", true).await.expect("org").expect("id");
    for (person, org, role) in [
        ("viewer", org_a, Role::Viewer),
        ("editor", org_a, Role::Editor),
        ("owner", org_a, Role::Owner),
        ("other", org_b, Role::Owner),
        ("partner", org_c, Role::Owner),
    ] {
        let id = store.create_user(&format!("{person}@example.org"), person, PASSWORD, false).await.expect("user");
        store.grant(None, id, org, role).await.expect("grant");
    }
    let coalition = store.create_coalition(None, "A and C", &[org_a, org_c]).await.expect("coalition");
    // Actors are made after the coalition exists: an actor carries its coalitions.
    let mut signed_in = vec![Actor::anonymous()];
    for person in &PEOPLE[1..6] {
        let user = store.user_by_email(&format!("{person}@example.org")).await.expect("u").expect("u").0;
        let cookie = store.create_session(user.id).await.expect("session");
        signed_in.push(store.authenticate_session(&cookie).await.expect("lookup").expect("live").1);
    }
    signed_in.push(Actor::command_line());
    let recommendation = app.store().search(&Default::default(), 1, 1).await.expect("search").items[0].id;
    let ownership =
        Ownership { organisation_id: org_a, visibility: Visibility::Coalition, coalition_id: Some(coalition) };
    let mut uow = app.begin(&Actor::command_line()).await.expect("begin");
    let workspace = uow.create_owned(ownership, &workspace_sample(0)).await.expect("workspace");
    app.commit(uow).await.expect("commit");
    World { app, store, actors: signed_in, org_a, coalition, recommendation, workspace }
}

fn workspace_sample(n: u32) -> Workspace {
    Workspace {
        sur: "TUV".into(),
        cycle: 4,
        title: format!("workspace {n}"),
        joint: n % 2 == 0,
        organisations: "Org A\nOrg C".into(),
        key_words: "climate, women".into(),
        count_footnotes: true,
        count_annex: n % 2 == 1,
    }
}

fn section_sample(w: &World, n: u32) -> Section {
    Section {
        workspace_id: w.workspace,
        kind: SectionKind::Theme,
        position: 1,
        title: format!("Climate change {n}"),
        assigned_organisation_id: None,
        assigned_person: "Ana".into(),
        word_budget: Some(500),
        state: SectionState::Draft,
        body: format!("Text {n} with a note ^[a footnote]."),
        version: i64::from(n) + 1,
    }
}

fn statement_sample(w: &World, n: u32) -> Statement {
    Statement {
        workspace_id: w.workspace,
        kind: if n % 2 == 0 { StatementKind::Written } else { StatementKind::Oral },
        title: format!("Adoption of the outcome {n}"),
        body: format!("Mr President, statement {n}."),
        pace: 120 + i64::from(n),
        accreditation: Accreditation::Special,
        organisation_name: "Tuvalu Rights Network".into(),
        partner: String::new(),
        speaker: format!("Speaker {n}"),
        language: "en".into(),
    }
}

fn consultation_sample(w: &World, n: u32) -> Consultation {
    Consultation {
        workspace_id: w.workspace,
        held_on: "2026-03-14".into(),
        place: format!("Funafuti {n}"),
        organised_by: "Ministry of Justice".into(),
        participants: "Org A\nOrg C".into(),
        issues_raised: vec![RaisedIssue { issue: "Sea-level rise".into(), section_id: None }],
    }
}

type Sample<R> = fn(&World, u32) -> R;

/// Runs the matrix for one record type, with `sample` making its values.
async fn matrix<R: OwnedRecord + std::fmt::Debug + PartialEq>(w: &World, sample: Sample<R>) {
    let kind = R::KIND;
    let editor = &w.actors[2];
    for visibility in [Visibility::Private, Visibility::Coalition, Visibility::Public] {
        if visibility == Visibility::Public && !R::MAY_BE_PUBLIC {
            let ownership = Ownership { organisation_id: w.org_a, visibility, coalition_id: None };
            let mut uow = w.app.begin(editor).await.expect("begin");
            assert!(uow.create_owned(ownership, &sample(w, 0)).await.is_err(), "{kind} may never be public");
            continue;
        }
        for (person, actor) in w.actors.iter().enumerate() {
            let who = PEOPLE[person];
            let ownership = Ownership { organisation_id: w.org_a, visibility, coalition_id: Some(w.coalition) };
            let mut uow = w.app.begin(editor).await.expect("begin");
            let id = uow.create_owned(ownership, &sample(w, 1)).await.expect("create");
            w.app.commit(uow).await.expect("commit");

            let seen = w.store.get_owned::<R>(actor, id).await.expect("get");
            assert_eq!(seen.is_some(), may_see(visibility, person), "{kind} {visibility:?}: {who} sees it by id");
            let listed = w.store.list_owned::<R>(actor, &[]).await.expect("list").iter().any(|o| o.id == id);
            assert_eq!(listed, may_see(visibility, person), "{kind} {visibility:?}: {who} sees it in lists");

            // Writing as someone else: refused, and nothing changes.
            let mut uow = w.app.begin(actor).await.expect("begin");
            let updated = uow.update_owned(id, Visibility::Private, None, &sample(w, 2)).await;
            match (may_write(person), updated) {
                (true, Ok(true)) => w.app.commit(uow).await.expect("commit"),
                // A refused write is dropped without commit: it rolls back and frees the lock.
                (false, Ok(false)) => {
                    drop(uow);
                    assert!(!may_see(visibility, person), "{kind}: {who} cannot see it")
                }
                (false, Err(_)) => drop(uow),
                (allowed, outcome) => {
                    panic!("{kind} {visibility:?}: {who} updating gave {outcome:?} (allowed {allowed})")
                }
            }
            let stored = w.store.get_owned::<R>(&Actor::command_line(), id).await.expect("get").expect("exists");
            let expected = if may_write(person) { sample(w, 2) } else { sample(w, 1) };
            assert_eq!(stored.record, expected, "{kind} {visibility:?}: values after {who} tried to update");

            let mut uow = w.app.begin(actor).await.expect("begin");
            let deleted = uow.delete_owned::<R>(id).await;
            match (may_write(person), deleted) {
                (true, Ok(true)) => w.app.commit(uow).await.expect("commit"),
                (false, Ok(false) | Err(_)) => {
                    drop(uow);
                    let mut uow = w.app.begin(editor).await.expect("begin");
                    assert!(uow.delete_owned::<R>(id).await.expect("delete"), "{kind}: the editor deletes it");
                    w.app.commit(uow).await.expect("commit");
                }
                (allowed, outcome) => {
                    panic!("{kind} {visibility:?}: {who} deleting gave {outcome:?} (allowed {allowed})")
                }
            }
        }
    }
}

type Runner = for<'a> fn(&'a World) -> Pin<Box<dyn Future<Output = ()> + 'a>>;

/// One entry per owned record type: its sample values.
fn fixtures() -> Vec<(&'static str, Runner)> {
    vec![
        (Note::KIND, |w| {
            Box::pin(matrix::<Note>(w, |w, n| Note { recommendation_id: w.recommendation, body: format!("note {n}") }))
        }),
        (Workspace::KIND, |w| Box::pin(matrix::<Workspace>(w, |_, n| workspace_sample(n)))),
        (Section::KIND, |w| Box::pin(matrix::<Section>(w, section_sample))),
        (Consultation::KIND, |w| Box::pin(matrix::<Consultation>(w, consultation_sample))),
        (Statement::KIND, |w| Box::pin(matrix::<Statement>(w, statement_sample))),
    ]
}

#[tokio::test]
async fn every_owned_record_type_has_the_matrix() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(&db).await;
        let fixtures = fixtures();
        for (kind, table) in OWNED_RECORDS {
            let (_, run) = fixtures
                .iter()
                .find(|(k, _)| k == kind)
                .unwrap_or_else(|| panic!("owned record type {kind} has no entry in the authorisation matrix"));
            let before = count_rows(&w.store, table).await.expect("count");
            run(&w).await;
            assert_eq!(count_rows(&w.store, table).await.expect("count"), before, "{kind}: every sample deleted");
        }
        let declared: Vec<&str> = OWNED_RECORDS.iter().map(|(_, t)| *t).collect();
        for table in tables_with_column(&w.store, "visibility").await.expect("tables") {
            assert!(declared.contains(&table.as_str()), "table {table} has a visibility but is not an owned record");
        }
        w.store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn anonymous_cannot_write() {
    let db = TestDatabase::sqlite().expect("db");
    let w = world(&db).await;
    let ownership = Ownership { organisation_id: w.org_a, visibility: Visibility::Public, coalition_id: None };
    let refused = w.app.write_note(&Actor::anonymous(), ownership, w.recommendation, "hello").await;
    assert!(matches!(refused, Err(AppError::SignInNeeded)), "{refused:?}");
    assert_eq!(count_rows(&w.store, "notes").await.expect("count"), 0);
}

/// A workspace shared with a coalition is written by all its members: the partner
/// organisation's owner changes a section's text, but not who may see it, and cannot delete it.
#[tokio::test]
async fn coalition_members_write_a_shared_workspace() {
    for db in TestDatabase::all().await.expect("databases") {
        let w = world(&db).await;
        let (editor, partner, other) = (&w.actors[2], &w.actors[5], &w.actors[4]);
        let ownership =
            Ownership { organisation_id: w.org_a, visibility: Visibility::Coalition, coalition_id: Some(w.coalition) };
        let mut uow = w.app.begin(editor).await.expect("begin");
        let id = uow.create_owned(ownership, &section_sample(&w, 1)).await.expect("create");
        w.app.commit(uow).await.expect("commit");

        let mut uow = w.app.begin(partner).await.expect("begin");
        assert!(
            uow.update_owned(id, Visibility::Coalition, Some(w.coalition), &section_sample(&w, 2))
                .await
                .expect("update")
        );
        w.app.commit(uow).await.expect("commit");
        let stored = w.store.get_owned::<Section>(editor, id).await.expect("get").expect("exists");
        assert_eq!(stored.record, section_sample(&w, 2), "the partner's text is saved");

        let mut uow = w.app.begin(partner).await.expect("begin");
        assert!(
            uow.update_owned(id, Visibility::Public, None, &section_sample(&w, 3)).await.is_err(),
            "the partner cannot publish it"
        );
        drop(uow);
        let mut uow = w.app.begin(partner).await.expect("begin");
        assert!(uow.delete_owned::<Section>(id).await.is_err(), "the partner cannot delete it");
        drop(uow);
        let mut uow = w.app.begin(other).await.expect("begin");
        assert!(
            !uow.update_owned(id, Visibility::Coalition, Some(w.coalition), &section_sample(&w, 4))
                .await
                .expect("update"),
            "outsiders cannot even see it"
        );
        drop(uow);
        let stored = w.store.get_owned::<Section>(editor, id).await.expect("get").expect("exists");
        assert_eq!(stored.record, section_sample(&w, 2), "nothing else changed");
        w.store.close().await;
        db.drop_database().await.expect("drop");
    }
}
