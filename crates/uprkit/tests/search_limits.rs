//! Issue 9 from the command line: a huge page number is an empty page (it aborted with a
//! 96 GB allocation), a deeply nested query a clear error; on SQLite and PostgreSQL.

mod common;

use common::*;
use uprkit_store::testing::TestDatabase;

#[tokio::test]
async fn huge_page_is_empty_and_deep_query_is_refused() {
    for db in TestDatabase::all().await.expect("databases") {
        let mut t = vec!["--data-dir".to_string(), db.dir.display().to_string()];
        if db.url.starts_with("postgres") {
            t.extend(["--database-url".to_string(), db.url.clone()]);
        }
        let micro = shared_data().join("fixtures/uprinfo_micro_25.csv");
        ok(&t, &["import", "upr-info", micro.to_str().expect("utf-8")]);
        let all = total(&t, &[]);
        assert!(all > 0);

        let page = search_json(&t, &["--page", "4294967295", "--limit", "1000"]);
        assert_eq!(page["total"].as_u64(), Some(all));
        assert_eq!(page["items"].as_array().map(Vec::len), Some(0));
        let table = ok(&t, &["search", "--page", "4294967295"]);
        assert!(table.contains(&format!("{all} matching recommendations (page 4294967295 of")), "{table}");

        let deep = format!("{}rights{}", "(".repeat(1000), ")".repeat(1000));
        let out = uprkit(&t, &["search", &deep]);
        assert_eq!(out.status.code(), Some(1), "a clear error, not an abort");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("nests brackets or NOTs too deep: 1000 levels, at most 32"), "{stderr}");
        let csv = db.dir.join("deep.csv");
        let out = uprkit(&t, &["export", "--format", "csv", &deep, "--output", csv.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(1));
        assert!(!csv.exists(), "nothing written for a refused search");
        db.drop_database().await.expect("drop");
    }
}
