//! The acceptance figures: trained on earlier sessions, scored on later ones, beside both
//! baselines, on the real UPR Info 2018 export (action category, issues; sessions 1-16 then
//! 17-21) and DIHR's SDG coding of cycle 1 (sessions 1-8 then 9-12). Run with
//! `cargo test -p uprkit-classify --test held_out -- --nocapture` to see the table.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;
use uprkit_classify::baseline::{MostFrequent, TfidfSvm};
use uprkit_classify::evaluate::{Scores, evaluate};
use uprkit_classify::{Classifier, Example, Predictor};
use uprkit_core::{NewRecommendation, StateDirectory};
use uprkit_import::upr_info::{UprInfoFile, read_file};

/// Reads files through the importer, one example per (State under review, session, text): UPR
/// Info and DIHR repeat a joint recommendation once per recommending State.
fn read(files: &[PathBuf], example: fn(&NewRecommendation) -> Example) -> Vec<(u16, Example)> {
    let states = StateDirectory::load();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for file in files {
        let UprInfoFile::Recommendations { records, .. } = read_file(file, &states).expect("the file reads") else {
            panic!("expected recommendations in {}", file.display())
        };
        for r in records {
            if seen.insert((r.sur.clone(), r.session, r.text.clone())) {
                out.push((r.session.get(), example(&r)));
            }
        }
    }
    out
}

fn upr_info() -> Vec<(u16, Example)> {
    let dir = uprkit_core::testing::shared_data("upr-info/export-2018");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    read(&files, |r| Example {
        text: r.text.clone(),
        action_category: r.action_category.map(|a| a.get()),
        issues: Some(r.issues.clone()),
        sdg_goals: None,
    })
}

fn dihr() -> Vec<(u16, Example)> {
    let file = uprkit_core::testing::shared_data("dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx");
    read(&[file], |r| {
        let mut goals: Vec<u8> = r.sdgs.iter().map(|l| l.goal).collect();
        goals.sort_unstable();
        goals.dedup();
        Example { text: r.text.clone(), action_category: None, issues: None, sdg_goals: Some(goals) }
    })
}

fn split(all: Vec<(u16, Example)>, last_training_session: u16) -> (Vec<Example>, Vec<Example>) {
    let (train, test): (Vec<_>, Vec<_>) = all.into_iter().partition(|(s, _)| *s <= last_training_session);
    (train.into_iter().map(|(_, e)| e).collect(), test.into_iter().map(|(_, e)| e).collect())
}

/// Trains the model and both baselines, prints their scores and returns (model, TF-IDF SVM).
fn compare(what: &str, train: &[Example], test: &[Example]) -> (Scores, Scores) {
    let started = Instant::now();
    let model = Classifier::train(train).expect("the model trains");
    let training = started.elapsed();
    let bytes = model.to_bytes();
    let model = Classifier::from_bytes(&bytes).expect("the model reads back");
    let started = Instant::now();
    let plain = TfidfSvm::train(train);
    let plain_training = started.elapsed();
    let majority = MostFrequent::train(train);
    println!(
        "{what}: {} training, {} test examples; model trained in {training:.1?} ({} bytes, {:?}); TF-IDF SVM in {plain_training:.1?}",
        train.len(),
        test.len(),
        bytes.len(),
        model.summary()
    );
    let scores: Vec<(&str, Scores)> = vec![
        ("uprkit-classify", evaluate(&model, test)),
        ("TF-IDF + linear SVM", evaluate(&plain, test)),
        ("most frequent", evaluate(&majority as &dyn Predictor, test)),
    ];
    for (name, s) in &scores {
        println!("  {name:<20} {}", line(s));
    }
    println!("  confidence (ours): {}", ranking(&model, test));
    let mut scores = scores.into_iter().map(|(_, s)| s);
    let ours = scores.next().expect("ours");
    let plain = scores.next().expect("plain");
    (ours, plain)
}

/// How well the model's confidence ranks its action categories and SDG goals for review: mean
/// confidence beside accuracy (or precision), and the accuracy of the least confident tenth.
fn ranking(model: &Classifier, test: &[Example]) -> String {
    let mut action: Vec<(f32, bool)> = Vec::new();
    let mut goals: Vec<(f32, bool)> = Vec::new();
    for e in test {
        let p = model.predict(&e.text);
        if let (Some(gold), Some(s)) = (e.action_category, &p.action_category) {
            action.push((s.confidence, s.value == gold));
        }
        if let Some(gold) = &e.sdg_goals {
            goals.extend(p.sdg_goals.iter().map(|s| (s.confidence, gold.contains(&s.value))));
        }
    }
    let describe = |what: &str, mut v: Vec<(f32, bool)>| {
        if v.is_empty() {
            return String::new();
        }
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        let share = |v: &[(f32, bool)]| v.iter().filter(|x| x.1).count() as f64 / v.len().max(1) as f64;
        let mean = v.iter().map(|x| f64::from(x.0)).sum::<f64>() / v.len() as f64;
        let tenth = &v[..v.len().div_ceil(10)];
        format!(
            "{what}: mean confidence {mean:.3}, right {:.3}; least confident tenth right {:.3}, the rest {:.3}. ",
            share(&v),
            share(tenth),
            share(&v[tenth.len()..])
        )
    };
    describe("action", action) + &describe("suggested SDG goals", goals)
}

fn line(s: &Scores) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &s.action {
        parts.push(format!("action n={} accuracy={:.4} macro-F1={:.4}", a.n, a.accuracy, a.macro_f1));
    }
    if let Some(i) = &s.issues {
        parts.push(format!("issues n={} micro-F1={:.4} macro-F1={:.4}", i.n, i.micro_f1, i.macro_f1));
    }
    if let Some(g) = &s.sdgs {
        parts.push(format!("SDGs n={} micro-F1={:.4}", g.n, g.micro_f1));
    }
    parts.join("; ")
}

#[test]
fn upr_info_coding_of_sessions_17_to_21_beats_the_plain_svm() {
    let (train, test) = split(upr_info(), 16);
    assert!(train.len() > 20_000 && test.len() > 8_000, "{} / {}", train.len(), test.len());
    let (ours, plain) = compare("UPR Info 2018 export, sessions 1-16 -> 17-21", &train, &test);
    let (ours_action, plain_action) = (ours.action.expect("scored"), plain.action.expect("scored"));
    let (ours_issues, plain_issues) = (ours.issues.expect("scored"), plain.issues.expect("scored"));
    assert!(ours_action.accuracy > plain_action.accuracy, "action accuracy {ours_action:?} vs {plain_action:?}");
    assert!(ours_issues.micro_f1 > plain_issues.micro_f1, "issues micro-F1 {ours_issues:?} vs {plain_issues:?}");
    // A little below what the model reached (0.9014 and 0.9041), so that a regression fails.
    assert!(ours_action.accuracy >= 0.895, "{ours_action:?}");
    assert!(ours_issues.micro_f1 >= 0.895, "{ours_issues:?}");
    assert!(ours.sdgs.is_none(), "no SDG coding in this export");
}

#[test]
fn dihr_sdg_links_of_sessions_9_to_12_beat_the_plain_svm() {
    let (train, test) = split(dihr(), 8);
    assert!(train.len() > 5_000 && test.len() > 3_000, "{} / {}", train.len(), test.len());
    let (ours, plain) = compare("DIHR SDG coding, sessions 1-8 -> 9-12", &train, &test);
    let (ours, plain) = (ours.sdgs.expect("scored"), plain.sdgs.expect("scored"));
    assert!(ours.micro_f1 > plain.micro_f1, "SDG micro-F1 {ours:?} vs {plain:?}");
    // A little below what the model reached (0.8209).
    assert!(ours.micro_f1 >= 0.81, "{ours:?}");
}
