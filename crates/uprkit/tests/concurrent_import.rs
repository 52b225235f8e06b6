//! Two imports into the same SQLite data directory at once: the second waits for the first's
//! write lock instead of failing, and the records are stored once (ids come from the
//! database, not from the largest id plus one read before the other run commits).

mod common;

use common::*;
use std::process::{Command, Stdio};
use uprkit_store::testing::TestDatabase;

#[test]
fn two_imports_at_once_both_succeed_and_store_each_record_once() {
    let file = shared_data().join("upr-info/raw/uprinfo_1-5.csv");
    let file = file.to_str().expect("utf-8 path");
    // A fresh data directory: the two processes also create the schema at the same time.
    let db = TestDatabase::sqlite().expect("sqlite test database");
    let dir = db.dir.display().to_string();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_uprkit"))
                .args(["--data-dir", &dir, "import", "upr-info", file])
                .env_remove("UPRKIT_DATABASE_URL")
                .env_remove("UPRKIT_DATA_DIR")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("uprkit starts")
        })
        .collect();
    let mut outputs = Vec::new();
    for run in runs {
        let out = run.wait_with_output().expect("uprkit runs");
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(out.status.success(), "an import failed: {}\n{stdout}", String::from_utf8_lossy(&out.stderr));
        outputs.push(stdout);
    }
    // One run stored the 6,094 rows, the other found them all unchanged.
    let created = outputs.iter().filter(|o| o.contains("read 6094, created 6094, updated 0, unchanged 0")).count();
    let unchanged = outputs.iter().filter(|o| o.contains("read 6094, created 0, updated 0, unchanged 6094")).count();
    assert_eq!((created, unchanged), (1, 1), "{outputs:?}");
    let target = vec!["--data-dir".to_string(), dir];
    // 6,094 rows, one per recommending State: 5,626 recommendations, as importing once gives.
    assert_eq!(total(&target, &[]), 5626);
    assert_eq!(search_json(&target, &["--sur", "AFG"])["facets"]["response"]["supported"], 118);
}
