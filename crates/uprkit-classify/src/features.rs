//! TF-IDF vectors: the vocabulary and inverse document frequencies learnt from the training
//! texts, and the sparse, L2-normalised vector of any text.

use crate::text::Analyzer;
use std::collections::HashMap;

/// A sparse vector: (term index, value), indices ascending.
pub(crate) type SparseRow = Vec<(u32, f32)>;

/// How terms are weighted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Weighting {
    /// `1 + ln(tf)` instead of the raw count: a word said twice is not twice the evidence.
    pub sublinear_tf: bool,
    /// Terms seen in fewer training texts are not kept (rare pairs are mostly noise and size).
    pub min_df: u32,
    /// Factor on the leading verb phrase terms (`^...`), before normalisation.
    pub leading_weight: f32,
}

/// Vocabulary and weights: turns texts into vectors.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Vectorizer {
    pub analyzer: Analyzer,
    pub weighting: Weighting,
    /// Terms, sorted, so that the same texts always give the same indices.
    pub terms: Vec<String>,
    /// Inverse document frequency of each term.
    pub idf: Vec<f32>,
    index: HashMap<String, u32>,
}

impl Vectorizer {
    /// Learns the vocabulary of `texts` and returns it with their vectors.
    pub fn fit(analyzer: Analyzer, weighting: Weighting, texts: &[&str]) -> (Vectorizer, Vec<SparseRow>) {
        let mut df: HashMap<String, u32> = HashMap::new();
        let analysed: Vec<Vec<String>> = texts.iter().map(|t| analyzer.terms(t)).collect();
        for terms in &analysed {
            let mut unique: Vec<&String> = terms.iter().collect();
            unique.sort_unstable();
            unique.dedup();
            for term in unique {
                *df.entry(term.clone()).or_insert(0) += 1;
            }
        }
        let mut kept: Vec<(String, u32)> = df.into_iter().filter(|(_, n)| *n >= weighting.min_df).collect();
        kept.sort_unstable();
        // Smoothed idf as scikit-learn computes it: ln((1 + n) / (1 + df)) + 1.
        let n = texts.len() as f64;
        let idf = kept.iter().map(|(_, d)| (((1.0 + n) / (1.0 + f64::from(*d))).ln() + 1.0) as f32).collect();
        let terms = kept.into_iter().map(|(t, _)| t).collect();
        let vectorizer = Vectorizer::new(analyzer, weighting, terms, idf);
        let rows = analysed.iter().map(|terms| vectorizer.vector(terms)).collect();
        (vectorizer, rows)
    }

    /// A vectorizer from its parts (as read back from bytes).
    pub fn new(analyzer: Analyzer, weighting: Weighting, terms: Vec<String>, idf: Vec<f32>) -> Vectorizer {
        let index = terms.iter().enumerate().map(|(i, t)| (t.clone(), i as u32)).collect();
        Vectorizer { analyzer, weighting, terms, idf, index }
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// The vector of a text.
    pub fn transform(&self, text: &str) -> SparseRow {
        self.vector(&self.analyzer.terms(text))
    }

    /// `row` without the leading verb phrase terms, normalised again: the issues and SDGs
    /// are about the rest of the text.
    pub fn without_leading(&self, row: &SparseRow) -> SparseRow {
        let mut kept: SparseRow = row
            .iter()
            .copied()
            .filter(|&(i, _)| !self.terms.get(i as usize).is_some_and(|t| t.starts_with('^')))
            .collect();
        let norm = kept.iter().map(|&(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            kept.iter_mut().for_each(|(_, v)| *v /= norm);
        }
        kept
    }

    fn vector(&self, terms: &[String]) -> SparseRow {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for term in terms {
            if let Some(&i) = self.index.get(term) {
                *counts.entry(i).or_insert(0) += 1;
            }
        }
        let mut row: SparseRow = counts
            .into_iter()
            .map(|(i, tf)| {
                let tf = if self.weighting.sublinear_tf { 1.0 + (tf as f32).ln() } else { tf as f32 };
                let boost = if self.terms[i as usize].starts_with('^') { self.weighting.leading_weight } else { 1.0 };
                (i, tf * self.idf[i as usize] * boost)
            })
            .collect();
        row.sort_unstable_by_key(|&(i, _)| i);
        let norm = row.iter().map(|&(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            row.iter_mut().for_each(|(_, v)| *v /= norm);
        }
        row
    }
}
