//! How long the OHCHR reader takes on a full WG report (24 pages, 215 recommendations) and a
//! thematic list. The target is under 1 second per document in a release build; a debug build
//! gets a looser bound so the test still catches a blow-up.
//!
//! `cargo test --release -p uprkit-import --test ohchr_timing -- --nocapture` prints the times.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use uprkit_core::StateDirectory;
use uprkit_import::ohchr::read_document;

fn shared_data() -> PathBuf {
    let path = std::env::var_os("UPRKIT_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(path.join("ohchr/slovenia").is_dir(), "shared test data not found at {}", path.display());
    path
}

#[test]
fn a_wg_report_reads_in_under_a_second() {
    let limit = if cfg!(debug_assertions) { Duration::from_secs(10) } else { Duration::from_secs(1) };
    let states = StateDirectory::load();
    for name in [
        "cycle3/g1934994.pdf",
        "cycle2/g1423930.pdf",
        "cycle1/g1012049.pdf",
        "cycle3/g2004192.pdf",
        "cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
    ] {
        let path = shared_data().join("ohchr/slovenia").join(name);
        let bytes = std::fs::read(&path).expect("test file");
        let runs = 3;
        let start = Instant::now();
        for _ in 0..runs {
            read_document(&path, &bytes, &states).expect("reads");
        }
        let each = start.elapsed() / runs;
        eprintln!("{name}: {each:?} per read ({} KiB)", bytes.len() / 1024);
        assert!(each < limit, "{name} took {each:?}, over {limit:?}");
    }
}
