//! Scoring two recommendations: cosine similarity of their words weighted by how rare each
//! word is in the corpus, then corrected by their key objects (same treaty and same ask: a
//! repeat even in other words; different treaties: not a repeat whatever else they share).

use super::asks::{Asks, FAMILIES, asks};
use super::words::is_form_word;
use std::collections::{BTreeMap, HashMap};

/// Score at and above which a pair counts as a repeat. On the labelled sample 0.3 gives
/// precision 0.94 and recall 0.78; 0.25 finds more (recall 0.83) with more false links, 0.4
/// fewer (precision 0.98, recall 0.71). Most links between 0.3 and 0.4 are generic asks on one
/// subject ("combat poverty"), where most false links also lie.
pub const THRESHOLD: f32 = 0.3;

/// A score never falls below this when both name the same key object with the same ask.
const SAME_OBJECT_FLOOR: f32 = 0.5;
/// Factor on the score when both name objects of one family but no object in common.
const DIFFERENT_OBJECT: f32 = 0.3;
/// Factor when only one of them names a key object: a treaty against a general ask on the
/// same subject ("Ratify the Istanbul Convention" / "Combat violence against women").
const ONE_SIDED_OBJECT: f32 = 0.7;

/// Weight factor of form words ([`is_form_word`]).
const FORM_WORD: f32 = 0.5;

/// A text as a sparse vector: (term id, weight), sorted by id, of unit length.
pub(crate) type Vector = Vec<(u32, f32)>;

/// Scores pairs of recommendations against a corpus, whose word frequencies weight words.
#[derive(Debug, Clone, Default)]
pub struct RepeatMatcher {
    terms: HashMap<String, u32>,
    idf: Vec<f32>,
    documents: usize,
}

impl RepeatMatcher {
    /// A matcher weighting words by their rarity in these texts (all recommendations of the
    /// data set, or a sample's own texts).
    pub fn new<'a>(corpus: impl IntoIterator<Item = &'a str>) -> RepeatMatcher {
        let analysed: Vec<Asks> = corpus.into_iter().map(asks).collect();
        RepeatMatcher::from_asks(&analysed)
    }

    pub(crate) fn from_asks(analysed: &[Asks]) -> RepeatMatcher {
        // Ids in the order of the terms, not of the texts: sums then run in the same order
        // whatever order the texts came in, and so give the same scores to the last bit.
        let mut df: BTreeMap<String, u32> = BTreeMap::new();
        for a in analysed {
            for term in terms_of(a) {
                *df.entry(term).or_insert(0) += 1;
            }
        }
        let n = analysed.len().max(1) as f32;
        let idf = df.values().map(|&d| idf(n, d as f32)).collect();
        let terms = df.into_keys().enumerate().map(|(id, term)| (term, id as u32)).collect();
        RepeatMatcher { terms, idf, documents: analysed.len() }
    }

    /// How surely `later` asks again what `earlier` asked, from 0 to 1; a repeat at
    /// [`THRESHOLD`] and above. Words unknown to the corpus count as the rarest.
    pub fn score(&self, later: &str, earlier: &str) -> f32 {
        let (a, b) = (asks(later), asks(earlier));
        let mut unknown = HashMap::new();
        let va = self.vector(&a, &mut unknown);
        let vb = self.vector(&b, &mut unknown);
        combine(overlap(&va, &vb).similarity(), &a, &b)
    }

    /// The vector of a text; terms missing from the corpus get ids past the corpus's own.
    pub(crate) fn vector(&self, a: &Asks, unknown: &mut HashMap<String, u32>) -> Vector {
        let rarest = idf(self.documents.max(1) as f32, 1.0);
        let mut v: Vector = terms_of(a)
            .map(|term| match self.terms.get(&term) {
                Some(&id) => (id, self.idf[id as usize] * form_factor(&term)),
                None => {
                    let next = (self.idf.len() + unknown.len()) as u32;
                    let factor = form_factor(&term);
                    (*unknown.entry(term).or_insert(next), rarest * factor)
                }
            })
            .collect();
        v.sort_by_key(|&(id, _)| id);
        v.dedup_by_key(|&mut (id, _)| id);
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut v {
                *w /= norm;
            }
        }
        v
    }
}

/// Words that say what form an ask takes (a plan, a law, a programme) count for less than
/// those that say what it is about: a plan on corruption is not a plan on children.
fn form_factor(term: &str) -> f32 {
    if is_form_word(term) { FORM_WORD } else { 1.0 }
}

/// A word's weight: rare words say more about what is asked.
fn idf(documents: f32, df: f32) -> f32 {
    (documents / df).ln().max(0.0) + 0.1
}

/// The terms of a text: its words and its key objects (marked so they never meet a word).
fn terms_of(a: &Asks) -> impl Iterator<Item = String> + '_ {
    a.words.iter().cloned().chain(a.objects.iter().map(|o| format!("#{o}")))
}

/// What two texts share: the dot product of their unit vectors, their cosine.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Overlap {
    pub cosine: f32,
}

impl Overlap {
    /// Adds one shared term with its weights in the later and the earlier text.
    pub fn add(&mut self, later: f32, earlier: f32) {
        self.cosine += later * earlier;
    }

    /// How alike the words are, from 0 to 1. (Measured on the sample: also counting how much
    /// of a shorter text a longer one holds found a few more repeats but more false ones.)
    pub fn similarity(&self) -> f32 {
        self.cosine.clamp(0.0, 1.0)
    }
}

/// What two vectors share.
pub(crate) fn overlap(later: &Vector, earlier: &Vector) -> Overlap {
    let (mut i, mut j, mut overlap) = (0, 0, Overlap::default());
    while i < later.len() && j < earlier.len() {
        match later[i].0.cmp(&earlier[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                overlap.add(later[i].1, earlier[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    overlap
}

/// Whether sharing a key object shows the same ask: ratifying the same treaty does, being
/// "in line with" the same treaty ("apply") or naming the death penalty without a step not.
fn is_specific(object: &str) -> bool {
    !object.contains(":other") && !object.starts_with("treaty:apply:")
}

/// The score of a pair from the cosine of its words and what its key objects say.
pub(crate) fn combine(similarity: f32, later: &Asks, earlier: &Asks) -> f32 {
    let (mut shared, mut different, mut one_sided) = (false, false, false);
    for family in FAMILIES {
        let a: Vec<&String> = later.family(family).collect();
        let b: Vec<&String> = earlier.family(family).collect();
        match (a.is_empty(), b.is_empty()) {
            (true, true) => {}
            (false, false) => {
                let common: Vec<&&String> = a.iter().filter(|o| b.contains(o)).collect();
                if common.is_empty() {
                    different = true;
                } else if common.iter().any(|o| is_specific(o)) {
                    shared = true;
                }
            }
            _ => one_sided = true,
        }
    }
    let s = similarity.clamp(0.0, 1.0);
    let score = if shared {
        SAME_OBJECT_FLOOR + (1.0 - SAME_OBJECT_FLOOR) * s
    } else if different {
        s * DIFFERENT_OBJECT
    } else if one_sided {
        s * ONE_SIDED_OBJECT
    } else {
        s
    };
    score.clamp(0.0, 1.0)
}
