//! A head: one linear model per label over the shared features, as one-vs-rest. The action
//! category picks the label with the highest margin; issues and SDGs take every label above its
//! threshold.

use crate::features::SparseRow;
use crate::svm::{self, SvmParams};

/// One-vs-rest linear models for the labels of one head.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Head {
    /// Labels, sorted as their coding sorts (numbers as numbers).
    pub labels: Vec<String>,
    /// Examples the head learnt from.
    pub examples: u32,
    /// Non-zero weights, feature by feature: those of feature `f` are
    /// `entries[starts[f]..starts[f + 1]]`, as (label, weight). A text's few features each add
    /// a short run; near-zero weights are left out, which keeps the model small.
    pub starts: Vec<u32>,
    /// (label index, weight).
    pub entries: Vec<(u16, f32)>,
    /// Bias per label.
    pub bias: Vec<f32>,
    /// Multi-label heads: margin above which a label is suggested. Single-label heads: offset
    /// subtracted from the label's margin before the highest is taken.
    pub thresholds: Vec<f32>,
    /// Confidence per label: `(a, b)` for `sigmoid(a * margin + b)` in a multi-label head; in a
    /// single-label head, `a` is the softmax scale of the offset margins (`b` unused).
    pub scale: Vec<(f32, f32)>,
}

impl Head {
    /// Trains one model per label. `coded[i]` is the labels of `rows[i]`, as indices into `labels`.
    pub fn train(
        labels: Vec<String>,
        rows: &[&SparseRow],
        coded: &[Vec<usize>],
        n_features: usize,
        params: &dyn Fn(usize, usize) -> SvmParams,
        prune: f32,
    ) -> Head {
        let n_labels = labels.len();
        let mut weights = vec![0.0f32; n_features * n_labels];
        let mut bias = Vec::with_capacity(n_labels);
        for l in 0..n_labels {
            let positive: Vec<bool> = coded.iter().map(|c| c.contains(&l)).collect();
            let n_positive = positive.iter().filter(|&&p| p).count();
            let model = svm::train(rows, &positive, n_features, params(n_positive, rows.len()));
            for (f, w) in model.weights.into_iter().enumerate() {
                weights[f * n_labels + l] = w;
            }
            bias.push(model.bias);
        }
        let mut starts = Vec::with_capacity(n_features + 1);
        let mut entries = Vec::new();
        starts.push(0);
        for per_label in weights.chunks(n_labels.max(1)) {
            // Weights below `prune` barely move a margin.
            entries.extend(per_label.iter().enumerate().filter(|(_, w)| w.abs() >= prune).map(|(l, w)| (l as u16, *w)));
            starts.push(entries.len() as u32);
        }
        Head {
            labels,
            examples: rows.len() as u32,
            starts,
            entries,
            bias,
            thresholds: vec![0.0; n_labels],
            scale: vec![(1.0, 0.0); n_labels],
        }
    }

    /// `w·x + b` for each label.
    pub fn margins(&self, x: &SparseRow) -> Vec<f32> {
        let n = self.labels.len();
        let mut margins = self.bias.clone();
        for &(f, v) in x {
            let f = f as usize;
            let (Some(&start), Some(&end)) = (self.starts.get(f), self.starts.get(f + 1)) else { continue };
            for &(l, w) in self.entries.get(start as usize..end as usize).unwrap_or(&[]) {
                if let Some(m) = margins.get_mut(usize::from(l)) {
                    *m += w * v;
                }
            }
        }
        debug_assert_eq!(margins.len(), n);
        margins
    }
}

/// `1 / (1 + e^-x)`.
pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Softmax of `scale * margins`.
pub(crate) fn softmax(margins: &[f32], scale: f32) -> Vec<f32> {
    let max = margins.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = margins.iter().map(|m| ((m - max) * scale).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}
