//! One binary linear SVM with the squared hinge loss (L2-regularised, L2-loss), trained in the
//! dual by coordinate descent with shrinking: LIBLINEAR's default solver, which scikit-learn's
//! `LinearSVC` also runs. The bias is a constant feature of value 1, regularised like the
//! others, as in both. The visiting order is a fixed pseudo-random permutation, so the same
//! input always gives the same weights.

use crate::features::SparseRow;

/// Solver settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SvmParams {
    /// Cost of a misclassified positive example.
    pub c_positive: f64,
    /// Cost of a misclassified negative example.
    pub c_negative: f64,
    /// Stopping tolerance on the projected gradient (LIBLINEAR's `eps`).
    pub eps: f64,
    /// Passes over the data at most.
    pub max_iter: usize,
}

/// A trained binary model: `w·x + bias` > 0 means positive.
#[derive(Debug, Clone)]
pub(crate) struct BinaryModel {
    pub weights: Vec<f32>,
    pub bias: f32,
}

/// Trains on `rows` (all of the same feature space of `n_features`), `positive[i]` the label of
/// `rows[i]`.
pub(crate) fn train(rows: &[&SparseRow], positive: &[bool], n_features: usize, params: SvmParams) -> BinaryModel {
    let l = rows.len();
    let mut w = vec![0.0f64; n_features];
    let mut bias = 0.0f64;
    let mut alpha = vec![0.0f64; l];
    let y: Vec<f64> = positive.iter().map(|&p| if p { 1.0 } else { -1.0 }).collect();
    // L2 loss: the dual has no upper bound and a diagonal 1 / (2C) per example.
    let diag: Vec<f64> =
        positive.iter().map(|&p| 0.5 / if p { params.c_positive } else { params.c_negative }).collect();
    let qd: Vec<f64> = rows
        .iter()
        .zip(&diag)
        .map(|(r, d)| d + 1.0 + r.iter().map(|&(_, v)| f64::from(v).powi(2)).sum::<f64>())
        .collect();
    let mut index: Vec<usize> = (0..l).collect();
    let mut active = l;
    let mut pg_max_old = f64::INFINITY;
    let mut rng = SplitMix(SEED);
    for _ in 0..params.max_iter {
        let mut pg_max_new = f64::NEG_INFINITY;
        let mut pg_min_new = f64::INFINITY;
        for i in 0..active {
            let j = i + (rng.next() % (active - i) as u64) as usize;
            index.swap(i, j);
        }
        let mut s = 0;
        while s < active {
            let i = index[s];
            let row = rows[i];
            let dot = bias + row.iter().map(|&(f, v)| w[f as usize] * f64::from(v)).sum::<f64>();
            let g = y[i] * dot - 1.0 + diag[i] * alpha[i];
            let mut pg = g;
            if alpha[i] == 0.0 {
                if g > pg_max_old {
                    // Shrink: this example sits at its bound and is likely to stay there.
                    active -= 1;
                    index.swap(s, active);
                    continue;
                }
                pg = g.min(0.0);
            }
            pg_max_new = pg_max_new.max(pg);
            pg_min_new = pg_min_new.min(pg);
            if pg.abs() > 1e-12 {
                let old = alpha[i];
                alpha[i] = (old - g / qd[i]).max(0.0);
                let d = (alpha[i] - old) * y[i];
                for &(f, v) in row.iter() {
                    w[f as usize] += d * f64::from(v);
                }
                bias += d;
            }
            s += 1;
        }
        if pg_max_new - pg_min_new <= params.eps {
            if active == l {
                break;
            }
            // Converged on the active set: check once more on all examples.
            active = l;
            pg_max_old = f64::INFINITY;
            continue;
        }
        pg_max_old = if pg_max_new <= 0.0 { f64::INFINITY } else { pg_max_new };
    }
    BinaryModel { weights: w.into_iter().map(|v| v as f32).collect(), bias: bias as f32 }
}

/// Seed of the visiting order.
const SEED: u64 = 0x0000_7570_726b_6974;

/// A small fixed-seed generator (SplitMix64): deterministic on every platform.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}
