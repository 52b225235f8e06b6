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
    /// Terms seen in fewer training texts are not kept (rare pairs are mostly noise and size);
    /// character n-grams need at least two.
    pub min_df: u32,
    /// Factor on the leading verb phrase terms (`^...`), before normalisation.
    pub leading_weight: f32,
    /// Norm of the character n-gram block (`#...`) against the words' block of norm 1, before
    /// the whole is normalised: each block is normalised on its own first, so that the many
    /// n-grams of a text do not drown its few words.
    pub char_weight: f32,
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
        // A character n-gram seen in one text only is noise even when words are kept from one.
        let min_df = |term: &str| if term.starts_with('#') { weighting.min_df.max(2) } else { weighting.min_df };
        let mut kept: Vec<(String, u32)> = df.into_iter().filter(|(t, n)| *n >= min_df(t)).collect();
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

    /// `row` with only some kinds of terms, normalised again: the leading verb phrase terms
    /// (`^...`) when `leading`, the character n-grams (`#...`) when `chars`, and always the
    /// words, stems and word runs. Each head sees the kinds that serve it.
    pub fn view(&self, row: &SparseRow, leading: bool, chars: bool) -> SparseRow {
        if leading && chars {
            return row.clone();
        }
        let mut kept: SparseRow = row
            .iter()
            .copied()
            .filter(|&(i, _)| match self.terms.get(i as usize).and_then(|t| t.chars().next()) {
                Some('^') => leading,
                Some('#') => chars,
                _ => true,
            })
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
        if self.analyzer.char_ngrams > 0 {
            let is_char = |i: u32| self.terms[i as usize].starts_with('#');
            let block = |chars: bool| {
                row.iter().filter(|&&(i, _)| is_char(i) == chars).map(|&(_, v)| v * v).sum::<f32>().sqrt()
            };
            let (words, chars) = (block(false), block(true));
            for (i, v) in row.iter_mut() {
                let scale = if is_char(*i) { self.weighting.char_weight / chars } else { 1.0 / words };
                if scale.is_finite() {
                    *v *= scale;
                }
            }
        }
        let norm = row.iter().map(|&(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            row.iter_mut().for_each(|(_, v)| *v /= norm);
        }
        row
    }
}
