//! Every multi-statement use-case is one transaction with its audit rows: interrupted at any
//! of its statements (fault injection), it leaves no partial row and no audit row behind; left
//! alone, it succeeds. Runs on SQLite and, when configured, PostgreSQL.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;
use uprkit_app::{Acceptance, Actor, App, AppError, Joining, Ownership, Visibility};
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::testing::{TestDatabase, fail_statement, row_counts};
use uprkit_store::{ImportBatch, Role, Store};

const PASSWORD: &str = "correct horse battery";
const NEW_PASSWORD: &str = "a different long password";

fn data(path: &str) -> std::path::PathBuf {
    uprkit_core::testing::shared_data(path)
}

async fn snapshot(store: &Store) -> BTreeMap<String, i64> {
    row_counts(store).await.expect("row counts")
}

/// Runs `use_case` with a fault at statement 1, 2, ... until no fault is reached any more (the
/// use-case then runs exactly as with faults off, and must succeed). After each interrupted
/// run nothing in the database may have changed. The number of statements it ran.
async fn interrupt_everywhere<T, Fut>(store: &Store, what: &str, use_case: impl Fn() -> Fut) -> usize
where
    Fut: Future<Output = Result<T, AppError>>,
{
    let before = snapshot(store).await;
    let mut n = 1;
    loop {
        fail_statement(store, Some(n));
        let result = use_case().await;
        fail_statement(store, None);
        match result {
            Ok(_) => break,
            Err(e) => {
                let message = e.to_string();
                assert!(
                    message.contains(&format!("fault injected at statement {n}")),
                    "{what}, fault at {n}: {message}"
                );
            }
        }
        assert_eq!(snapshot(store).await, before, "{what}: interrupted at statement {n}, it left rows behind");
        n += 1;
        assert!(n < 100, "{what}: still interrupted after 100 statements");
    }
    assert_ne!(snapshot(store).await, before, "{what}: succeeded without changing anything");
    n - 1
}

/// A signed-in actor for a user, as authentication makes it.
async fn actor(store: &Store, email: &str) -> Actor {
    let (user, _) = store.user_by_email(email).await.expect("user").expect("exists");
    let cookie = store.create_session(user.id).await.expect("session");
    store.authenticate_session(&cookie).await.expect("lookup").expect("live").1
}

async fn app(db: &TestDatabase) -> App {
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
    App::new(store, index)
}

#[tokio::test]
async fn interrupted_use_cases_leave_nothing_behind() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let app = app(&db).await;
        let store = app.store().clone();
        let org_a = store.organisation_id("Org A", true).await.expect("org").expect("id");
        let org_b = store.organisation_id("Org B", true).await.expect("org").expect("id");
        for (email, org, role) in [
            ("owner@example.org", org_a, Role::Owner),
            ("owner@example.org", org_b, Role::Owner),
            ("second@example.org", org_a, Role::Owner),
            ("editor@example.org", org_a, Role::Editor),
            ("member@example.org", org_b, Role::Viewer),
        ] {
            let id = match store.user_by_email(email).await.expect("lookup") {
                Some((u, _)) => u.id,
                None => store.create_user(email, email, PASSWORD, false).await.expect("user"),
            };
            store.grant(None, id, org, role).await.expect("grant");
        }
        let owner = actor(&store, "owner@example.org").await;
        let editor = actor(&store, "editor@example.org").await;
        let member = actor(&store, "member@example.org").await;
        let member_id = member.user_id().expect("signed in");
        let second_id = store.user_by_email("second@example.org").await.expect("u").expect("u").0.id;
        let recommendation = store.search(&Default::default(), 1, 1).await.expect("search").items[0].id;
        let mut ran = BTreeMap::new();

        let ownership = Ownership { organisation_id: org_a, visibility: Visibility::Private, coalition_id: None };
        let n = interrupt_everywhere(&store, "write note", || app.write_note(&editor, ownership, recommendation, "n"))
            .await;
        ran.insert("write note", n);

        let n = interrupt_everywhere(&store, "password change", || async {
            let done = app.change_own_password(&editor, PASSWORD, NEW_PASSWORD).await;
            // An UPDATE changes no row count: the old password must still be the one.
            if done.is_err() {
                let id = editor.user_id().expect("signed in");
                assert!(store.is_password_of(id, PASSWORD).await.expect("check"), "{engine}: password half-changed");
            }
            done
        })
        .await;
        ran.insert("password change", n);
        let id = editor.user_id().expect("signed in");
        assert!(store.is_password_of(id, NEW_PASSWORD).await.expect("check"), "{engine}");

        let both = [org_a, org_b];
        let n = interrupt_everywhere(&store, "coalition", || app.form_coalition(&owner, "A and B", &both)).await;
        ran.insert("coalition", n);

        let token = app.invite(&owner, org_a, Role::Editor, 7).await.expect("invitation");
        let n = interrupt_everywhere(&store, "invitation, new account", || async {
            let joining = Joining::NewAccount {
                email: "new@example.org".into(),
                display_name: "New".into(),
                password: PASSWORD.into(),
            };
            match app.accept_invitation(&Actor::anonymous(), &token, joining).await? {
                Acceptance::Joined { .. } => Ok(()),
                other => panic!("{engine}: {other:?}"),
            }
        })
        .await;
        ran.insert("invitation, new account", n);

        let token = app.invite(&owner, org_a, Role::Viewer, 7).await.expect("invitation");
        let n = interrupt_everywhere(&store, "invitation, existing account", || async {
            match app.accept_invitation(&member, &token, Joining::AsActor).await? {
                Acceptance::Joined { .. } => Ok(()),
                other => panic!("{engine}: {other:?}"),
            }
        })
        .await;
        ran.insert("invitation, existing account", n);

        // Demoting an owner runs the last-owner check too; the per-role counts see the change.
        let n = interrupt_everywhere(&store, "grant", || app.grant_role(&owner, second_id, org_a, Role::Editor)).await;
        ran.insert("grant", n);
        let n = interrupt_everywhere(&store, "grant, role change", || {
            app.grant_role(&owner, member_id, org_b, Role::Editor)
        })
        .await;
        ran.insert("grant, role change", n);

        let operator = Actor::command_line();
        let n = interrupt_everywhere(&store, "official date", || {
            app.set_official_date(&operator, "FRA", 44, "review_day", "2025-01-28", None)
        })
        .await;
        ran.insert("official date", n);

        for (what, n) in &ran {
            assert!(*n >= 2, "{engine}: {what} ran {n} statement(s): not a multi-statement write");
        }
        db.drop_database().await.expect("drop");
    }
}
