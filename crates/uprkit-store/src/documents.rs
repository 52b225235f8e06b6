//! Writing what OHCHR documents say: a WG report's or thematic list's recommendations, keyed
//! by (SuR, session, paragraph) so that the documents of one review enrich the same records in
//! any order; and addenda's positions, kept until their recommendations exist.

use crate::args::{Arg, Sql};
use crate::import::ensure_names;
use crate::reference::bulk_insert;
use crate::{Engine, Store, StoreError, now};
use serde::Serialize;
use sqlx::{Any, Row, Transaction};
use uprkit_core::{Iso3, Position, SessionNo};

/// A position as a document states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocPosition {
    /// The position.
    pub position: Position,
    /// The supported part, for partial support.
    pub supported_part: Option<String>,
    /// Symbol of the document.
    pub source: String,
    /// Its paragraph.
    pub source_ref: String,
}

/// A recommendation as a document prints it.
#[derive(Debug, Clone, Default)]
pub struct DocRecommendationInput {
    /// Paragraph ref, `110.7`.
    pub paragraph: String,
    /// Text.
    pub text: String,
    /// Recommending States.
    pub recommending_states: Vec<Iso3>,
    /// Position stated by this document.
    pub position: Option<DocPosition>,
    /// UHRI themes.
    pub themes: Vec<String>,
    /// Groups of persons.
    pub groups_of_persons: Vec<String>,
    /// SDG goals.
    pub sdgs: Vec<u8>,
}

/// A WG report or a thematic list.
#[derive(Debug, Clone)]
pub struct ReviewDocument {
    /// Symbol or name of the document (provenance).
    pub source: String,
    /// State under Review.
    pub sur: Iso3,
    /// Working Group session.
    pub session: SessionNo,
    /// The WG report's symbol.
    pub report_symbol: Option<String>,
    /// HRC session of the report.
    pub hrc_session: Option<u16>,
    /// Paragraph listing the pending recommendations, if one.
    pub pending_paragraph: Option<String>,
    /// The recommendations.
    pub recommendations: Vec<DocRecommendationInput>,
}

/// What a document import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocumentReport {
    /// Recommendations created.
    pub created: u64,
    /// Recommendations enriched or changed.
    pub updated: u64,
    /// Recommendations already exactly so.
    pub unchanged: u64,
    /// Positions recorded in a recommendation's history.
    pub positions_recorded: u64,
    /// Positions kept until their recommendations are imported.
    pub positions_waiting: u64,
    /// Ids created or changed (for the search index).
    #[serde(skip)]
    pub changed: Vec<i64>,
}

fn key(sur: &str, session: u16, paragraph: &str) -> String {
    format!("doc:{sur}:{session}:{paragraph}")
}

impl Store {
    /// Imports a WG report or thematic list in one transaction; `dry_run` rolls it back.
    pub async fn import_review_document(
        &self,
        doc: ReviewDocument,
        dry_run: bool,
    ) -> Result<DocumentReport, StoreError> {
        let mut tx = self.pool.begin().await?;
        if self.engine == Engine::Postgres {
            sqlx::query("LOCK TABLE recommendations IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
        }
        let mut report = DocumentReport::default();
        let session = i64::from(doc.session.get());
        let sur = doc.sur.to_string();
        sqlx::query("INSERT INTO sessions (number, cycle, date_status) VALUES ($1, $2, 'unknown') ON CONFLICT (number) DO NOTHING")
            .bind(session)
            .bind(i64::from(doc.session.cycle().get()))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO reviews (sur, session) VALUES ($1, $2) ON CONFLICT (sur, session) DO NOTHING")
            .bind(sur.clone())
            .bind(session)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE reviews SET wg_report_symbol = COALESCE($1, wg_report_symbol), hrc_session = COALESCE($2, hrc_session), \
             pending_paragraph = COALESCE($3, pending_paragraph) WHERE sur = $4 AND session = $5",
        )
        .bind(doc.report_symbol.clone())
        .bind(doc.hrc_session.map(i64::from))
        .bind(doc.pending_paragraph.clone())
        .bind(sur.clone())
        .bind(session)
        .execute(&mut *tx)
        .await?;
        let review_id: i64 = sqlx::query("SELECT id FROM reviews WHERE sur = $1 AND session = $2")
            .bind(sur.clone())
            .bind(session)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let themes = ensure_names(&mut tx, "themes", doc.recommendations.iter().flat_map(|r| r.themes.iter())).await?;
        let groups = ensure_names(
            &mut tx,
            "groups_of_persons",
            doc.recommendations.iter().flat_map(|r| r.groups_of_persons.iter()),
        )
        .await?;
        let at = now();
        for r in &doc.recommendations {
            let natural = key(&sur, doc.session.get(), &r.paragraph);
            let existing = sqlx::query("SELECT id, text FROM recommendations WHERE natural_key = $1")
                .bind(natural.clone())
                .fetch_optional(&mut *tx)
                .await?;
            let (id, created) = match existing {
                Some(row) => (row.try_get::<i64, _>(0)?, false),
                None => {
                    let id: i64 = sqlx::query("SELECT COALESCE(MAX(id), 0) + 1 FROM recommendations")
                        .fetch_one(&mut *tx)
                        .await?
                        .try_get(0)?;
                    let values = vec![vec![
                        Arg::Int(id),
                        Arg::Text(natural.clone()),
                        Arg::Text(String::new()),
                        Arg::Int(review_id),
                        Arg::Text(sur.clone()),
                        Arg::Int(session),
                        Arg::Int(doc.session.cycle().get().into()),
                        Arg::OptText(Some(r.paragraph.clone())),
                        Arg::Text(r.text.clone()),
                        Arg::OptText(Some(Position::Pending.as_str().into())),
                        Arg::Text(doc.source.clone()),
                        Arg::Text(format!("para. {}", r.paragraph)),
                        Arg::Text(at.clone()),
                        Arg::Text(at.clone()),
                    ]];
                    bulk_insert(
                        &mut tx,
                        "recommendations",
                        &[
                            "id",
                            "natural_key",
                            "fingerprint",
                            "review_id",
                            "sur",
                            "session",
                            "cycle",
                            "paragraph",
                            "text",
                            "response",
                            "source",
                            "source_ref",
                            "created_at",
                            "updated_at",
                        ],
                        values,
                        "",
                    )
                    .await?;
                    let states = r
                        .recommending_states
                        .iter()
                        .enumerate()
                        .map(|(i, s)| vec![Arg::Int(id), Arg::Text(s.to_string()), Arg::Int(i as i64)])
                        .collect();
                    bulk_insert(
                        &mut tx,
                        "recommendation_states",
                        &["recommendation_id", "iso3", "ord"],
                        states,
                        "ON CONFLICT DO NOTHING",
                    )
                    .await?;
                    (id, true)
                }
            };
            let mut changed = created;
            changed |= link_names(&mut tx, "recommendation_themes", "theme_id", id, r.themes.iter().map(|t| themes[t]))
                .await?;
            changed |= link_names(
                &mut tx,
                "recommendation_groups",
                "group_id",
                id,
                r.groups_of_persons.iter().map(|g| groups[g]),
            )
            .await?;
            for goal in &r.sdgs {
                let done = sqlx::query("INSERT INTO recommendation_sdgs (recommendation_id, goal, target) VALUES ($1, $2, '') ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(i64::from(*goal))
                    .execute(&mut *tx)
                    .await?;
                changed |= done.rows_affected() > 0;
            }
            let pending = DocPosition {
                position: Position::Pending,
                supported_part: None,
                source: doc.source.clone(),
                source_ref: format!("para. {}", r.paragraph),
            };
            // A report that states no position leaves it pending: that too is history.
            let stated = r.position.as_ref().or(if created { Some(&pending) } else { None });
            if let Some(p) = stated
                && record_position(&mut tx, id, p, &at).await?
                && p.position != Position::Pending
            {
                report.positions_recorded += 1;
                changed = true;
            }
            match (created, changed) {
                (true, _) => report.created += 1,
                (false, true) => report.updated += 1,
                (false, false) => report.unchanged += 1,
            }
            if changed {
                report.changed.push(id);
            }
        }
        if let Some(symbol) = &doc.report_symbol {
            let waiting = apply_waiting(&mut tx, symbol, &at).await?;
            report.positions_recorded += waiting.len() as u64;
            report.changed.extend(waiting);
        }
        if dry_run {
            tx.rollback().await?
        } else {
            tx.commit().await?
        }
        Ok(report)
    }

    /// Imports an addendum's positions: recorded where their recommendations exist, kept for
    /// later otherwise. `dry_run` rolls it back.
    pub async fn import_positions(
        &self,
        report_symbol: &str,
        positions: &[(String, DocPosition)],
        dry_run: bool,
    ) -> Result<DocumentReport, StoreError> {
        let mut tx = self.pool.begin().await?;
        for (reference, p) in positions {
            sqlx::query(
                "INSERT INTO document_positions (report_symbol, reference, position, supported_part, source, source_ref) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (report_symbol, reference, source) DO UPDATE SET \
                 position = excluded.position, supported_part = excluded.supported_part, source_ref = excluded.source_ref",
            )
            .bind(report_symbol.to_string())
            .bind(reference.clone())
            .bind(p.position.as_str())
            .bind(p.supported_part.clone())
            .bind(p.source.clone())
            .bind(p.source_ref.clone())
            .execute(&mut *tx)
            .await?;
        }
        let at = now();
        let applied = apply_waiting(&mut tx, report_symbol, &at).await?;
        let known: i64 = sqlx::query("SELECT COUNT(*) FROM reviews WHERE wg_report_symbol = $1")
            .bind(report_symbol.to_string())
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let report = DocumentReport {
            positions_recorded: applied.len() as u64,
            positions_waiting: if known == 0 { positions.len() as u64 } else { 0 },
            updated: applied.len() as u64,
            changed: applied,
            ..Default::default()
        };
        if dry_run {
            tx.rollback().await?
        } else {
            tx.commit().await?
        }
        Ok(report)
    }
}

/// Links a recommendation to vocabulary ids; whether anything was new.
async fn link_names(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    column: &str,
    id: i64,
    ids: impl Iterator<Item = i64>,
) -> Result<bool, StoreError> {
    let mut changed = false;
    for v in ids {
        let mut sql = Sql::default();
        let (a, b) = (sql.bind(Arg::Int(id)), sql.bind(Arg::Int(v)));
        sql.text =
            format!("INSERT INTO {table} (recommendation_id, {column}) VALUES ({a}, {b}) ON CONFLICT DO NOTHING");
        changed |= sql.query().execute(&mut **tx).await?.rows_affected() > 0;
    }
    Ok(changed)
}

/// Adds a position to a recommendation's history unless this source already stated it, and
/// makes it the current position. Returns whether anything changed.
async fn record_position(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    p: &DocPosition,
    at: &str,
) -> Result<bool, StoreError> {
    let seen = sqlx::query("SELECT 1 FROM positions WHERE recommendation_id = $1 AND position = $2 AND source = $3")
        .bind(id)
        .bind(p.position.as_str())
        .bind(p.source.clone())
        .fetch_optional(&mut **tx)
        .await?;
    if seen.is_some() {
        return Ok(false);
    }
    sqlx::query("INSERT INTO positions (recommendation_id, position, supported_part, source, source_ref, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(p.position.as_str())
        .bind(p.supported_part.clone())
        .bind(p.source.clone())
        .bind(p.source_ref.clone())
        .bind(at.to_string())
        .execute(&mut **tx)
        .await?;
    // An addendum (or a list quoting it) outranks the report's own statement, whatever the order
    // of import; a "pending" never replaces a position.
    let answered =
        sqlx::query("SELECT 1 FROM positions WHERE recommendation_id = $1 AND source LIKE '%/Add.%' AND source <> $2")
            .bind(id)
            .bind(p.source.clone())
            .fetch_optional(&mut **tx)
            .await?
            .is_some();
    let current: Option<String> = sqlx::query("SELECT response FROM recommendations WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?
        .try_get(0)?;
    let current_is_position = current.as_deref().is_some_and(|c| c != Position::Pending.as_str());
    if (answered && !p.source.contains("/Add.")) || (p.position == Position::Pending && current_is_position) {
        return Ok(true);
    }
    sqlx::query("UPDATE recommendations SET response = $1, supported_part = $2, updated_at = $3 WHERE id = $4")
        .bind(p.position.as_str())
        .bind(p.supported_part.clone())
        .bind(at.to_string())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

/// Applies the kept positions of a report to the recommendations that now exist; their ids.
async fn apply_waiting(
    tx: &mut Transaction<'static, Any>,
    report_symbol: &str,
    at: &str,
) -> Result<Vec<i64>, StoreError> {
    let review = sqlx::query("SELECT sur, session, pending_paragraph FROM reviews WHERE wg_report_symbol = $1")
        .bind(report_symbol.to_string())
        .fetch_optional(&mut **tx)
        .await?;
    let Some(review) = review else { return Ok(Vec::new()) };
    let (sur, session, pending): (String, i64, Option<String>) =
        (review.try_get(0)?, review.try_get(1)?, review.try_get(2)?);
    let rows = sqlx::query("SELECT reference, position, supported_part, source, source_ref FROM document_positions WHERE report_symbol = $1")
        .bind(report_symbol.to_string())
        .fetch_all(&mut **tx)
        .await?;
    let mut changed = Vec::new();
    for r in rows {
        let reference: String = r.try_get(0)?;
        // Cycle-1 addenda number the recommendations within the report's pending paragraph.
        let paragraph = match (&pending, reference.contains('.')) {
            (Some(p), false) => format!("{p}.{reference}"),
            _ => reference,
        };
        let Some(position) = Position::parse(&r.try_get::<String, _>(1)?) else { continue };
        let p =
            DocPosition { position, supported_part: r.try_get(2)?, source: r.try_get(3)?, source_ref: r.try_get(4)? };
        let found = sqlx::query("SELECT id FROM recommendations WHERE natural_key = $1")
            .bind(key(&sur, session as u16, &paragraph))
            .fetch_optional(&mut **tx)
            .await?;
        if let Some(row) = found {
            let id: i64 = row.try_get(0)?;
            if record_position(tx, id, &p, at).await? {
                changed.push(id);
            }
        }
    }
    Ok(changed)
}
