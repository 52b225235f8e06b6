//! The UPR Info reader on the real files, and on broken copies of them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use uprkit_core::NewRecommendation;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{Container, Layout, UprInfoFile, read_bytes, read_file};

fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

fn recommendations(file: UprInfoFile) -> (Container, Layout, Vec<NewRecommendation>) {
    match file {
        UprInfoFile::Recommendations { container, layout, records } => (container, layout, records),
        UprInfoFile::Pledges { .. } => panic!("expected recommendations"),
    }
}

/// Everything a row says, as a comparable value.
fn content(r: &NewRecommendation) -> String {
    let mut issues = r.issues.clone();
    issues.sort();
    format!(
        "{}|{}|{}|{:?}|{:?}|{:?}|{}",
        r.sur,
        r.session,
        r.text,
        r.recommending_states,
        r.response,
        r.action_category,
        issues.join(";")
    )
}

fn multiset(records: &[NewRecommendation]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in records {
        *m.entry(content(r)).or_default() += 1;
    }
    m
}

#[test]
fn raw_export_equals_clean_sessions_1_to_5() {
    let states = StateDirectory::load();
    let data = shared_data();
    let (container, layout, raw) =
        recommendations(read_file(&data.join("upr-info/raw/uprinfo_1-5.csv"), &states).expect("raw reads"));
    assert_eq!((container, layout), (Container::CsvMacRoman, Layout::Raw));
    let (container, layout, clean) = recommendations(
        read_file(&data.join("upr-info/recommendations_sessions01-16.csv"), &states).expect("clean reads"),
    );
    assert_eq!((container, layout), (Container::CsvUtf8, Layout::Clean));
    assert_eq!(clean.len(), 30261);
    let clean_1_5: Vec<NewRecommendation> = clean.into_iter().filter(|r| r.session.get() <= 5).collect();
    assert_eq!(raw.len(), clean_1_5.len());
    // Same texts, same issues, same States, positions and categories, row for row as multisets.
    assert_eq!(multiset(&raw), multiset(&clean_1_5));
    assert!(raw.iter().any(|r| r.text.contains('é') || r.text.contains('’')), "Mac Roman decoded to real letters");
    assert!(raw.iter().any(|r| r.recommending_states.is_empty()), "(Unknown) is kept as no recommending State");
}

fn error_for(name: &str, bytes: &[u8]) -> String {
    match read_bytes(Path::new(name), bytes, &StateDirectory::load()) {
        Ok(_) => panic!("{name} should be refused"),
        Err(e) => e.to_string(),
    }
}

fn micro() -> String {
    std::fs::read_to_string(shared_data().join("fixtures/uprinfo_micro_25.csv")).expect("fixture")
}

#[test]
fn missing_column_is_named() {
    let text = micro().replacen("action_category", "category", 1);
    let e = error_for("cols.csv", text.as_bytes());
    assert!(e.starts_with("cols.csv: missing column action_category"), "{e}");
}

#[test]
fn non_numeric_session_names_row_and_value() {
    let mut lines: Vec<String> = micro().lines().map(String::from).collect();
    let fields: Vec<&str> = lines[3].splitn(4, ',').collect();
    lines[3] = format!("{},{},five,{}", fields[0], fields[1], fields[3]);
    let e = error_for("session.csv", lines.join("\n").as_bytes());
    assert!(e.contains("session.csv, row 4: session \"five\" is not a session number"), "{e}");
}

#[test]
fn truncated_file_is_refused() {
    let text = micro();
    // Cut inside the last row: it has fewer fields than the header.
    let cut = &text[..text.trim_end().rfind(',').expect("a comma")];
    let e = error_for("cut.csv", cut.as_bytes());
    assert!(e.contains("cut.csv, row 26") && e.contains("truncated"), "{e}");
    let e = error_for("cut.xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00broken");
    assert!(e.contains("cut.xlsx: cannot open this workbook"), "{e}");
}

#[test]
fn binary_and_empty_files_are_refused() {
    let pdf = std::fs::read(shared_data().join("ohchr/slovenia/cycle1/g1012049.pdf")).expect("a PDF");
    let e = error_for("report.pdf", &pdf);
    assert!(e.contains("report.pdf: this is not a text file"), "{e}");
    assert!(error_for("empty.csv", b"").contains("empty.csv: the file is empty"));
    assert!(error_for("other.csv", b"a,b\n1,2\n").contains("not a UPR Info export"));
}

#[test]
fn several_problems_are_reported_at_once() {
    let text = micro().replace(",Accepted,", ",Maybe,");
    let e = error_for("resp.csv", text.as_bytes());
    assert!(e.lines().count() > 3, "{e}");
    assert!(e.contains("response \"Maybe\" is not one of"), "{e}");
}
