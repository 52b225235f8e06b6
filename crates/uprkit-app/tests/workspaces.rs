//! Workspaces through the application layer on both engines: opening one for a coalition,
//! writing sections with versions, the refused second save of two people editing at once,
//! restoring an earlier version, and the visibility a workspace's records share.

use std::sync::Arc;
use uprkit_app::workspaces::{SectionEdit, WorkspaceOpening, WorkspaceSettings};
use uprkit_app::{Actor, App, AppError, Visibility};
use uprkit_core::submission::SectionKind;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Role, SectionState, Store};

struct People {
    app: App,
    store: Store,
    org_a: i64,
    coalition: i64,
    /// Editor of A, editor of C (in the coalition), owner of B (outside).
    a: Actor,
    c: Actor,
    b: Actor,
}

async fn people(db: &TestDatabase) -> People {
    let store = db.store().await.expect("store");
    let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
    let app = App::new(store.clone(), index);
    let mut orgs = Vec::new();
    for name in ["Org A", "Org B", "Org C"] {
        orgs.push(store.organisation_id(name, true).await.expect("org").expect("id"));
    }
    let coalition = store.create_coalition(None, "A and C", &[orgs[0], orgs[2]]).await.expect("coalition");
    let mut actors = Vec::new();
    for (person, org, role) in [("a", orgs[0], Role::Editor), ("c", orgs[2], Role::Editor), ("b", orgs[1], Role::Owner)]
    {
        let id = store
            .create_user(&format!("{person}@example.org"), person, "correct horse battery", false)
            .await
            .expect("user");
        store.grant(None, id, org, role).await.expect("grant");
        let cookie = store.create_session(id).await.expect("session");
        actors.push(store.authenticate_session(&cookie).await.expect("lookup").expect("live").1);
    }
    let [a, c, b] = <[Actor; 3]>::try_from(actors).expect("three");
    People { app, store, org_a: orgs[0], coalition, a, c, b }
}

fn edit(title: &str, body: &str) -> SectionEdit {
    SectionEdit {
        kind: SectionKind::Theme,
        title: title.into(),
        assigned_organisation_id: None,
        assigned_person: String::new(),
        word_budget: Some(800),
        state: SectionState::Draft,
        body: body.into(),
    }
}

#[tokio::test]
async fn a_coalition_writes_one_submission_and_nothing_is_lost() {
    for db in TestDatabase::all().await.expect("databases") {
        let p = people(&db).await;
        let opening = WorkspaceOpening {
            organisation_id: p.org_a,
            sur: "Slovenia".into(),
            cycle: 5,
            coalition_id: Some(p.coalition),
            title: None,
        };
        let ws = p.app.open_workspace(&p.a, &opening).await.expect("open");
        let workspace = p.app.workspace(&p.c, ws).await.expect("the partner sees it");
        assert_eq!(workspace.record.sur, "SVN");
        assert!(workspace.record.joint, "a coalition's workspace is a joint submission");
        assert_eq!(workspace.record.organisation_names(), ["Org A", "Org C"]);
        assert_eq!(workspace.ownership.visibility, Visibility::Coalition);
        assert!(matches!(p.app.workspace(&p.b, ws).await, Err(AppError::NotFound)), "outsiders do not see it");

        // The partner organisation writes its own section in the coalition's workspace.
        let section = p.app.add_section(&p.c, ws, &edit("Roma", "First draft.")).await.expect("add");
        let v2 = p.app.save_section(&p.c, section, 1, &edit("Roma", "Second draft.")).await.expect("save");
        assert_eq!(v2, 2);
        // The coordinator opened version 2 too, and saves after the partner saved version 3.
        let v3 = p.app.save_section(&p.c, section, 2, &edit("Roma", "Partner's third draft.")).await.expect("save");
        assert_eq!(v3, 3);
        let refused = p.app.save_section(&p.a, section, 2, &edit("Roma", "Coordinator's text.")).await;
        assert!(matches!(refused, Err(AppError::Conflict(_))), "{refused:?}");
        let stored = p.app.section(&p.a, section).await.expect("section");
        assert_eq!(stored.record.body, "Partner's third draft.", "the refused save changed nothing");
        assert_eq!(stored.record.version, 3);

        let versions = p.app.section_versions(&p.a, section).await.expect("versions");
        let texts: Vec<&str> = versions.iter().map(|v| v.body.as_str()).collect();
        assert_eq!(texts, ["First draft.", "Second draft.", "Partner's third draft."]);
        assert_eq!(versions[0].saved_by_name, "c");
        assert_eq!(versions[0].remark, "created");

        let v4 = p.app.restore_section(&p.a, section, 1, 3).await.expect("restore");
        let stored = p.app.section(&p.a, section).await.expect("section");
        assert_eq!((v4, stored.record.body.as_str()), (4, "First draft."));
        let versions = p.app.section_versions(&p.a, section).await.expect("versions");
        assert_eq!(versions[3].remark, "restored version 1");
        assert_eq!(versions[3].saved_by_name, "a");
        // Saving the same text again is not a new version.
        assert_eq!(p.app.save_section(&p.a, section, 4, &edit("Roma", "First draft.")).await.expect("same"), 4);

        assert!(matches!(p.app.section(&p.b, section).await, Err(AppError::NotFound)));
        assert!(p.app.save_section(&p.b, section, 4, &edit("Roma", "B's text")).await.is_err());
        assert!(p.app.delete_section(&p.c, section).await.is_err(), "only the owner deletes");

        // Making the workspace private takes its sections along.
        let settings = WorkspaceSettings {
            title: workspace.record.title.clone(),
            joint: true,
            organisations: workspace.record.organisations.clone(),
            key_words: "Roma, housing".into(),
            count_footnotes: true,
            count_annex: false,
            visibility: Visibility::Private,
            coalition_id: None,
        };
        assert!(p.app.change_workspace(&p.c, ws, &settings).await.is_err(), "only A's editors change who sees it");
        p.app.change_workspace(&p.a, ws, &settings).await.expect("private");
        assert!(matches!(p.app.section(&p.c, section).await, Err(AppError::NotFound)), "the section went private too");
        assert_eq!(p.app.workspace(&p.a, ws).await.expect("ws").record.key_words, "Roma, housing");
        p.store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn opening_checks_the_state_and_the_people() {
    let db = TestDatabase::sqlite().expect("db");
    let p = people(&db).await;
    let mut opening = WorkspaceOpening {
        organisation_id: p.org_a,
        sur: "Atlantis".into(),
        cycle: 5,
        coalition_id: None,
        title: None,
    };
    assert!(matches!(p.app.open_workspace(&p.a, &opening).await, Err(AppError::Invalid(_))));
    opening.sur = "SVN".into();
    assert!(matches!(p.app.open_workspace(&Actor::anonymous(), &opening).await, Err(AppError::SignInNeeded)));
    assert!(p.app.open_workspace(&p.b, &opening).await.is_err(), "B is no editor of A");
    let ws = p.app.open_workspace(&p.a, &opening).await.expect("open");
    let workspace = p.app.workspace(&p.a, ws).await.expect("ws");
    assert_eq!(workspace.ownership.visibility, Visibility::Private);
    assert!(!workspace.record.joint);
    assert_eq!(workspace.record.title, "Slovenia, cycle 5: stakeholder submission");
    assert!(matches!(p.app.workspace(&p.c, ws).await, Err(AppError::NotFound)), "private: not even the partner");
    assert!(p.app.add_section(&p.c, ws, &edit("x", "y")).await.is_err());
}
