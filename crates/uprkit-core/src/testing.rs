//! For the tests of every crate: where the shared real data lives. Not used by the product.

use std::path::{Path, PathBuf};

pub mod factsheet;

/// `../shared/data` beside the project (or `UPRKIT_SHARED_DATA`), joined with `relative`.
/// Panics with what to do when the folder is missing: a test without its data cannot pass.
pub fn shared_data(relative: &str) -> PathBuf {
    let root = std::env::var_os("UPRKIT_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(
        root.join("upr-info").is_dir(),
        "shared test data not found at {}: put the shared folder beside the project or set UPRKIT_SHARED_DATA",
        root.display()
    );
    let path = root.join(relative);
    assert!(path.exists(), "test data missing: {}", path.display());
    path
}

/// (session, State name as written) of every row of the reference lists of States under
/// Review per session: sessions 1-20, the fourth cycle, and the planning sheet of 52-54.
pub fn reference_session_lists() -> Vec<(u16, String)> {
    let read = |file: &str| {
        let text = std::fs::read_to_string(shared_data(&format!("reference/{file}"))).expect(file);
        csv::Reader::from_reader(text.as_bytes()).records().map(|r| r.expect("row")).collect::<Vec<_>>()
    };
    let mut listed = Vec::new();
    for r in read("uprs_sessions01-20_states_under_review.csv") {
        listed.push((r[3].parse().expect("session"), r[1].to_string()));
    }
    for r in read("upr_sessions_cycle4.csv") {
        for name in r[5].split('|') {
            listed.push((r[0].parse().expect("session"), name.to_string()));
        }
    }
    for r in read("sessions52-54_states_under_review.csv") {
        listed.push((r[0].parse().expect("session"), r[1].to_string()));
    }
    listed
}
