//! Test data from the shared, real UPR Info files, and a small check that XML is well formed.
#![allow(dead_code)] // each test file uses a different part

use std::path::PathBuf;
use uprkit_core::search::RecommendationView;
use uprkit_core::{Position, StateDirectory};

/// `../shared/data` beside the project, or `UPRKIT_SHARED_DATA`.
pub fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

/// Reads a clean UPR Info CSV (`rec_id,cycle,session,state_under_review,...`) as the search
/// would return it. The id is the number in `rec_id`.
pub fn upr_info_rows(relative: &str) -> Vec<RecommendationView> {
    let states = StateDirectory::load();
    let code = |name: &str| states.resolve(name).map(|c| c.to_string()).unwrap_or_else(|_| name.to_string());
    let path = shared_data().join(relative);
    let mut reader = csv::Reader::from_path(&path).expect("fixture opens");
    let headers = reader.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (id, cycle, session, sur, text, rs, response, action, issues) = (
        col("rec_id"),
        col("cycle"),
        col("session"),
        col("state_under_review"),
        col("recommendation"),
        col("recommending_state"),
        col("response"),
        col("action_category"),
        col("issues"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.expect("fixture row");
            RecommendationView {
                id: r[id].trim_start_matches("UPRINFO-").parse().expect("rec_id"),
                text: r[text].to_string(),
                // UPR Info's database holds the English texts.
                language: "en".to_string(),
                sur: code(&r[sur]),
                recommending_states: vec![code(&r[rs])],
                cycle: r[cycle].parse().expect("cycle"),
                session: r[session].parse().expect("session"),
                paragraph: None,
                response: Position::parse(&r[response]).map(|p| p.as_str().to_string()),
                action_category: r[action].parse().ok(),
                issues: r[issues].split('|').filter(|s| !s.is_empty()).map(String::from).collect(),
                themes: Vec::new(),
                groups_of_persons: Vec::new(),
                sdgs: Vec::new(),
                source: format!("upr-info: {}", relative.rsplit('/').next().unwrap_or(relative)),
                coded_by: vec!["upr_info".into()],
                recommended_previously: Vec::new(),
            }
        })
        .collect()
}

/// The 25 rows of `fixtures/uprinfo_micro_25.csv`.
pub fn micro() -> Vec<RecommendationView> {
    upr_info_rows("fixtures/uprinfo_micro_25.csv")
}

/// The row with this UPR Info id.
pub fn row(rows: &[RecommendationView], id: i64) -> RecommendationView {
    rows.iter().find(|r| r.id == id).cloned().unwrap_or_else(|| panic!("no row {id} in the fixture"))
}

/// Checks that every tag is closed in order, attributes are quoted and every `&` starts an
/// entity (named or numeric). Not a full XML parser; enough to catch unescaped labels and unbalanced markup.
pub fn assert_well_formed(xml: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(['<', '&']) {
        let after = &rest[start..];
        if let Some(entity) = after.strip_prefix('&') {
            let name = entity.split(';').next().unwrap_or("");
            let numeric =
                name.strip_prefix('#').is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            let ok = numeric || ["amp", "lt", "gt", "quot"].contains(&name);
            assert!(ok, "bare & before {:?}", entity.chars().take(40).collect::<String>());
            rest = entity;
            continue;
        }
        let end = after.find('>').expect("tag closes");
        let tag = &after[1..end];
        assert!(!tag.contains('<'), "< inside a tag: {tag:?}");
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "closing {name} out of order");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().expect("tag name");
            open.push(name.to_string());
        }
        rest = &after[end + 1..];
    }
    assert!(open.is_empty(), "unclosed tags: {open:?}");
}
