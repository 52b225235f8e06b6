//! `uprkit smart` end to end, through the binary, on SQLite and (when
//! `UPRKIT_TEST_POSTGRES_URL` is set) PostgreSQL: the agreement report on real UPR Info data
//! the verb rule was never tuned on, and a draft that finds a real previous recommendation.

mod common;

use common::*;
use std::path::Path;
use uprkit_store::testing::TestDatabase;

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

fn json(target: &[String], args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(target, args)).expect("JSON output")
}

#[tokio::test]
async fn agreement_and_advice_from_the_command_line() {
    // UPR Info's 2018 export of sessions 19-21: the verb table was learned from sessions 1-10
    // of the 2015 file only, so all of this is held-out data.
    let held_out = shared_data().join("upr-info/export-2018/19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv");
    let tuvalu = shared_data().join("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    for db in TestDatabase::all().await.expect("test databases") {
        let t = target(&db);
        let at = db.engine_name();
        // Nothing imported: the report says what to do.
        let out = uprkit(&t, &["smart", "--agreement"]);
        assert_eq!(out.status.code(), Some(1), "{at}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("import upr-info"), "{at}");

        ok(&t, &["import", "upr-info", path(&held_out), path(&tuvalu)]);
        let report = json(&t, &["smart", "--agreement", "--format", "json"]);
        let n = report["recommendations"].as_u64().expect("sample size");
        let agreement = report["agreement"].as_f64().expect("agreement");
        let held = &report["held_out"];
        println!(
            "{at}: {n} recommendations, agreement {agreement:.3}, held out {} at {:.3}, baseline {:.3}",
            held["recommendations"], held["agreement"], report["baseline_agreement"]
        );
        assert!(n >= 100, "{at}: {report}");
        assert!(agreement >= 0.85, "{at}: {report}");
        assert!(held["recommendations"].as_u64().expect("held out") >= 100, "{at}: {report}");
        assert!(held["agreement"].as_f64().expect("held-out agreement") >= 0.85, "{at}: {report}");
        let baseline = report["baseline_agreement"].as_f64().expect("baseline");
        assert!(baseline < agreement - 0.3, "{at}: the rule must beat the baseline by far: {report}");
        let confusion: u64 = report["confusion"]
            .as_array()
            .expect("rows")
            .iter()
            .flat_map(|r| r.as_array().expect("row"))
            .map(|c| c.as_u64().expect("cell"))
            .sum();
        assert_eq!(confusion, n, "{at}");
        // A sample is spread and as big as asked.
        let sample = json(&t, &["smart", "--agreement", "--sample", "200", "--format", "json"]);
        assert_eq!(sample["recommendations"], 200, "{at}");
        let table = ok(&t, &["smart", "--agreement", "--sample", "200"]);
        assert!(table.contains("Baseline (always category") && table.contains("confusion"), "{at}: {table}");

        // Tuvalu's first cycle asked for the Convention against Torture (UPRINFO-05212).
        let advice =
            json(&t, &["smart", "Ratify the Convention against Torture by 2027", "--sur", "TUV", "--format", "json"]);
        assert_eq!(advice["action_category"], 5, "{at}: {advice}");
        let similar = advice["similar"].as_array().expect("similar");
        assert!(
            similar
                .iter()
                .any(|s| s["text"].as_str().is_some_and(|x| x.starts_with("Ratify the Convention against Torture"))),
            "{at}: {advice}"
        );
        assert!(similar.iter().all(|s| s["recommending_states"].as_array().is_some_and(|r| !r.is_empty())), "{at}");
        let kinds: Vec<&str> =
            advice["flags"].as_array().expect("flags").iter().filter_map(|f| f["kind"].as_str()).collect();
        assert_eq!(kinds, ["as_recommended_previously"], "{at}: {advice}");
        // The table is the default; a weak verb is shown with its rewrite.
        let table = ok(&t, &["smart", "Consider ratifying the Convention against Torture", "--sur", "TUV"]);
        assert!(
            table.contains("Action category: 3") && table.contains("\"Ratify the Convention against Torture\""),
            "{at}: {table}"
        );
        // Bad input: a clear error, exit 1; no text and no --agreement is a usage error.
        let out = uprkit(&t, &["smart", "Ratify OP-CAT", "--sur", "XXX"]);
        assert_eq!(out.status.code(), Some(1), "{at}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not a State the UPR reviews"), "{at}");
        assert_eq!(uprkit(&t, &["smart"]).status.code(), Some(2), "{at}");
    }
}
