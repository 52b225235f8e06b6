//! Statements through the application layer on both engines, in a workspace for Slovenia's
//! fourth-cycle review (session 48, January 2025; adopted at the HRC's June 2025 session):
//! written and changed by the coalition, checked against the limits and the calendar,
//! invisible to outsiders, carried private with their workspace, and refused when wrong.

use chrono::NaiveDate;
use std::sync::Arc;
use uprkit_app::statements::StatementEdit;
use uprkit_app::workspaces::{SubmissionFormat, WorkspaceOpening, WorkspaceSettings};
use uprkit_app::{Actor, App, AppError, Visibility};
use uprkit_core::statement::{Accreditation, StatementKind};
use uprkit_store::testing::{TestDatabase, audit_count, count_rows};
use uprkit_store::{Role, Store};

struct People {
    app: App,
    store: Store,
    org_a: i64,
    coalition: i64,
    a: Actor,
    c: Actor,
    b: Actor,
}

async fn people(db: &TestDatabase) -> People {
    let store = db.store().await.expect("store");
    let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
    let app = App::new(store.clone(), index);
    let mut orgs = Vec::new();
    for name in ["Peace Institute", "Outsiders", "Legebitra"] {
        orgs.push(store.organisation_id(name, true).await.expect("org").expect("id"));
    }
    let coalition = store.create_coalition(None, "Slovenian coalition", &[orgs[0], orgs[2]]).await.expect("coalition");
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

/// About 300 words: the length the guidance gives for 2 minutes, too long at 130 a minute.
fn long_speech() -> String {
    let sentence = "We welcome the acceptance of the recommendations on the erased and call for full reparation. ";
    let mut body = String::from("Mr President,\n\n");
    for _ in 0..20 {
        body.push_str(sentence);
    }
    body
}

fn oral(body: &str) -> StatementEdit {
    StatementEdit {
        kind: StatementKind::Oral,
        title: "Statement on the adoption of Slovenia's outcome".into(),
        body: body.into(),
        pace: None,
        accreditation: Accreditation::ThroughPartner,
        organisation_name: None,
        partner: "UPR Info".into(),
        speaker: "Ana Novak".into(),
        language: Some("fr".into()),
    }
}

#[tokio::test]
async fn a_coalition_writes_and_checks_its_statements() {
    let may_2025 = NaiveDate::from_ymd_opt(2025, 5, 1).expect("day");
    for db in TestDatabase::all().await.expect("databases") {
        let p = people(&db).await;
        let opening = WorkspaceOpening {
            organisation_id: p.org_a,
            sur: "Slovenia".into(),
            cycle: 4,
            coalition_id: Some(p.coalition),
            title: None,
        };
        let ws = p.app.open_workspace(&p.a, &opening).await.expect("open");
        let audits = audit_count(&p.store, "statement").await.expect("audit");

        let id = p.app.create_statement(&p.c, ws, &oral(&long_speech())).await.expect("the partner writes");
        assert_eq!(audit_count(&p.store, "statement").await.expect("audit"), audits + 1);
        let stored = p.app.statement(&p.a, id).await.expect("the coordinator sees it");
        assert_eq!(stored.record.pace, 130, "the default pace");
        assert_eq!(stored.record.organisation_name, "Peace Institute, Legebitra", "the workspace's organisations");
        assert_eq!(stored.ownership.visibility, Visibility::Coalition);

        let report = p.app.check_statement(&p.a, id, may_2025).await.expect("check");
        assert_eq!(report.check.words, 2 + 20 * 15);
        assert!(report.check.over, "302 words take 2:20 at 130 words a minute");
        assert_eq!(report.check.reading_time, "2:20");
        assert!(report.check.warnings.iter().any(|w| w.code == "over_time"));
        let kinds: Vec<&str> = report.moments.iter().map(|m| m.kind.as_str()).collect();
        assert_eq!(kinds, ["oral_statement_registration", "plenary_adoption"]);
        assert_eq!(report.hrc_session, Some(59), "Slovenia's January 2025 review is adopted at HRC 59");
        assert!(report.moments.iter().all(|m| m.days_left > 0 && m.date.to_string().starts_with("2025-0")));

        // At 160 words a minute it fits.
        let mut faster = oral(&long_speech());
        faster.pace = Some(160);
        p.app.change_statement(&p.a, id, &faster).await.expect("change");
        let report = p.app.check_statement(&p.a, id, may_2025).await.expect("check");
        assert!(!report.check.over && report.check.reading_seconds == 114, "{:?}", report.check);

        let doc = p.app.statement_document(&p.a, id, may_2025).await.expect("document");
        assert_eq!(doc.council_line, "Conseil des droits de l'homme, 59e session");
        assert_eq!(doc.adoption_line, "Adoption du document final de l'Examen périodique universel de Slovénie");
        let pdf = p.app.export_statement(&p.a, id, SubmissionFormat::Pdf, may_2025).await.expect("pdf");
        assert!(pdf.bytes.starts_with(b"%PDF") && pdf.file_name == format!("SVN-cycle4-oral-statement-{id}.pdf"));
        let docx = p.app.export_statement(&p.a, id, SubmissionFormat::Docx, may_2025).await.expect("docx");
        assert!(docx.bytes.starts_with(b"PK"));

        // A written statement: its own moments, its limit by status.
        let written = StatementEdit {
            kind: StatementKind::Written,
            accreditation: Accreditation::General,
            partner: String::new(),
            language: None,
            ..oral("The erased.^[A/HRC/59/15, para. 115.18.]")
        };
        let w = p.app.create_statement(&p.a, ws, &written).await.expect("written");
        let report = p.app.check_statement(&p.c, w, may_2025).await.expect("check");
        assert_eq!((report.check.words, report.check.word_limit), (5, 2_000));
        assert_eq!(report.moments[0].kind, "written_statement");
        assert_eq!(p.app.statements(&p.c, ws).await.expect("list").len(), 2);

        // Outsiders see nothing and change nothing.
        assert!(matches!(p.app.statement(&p.b, id).await, Err(AppError::NotFound)));
        assert!(matches!(p.app.check_statement(&p.b, id, may_2025).await, Err(AppError::NotFound)));
        assert!(p.app.change_statement(&p.b, id, &oral("B's text")).await.is_err());
        assert!(p.app.create_statement(&p.b, ws, &oral("B's text")).await.is_err());
        assert!(p.app.create_statement(&Actor::anonymous(), ws, &oral("x")).await.is_err());
        assert!(p.app.delete_statement(&p.c, id).await.is_err(), "only the owner deletes");

        // Bad input is refused and writes nothing.
        let rows = count_rows(&p.store, "statements").await.expect("rows");
        let mut bad = oral("x");
        bad.pace = Some(1_000);
        assert!(matches!(p.app.create_statement(&p.a, ws, &bad).await, Err(AppError::Invalid(_))));
        bad = oral("x");
        bad.language = Some("de".into());
        assert!(matches!(p.app.create_statement(&p.a, ws, &bad).await, Err(AppError::Invalid(_))));
        bad = oral("x");
        bad.title = "  ".into();
        assert!(matches!(p.app.create_statement(&p.a, ws, &bad).await, Err(AppError::Invalid(_))));
        assert_eq!(count_rows(&p.store, "statements").await.expect("rows"), rows);

        // The workspace goes private: its statements follow.
        let workspace = p.app.workspace(&p.a, ws).await.expect("ws");
        let settings = WorkspaceSettings {
            title: workspace.record.title.clone(),
            joint: true,
            organisations: workspace.record.organisations.clone(),
            key_words: String::new(),
            count_footnotes: true,
            count_annex: true,
            visibility: Visibility::Private,
            coalition_id: None,
        };
        p.app.change_workspace(&p.a, ws, &settings).await.expect("private");
        assert!(matches!(p.app.statement(&p.c, id).await, Err(AppError::NotFound)), "went private too");
        assert_eq!(p.app.statement(&p.a, w).await.expect("w").ownership.visibility, Visibility::Private);

        p.app.delete_statement(&p.a, id).await.expect("delete");
        assert!(matches!(p.app.statement(&p.a, id).await, Err(AppError::NotFound)));
        p.store.close().await;
        db.drop_database().await.expect("drop");
    }
}
