//! Which rows of which sources are the same recommendation (DESIGN.md "Identity and merging").
//!
//! A recommendation is what OHCHR numbers: one paragraph of one review, made by one or more
//! States. Within one review, every source row is placed either on a paragraph (the row gives
//! it, as DIHR's rows do, or its State and text match a paragraph that a document or another
//! source gave) or, while no paragraph fits, in a group of rows that print the same text
//! (UPR Info's one row per recommending State). Placing depends only on the rows and paragraphs
//! present, never on the order they arrived in, so that importing sources in any order, or
//! twice, gives the same records.

pub mod similarity;

use crate::imported::Origin;
use similarity::{similarity, text_key, words};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// A paragraph of a review that an OHCHR document numbered.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Paragraph ref, `110.7`.
    pub paragraph: String,
    /// Its text.
    pub text: String,
    /// The recommending States the document prints (ISO3); empty when it prints none.
    pub states: Vec<String>,
}

/// A row of a tabular source (UPR Info, DIHR) of one review.
#[derive(Debug, Clone)]
pub struct SourceRow {
    /// Recommending States the row names (ISO3), usually one.
    pub states: Vec<String>,
    /// Text as the source prints it.
    pub text: String,
    /// Paragraph ref, when the source gives it.
    pub paragraph: Option<String>,
    /// Publisher and edition.
    pub origin: Origin,
}

/// How a row was placed: its provenance in the data report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchedBy {
    /// The row gives its paragraph.
    Paragraph,
    /// Its State and text match a paragraph another source gave.
    StateAndText,
    /// No paragraph fits (or none is known); grouped with the rows that print the same text.
    Text,
}

impl MatchedBy {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Paragraph => "paragraph",
            MatchedBy::StateAndText => "state_and_text",
            MatchedBy::Text => "text",
        }
    }
}

/// Where a row belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// On the recommendation of this paragraph.
    Paragraph {
        /// Paragraph ref.
        paragraph: String,
        /// How.
        by: MatchedBy,
    },
    /// On the recommendation of the rows printing this text (key from [`text_key`]).
    Text {
        /// The group's key.
        key: String,
    },
}

/// Scores above which a row is placed on a paragraph: with a free State (`LIKELY`), even when
/// its State already has a row there (`SURE`: UPR Info splits some paragraphs into parts), and
/// the least overlap for taking the last free place of a State (`LOW`).
const SURE: f32 = 0.8;
const LIKELY: f32 = 0.45;
const LOW: f32 = 0.15;
/// How alike two groups of rows of different editions must be to be one recommendation whose
/// text an edition corrected.
const CORRECTED: f32 = 0.7;

/// A paragraph as the placing sees it: its ref, the words of every text it is known by (the
/// document's, and each row that gives the paragraph: DIHR prints each State's part), its States.
type Known = (String, Vec<BTreeSet<String>>, BTreeSet<String>);

/// Places every row of one review; the answer is aligned with `rows`.
pub fn place(paragraphs: &[Paragraph], rows: &[SourceRow]) -> Vec<Placement> {
    let mut known: BTreeMap<String, (Vec<BTreeSet<String>>, BTreeSet<String>)> = BTreeMap::new();
    for p in paragraphs {
        known.insert(p.paragraph.clone(), (vec![words(&p.text)], p.states.iter().cloned().collect()));
    }
    let mut placed: Vec<Option<Placement>> = vec![None; rows.len()];
    for (i, r) in rows.iter().enumerate() {
        if let Some(p) = &r.paragraph {
            let entry = known.entry(p.clone()).or_default();
            entry.0.push(words(&r.text));
            entry.1.extend(r.states.iter().cloned());
            placed[i] = Some(Placement::Paragraph { paragraph: p.clone(), by: MatchedBy::Paragraph });
        }
    }
    let known: Vec<Known> = known.into_iter().map(|(p, (w, s))| (p, w, s)).collect();
    place_on_paragraphs(&known, rows, &mut placed);
    group_by_text(rows, &mut placed);
    placed.into_iter().map(|p| p.unwrap_or(Placement::Text { key: String::new() })).collect()
}

/// Places the rows that give no paragraph on the paragraph their State and text fit best.
/// Each edition of a source has one row per State and paragraph (or a few, for the parts of
/// one): a place is a (paragraph, State, edition).
fn place_on_paragraphs(known: &[Known], rows: &[SourceRow], placed: &mut [Option<Placement>]) {
    let mut pairs = Vec::new();
    for (ri, r) in rows.iter().enumerate().filter(|(i, _)| placed[*i].is_none()) {
        let w = words(&r.text);
        for (pi, (_, texts, states)) in known.iter().enumerate() {
            if !states.is_empty() && !r.states.is_empty() && !r.states.iter().any(|s| states.contains(s)) {
                continue;
            }
            let score = texts.iter().map(|t| similarity(&w, t)).fold(0.0, f32::max);
            if score >= LOW {
                pairs.push((score, ri, pi));
            }
        }
    }
    // Best matches first; ties in a fixed order so that the answer never depends on chance.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut taken: HashSet<(usize, &str, &Origin)> = HashSet::new();
    let free = |taken: &HashSet<(usize, &str, &Origin)>, ri: usize, pi: usize| {
        let r = &rows[ri];
        r.states.is_empty()
            || known[pi].2.is_empty()
            || r.states.iter().any(|s| !taken.contains(&(pi, s.as_str(), &r.origin)))
    };
    // A State's row goes to a paragraph where that State has no row yet, the likeliest first;
    // then parts of a paragraph join it; then the last free places go to what is left of a
    // State's rows, if their texts overlap at all. Rows of unknown States need a likely text.
    for (min, need_free) in [(LIKELY, true), (SURE, false), (LOW, true)] {
        for &(score, ri, pi) in &pairs {
            if placed[ri].is_some() || score < min || (need_free && !free(&taken, ri, pi)) {
                continue;
            }
            let stateless = rows[ri].states.is_empty() || known[pi].2.is_empty();
            if stateless && score < LIKELY {
                continue;
            }
            for s in &rows[ri].states {
                taken.insert((pi, s.as_str(), &rows[ri].origin));
            }
            placed[ri] = Some(Placement::Paragraph { paragraph: known[pi].0.clone(), by: MatchedBy::StateAndText });
        }
    }
}

/// Groups the rows left without a paragraph by their text; then joins a group of older
/// editions to a group of a newer edition of the same publisher with a State in common and a
/// nearly equal text (a corrected text is the same recommendation).
fn group_by_text(rows: &[SourceRow], placed: &mut [Option<Placement>]) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate().filter(|(i, _)| placed[*i].is_none()) {
        groups.entry(text_key(&r.text)).or_default().push(i);
    }
    let keys: Vec<String> = groups.keys().cloned().collect();
    let editions = |g: &[usize]| -> BTreeSet<&Origin> { g.iter().map(|&i| &rows[i].origin).collect() };
    let states =
        |g: &[usize]| -> BTreeSet<&str> { g.iter().flat_map(|&i| rows[i].states.iter().map(String::as_str)).collect() };
    let mut joins = Vec::new();
    for (a, ka) in keys.iter().enumerate() {
        for kb in keys.iter().skip(a + 1) {
            let (ga, gb) = (&groups[ka], &groups[kb]);
            let (ea, eb) = (editions(ga), editions(gb));
            let same_publisher = ea.iter().chain(eb.iter()).map(|o| o.publisher).collect::<BTreeSet<_>>().len() == 1;
            if !same_publisher || !ea.is_disjoint(&eb) || states(ga).is_disjoint(&states(gb)) {
                continue;
            }
            let score = similarity(&words(&rows[ga[0]].text), &words(&rows[gb[0]].text))
                .min(similarity(&words(&rows[gb[0]].text), &words(&rows[ga[0]].text)));
            if score >= CORRECTED {
                // The group with the newest edition keeps its key.
                let (old, new) = if ea.iter().max() < eb.iter().max() { (ka, kb) } else { (kb, ka) };
                joins.push((score, old.clone(), new.clone()));
            }
        }
    }
    joins.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut into: BTreeMap<String, String> = BTreeMap::new();
    for (_, old, new) in joins {
        if into.contains_key(&old) || into.contains_key(&new) || into.values().any(|v| *v == old) {
            continue;
        }
        into.insert(old, new);
    }
    for (key, members) in &groups {
        let key = into.get(key).unwrap_or(key);
        for &i in members {
            placed[i] = Some(Placement::Text { key: key.clone() });
        }
    }
}

#[cfg(test)]
mod tests;
