//! Issue 4 end to end: Slovenia's OHCHR documents of cycles 1-3 through `uprkit import
//! document`, in different orders, on SQLite and (when configured) PostgreSQL.

mod common;

use common::*;
use uprkit_store::testing::TestDatabase;

fn target(db: &TestDatabase) -> Vec<String> {
    if db.engine_name() == "sqlite" {
        vec!["--data-dir".into(), db.dir.display().to_string()]
    } else {
        vec!["--data-dir".into(), db.dir.display().to_string(), "--database-url".into(), db.url.clone()]
    }
}

fn files(cycle: u8, names: &[&str]) -> Vec<String> {
    let dir = shared_data().join(format!("ohchr/slovenia/cycle{cycle}"));
    names.iter().map(|n| dir.join(n).display().to_string()).collect()
}

fn import(t: &[String], files: &[String], extra: &[&str]) -> String {
    let mut args = vec!["import", "document"];
    args.extend(files.iter().map(String::as_str));
    args.extend_from_slice(extra);
    ok(t, &args)
}

fn counts(t: &[String], cycle: &str) -> (u64, u64, u64) {
    let page = search_json(t, &["--sur", "SVN", "--cycle", cycle, "--limit", "1"]);
    let r = &page["facets"]["response"];
    (page["total"].as_u64().unwrap_or(0), r["supported"].as_u64().unwrap_or(0), r["noted"].as_u64().unwrap_or(0))
}

#[tokio::test]
async fn slovenia_cycles_1_to_3_in_any_order() {
    for db in TestDatabase::all().await.expect("databases") {
        let t = target(&db);
        // Cycle 2: addendum first, then the thematic list, then the report.
        let c2 = files(
            2,
            &["g1504261.pdf", "UPR20_Slovenia_ThematicListRecommendations_E.docx", "g1423930.pdf", "g1510722.pdf"],
        );
        // A dry run writes nothing.
        let out = import(&t, &c2, &["--dry-run"]);
        assert!(out.contains("dry run: nothing was written"), "{out}");
        assert_eq!(total(&t, &[]), 0);
        import(&t, &c2, &[]);
        assert_eq!(counts(&t, "2"), (163, 142, 21), "{}", db.engine_name());
        // Cycle 3: report, addendum, thematic list.
        let c3 = files(
            3,
            &[
                "g1934994.pdf",
                "g2004192.pdf",
                "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
                "g2007307.pdf",
                "g1924226.pdf",
            ],
        );
        import(&t, &c3, &[]);
        assert_eq!(counts(&t, "3"), (215, 182, 33));
        // Cycle 1: the addendum before its report.
        let c1 = files(1, &["g1012465.pdf", "g1012049.pdf", "g1014611.pdf"]);
        let out = import(&t, &c1, &[]);
        assert!(out.contains("WG report A/HRC/14/15 (Slovenia, session 7)"), "{out}");
        let (n, supported, noted) = counts(&t, "1");
        let page = search_json(&t, &["--sur", "SVN", "--cycle", "1", "--limit", "1"]);
        let partial = page["facets"]["response"]["partially_supported"].as_u64().unwrap_or(0);
        assert_eq!(n, 97);
        assert_eq!(supported + noted + partial, 97, "every recommendation of A/HRC/14/15 has its addendum's position");
        // Re-importing any of them changes nothing.
        for set in [&c1, &c2, &c3] {
            let out = import(&t, set, &[]);
            for line in out.lines().filter(|l| l.trim_start().starts_with("created")) {
                assert!(line.contains("created 0, updated 0") && line.contains("positions recorded 0"), "{line}");
            }
        }
        assert_eq!(total(&t, &["--sur", "SVN"]), 97 + 163 + 215);
        // Paragraph refs and recommending States, spot-checked against the report.
        let items = search_json(&t, &["--sur", "SVN", "--cycle", "2", "--limit", "200"]);
        let items = items["items"].as_array().expect("items");
        assert!(
            items.iter().all(|i| i["paragraph"].as_str().is_some_and(|p| p.starts_with("115."))),
            "cycle 2 recommendations are paragraph 115.x"
        );
        assert!(items.iter().all(|i| !i["recommending_states"].as_array().expect("states").is_empty()));
        // Searchable and exportable like UPR Info rows.
        assert!(total(&t, &["Roma", "--sur", "SVN", "--cycle", "3"]) > 5);
        let csv = db.dir.join("svn.csv");
        let out = ok(&t, &["export", "--format", "csv", "--sur", "SVN", "--output", csv.to_str().expect("utf-8")]);
        assert!(out.contains("475 recommendations written"), "{out}");
        db.drop_database().await.expect("drop");
    }
}

#[test]
fn bad_documents_are_refused_and_write_nothing() {
    let db = TestDatabase::sqlite().expect("db");
    let t = target(&db);
    let pdf = std::fs::read(shared_data().join("ohchr/slovenia/cycle2/g1423930.pdf")).expect("pdf");
    let cut = db.dir.join("truncated.pdf");
    std::fs::write(&cut, &pdf[..pdf.len() / 3]).expect("write");
    let csv = shared_data().join("fixtures/uprinfo_micro_25.csv");
    for bad in [cut.display().to_string(), csv.display().to_string()] {
        let out = uprkit(&t, &["import", "document", &bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(!String::from_utf8_lossy(&out.stderr).trim().is_empty());
    }
    assert_eq!(total(&t, &[]), 0);
}

#[test]
fn the_summary_lists_state_names_read_by_a_near_match() {
    let db = TestDatabase::sqlite().expect("db");
    let t = target(&db);
    let china = shared_data().join("ohchr/china/cycle2/China_cycle2_session17_2013_matrix_A-HRC-25-5-Add1.docx");
    let out = import(&t, &[china.display().to_string()], &["--dry-run"]);
    assert!(out.contains("252 recommendations"), "{out}");
    assert!(out.contains("State names read by a near match"), "{out}");
    assert!(out.contains("\"Sierra Le one\" as SLE (para. 186.1)"), "{out}");
    assert!(out.contains("\"Bolivia (Plurinational S tate of)\" as BOL (para. 186.198)"), "{out}");
    assert_eq!(total(&t, &[]), 0, "a dry run writes nothing");
}
