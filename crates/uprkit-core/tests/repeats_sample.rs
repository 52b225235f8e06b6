//! Repeated recommendations against a labelled sample of real pairs (precision, recall), and
//! over the whole UPR Info 2018 export (time, number of links).
//!
//! `cargo test -p uprkit-core --test repeats_sample -- --nocapture` prints the figures;
//! `REPEATS_SHOW_ERRORS=1` also prints every pair the matcher gets wrong.

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;
use uprkit_core::repeats::{RepeatCandidate, RepeatMatcher, THRESHOLD, find_repeats};
use uprkit_core::testing::shared_data;

/// One labelled pair of the sample.
struct LabelledPair {
    sur: String,
    later: String,
    earlier: String,
    same_ask: bool,
}

fn sample() -> Vec<LabelledPair> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/repeats_sample.csv");
    let mut reader = csv::Reader::from_path(&path).expect("sample readable");
    reader
        .records()
        .map(|r| {
            let r = r.expect("sample row");
            LabelledPair {
                sur: r[0].to_string(),
                later: r[2].to_string(),
                earlier: r[4].to_string(),
                same_ask: match &r[5] {
                    "1" => true,
                    "0" => false,
                    other => panic!("same_ask must be 0 or 1, not {other}"),
                },
            }
        })
        .collect()
}

/// The recommendations of the 2018 export, one per (State under review, session, text), as
/// candidates: cycle 1 is sessions 1-12, cycle 2 sessions 13 and later.
fn export_2018() -> Vec<RepeatCandidate> {
    let dir = shared_data("upr-info/export-2018");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("export folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let mut seen = HashSet::new();
    let mut candidates = Vec::new();
    for file in files {
        let mut reader =
            csv::ReaderBuilder::new().delimiter(b';').flexible(true).from_path(&file).expect("export readable");
        for record in reader.records() {
            let record = record.expect("export row");
            let (Some(sur), Some(text), Some(session)) = (record.get(0), record.get(3), record.get(10)) else {
                continue;
            };
            let Ok(session) = session.trim().parse::<u8>() else { continue };
            let (sur, text) = (sur.trim().to_string(), text.split_whitespace().collect::<Vec<_>>().join(" "));
            if seen.insert((sur.clone(), session, text.to_lowercase())) {
                let cycle = if session <= 12 { 1 } else { 2 };
                candidates.push(RepeatCandidate { id: candidates.len() as i64, sur, cycle, text });
            }
        }
    }
    candidates
}

#[test]
fn the_matcher_finds_the_labelled_repeats_of_the_sample() {
    let pairs = sample();
    let corpus = export_2018();
    let matcher = RepeatMatcher::new(corpus.iter().map(|c| c.text.as_str()));
    let show_errors = std::env::var_os("REPEATS_SHOW_ERRORS").is_some();
    let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
    for pair in &pairs {
        let score = matcher.score(&pair.later, &pair.earlier);
        let found = score >= THRESHOLD;
        match (found, pair.same_ask) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => {}
        }
        if show_errors && found != pair.same_ask {
            println!(
                "{} {:.2} {}\n  L: {}\n  E: {}",
                if found { "FP" } else { "FN" },
                score,
                pair.sur,
                pair.later,
                pair.earlier
            );
        }
    }
    if show_errors {
        for step in 5..=12 {
            let t = step as f32 * 0.05;
            let (tp, fp, fn_) = counts(&pairs, &matcher, t);
            println!("threshold {t:.2}: tp={tp} fp={fp} fn={fn_}");
        }
    }
    let precision = tp as f32 / (tp + fp).max(1) as f32;
    let recall = tp as f32 / (tp + fn_).max(1) as f32;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f32::EPSILON);
    let positives = pairs.iter().filter(|p| p.same_ask).count();
    println!(
        "repeats sample: n={} positives={positives} threshold={THRESHOLD} tp={tp} fp={fp} fn={fn_} \
         precision={precision:.3} recall={recall:.3} f1={f1:.3}",
        pairs.len()
    );
    assert!(pairs.len() >= 220 && positives * 3 >= pairs.len(), "the sample is the agreed size");
    assert!(precision >= 0.88, "precision {precision:.3} fell below its floor");
    assert!(recall >= 0.72, "recall {recall:.3} fell below its floor");
}

/// True positives, false positives, false negatives at a threshold.
fn counts(pairs: &[LabelledPair], matcher: &RepeatMatcher, threshold: f32) -> (u32, u32, u32) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for pair in pairs {
        match (matcher.score(&pair.later, &pair.earlier) >= threshold, pair.same_ask) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => {}
        }
    }
    (tp, fp, fn_)
}

#[test]
fn all_repeats_of_the_2018_export() {
    let candidates = export_2018();
    let started = Instant::now();
    let matcher = RepeatMatcher::new(candidates.iter().map(|c| c.text.as_str()));
    println!("analysing the 2018 export alone: {:.2?}", started.elapsed());
    drop(matcher);
    let started = Instant::now();
    let repeats = find_repeats(&candidates);
    let elapsed = started.elapsed();
    let later: Vec<&RepeatCandidate> = candidates.iter().filter(|c| c.cycle == 2).collect();
    let repeating: HashSet<i64> = repeats.iter().map(|r| r.id).collect();
    println!(
        "find_repeats over the 2018 export: {} recommendations ({} in cycle 2), {:.2?}, {} links, \
         {} cycle-2 recommendations ({:.1}%) repeat an earlier one",
        candidates.len(),
        later.len(),
        elapsed,
        repeats.len(),
        repeating.len(),
        100.0 * repeating.len() as f32 / later.len().max(1) as f32
    );
    // REPEATS_SHOW_LINKS=n prints every n-th link, to read what the matcher links.
    if let Some(every) = std::env::var("REPEATS_SHOW_LINKS").ok().and_then(|n| n.parse::<usize>().ok()) {
        for r in repeats.iter().step_by(every.max(1)) {
            let (a, b) = (&candidates[r.id as usize], &candidates[r.earlier_id as usize]);
            println!("{:.2} {}\n  L: {}\n  E: {}", r.score, a.sur, a.text, b.text);
        }
    }
    let cycle_of = |id: i64| candidates[id as usize].cycle;
    for r in &repeats {
        let (a, b) = (&candidates[r.id as usize], &candidates[r.earlier_id as usize]);
        assert_eq!(a.sur, b.sur, "a repeat links recommendations to the same State");
        assert!(cycle_of(r.earlier_id) < cycle_of(r.id), "a repeat links to an earlier cycle");
        assert!(r.score >= THRESHOLD && r.score <= 1.0);
    }
    assert!(repeating.len() * 10 > later.len(), "cycle 2 repeats much of cycle 1");
}
