//! Acceptance of issue 2 end to end, through the `uprkit` binary, on SQLite and (when
//! `UPRKIT_TEST_POSTGRES_URL` is set) PostgreSQL.

mod common;

use common::*;
use std::path::Path;
use uprkit_store::testing::TestDatabase;

/// The database options for one test database: `--data-dir` for SQLite, `--database-url` else.
fn target(db: &TestDatabase) -> Vec<String> {
    if db.engine_name() == "sqlite" {
        vec!["--data-dir".into(), db.dir.display().to_string()]
    } else {
        vec!["--database-url".into(), db.url.clone()]
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[tokio::test]
async fn clean_export_imports_once_and_reimports_nothing() {
    let clean = shared_data().join("upr-info/recommendations_sessions01-16.csv");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        let out = ok(&t, &["import", "upr-info", path(&clean)]);
        assert!(out.contains("read 30261, created 30258, updated 0, unchanged 0, duplicates 3"), "{out}");
        // 30,261 rows, of which 3 repeat another row exactly: 30,258 distinct rows, one per
        // recommending State; 29,281 recommendations (those several States made are one).
        assert_eq!(total(&t, &[]), 29281, "{}", db.engine_name());
        let again = ok(&t, &["import", "upr-info", path(&clean)]);
        assert!(again.contains("created 0, updated 0, unchanged 30258, duplicates 3"), "{again}");
        assert_eq!(total(&t, &[]), 29281);
        // Filters combine; facets count every match, not the page.
        let tuv = search_json(&t, &["--sur", "TUV", "--limit", "5"]);
        assert_eq!(tuv["total"], 147);
        assert_eq!(tuv["items"].as_array().map(Vec::len), Some(5));
        assert_eq!(tuv["facets"]["response"]["supported"], 116);
        assert_eq!(tuv["facets"]["response"]["noted"], 31);
        assert_eq!(
            total(&t, &["--cycle", "1"]),
            total(
                &t,
                &[
                    "--session",
                    "1",
                    "--session",
                    "2",
                    "--session",
                    "3",
                    "--session",
                    "4",
                    "--session",
                    "5",
                    "--session",
                    "6",
                    "--session",
                    "7",
                    "--session",
                    "8",
                    "--session",
                    "9",
                    "--session",
                    "10",
                    "--session",
                    "11",
                    "--session",
                    "12"
                ]
            )
        );
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn raw_export_gives_the_clean_rows_of_sessions_1_to_5() {
    let raw = shared_data().join("upr-info/raw/uprinfo_1-5.csv");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        let out = ok(&t, &["import", "upr-info", path(&raw)]);
        assert!(out.contains("read 6094, created 6094"), "{out}");
        // 6,094 rows, one per recommending State: 5,626 recommendations.
        assert_eq!(total(&t, &[]), 5626);
        // The HTML-escaped "&#40;Unknown&#41;" is UPR Info's unknown recommending State.
        assert_eq!(search_json(&t, &["--sur", "AFG"])["facets"]["response"]["supported"], 118);
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn tuvalu_fixture_has_its_148_rows_and_response_counts() {
    let fixture = shared_data().join("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        ok(&t, &["import", "upr-info", path(&fixture)]);
        let page = search_json(&t, &["--sur", "TUV"]);
        // 148 rows, one per recommending State: 147 recommendations.
        assert_eq!(page["total"], 147);
        assert_eq!(page["page"], 1);
        assert_eq!(page["per_page"], 20);
        assert_eq!(page["facets"]["response"]["supported"], 116);
        assert_eq!(page["facets"]["response"]["noted"], 31);
        assert_eq!(page["facets"]["sur"]["TUV"], 147);
        let item = &page["items"][0];
        for key in [
            "id",
            "text",
            "sur",
            "recommending_states",
            "cycle",
            "session",
            "response",
            "action_category",
            "issues",
            "themes",
            "sdgs",
            "source",
        ] {
            assert!(item.get(key).is_some(), "item lacks {key}: {item}");
        }
        // Names work as well as codes, and positions in UPR Info's words.
        assert_eq!(total(&t, &["--sur", "Tuvalu", "--response", "Accepted"]), 116);
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn unknown_state_fails_naming_row_and_value_and_writes_nothing() {
    let data = shared_data();
    let fixture = std::fs::read_to_string(data.join("fixtures/uprinfo_tuvalu_sessions03_16.csv")).expect("fixture");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        ok(&t, &["import", "upr-info", path(&data.join("fixtures/uprinfo_micro_25.csv"))]);
        let before = search_json(&t, &["--limit", "100"]);
        // Row 40 of the copy (data row 39) names a State that does not exist.
        let mut lines: Vec<String> = fixture.lines().map(String::from).collect();
        lines[39] = lines[39].replacen(",Tuvalu,", ",Atlantis,", 1);
        assert!(lines[39].contains("Atlantis"));
        let bad = db.dir.join("tuvalu_atlantis.csv");
        std::fs::write(&bad, lines.join("\n")).expect("write copy");
        let out = uprkit(&t, &["import", "upr-info", path(&bad)]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("tuvalu_atlantis.csv, row 40") && err.contains("\"Atlantis\""), "{err}");
        assert_eq!(search_json(&t, &["--limit", "100"]), before, "the database changed");
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn pledges_and_xlsx_import() {
    let data = shared_data();
    let db = TestDatabase::sqlite().expect("sqlite");
    let t = target(&db);
    let out = ok(&t, &["import", "upr-info", path(&data.join("upr-info/voluntary_pledges_sessions01-19.csv"))]);
    assert!(out.contains("voluntary pledges: read 947"), "{out}");
    // The same rows as a workbook are read the same way.
    let csv = std::fs::read_to_string(data.join("fixtures/uprinfo_micro_25.csv")).expect("fixture");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().expect("header").clone();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, h).expect("cell");
    }
    for (r, rec) in reader.records().enumerate() {
        for (c, v) in rec.expect("row").iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n)
                    if headers.get(c) == Some("session")
                        || headers.get(c) == Some("action_category")
                        || headers.get(c) == Some("cycle") =>
                {
                    sheet.write_number(r as u32 + 1, c as u16, n)
                }
                _ => sheet.write_string(r as u32 + 1, c as u16, v),
            }
            .expect("cell");
        }
    }
    let xlsx = db.dir.join("micro.xlsx");
    book.save(&xlsx).expect("save workbook");
    let out = ok(&t, &["import", "upr-info", path(&xlsx)]);
    assert!(out.contains("read 25, created 25"), "{out}");
    let out = ok(&t, &["import", "upr-info", path(&data.join("fixtures/uprinfo_micro_25.csv"))]);
    assert!(out.contains("read 25, created 0, updated 0, unchanged 25"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    let out = uprkit(&[], &["search", "--cycle", "first"]);
    assert_eq!(out.status.code(), Some(2));
    let out = uprkit(&[], &["import", "upr-info"]);
    assert_eq!(out.status.code(), Some(2));
}
