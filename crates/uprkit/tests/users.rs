//! `uprkit user ...` keeps every organisation with an owner (issue 9), on SQLite and (when
//! configured) PostgreSQL.

use std::process::{Command, Output};
use uprkit_store::testing::TestDatabase;

fn uprkit(db: &TestDatabase, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .arg("--data-dir")
        .arg(&db.dir)
        .args(["--database-url", &db.url])
        .args(args)
        .env("UPRKIT_PASSWORD", "correct horse battery")
        .env_remove("UPRKIT_DATABASE_URL")
        .env_remove("UPRKIT_DATA_DIR")
        .output()
        .expect("uprkit runs")
}

fn ok(db: &TestDatabase, args: &[&str]) {
    let out = uprkit(db, args);
    assert!(out.status.success(), "uprkit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[tokio::test]
async fn the_last_owner_can_be_neither_revoked_nor_demoted() {
    for db in TestDatabase::all().await.expect("databases") {
        ok(&db, &["migrate"]);
        ok(&db, &["user", "add", "ana@example.org", "--name", "Ana", "--org", "Org", "--role", "owner"]);
        ok(&db, &["user", "add", "ben@example.org", "--name", "Ben", "--org", "Org", "--role", "editor"]);
        for args in [
            &["user", "revoke", "ana@example.org", "--org", "Org"][..],
            &["user", "grant", "ana@example.org", "--org", "Org", "--role", "viewer"][..],
        ] {
            let out = uprkit(&db, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args:?} must fail: {stderr}");
            assert!(stderr.contains("last owner"), "{args:?}: {stderr}");
        }
        // Once Ben is owner too, Ana may leave.
        ok(&db, &["user", "grant", "ben@example.org", "--org", "Org", "--role", "owner"]);
        ok(&db, &["user", "revoke", "ana@example.org", "--org", "Org"]);
        db.drop_database().await.expect("drop");
    }
}
