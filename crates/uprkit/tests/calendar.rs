//! `uprkit calendar`: deadlines announced for a session (`upr_stakeholder_deadlines.csv`) are
//! printed with their basis and source; an official date entered for a review wins over them.

mod common;

use common::ok;

fn moment<'a>(review: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    review["moments"].as_array().and_then(|ms| ms.iter().find(|m| m["kind"] == kind)).expect("the moment")
}

#[test]
fn session_52_shows_the_announced_deadlines_and_their_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = vec!["--data-dir".to_string(), dir.path().display().to_string()];
    let out = ok(&target, &["calendar", "--session", "52", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let reviews = v["reviews"].as_array().expect("reviews");
    assert_eq!(reviews.len(), 14);
    for r in reviews {
        let m = moment(r, "stakeholder_submission");
        assert_eq!((m["date"].as_str(), m["basis"].as_str()), (Some("2025-10-10"), Some("announced")), "{m}");
        assert_eq!(m["basis_note"], "announced by OHCHR");
        assert_eq!(
            m["source"], "CeHDI-Foundation/UPR_Maternal-Health_Public data/timeline_dates.xlsx (Excel serials decoded)",
            "the source column, kept"
        );
        let report = moment(r, "national_report");
        assert_eq!((report["date"].as_str(), report["basis"].as_str()), (Some("2026-01-26"), Some("announced")));
    }
    // Session 48 is not in the file: the estimate, with no source.
    let out = ok(&target, &["calendar", "--session", "48", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let m = moment(&v["reviews"][0], "stakeholder_submission");
    assert_eq!((m["basis"].as_str(), &m["source"]), (Some("estimate"), &serde_json::Value::Null));

    // The table names the basis and the source; an entered official date replaces the file's.
    let table = ok(&target, &["calendar", "--sur", "NAM", "--cycle", "4"]);
    let line = table.lines().find(|l| l.contains("Stakeholder submission deadline")).expect("line");
    assert!(line.contains("2025-10-10") && line.contains("announced") && line.contains("source: CeHDI"), "{line}");
    let out = ok(
        &target,
        &[
            "calendar",
            "--sur",
            "NAM",
            "--cycle",
            "4",
            "--official",
            "stakeholder_submission=2025-10-20",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let m = moment(&v, "stakeholder_submission");
    assert_eq!((m["date"].as_str(), m["basis"].as_str()), (Some("2025-10-20"), Some("official")));
}
