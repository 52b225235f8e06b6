//! `uprkit bench document`: how long reading an OHCHR document takes (target: a 30-page WG
//! report in under 1 second, release build), with the raw PDF text extraction as baseline.

use anyhow::Context;
use std::path::{Path, PathBuf};
use std::time::Instant;
use uprkit_core::StateDirectory;
use uprkit_import::ohchr::read_document;

const DOCUMENTS: [&str; 5] = [
    "cycle3/g1934994.pdf",
    "cycle2/g1423930.pdf",
    "cycle1/g1012049.pdf",
    "cycle3/g2004192.pdf",
    "cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
];

/// Reads each document `runs` times and prints the median time per read.
pub fn run(dir: Option<&Path>, runs: u32) -> anyhow::Result<()> {
    let dir = dir.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("../shared/data/ohchr/slovenia"));
    anyhow::ensure!(dir.is_dir(), "{} not found: pass --dir or run from the project folder", dir.display());
    if cfg!(debug_assertions) {
        println!("note: debug build; the target is for `cargo run --release -- bench document`");
    }
    let states = StateDirectory::load();
    let runs = runs.max(1);
    for name in DOCUMENTS {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let mut times = Vec::new();
        let mut what = String::new();
        for _ in 0..runs {
            let start = Instant::now();
            let doc = read_document(&path, &bytes, &states)?;
            times.push(start.elapsed().as_secs_f64());
            what = doc.kind().to_string();
        }
        times.sort_by(|a, b| a.total_cmp(b));
        let median = times[times.len() / 2];
        // Baseline: the PDF's text alone, without finding anything in it.
        let baseline = if name.ends_with(".pdf") {
            let start = Instant::now();
            let _ = pdf_extract::extract_text_from_mem(&bytes);
            format!("{:.3} s text extraction alone", start.elapsed().as_secs_f64())
        } else {
            "DOCX".into()
        };
        let verdict = if median < 1.0 { "meets" } else { "BELOW" };
        println!(
            "{name} ({what}, {} KiB): {median:.3} s median of {runs}; baseline {baseline}; target < 1 s: {verdict}",
            bytes.len() / 1024
        );
    }
    Ok(())
}
