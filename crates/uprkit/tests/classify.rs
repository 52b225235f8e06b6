//! `uprkit classify train|apply|evaluate` end to end, through the binary, on SQLite and (when
//! `UPRKIT_TEST_POSTGRES_URL` is set) PostgreSQL: clear errors before there is anything to
//! learn from or a model to evaluate, JSON output, repeats as a search filter and in exports,
//! evaluation that leaves out what the model learnt from.

mod common;

use common::*;
use std::path::Path;
use uprkit_store::testing::TestDatabase;

/// `--data-dir` for both engines (the index lives there), `--database-url` for PostgreSQL.
fn target(db: &TestDatabase) -> Vec<String> {
    let mut t = vec!["--data-dir".into(), db.dir.display().to_string()];
    if db.engine_name() != "sqlite" {
        t.extend(["--database-url".into(), db.url.clone()]);
    }
    t
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs `uprkit`, expects failure; its standard error.
fn fails(target: &[String], args: &[&str]) -> String {
    let out = uprkit(target, args);
    assert_eq!(out.status.code(), Some(1), "uprkit {args:?} should fail: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(target: &[String], args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(target, args)).expect("JSON output")
}

#[tokio::test]
async fn train_apply_evaluate_from_the_command_line() {
    let tuvalu = shared_data().join("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let micro = shared_data().join("fixtures/uprinfo_micro_25.csv");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        let at = db.engine_name();
        // Nothing to learn from, no model to evaluate: errors that say what to do.
        let err = fails(&t, &["classify", "train"]);
        assert!(err.contains("no coded recommendation to learn from"), "{at}: {err}");
        let err = fails(&t, &["classify", "evaluate", path(&micro)]);
        assert!(err.contains("uprkit classify train"), "{at}: {err}");

        ok(&t, &["import", "upr-info", path(&tuvalu)]);
        let trained = json(&t, &["classify", "train", "--format", "json"]);
        assert_eq!((trained["version"].as_i64(), trained["action_category"].as_u64()), (Some(1), Some(147)), "{at}");
        assert_eq!(trained["sdgs"], 0, "{at}: no SDG coding in UPR Info data");
        let table = ok(&t, &["classify", "train"]);
        assert!(table.contains("model version 2 trained"), "{at}: {table}");

        // Everything is coded by UPR Info: nothing to suggest; the second cycle repeats the first.
        let applied = json(&t, &["classify", "apply", "--format", "json"]);
        assert_eq!((applied["model_version"].as_i64(), applied["suggested"].as_u64()), (Some(2), Some(0)), "{at}");
        let links = applied["repeats"].as_u64().expect("repeats");
        assert!(links > 5, "{at}: {applied}");
        let repeated = search_json(&t, &["--sur", "TUV", "--repeated", "yes"]);
        let n = repeated["total"].as_u64().expect("total");
        assert!(n > 5 && n <= links, "{at}: {n} of {links}");
        assert_eq!(repeated["facets"]["cycle"]["2"].as_u64(), Some(n), "{at}: only the later cycle repeats");
        let first = search_json(&t, &["--sur", "TUV", "--repeated", "no"]);
        assert_eq!(first["total"].as_u64().expect("total") + n, 147, "{at}");
        assert_eq!(search_json(&t, &["--coded-by", "upr-info"])["total"], 147, "{at}");
        assert_eq!(search_json(&t, &["--coded-by", "suggested"])["total"], 0, "{at}");
        // Applying again changes nothing.
        assert_eq!(json(&t, &["classify", "apply", "--format", "json"])["repeats"].as_u64(), Some(links), "{at}");
        let err = fails(&t, &["classify", "apply", "--sur", "Atlantis"]);
        assert!(err.contains("Atlantis"), "{at}: {err}");

        // Exports carry where the coding comes from and what each repeats.
        let csv = db.dir.join("tuvalu.csv");
        ok(&t, &["export", "--format", "csv", "--sur", "TUV", "--output", path(&csv)]);
        let text = std::fs::read_to_string(&csv).expect("export");
        let header = text.lines().next().expect("header");
        assert!(header.ends_with("source,coded_by,recommended_previously"), "{at}: {header}");

        // Evaluation: the micro fixture (other States) is unseen; Tuvalu's own file is not.
        let report = json(&t, &["classify", "evaluate", path(&micro), "--format", "json"]);
        assert_eq!(report["left_out_seen"], 0, "{at}: {report}");
        let models: Vec<&str> =
            report["models"].as_array().expect("models").iter().filter_map(|m| m["model"].as_str()).collect();
        assert_eq!(models, ["uprkit model 2", "baseline: most frequent", "baseline: TF-IDF linear SVM"], "{at}");
        assert!(report["models"][0]["scores"]["action"]["n"].as_u64() > Some(20), "{at}: {report}");
        let table = ok(&t, &["classify", "evaluate", path(&micro)]);
        assert!(table.contains("baseline: TF-IDF linear SVM") && table.contains("accuracy"), "{at}: {table}");
        let err = fails(&t, &["classify", "evaluate", path(&tuvalu)]);
        assert!(err.contains("learnt from"), "{at}: {err}");
        let err = fails(&t, &["classify", "evaluate", "/nonexistent/coded.csv"]);
        assert!(err.contains("coded.csv"), "{at}: {err}");
        db.drop_database().await.expect("drop");
    }
}
