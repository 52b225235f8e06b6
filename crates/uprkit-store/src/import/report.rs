//! `uprkit data report`: per source, how many rows were read, placed on a paragraph OHCHR
//! numbers, merged with other rows, or left on their own and why; and where editions of one
//! publisher disagree (corrected texts and codings), so that nothing is dropped or counted
//! twice without anyone being told.

use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::{FromRow, Row};
use std::collections::{BTreeMap, HashMap, HashSet};
use uprkit_core::merge::similarity::text_key;

/// What one source (a publisher's edition, one file) brought.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SourceReport {
    /// `UPR Info`, `DIHR`.
    pub publisher: String,
    /// Edition (export date or year).
    pub edition: String,
    /// File the rows came from.
    pub file: String,
    /// Rows stored (exact repeats within a file are stored once).
    pub rows: u64,
    /// Rows on a paragraph OHCHR numbers: given by the source, or found by State and text.
    pub matched: u64,
    /// Rows sharing their recommendation with other rows or a document.
    pub merged: u64,
    /// Rows on a recommendation of their own.
    pub unmatched: u64,
    /// Why rows are on their own, with counts.
    pub unmatched_reasons: BTreeMap<String, u64>,
}

/// A value an older edition gave that a newer edition of the same publisher changed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Correction {
    /// The recommendation.
    pub recommendation_id: i64,
    /// Recommending State of the rows compared.
    pub state: String,
    /// What changed: `text`, `response`, `action_category`, `issues`.
    pub field: String,
    /// Older edition and its value.
    pub older_edition: String,
    /// Value in the older edition.
    pub older: String,
    /// Newer edition (the one shown).
    pub newer_edition: String,
    /// Value in the newer edition.
    pub newer: String,
}

/// The whole report.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct DataReport {
    /// Recommendations stored (what searches count).
    pub recommendations: u64,
    /// Recommendation–State pairs (what UPR Info counts).
    pub recommendation_state_pairs: u64,
    /// Per source.
    pub sources: Vec<SourceReport>,
    /// Every disagreement between editions.
    pub corrections: Vec<Correction>,
}

/// A source row, as the report reads it.
#[derive(FromRow)]
struct ReportRow {
    recommendation_id: Option<i64>,
    review_id: i64,
    publisher: String,
    edition: String,
    source_ref: String,
    recommending_states: String,
    text: String,
    response: Option<String>,
    action_category: Option<i64>,
    issues: String,
    matched_by: String,
}

/// Why a row is on its own.
const NO_PARAGRAPH_KNOWN: &str = "no paragraph known for its review yet (import the WG report or DIHR's data)";
const NO_PARAGRAPH_FITS: &str = "no paragraph of its review has its State and a similar text";

impl Store {
    /// Reports what every source brought and where sources disagree.
    pub async fn data_report(&self) -> Result<DataReport, StoreError> {
        let rows: Vec<ReportRow> = sqlx::query_as(
            "SELECT recommendation_id, review_id, publisher, edition, source_ref, recommending_states, text, \
             response, action_category, issues, matched_by FROM source_rows ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let count = |sql: &'static str| async move {
            let row = sqlx::query(sql).fetch_one(&self.pool).await?;
            Ok::<u64, StoreError>(row.try_get::<i64, _>("n")? as u64)
        };
        let recommendations = count("SELECT COUNT(*) AS n FROM recommendations").await?;
        let pairs = count("SELECT COUNT(*) AS n FROM recommendation_states").await?;
        let with_paragraphs: HashSet<i64> =
            sqlx::query("SELECT DISTINCT review_id FROM recommendations WHERE paragraph IS NOT NULL")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get("review_id"))
                .collect::<Result<_, _>>()?;
        let documented: HashSet<i64> =
            sqlx::query("SELECT DISTINCT recommendation_id FROM positions WHERE publisher IS NULL")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get("recommendation_id"))
                .collect::<Result<_, _>>()?;
        let mut per_record: HashMap<i64, usize> = HashMap::new();
        for r in &rows {
            *per_record.entry(r.recommendation_id.unwrap_or(0)).or_default() += 1;
        }
        let mut sources: BTreeMap<(String, String, String), SourceReport> = BTreeMap::new();
        for r in &rows {
            let file = r.source_ref.rsplit_once(":row").map(|(f, _)| f).unwrap_or(&r.source_ref).to_string();
            let s = sources.entry((r.publisher.clone(), r.edition.clone(), file.clone())).or_insert_with(|| {
                SourceReport { publisher: r.publisher.clone(), edition: r.edition.clone(), file, ..Default::default() }
            });
            s.rows += 1;
            let id = r.recommendation_id.unwrap_or(0);
            let shared = per_record.get(&id).copied().unwrap_or(0) > 1 || documented.contains(&id);
            if r.matched_by != "text" {
                s.matched += 1;
            }
            if shared {
                s.merged += 1;
            } else if r.matched_by == "text" {
                s.unmatched += 1;
                let why = if with_paragraphs.contains(&r.review_id) { NO_PARAGRAPH_FITS } else { NO_PARAGRAPH_KNOWN };
                *s.unmatched_reasons.entry(why.to_string()).or_default() += 1;
            }
        }
        Ok(DataReport {
            recommendations,
            recommendation_state_pairs: pairs,
            sources: sources.into_values().collect(),
            corrections: corrections(&rows),
        })
    }
}

/// Where an older edition's row and the newest edition's row of the same publisher, State and
/// recommendation differ.
fn corrections(rows: &[ReportRow]) -> Vec<Correction> {
    let mut groups: BTreeMap<(i64, String, String), Vec<&ReportRow>> = BTreeMap::new();
    for r in rows {
        let Some(id) = r.recommendation_id else { continue };
        groups.entry((id, r.publisher.clone(), r.recommending_states.clone())).or_default().push(r);
    }
    let mut out = Vec::new();
    for ((id, _, state), members) in groups {
        let Some(newest) = members.iter().max_by(|a, b| a.edition.cmp(&b.edition)) else { continue };
        for older in members.iter().filter(|r| r.edition < newest.edition) {
            let fields = [
                ("text", text_key(&older.text) != text_key(&newest.text), &older.text, &newest.text),
                ("issues", older.issues != newest.issues, &older.issues, &newest.issues),
            ];
            let mut changes: Vec<(&str, String, String)> =
                fields.iter().filter(|f| f.1).map(|f| (f.0, f.2.clone(), f.3.clone())).collect();
            if older.response != newest.response {
                changes.push((
                    "response",
                    older.response.clone().unwrap_or_default(),
                    newest.response.clone().unwrap_or_default(),
                ));
            }
            if older.action_category != newest.action_category {
                let show = |a: Option<i64>| a.map(|v| v.to_string()).unwrap_or_default();
                changes.push(("action_category", show(older.action_category), show(newest.action_category)));
            }
            out.extend(changes.into_iter().map(|(field, was, now)| Correction {
                recommendation_id: id,
                state: state.clone(),
                field: field.to_string(),
                older_edition: older.edition.clone(),
                older: was,
                newer_edition: newest.edition.clone(),
                newer: now,
            }));
        }
    }
    out
}
