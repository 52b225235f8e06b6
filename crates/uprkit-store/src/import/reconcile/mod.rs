//! Reconciling the reviews an import touched: every source row placed on the one
//! recommendation it is (uprkit_core::merge), recommendations created for paragraphs and texts
//! that have none yet, records that lost all their rows merged into the one that took them
//! (their notes follow, their id redirects), and each recommendation's derived values
//! rewritten where they changed. Reconciling twice changes nothing.

mod derive;
mod load;
mod write;

use crate::{StoreError, UnitOfWork};
use derive::{Current, Derived, StoredRow, derive, most_common};
use load::{Loaded, Record, Review, load};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use uprkit_core::merge::similarity::text_key;
use uprkit_core::merge::{MatchedBy, Paragraph, Placement, SourceRow, place};
use uprkit_core::text::stable_hash;
use uprkit_core::{Origin, Publisher};

/// Every table that hangs off a recommendation, as the merge knows them.
pub(crate) fn recommendation_tables() -> Vec<&'static str> {
    write::REFERENCING.iter().chain(write::DERIVED.iter()).copied().collect()
}

/// The natural key of the recommendation OHCHR numbers with this paragraph.
pub(crate) fn paragraph_key(sur: &str, session: i64, paragraph: &str) -> String {
    format!("doc:{sur}:{session}:{paragraph}")
}

/// The natural key of the recommendation of rows printing one text, while no paragraph fits.
fn text_group_key(sur: &str, session: i64, key: &str) -> String {
    format!("txt:{sur}:{session}:{}", stable_hash(&[key]))
}

/// A recommendation the reconciliation wants, with its rows.
struct Target {
    review: Review,
    key: String,
    /// Indexes into the loaded rows, with how each was placed.
    rows: Vec<(usize, MatchedBy)>,
}

/// Reconciles these reviews; returns the ids of recommendations created, changed or removed.
pub(crate) async fn reconcile(uow: &mut UnitOfWork, reviews: &BTreeSet<i64>) -> Result<Vec<i64>, StoreError> {
    if reviews.is_empty() {
        return Ok(Vec::new());
    }
    let loaded = load(uow, reviews).await?;
    let targets = place_rows(&loaded);
    let by_key: HashMap<&str, &Record> = loaded.records.iter().map(|r| (r.natural_key.as_str(), r)).collect();
    let by_id: HashMap<i64, &Record> = loaded.records.iter().map(|r| (r.id, r)).collect();
    let mut plan = write::Plan::default();
    let mut reused: BTreeSet<i64> = BTreeSet::new();
    let wanted: BTreeSet<&str> = targets.iter().map(|t| t.key.as_str()).collect();
    // Each target's record: the stored one with its key, else one whose rows it takes and
    // whose key nobody wants any more (re-keyed, so its id and notes stay), else a new one.
    let mut ids: Vec<Option<i64>> = Vec::with_capacity(targets.len());
    for t in &targets {
        if let Some(r) = by_key.get(t.key.as_str()) {
            ids.push(Some(r.id));
            continue;
        }
        let previous = most_common(t.rows.iter().filter_map(|(i, _)| loaded.rows[*i].recommendation_id));
        let reusable = previous.and_then(|id| by_id.get(&id).copied()).filter(|r| {
            !r.natural_key.starts_with("doc:") && !wanted.contains(r.natural_key.as_str()) && !reused.contains(&r.id)
        });
        match reusable {
            Some(r) => {
                reused.insert(r.id);
                plan.rekey.push((r.id, t.key.clone()));
                ids.push(Some(r.id));
            }
            None => ids.push(None),
        }
    }
    // Where each row goes and what each target then shows.
    let mut derived_new: Vec<(usize, Derived)> = Vec::new();
    for (ti, t) in targets.iter().enumerate() {
        let rows: Vec<&StoredRow> = t.rows.iter().map(|(i, _)| &loaded.rows[*i]).collect();
        let paragraph = t.key.starts_with("doc:").then(|| t.key.rsplit(':').next().unwrap_or("").to_string());
        match ids[ti] {
            Some(id) => {
                let record = by_id.get(&id).copied();
                let mut now = record.map(|r| current(&loaded, r)).unwrap_or_default();
                if now.paragraph.is_none() {
                    now.paragraph = paragraph;
                }
                let d = derive(&now, &rows);
                if record.is_none_or(|r| r.fingerprint != d.fingerprint()) || reused.contains(&id) {
                    plan.update.push((id, d));
                }
                for (i, by) in &t.rows {
                    plan.place_row(&loaded.rows[*i], id, *by);
                }
            }
            None => {
                let now = Current { paragraph, ..Default::default() };
                derived_new.push((ti, derive(&now, &rows)));
            }
        }
    }
    let created = write::create(uow, &targets, derived_new, &mut plan).await?;
    for (ti, id) in created {
        for (i, by) in &targets[ti].rows {
            plan.place_row(&loaded.rows[*i], id, *by);
        }
        plan.fresh.push(id);
    }
    plan.merges = lost_records(&loaded, &plan);
    write::apply(uow, plan).await
}

/// What a stored record says before its rows are applied.
fn current(loaded: &Loaded, r: &Record) -> Current {
    Current {
        documented: loaded.documented.contains(&r.id),
        positioned: loaded.positioned.contains(&r.id),
        text: r.text.clone(),
        paragraph: r.paragraph.clone(),
        response: r.response.clone(),
        source: r.source.clone(),
        source_ref: r.source_ref.clone(),
        document_states: loaded.document_states.get(&r.id).cloned().unwrap_or_default(),
    }
}

/// Places the rows of every review; one target per recommendation that has rows.
fn place_rows(loaded: &Loaded) -> Vec<Target> {
    let mut rows_of: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (i, r) in loaded.rows.iter().enumerate() {
        rows_of.entry(r.review_id).or_default().push(i);
    }
    let mut targets = Vec::new();
    for review in &loaded.reviews {
        let Some(indexes) = rows_of.get(&review.id) else { continue };
        let paragraphs: Vec<Paragraph> = loaded
            .records
            .iter()
            .filter(|r| r.review_id == review.id && r.natural_key.starts_with("doc:"))
            .filter_map(|r| {
                Some(Paragraph {
                    paragraph: r.paragraph.clone()?,
                    text: r.text.clone(),
                    states: loaded.document_states.get(&r.id).cloned().unwrap_or_default(),
                })
            })
            .collect();
        let rows: Vec<SourceRow> = indexes
            .iter()
            .map(|&i| {
                let r = &loaded.rows[i];
                SourceRow {
                    states: r.states(),
                    text: r.text.clone(),
                    paragraph: r.paragraph.clone(),
                    origin: Origin {
                        publisher: Publisher::parse(&r.publisher).unwrap_or(Publisher::UprInfo),
                        edition: r.edition.clone(),
                    },
                }
            })
            .collect();
        let mut by_key: BTreeMap<String, Vec<(usize, MatchedBy)>> = BTreeMap::new();
        for (&i, placement) in indexes.iter().zip(place(&paragraphs, &rows)) {
            let (key, by) = match placement {
                Placement::Paragraph { paragraph, by } => (paragraph_key(&review.sur, review.session, &paragraph), by),
                Placement::Text { key } => (text_group_key(&review.sur, review.session, &key), MatchedBy::Text),
            };
            by_key.entry(key).or_default().push((i, by));
        }
        targets.extend(by_key.into_iter().map(|(key, rows)| Target { review: review.clone(), key, rows }));
    }
    targets
}

/// Records that lose their rows to another (a text group whose paragraph became known, a
/// corrected text joining its newer edition) and records of an older uprkit that kept UPR Info
/// rows without them: each goes into the record that now has its rows, or its text.
fn lost_records(loaded: &Loaded, plan: &write::Plan) -> Vec<(i64, i64)> {
    let mut now_on: HashMap<i64, Vec<i64>> = HashMap::new();
    for r in &loaded.rows {
        let new = plan.placed.get(&r.id).map(|p| p.0).or(r.recommendation_id);
        if let (Some(old), Some(new)) = (r.recommendation_id, new) {
            now_on.entry(old).or_default().push(new);
        }
    }
    let keeps: BTreeSet<i64> =
        loaded.rows.iter().filter_map(|r| plan.placed.get(&r.id).map(|p| p.0).or(r.recommendation_id)).collect();
    let by_text: HashMap<(i64, String), i64> = loaded
        .rows
        .iter()
        .filter_map(|r| {
            Some(((r.review_id, text_key(&r.text)), plan.placed.get(&r.id).map(|p| p.0).or(r.recommendation_id)?))
        })
        .collect();
    let mut merges = Vec::new();
    for record in &loaded.records {
        if record.natural_key.starts_with("doc:") || keeps.contains(&record.id) {
            continue;
        }
        let into = match now_on.get(&record.id) {
            Some(news) => most_common(news.iter().copied()),
            // An older uprkit's UPR Info record (`upr:` key, no rows): the record of its text.
            None => by_text.get(&(record.review_id, text_key(&record.text))).copied(),
        };
        if let Some(into) = into.filter(|i| *i != record.id) {
            merges.push((record.id, into));
        }
    }
    merges
}
