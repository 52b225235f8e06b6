//! What a recommendation shows, derived from the source rows placed on it and what OHCHR's
//! documents said of it: each source's data kept, the newest edition of a publisher deciding
//! where editions disagree, a document's position outranking every source row's.

use sqlx::FromRow;
use std::collections::{BTreeMap, BTreeSet};
use uprkit_core::Publisher;
use uprkit_core::text::stable_hash;

/// A stored source row, as the reconciliation reads it.
#[derive(Debug, Clone, FromRow)]
pub(crate) struct StoredRow {
    pub id: i64,
    pub review_id: i64,
    pub recommendation_id: Option<i64>,
    pub publisher: String,
    pub edition: String,
    pub source_ref: String,
    pub recommending_states: String,
    pub text: String,
    pub paragraph: Option<String>,
    pub response: Option<String>,
    pub action_category: Option<i64>,
    pub issues: String,
    pub sdgs: String,
    pub matched_by: String,
}

/// The columns of [`StoredRow`], for its SELECT.
pub(crate) const STORED_ROW_COLUMNS: &str = "id, review_id, recommendation_id, publisher, edition, source_ref, \
     recommending_states, text, paragraph, response, action_category, issues, sdgs, matched_by";

impl StoredRow {
    /// The row's recommending States.
    pub fn states(&self) -> Vec<String> {
        split(&self.recommending_states)
    }

    /// Who published it.
    fn publisher(&self) -> Option<Publisher> {
        Publisher::parse(&self.publisher)
    }
}

/// `a|b|c` as a list, empty parts left out.
pub(crate) fn split(field: &str) -> Vec<String> {
    field.split('|').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// What a recommendation's own record says before its rows are applied.
#[derive(Debug, Clone, Default)]
pub(crate) struct Current {
    /// An OHCHR document created or named it (its text, paragraph and States are the document's).
    pub documented: bool,
    /// A document stated a position other than pending: source rows do not change it.
    pub positioned: bool,
    pub text: String,
    pub paragraph: Option<String>,
    pub response: Option<String>,
    pub source: String,
    pub source_ref: Option<String>,
    /// The States the document prints, in order.
    pub document_states: Vec<String>,
}

/// A position stated by a publisher's edition.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RowPosition {
    pub position: String,
    pub publisher: String,
    pub source: String,
    pub source_ref: String,
}

/// What the record shows once its rows are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Derived {
    pub text: String,
    pub paragraph: Option<String>,
    pub response: Option<String>,
    pub action_category: Option<i64>,
    pub source: String,
    pub source_ref: Option<String>,
    /// States the rows add to the document's, in the rows' order.
    pub row_states: Vec<String>,
    pub issues: BTreeSet<String>,
    pub sdgs: BTreeSet<(i64, String)>,
    pub positions: Vec<RowPosition>,
}

impl Derived {
    /// Hash of everything derived: equal means nothing to write.
    pub fn fingerprint(&self) -> String {
        let issues: Vec<&str> = self.issues.iter().map(String::as_str).collect();
        let sdgs: Vec<String> = self.sdgs.iter().map(|(g, t)| format!("{g}:{t}")).collect();
        let positions: Vec<String> =
            self.positions.iter().map(|p| format!("{}@{}@{}", p.position, p.source, p.source_ref)).collect();
        stable_hash(&[
            "derived",
            &self.text,
            self.paragraph.as_deref().unwrap_or(""),
            self.response.as_deref().unwrap_or(""),
            &self.action_category.map(|a| a.to_string()).unwrap_or_default(),
            &self.source,
            self.source_ref.as_deref().unwrap_or(""),
            &self.row_states.join(","),
            &issues.join("|"),
            &sdgs.join("|"),
            &positions.join("|"),
        ])
    }
}

/// The most frequent value; ties go to the smallest, so that the answer is stable.
pub(crate) fn most_common<T: Ord + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, c)| *c == best).map(|(v, _)| v)
}

/// Derives a record from its current state and its rows (sorted by id).
pub(crate) fn derive(current: &Current, rows: &[&StoredRow]) -> Derived {
    let upr: Vec<&StoredRow> = rows.iter().copied().filter(|r| r.publisher() == Some(Publisher::UprInfo)).collect();
    let newest = upr.iter().map(|r| r.edition.as_str()).max();
    let coded: Vec<&StoredRow> = upr.iter().copied().filter(|r| Some(r.edition.as_str()) == newest).collect();
    let dihr: Vec<&StoredRow> = rows.iter().copied().filter(|r| r.publisher() == Some(Publisher::Dihr)).collect();
    let label = |r: &StoredRow| format!("{} {}", r.publisher, r.edition);
    // DIHR prints OHCHR's own words; UPR Info sometimes shortens them.
    let wording = dihr.first().or(coded.first()).copied();
    let (text, source, source_ref, paragraph) = match (current.documented, wording) {
        (false, Some(r)) => (
            r.text.clone(),
            label(r),
            Some(r.source_ref.clone()),
            current.paragraph.clone().or_else(|| rows.iter().find_map(|r| r.paragraph.clone())),
        ),
        _ => (current.text.clone(), current.source.clone(), current.source_ref.clone(), current.paragraph.clone()),
    };
    let from_rows = most_common(coded.iter().filter_map(|r| r.response.clone()))
        .or_else(|| most_common(dihr.iter().filter_map(|r| r.response.clone())));
    let response = if current.positioned { current.response.clone() } else { from_rows.or(current.response.clone()) };
    let mut row_states = Vec::new();
    for s in rows.iter().flat_map(|r| r.states()) {
        if !current.document_states.contains(&s) && !row_states.contains(&s) {
            row_states.push(s);
        }
    }
    let sdgs = dihr
        .iter()
        .flat_map(|r| split(&r.sdgs))
        .filter_map(|s| {
            let (goal, target) = s.split_once(':').unwrap_or((s.as_str(), ""));
            Some((goal.parse().ok()?, target.to_string()))
        })
        .collect();
    let mut positions: Vec<RowPosition> = Vec::new();
    for r in rows {
        let Some(p) = &r.response else { continue };
        if !positions.iter().any(|x| x.position == *p && x.source == label(r)) {
            positions.push(RowPosition {
                position: p.clone(),
                publisher: r.publisher.clone(),
                source: label(r),
                source_ref: r.source_ref.clone(),
            });
        }
    }
    Derived {
        text,
        paragraph,
        response,
        action_category: most_common(coded.iter().filter_map(|r| r.action_category)),
        source,
        source_ref,
        row_states,
        issues: coded.iter().flat_map(|r| split(&r.issues)).collect(),
        sdgs,
        positions,
    }
}
