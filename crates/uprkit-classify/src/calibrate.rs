//! Settings a head learns from its own training data by internal cross-validation: each
//! example's margins come from models trained on the other folds (out-of-fold margins, as a
//! new recommendation's would), and thresholds, class offsets and confidence scales are fitted
//! to them. The folds are fixed (example `i` in fold `i % k`), so training stays deterministic.

use crate::features::SparseRow;
use crate::heads::{Head, sigmoid};

/// Per-label thresholds are fitted only for labels with at least this many positive examples;
/// rarer labels keep the shared threshold (too few to fit one of their own).
const MIN_POSITIVE_FOR_OWN_THRESHOLD: usize = 30;
/// Thresholds stay within this range of margins.
const THRESHOLD_RANGE: (f32, f32) = (-1.0, 1.0);

/// Trains a head on rows and their label indices.
pub(crate) type TrainHead<'a> = dyn Fn(&[&SparseRow], &[Vec<usize>]) -> Head + Sync + 'a;

/// Out-of-fold margins: `margins[i][l]` for example `i` and label `l`, from a head trained by
/// `train` on the examples outside `i`'s fold. Folds train on two threads (the machine's
/// cores); each fold's result is the same whatever the thread, so training stays
/// deterministic.
pub(crate) fn out_of_fold(rows: &[&SparseRow], coded: &[Vec<usize>], folds: usize, train: &TrainHead) -> Vec<Vec<f32>> {
    let fold_margins = |fold: usize| -> Vec<(usize, Vec<f32>)> {
        let inside = |i: &usize| i % folds != fold;
        let x: Vec<&SparseRow> = (0..rows.len()).filter(inside).map(|i| rows[i]).collect();
        let y: Vec<Vec<usize>> = (0..rows.len()).filter(inside).map(|i| coded[i].clone()).collect();
        let head = train(&x, &y);
        (0..rows.len()).filter(|i| !inside(i)).map(|i| (i, head.margins(rows[i]))).collect()
    };
    let mut margins = vec![Vec::new(); rows.len()];
    let results: Vec<Vec<(usize, Vec<f32>)>> = std::thread::scope(|scope| {
        let odd = scope.spawn(|| (1..folds).step_by(2).map(fold_margins).collect::<Vec<_>>());
        let even: Vec<_> = (0..folds).step_by(2).map(fold_margins).collect();
        // A panic in the other thread is a bug in training: carry it over rather than lose folds.
        let odd = odd.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        even.into_iter().chain(odd).collect()
    });
    for (i, m) in results.into_iter().flatten() {
        margins[i] = m;
    }
    margins
}

/// Multi-label thresholds that maximise the micro-F1 of the out-of-fold margins: first one
/// shared threshold, then each frequent label's own, in turn (coordinate ascent, two rounds).
pub(crate) fn thresholds(margins: &[Vec<f32>], coded: &[Vec<usize>], n_labels: usize) -> Vec<f32> {
    let positive = |l: usize| -> Vec<bool> { coded.iter().map(|c| c.contains(&l)).collect() };
    let labels: Vec<(Vec<f32>, Vec<bool>)> =
        (0..n_labels).map(|l| (margins.iter().map(|m| m[l]).collect(), positive(l))).collect();
    let counts = |l: usize, t: f32| -> [usize; 3] {
        let (m, p) = &labels[l];
        m.iter().zip(p).fold([0; 3], |mut c, (&m, &p)| {
            match (p, m > t) {
                (true, true) => c[0] += 1,
                (false, true) => c[1] += 1,
                (true, false) => c[2] += 1,
                _ => {}
            }
            c
        })
    };
    let f1 = |c: [usize; 3]| 2.0 * c[0] as f64 / (2 * c[0] + c[1] + c[2]).max(1) as f64;
    let candidates: Vec<f32> = (0..=40).map(|i| THRESHOLD_RANGE.0 + i as f32 * 0.05).collect();
    let total = |t: &[f32]| (0..n_labels).map(|l| counts(l, t[l])).fold([0; 3], add);
    let shared = middle_of_best(&candidates, |c| f1(total(&vec![c; n_labels])));
    let mut t = vec![shared; n_labels];
    for _ in 0..2 {
        for l in 0..n_labels {
            if labels[l].1.iter().filter(|&&p| p).count() < MIN_POSITIVE_FOR_OWN_THRESHOLD {
                continue;
            }
            let others = sub(total(&t), counts(l, t[l]));
            t[l] = middle_of_best(&candidates, |c| f1(add(others, counts(l, c))));
        }
    }
    t
}

/// The middle one of the candidates that score best: when the margins separate the examples
/// with room to spare, the threshold sits in the middle of the gap, not at its edge.
fn middle_of_best(candidates: &[f32], score: impl Fn(f32) -> f64) -> f32 {
    let scores: Vec<f64> = candidates.iter().map(|&c| score(c)).collect();
    let best = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let tied: Vec<f32> = candidates.iter().zip(&scores).filter(|(_, s)| **s >= best - 1e-12).map(|(c, _)| *c).collect();
    tied.get(tied.len() / 2).copied().unwrap_or(0.0)
}

/// Class offsets for a single-label head: subtracted from the margins before the highest is
/// taken, chosen to maximise the out-of-fold accuracy (coordinate ascent, two rounds).
pub(crate) fn offsets(margins: &[Vec<f32>], coded: &[Vec<usize>], n_labels: usize) -> Vec<f32> {
    let accuracy = |o: &[f32]| {
        margins
            .iter()
            .zip(coded)
            .filter(|(m, c)| {
                let best = m.iter().zip(o).map(|(m, o)| m - o).enumerate().max_by(|a, b| a.1.total_cmp(&b.1));
                best.is_some_and(|(l, _)| c.contains(&l))
            })
            .count()
    };
    let mut o = vec![0.0f32; n_labels];
    for _ in 0..2 {
        for l in 0..n_labels {
            let mut best = (accuracy(&o), o[l]);
            for i in -10..=10 {
                let mut tried = o.clone();
                tried[l] = i as f32 * 0.04;
                let score = accuracy(&tried);
                if score > best.0 {
                    best = (score, tried[l]);
                }
            }
            o[l] = best.1;
        }
    }
    o
}

/// Platt scaling: `(a, b)` such that `sigmoid(a * margin + b)` fits the out-of-fold
/// probability of the label (logistic regression on one variable, by Newton's method, with
/// Platt's smoothed targets).
pub(crate) fn platt(margins: &[f32], positive: &[bool]) -> (f32, f32) {
    let n_pos = positive.iter().filter(|&&p| p).count() as f64;
    let n_neg = positive.len() as f64 - n_pos;
    let (hi, lo) = ((n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0));
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..50 {
        let (mut g, mut h) = ([0.0f64; 2], [0.0f64; 3]);
        for (&m, &p) in margins.iter().zip(positive) {
            let m = f64::from(m);
            let q = 1.0 / (1.0 + (-(a * m + b)).exp());
            let d = q - if p { hi } else { lo };
            let w = (q * (1.0 - q)).max(1e-12);
            g = [g[0] + d * m, g[1] + d];
            h = [h[0] + w * m * m, h[1] + w * m, h[2] + w];
        }
        // A little ridge keeps the 2x2 system invertible when the margins separate perfectly.
        let (h00, h01, h11) = (h[0] + 1e-6, h[1], h[2] + 1e-6);
        let det = h00 * h11 - h01 * h01;
        if det.abs() < 1e-18 {
            break;
        }
        let (da, db) = ((h11 * g[0] - h01 * g[1]) / det, (h00 * g[1] - h01 * g[0]) / det);
        a -= da;
        b -= db;
        if da.abs() + db.abs() < 1e-7 {
            break;
        }
    }
    if a.is_finite() && b.is_finite() && a > 0.0 { (a as f32, b as f32) } else { (1.0, 0.0) }
}

/// Softmax temperature for a single-label head: the scale of the margins (less offsets) that
/// minimises the out-of-fold log-loss, among a grid.
pub(crate) fn temperature(margins: &[Vec<f32>], coded: &[Vec<usize>], offsets: &[f32]) -> f32 {
    let loss = |scale: f32| -> f64 {
        margins
            .iter()
            .zip(coded)
            .filter_map(|(m, c)| {
                let shifted: Vec<f32> = m.iter().zip(offsets).map(|(m, o)| m - o).collect();
                let p = crate::heads::softmax(&shifted, scale);
                Some(-f64::from(p.get(*c.first()?)?.max(1e-6)).ln())
            })
            .sum()
    };
    (1..=40).map(|i| i as f32 * 0.25).min_by(|a, b| loss(*a).total_cmp(&loss(*b))).unwrap_or(3.0)
}

/// `sigmoid(a * margin + b)`.
pub(crate) fn probability(scale: (f32, f32), margin: f32) -> f32 {
    sigmoid(scale.0 * margin + scale.1)
}

fn add(a: [usize; 3], b: [usize; 3]) -> [usize; 3] {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

fn sub(a: [usize; 3], b: [usize; 3]) -> [usize; 3] {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}
