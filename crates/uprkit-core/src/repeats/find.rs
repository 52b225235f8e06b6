//! All repeats among a set of recommendations, through one inverted index per State under
//! review: a later recommendation is only scored against earlier ones sharing a term with it.

use super::asks::{Asks, asks};
use super::matcher::{Overlap, RepeatMatcher, THRESHOLD, Vector, combine};
use super::{Repeat, RepeatCandidate};
use std::collections::{BTreeMap, HashMap};

/// At most this many earlier recommendations are linked to one recommendation, the best ones.
pub const MAX_PER_RECOMMENDATION: usize = 5;

/// All repeats among the candidates: for each recommendation, the recommendations of the same
/// State under review in earlier cycles it asks again, scored at or above [`THRESHOLD`], best
/// first, at most [`MAX_PER_RECOMMENDATION`]. Ordered by `id`, then best first; the same
/// candidates in any order give the same result. Word weights come from the candidates.
pub fn find_repeats(candidates: &[RepeatCandidate]) -> Vec<Repeat> {
    let analysed: Vec<Asks> = candidates.iter().map(|c| asks(&c.text)).collect();
    let matcher = RepeatMatcher::from_asks(&analysed);
    let mut unknown = HashMap::new();
    let vectors: Vec<Vector> = analysed.iter().map(|a| matcher.vector(a, &mut unknown)).collect();
    let mut by_sur: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        by_sur.entry(c.sur.as_str()).or_default().push(i);
    }
    let mut repeats = Vec::new();
    for members in by_sur.values_mut() {
        // Sorted by id, so that input order never changes sums or ties.
        members.sort_by_key(|&i| (candidates[i].id, candidates[i].cycle));
        repeats.extend(repeats_within(candidates, &analysed, &vectors, members));
    }
    repeats.sort_by(|a, b| a.id.cmp(&b.id).then(b.score.total_cmp(&a.score)).then(a.earlier_id.cmp(&b.earlier_id)));
    repeats
}

/// The repeats among the recommendations of one State under review.
fn repeats_within(
    candidates: &[RepeatCandidate],
    analysed: &[Asks],
    vectors: &[Vector],
    members: &[usize],
) -> Vec<Repeat> {
    let mut postings: HashMap<u32, Vec<(usize, f32)>> = HashMap::new();
    for (local, &i) in members.iter().enumerate() {
        for &(term, weight) in &vectors[i] {
            postings.entry(term).or_default().push((local, weight));
        }
    }
    let mut overlaps = vec![Overlap::default(); members.len()];
    let mut touched = Vec::new();
    let mut found = Vec::new();
    for &i in members {
        let cycle = candidates[i].cycle;
        for &(term, weight) in &vectors[i] {
            for &(local, other) in postings.get(&term).map_or(&[][..], Vec::as_slice) {
                if candidates[members[local]].cycle < cycle {
                    if overlaps[local] == Overlap::default() {
                        touched.push(local);
                    }
                    overlaps[local].add(weight, other);
                }
            }
        }
        let mut best: Vec<Repeat> = Vec::new();
        for &local in &touched {
            let j = members[local];
            let similarity = overlaps[local].similarity();
            let score = combine(similarity, &analysed[i], &analysed[j]);
            if score >= THRESHOLD {
                best.push(Repeat { id: candidates[i].id, earlier_id: candidates[j].id, score });
            }
            overlaps[local] = Overlap::default();
        }
        touched.clear();
        best.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.earlier_id.cmp(&b.earlier_id)));
        best.truncate(MAX_PER_RECOMMENDATION);
        found.extend(best);
    }
    found
}
