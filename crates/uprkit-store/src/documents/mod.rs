//! Writing what OHCHR documents say: a WG report's or thematic list's recommendations, keyed
//! by (SuR, session, paragraph) so that the documents of one review enrich the same records in
//! any order; and addenda's positions, kept until their recommendations exist.

mod positions;

use crate::args::Arg;
use crate::import::{ensure_names, paragraph_key, reconcile};
use crate::{StoreError, UnitOfWork, now};
use positions::{apply_waiting, link_names, record_position};
use serde::Serialize;
use uprkit_core::{DocPosition, DocRecommendationInput, Position, ReviewDocument};

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

/// The natural key of a recommendation a document numbers.
fn key(sur: &str, session: u16, paragraph: &str) -> String {
    paragraph_key(sur, session.into(), paragraph)
}

impl UnitOfWork {
    /// Imports a WG report or thematic list inside this unit of work, with its audit entry;
    /// the recommendations it creates or changes are noted for the search index. A dry run
    /// drops the unit of work instead of committing it.
    pub async fn import_review_document(&mut self, doc: ReviewDocument) -> Result<DocumentReport, StoreError> {
        let uow = self;
        let mut report = DocumentReport::default();
        let session = i64::from(doc.session.get());
        let sur = doc.sur.to_string();
        sqlx::query("INSERT INTO sessions (number, cycle, date_status) VALUES ($1, $2, 'unknown') ON CONFLICT (number) DO NOTHING")
            .bind(session)
            .bind(i64::from(doc.session.cycle().get()))
            .execute(uow.conn()?)
            .await?;
        sqlx::query("INSERT INTO reviews (sur, session) VALUES ($1, $2) ON CONFLICT (sur, session) DO NOTHING")
            .bind(sur.clone())
            .bind(session)
            .execute(uow.conn()?)
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
        .execute(uow.conn()?)
        .await?;
        let review_id: i64 = sqlx::query_scalar("SELECT id FROM reviews WHERE sur = $1 AND session = $2")
            .bind(sur.clone())
            .bind(session)
            .fetch_one(uow.conn()?)
            .await?;
        let themes = ensure_names(uow, "themes", doc.recommendations.iter().flat_map(|r| r.themes.iter())).await?;
        let groups =
            ensure_names(uow, "groups_of_persons", doc.recommendations.iter().flat_map(|r| r.groups_of_persons.iter()))
                .await?;
        let at = now();
        for r in &doc.recommendations {
            let natural = key(&sur, doc.session.get(), &r.paragraph);
            let new = NewDocRecommendation { natural_key: &natural, review_id, doc: &doc, r, at: &at };
            let (id, created) = find_or_create(uow, &new).await?;
            let mut changed = created;
            changed |=
                link_names(uow, "recommendation_themes", "theme_id", id, r.themes.iter().map(|t| themes[t])).await?;
            changed |=
                link_names(uow, "recommendation_groups", "group_id", id, r.groups_of_persons.iter().map(|g| groups[g]))
                    .await?;
            for goal in &r.sdgs {
                let done = sqlx::query("INSERT INTO recommendation_sdgs (recommendation_id, goal, target) VALUES ($1, $2, '') ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(i64::from(*goal))
                    .execute(uow.conn()?)
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
                && record_position(uow, id, p, &at).await?
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
            let waiting = apply_waiting(uow, symbol, &at).await?;
            report.positions_recorded += waiting.len() as u64;
            report.changed.extend(waiting);
        }
        // Source rows of this review (UPR Info, DIHR) now find their paragraphs.
        report.changed.extend(reconcile(uow, &std::collections::BTreeSet::from([review_id])).await?);
        report.changed.sort_unstable();
        report.changed.dedup();
        audit_document(uow, &doc.source, &report);
        Ok(report)
    }

    /// Imports an addendum's positions inside this unit of work, with its audit entry:
    /// recorded where their recommendations exist, kept for later otherwise.
    pub async fn import_positions(
        &mut self,
        report_symbol: &str,
        positions: &[(String, DocPosition)],
    ) -> Result<DocumentReport, StoreError> {
        let uow = self;
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
            .execute(uow.conn()?)
            .await?;
        }
        let at = now();
        let applied = apply_waiting(uow, report_symbol, &at).await?;
        let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reviews WHERE wg_report_symbol = $1")
            .bind(report_symbol.to_string())
            .fetch_one(uow.conn()?)
            .await?;
        let report = DocumentReport {
            positions_recorded: applied.len() as u64,
            positions_waiting: if known == 0 { positions.len() as u64 } else { 0 },
            updated: applied.len() as u64,
            changed: applied,
            ..Default::default()
        };
        let source = positions.first().map(|(_, p)| p.source.as_str()).unwrap_or(report_symbol);
        audit_document(uow, source, &report);
        Ok(report)
    }
}

/// Records a document import in the audit log (written at commit) and notes the
/// recommendations it changed for the search index.
fn audit_document(uow: &mut UnitOfWork, source: &str, report: &DocumentReport) {
    let after = serde_json::to_value(report).ok();
    uow.audit(None, "import", "ohchr_document", source, None, after);
    uow.changed(report.changed.iter().copied());
}

/// A recommendation a document prints, ready to store.
struct NewDocRecommendation<'a> {
    natural_key: &'a str,
    review_id: i64,
    doc: &'a ReviewDocument,
    r: &'a DocRecommendationInput,
    at: &'a str,
}

/// The id of the recommendation with this natural key, created (with its recommending States)
/// if missing; whether it was created.
async fn find_or_create(uow: &mut UnitOfWork, new: &NewDocRecommendation<'_>) -> Result<(i64, bool), StoreError> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM recommendations WHERE natural_key = $1")
        .bind(new.natural_key.to_string())
        .fetch_optional(uow.conn()?)
        .await?;
    if let Some(id) = found {
        return adopt(uow, new, id).await;
    }
    let (doc, r) = (new.doc, new.r);
    // Numbered by the database; a run that stored the key meanwhile makes this one a find.
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO recommendations (natural_key, fingerprint, review_id, sur, session, cycle, paragraph, text, \
         response, source, source_ref, created_at, updated_at) VALUES ($1, '', $2, $3, $4, $5, $6, $7, $8, $9, $10, \
         $11, $11) ON CONFLICT (natural_key) DO NOTHING RETURNING id",
    )
    .bind(new.natural_key.to_string())
    .bind(new.review_id)
    .bind(doc.sur.to_string())
    .bind(i64::from(doc.session.get()))
    .bind(i64::from(doc.session.cycle().get()))
    .bind(r.paragraph.clone())
    .bind(r.text.clone())
    .bind(Position::Pending.as_str())
    .bind(doc.source.clone())
    .bind(format!("para. {}", r.paragraph))
    .bind(new.at.to_string())
    .fetch_optional(uow.conn()?)
    .await?;
    let Some(id) = inserted else {
        let id = sqlx::query_scalar("SELECT id FROM recommendations WHERE natural_key = $1")
            .bind(new.natural_key.to_string())
            .fetch_one(uow.conn()?)
            .await?;
        return Ok((id, false));
    };
    write_states(uow, id, r).await?;
    Ok((id, true))
}

/// The States a document prints for a recommendation: they are the document's (a State a
/// source row had added becomes one), in OHCHR's order.
async fn write_states(uow: &mut UnitOfWork, id: i64, r: &DocRecommendationInput) -> Result<(), StoreError> {
    let states = r
        .recommending_states
        .iter()
        .enumerate()
        .map(|(i, s)| vec![Arg::Int(id), Arg::Text(s.to_string()), Arg::Int(i as i64), Arg::Int(0)])
        .collect();
    let tail = "ON CONFLICT (recommendation_id, iso3) DO UPDATE SET from_rows = 0, ord = excluded.ord";
    uow.bulk_insert("recommendation_states", &["recommendation_id", "iso3", "ord", "from_rows"], states, tail).await
}

/// A recommendation that source rows created for this paragraph (DIHR gives paragraphs) and
/// no document has named yet: the document's text and States become its own. Counts as
/// created, so that the document records its pending position like for a new one.
async fn adopt(uow: &mut UnitOfWork, new: &NewDocRecommendation<'_>, id: i64) -> Result<(i64, bool), StoreError> {
    let named = sqlx::query("SELECT 1 FROM positions WHERE recommendation_id = $1 AND publisher IS NULL")
        .bind(id)
        .fetch_optional(uow.conn()?)
        .await?
        .is_some();
    if named {
        return Ok((id, false));
    }
    sqlx::query("UPDATE recommendations SET text = $1, source = $2, source_ref = $3, updated_at = $4 WHERE id = $5")
        .bind(new.r.text.clone())
        .bind(new.doc.source.clone())
        .bind(format!("para. {}", new.r.paragraph))
        .bind(new.at.to_string())
        .bind(id)
        .execute(uow.conn()?)
        .await?;
    write_states(uow, id, new.r).await?;
    Ok((id, true))
}
