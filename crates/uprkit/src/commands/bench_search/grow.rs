//! Growing the real corpus to any size: copy `k` of a real row is the same recommendation (same
//! text, response, action category, issues) made in another review: every State rotated by `k`
//! places, the session shifted by `16 k` (its cycle follows the new session). The rows stay
//! real UPR language and real combinations of issues; only who, when and the id change.
//!
//! A grown row is only an index pair (real row, copy) until it is needed, so a million rows
//! cost a few megabytes; the store rows and the index documents are made from it on demand.

use anyhow::Context;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::path::Path;
use uprkit_core::search::RecommendationView;
use uprkit_core::text::normalise_text;
use uprkit_core::{Iso3, SessionNo, StateDirectory};
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::IndexDocument;
use uprkit_store::{ImportBatch, NewRecommendation};

/// Sessions with a known cycle: grown rows stay within 1..=54.
const SESSIONS: u16 = uprkit_core::sessions::LAST_KNOWN_SESSION;
/// Session shift per copy: copies of sessions 1-16 tile 1-54 evenly.
const SESSION_STEP: u16 = 16;
/// Source recorded in the store for grown rows.
pub const SOURCE: &str = "uprkit bench search (grown UPR Info export)";

/// A grown row: copy `copy` of real row `row`.
#[derive(Debug, Clone, Copy)]
struct Variant {
    row: u32,
    copy: u16,
    session: u16,
}

/// The real corpus and its grown copies, in id order: the row at position `i` has id `i + 1`,
/// which is the id the store gives it when the rows are imported in that order.
pub struct GrownCorpus {
    real: Vec<NewRecommendation>,
    states: StateDirectory,
    /// Position of each State in the rotation (the 193 Member States; observers stay put).
    rotation: HashMap<String, usize>,
    members: Vec<Iso3>,
    variants: Vec<Variant>,
    /// Real rows read from the file (before exact duplicates were dropped).
    pub real_rows: usize,
    /// Copies of the corpus used, the real one included.
    pub copies: u16,
}

impl GrownCorpus {
    /// Reads the UPR Info corpus and grows it to `records` rows.
    pub fn load(path: &Path, records: usize) -> anyhow::Result<GrownCorpus> {
        let states = StateDirectory::load();
        let file = upr_info::read_file(path, &states).with_context(|| format!("cannot read {}", path.display()))?;
        let UprInfoFile::Recommendations { records: real, .. } = file else {
            anyhow::bail!("{} holds no recommendations", path.display())
        };
        anyhow::ensure!(!real.is_empty(), "{} holds no recommendations", path.display());
        let members: Vec<Iso3> = states.states().iter().filter(|s| !s.observer).map(|s| s.iso3.clone()).collect();
        let rotation = members.iter().enumerate().map(|(i, s)| (s.to_string(), i)).collect();
        let mut corpus =
            GrownCorpus { real_rows: real.len(), real, states, rotation, members, variants: Vec::new(), copies: 0 };
        corpus.grow(records)?;
        Ok(corpus)
    }

    /// Picks the variants. The store keeps one row per identity (SuR, session, text,
    /// recommending States) and drops exact duplicates, so a variant that would collide with
    /// one of another copy is skipped: the store then numbers the rows exactly 1..=N.
    fn grow(&mut self, records: usize) -> anyhow::Result<()> {
        let max_copies = self.members.len() as u16;
        let mut prints: HashSet<u64> = HashSet::with_capacity(records);
        let mut bases: HashMap<u64, u16> = HashMap::with_capacity(records);
        let texts: Vec<(u64, u64)> =
            self.real.iter().map(|r| (hash(&normalise_text(&r.text)), hash(&r.text.trim()))).collect();
        let mut variants = Vec::with_capacity(records);
        'copies: for copy in 0..max_copies {
            if variants.len() == records {
                break;
            }
            self.copies = copy + 1;
            for (row, (r, (normalised, trimmed))) in self.real.iter().zip(&texts).enumerate() {
                if variants.len() == records {
                    break 'copies;
                }
                let (sur, session, rs) = self.shifted(r, copy);
                let base = match &r.paragraph {
                    Some(p) => hash(&(sur.as_str(), session, p)),
                    None => hash(&(sur.as_str(), session, normalised, &rs)),
                };
                let issues: BTreeSet<&str> = r.issues.iter().map(String::as_str).collect();
                let print = hash(&(
                    base,
                    trimmed,
                    &rs,
                    r.response.map(|p| p.as_str()),
                    r.action_category.map(|a| a.get()),
                    issues,
                    &r.paragraph,
                ));
                // Rows of one copy may share an identity (the store numbers them #1, #2);
                // across copies they may not, or the store would merge them.
                if *bases.entry(base).or_insert(copy) != copy || !prints.insert(print) {
                    continue;
                }
                variants.push(Variant { row: row as u32, copy, session });
            }
        }
        anyhow::ensure!(
            variants.len() == records,
            "the corpus grows to at most {} distinct recommendations, fewer than {records}",
            variants.len()
        );
        // Imported session by session, a batch never meets identities of another batch.
        variants.sort_by_key(|v| v.session);
        self.variants = variants;
        Ok(())
    }

    /// SuR, session and recommending States of copy `copy` of a real row.
    fn shifted(&self, r: &NewRecommendation, copy: u16) -> (Iso3, u16, Vec<Iso3>) {
        let rotate = |s: &Iso3| match self.rotation.get(s.as_str()) {
            Some(i) => self.members[(i + copy as usize) % self.members.len()].clone(),
            None => s.clone(),
        };
        let session = (r.session.get() - 1 + copy * SESSION_STEP) % SESSIONS + 1;
        (rotate(&r.sur), session, r.recommending_states.iter().map(rotate).collect())
    }

    /// Number of grown rows.
    pub fn len(&self) -> usize {
        self.variants.len()
    }

    /// The row with this id, as an importer would hand it to the store.
    pub fn recommendation(&self, id: i64) -> NewRecommendation {
        let v = self.variants[(id - 1) as usize];
        let r = &self.real[v.row as usize];
        let (sur, _, recommending_states) = self.shifted(r, v.copy);
        NewRecommendation {
            sur,
            // Shifted sessions stay in 1..=54, which SessionNo always accepts.
            session: SessionNo::parse(&v.session.to_string()).unwrap_or(r.session),
            recommending_states,
            source_ref: format!("{} (copy {})", r.source_ref, v.copy),
            ..r.clone()
        }
    }

    /// The row with this id as the database gives it back (same rules as the store: text
    /// trimmed, States once each, issues by name).
    pub fn view(&self, id: i64) -> RecommendationView {
        let r = self.recommendation(id);
        let mut recommending_states: Vec<String> = Vec::new();
        for s in &r.recommending_states {
            if !recommending_states.iter().any(|x| x == s.as_str()) {
                recommending_states.push(s.to_string());
            }
        }
        let issues: BTreeSet<String> = r.issues.iter().cloned().collect();
        RecommendationView {
            id,
            text: r.text.trim().to_string(),
            language: "en".into(),
            sur: r.sur.to_string(),
            recommending_states,
            cycle: r.session.cycle().get(),
            session: r.session.get(),
            paragraph: r.paragraph.clone(),
            response: r.response.map(|p| p.as_str().to_string()),
            action_category: r.action_category.map(|a| a.get()),
            issues: issues.into_iter().collect(),
            themes: Vec::new(),
            groups_of_persons: Vec::new(),
            sdgs: Vec::new(),
            source: SOURCE.into(),
            coded_by: vec!["upr_info".into()],
            recommended_previously: Vec::new(),
        }
    }

    /// The index document of the row with this id, made exactly as `uprkit reindex` makes it
    /// from the database.
    pub fn document(&self, id: i64) -> IndexDocument {
        uprkit_search::sync::to_document(&self.view(id), &self.states)
    }

    /// Every index document, in id order.
    pub fn documents(&self) -> impl Iterator<Item = IndexDocument> + '_ {
        (1..=self.len() as i64).map(|id| self.document(id))
    }

    /// Id ranges of about `size` rows that start and end on a session boundary.
    pub fn batches(&self, size: usize) -> Vec<Range<i64>> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=self.variants.len() {
            let boundary = i == self.variants.len() || self.variants[i].session != self.variants[i - 1].session;
            if boundary && i - start >= size.min(self.variants.len() - start) {
                out.push(start as i64 + 1..i as i64 + 1);
                start = i;
            }
        }
        out
    }

    /// The rows of an id range as one import batch.
    pub fn import_batch(&self, ids: Range<i64>) -> ImportBatch {
        ImportBatch {
            source: SOURCE.into(),
            recommendations: ids.map(|id| self.recommendation(id)).collect(),
            pledges: Vec::new(),
        }
    }
}

fn hash(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
