//! Search and export from the command line on the whole UPR Info corpus.

mod common;

use common::*;
use uprkit_store::testing::TestDatabase;

#[tokio::test]
async fn search_language_and_whole_result_set_export() {
    let db = TestDatabase::sqlite().expect("db");
    let t = vec!["--data-dir".to_string(), db.dir.display().to_string()];
    let clean = shared_data().join("upr-info/recommendations_sessions01-16.csv");
    ok(&t, &["import", "upr-info", clean.to_str().expect("utf-8")]);

    let page = search_json(&t, &["tortures", "--limit", "50"]);
    assert!(page["total"].as_u64().expect("total") > 500);
    for item in page["items"].as_array().expect("items") {
        assert!(item["text"].as_str().expect("text").to_lowercase().contains("tortur"), "{item}");
    }
    let page = search_json(&t, &["\"death penalty\" -abolish", "--limit", "200"]);
    for item in page["items"].as_array().expect("items") {
        let text = item["text"].as_str().expect("text").to_lowercase();
        assert!(text.contains("death penalty") && !text.contains("abolish"), "{text}");
    }

    // A search of more than 10,000 results exports every one of them, not one page.
    let supported = total(&t, &["--response", "supported"]);
    assert!(supported > 10_000, "{supported}");
    let csv = db.dir.join("supported.csv");
    let out =
        ok(&t, &["export", "--format", "csv", "--response", "supported", "--output", csv.to_str().expect("utf-8")]);
    assert!(out.contains(&format!("{supported} recommendations written")), "{out}");
    let text = std::fs::read_to_string(&csv).expect("csv");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(reader.records().count() as u64, supported);
    let xlsx = db.dir.join("tuvalu.xlsx");
    let out = ok(&t, &["export", "--format", "xlsx", "--sur", "TUV", "-o", xlsx.to_str().expect("utf-8")]);
    assert!(out.contains("147 recommendations written"), "{out}");

    // The index is a cache: removed, it is rebuilt on the next use.
    std::fs::remove_dir_all(db.dir.join("index")).expect("remove index");
    assert_eq!(total(&t, &["--sur", "TUV"]), 147);
    let out = ok(&t, &["reindex"]);
    assert!(out.contains("search index rebuilt: 29281"), "{out}");
}
