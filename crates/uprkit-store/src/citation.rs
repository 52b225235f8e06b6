//! What it takes to cite one recommendation: the symbol of the Working Group report that
//! numbers it and its paragraph, wherever any source knows them; every source that gives it
//! (OHCHR documents, UPR Info exports, DIHR's data), named by kind and edition rather than by
//! file; and each step of its position history with the document that stated it.
//!
//! Nothing here is guessed: a symbol comes from an imported OHCHR document of the review or
//! from the document a DIHR row cites, never from the session and State alone.

use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::Row;
use uprkit_core::Publisher;

/// What kind of source gave a recommendation or stated one of its positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The Working Group's report (`A/HRC/28/15`), which numbers the recommendations.
    WgReport,
    /// OHCHR's thematic list (matrix) of the review's recommendations.
    ThematicList,
    /// An addendum to the report (`A/HRC/28/15/Add.1`): the State's views.
    Addendum,
    /// Another UN document (a Council decision, ...).
    OtherDocument,
    /// The Danish Institute for Human Rights' SDG data.
    Dihr,
    /// A UPR Info database export.
    UprInfo,
    /// Anything else a record names as its source (older imports, tests).
    Other,
}

/// One source of a recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedSource {
    /// What kind of source.
    pub kind: SourceKind,
    /// The UN document's symbol: the report or addendum itself, or for DIHR the report its
    /// rows cite.
    pub symbol: Option<String>,
    /// A publisher's edition: `2018-07-25`, `2015`, `2023`.
    pub edition: Option<String>,
    /// The source as stored, for kinds uprkit does not know how to name.
    pub raw: String,
}

/// One step of a recommendation's position history, with the document that stated it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedPosition {
    /// `supported`, `noted`, ...
    pub position: String,
    /// The supported part, for a partial support.
    pub supported_part: Option<String>,
    /// Who stated it.
    pub source: CitedSource,
    /// Where in it: `para. 3`, or a publisher's `file.csv:row 12`.
    pub source_ref: Option<String>,
    /// When uprkit recorded it (an import date, not the position's).
    pub recorded_at: String,
}

/// Everything needed to cite a recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Symbol of the Working Group report that lists it, when a source knows it.
    pub report_symbol: Option<String>,
    /// Its paragraph in that report (`115.24`), when a source knows it.
    pub paragraph: Option<String>,
    /// The Human Rights Council session the report went to.
    pub hrc_session: Option<u32>,
    /// The review's Working Group session, its year and dates when known.
    pub session: u16,
    /// Year of the Working Group session.
    pub session_year: Option<i32>,
    /// First and last days of the session, when known (`2022-11-07`).
    pub session_dates: Option<(String, String)>,
    /// The day of the review, when known.
    pub review_date: Option<String>,
    /// Every source that gives the recommendation, documents first.
    pub sources: Vec<CitedSource>,
    /// Its position history, oldest first.
    pub positions: Vec<CitedPosition>,
}

/// Whether `s` reads as a UN document symbol (`A/HRC/28/15/Add.1`): only those are linked.
pub fn is_un_symbol(s: &str) -> bool {
    s.starts_with("A/")
        && s.len() <= 60
        && s.split('/').count() >= 3
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.')
}

/// The HRC session a Council symbol belongs to: `A/HRC/28/15/Add.1` -> 28.
pub fn hrc_session_of(symbol: &str) -> Option<u32> {
    let mut parts = symbol.split('/');
    (parts.next()? == "A" && parts.next()? == "HRC").then_some(())?;
    parts.next()?.parse().ok()
}

/// What a stored source label is: `A/HRC/28/15`, `A/HRC/28/15/Add.1`, `OHCHR thematic list,
/// ...`, or a publisher's `UPR Info 2018-07-25` (with the publisher column when known).
pub fn classify(source: &str, publisher: Option<&str>) -> CitedSource {
    let raw = source.to_string();
    let publisher = publisher.and_then(Publisher::parse).or_else(|| {
        [Publisher::UprInfo, Publisher::Dihr].into_iter().find(|p| source.starts_with(&format!("{} ", p.as_str())))
    });
    if let Some(p) = publisher {
        let edition = source.strip_prefix(p.as_str()).map(str::trim).filter(|e| !e.is_empty()).map(String::from);
        let kind = if p == Publisher::Dihr { SourceKind::Dihr } else { SourceKind::UprInfo };
        return CitedSource { kind, symbol: None, edition, raw };
    }
    let symbol = source.split_whitespace().next().unwrap_or("").trim_end_matches([',', ';']);
    if is_un_symbol(symbol) {
        let kind = if symbol.contains("/Add.") {
            SourceKind::Addendum
        } else if hrc_session_of(symbol).is_some() && symbol.split('/').count() == 4 {
            SourceKind::WgReport
        } else {
            SourceKind::OtherDocument
        };
        return CitedSource { kind, symbol: Some(symbol.to_string()), edition: None, raw };
    }
    let kind = if source.starts_with("OHCHR thematic list") { SourceKind::ThematicList } else { SourceKind::Other };
    CitedSource { kind, symbol: None, edition: None, raw }
}

impl Store {
    /// What it takes to cite recommendation `id`; `None` when there is no such recommendation.
    pub async fn citation(&self, id: i64) -> Result<Option<Citation>, StoreError> {
        let Some(rec) = sqlx::query(
            "SELECT r.paragraph, r.source, r.session, v.wg_report_symbol, v.hrc_session, v.review_date, \
             s.year, s.start_date, s.end_date, \
             (SELECT COUNT(*) FROM recommendation_themes t WHERE t.recommendation_id = r.id) + \
             (SELECT COUNT(*) FROM recommendation_groups g WHERE g.recommendation_id = r.id) AS listed \
             FROM recommendations r JOIN reviews v ON v.id = r.review_id \
             LEFT JOIN sessions s ON s.number = r.session WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let own_source: String = rec.try_get("source")?;
        let mut sources = vec![classify(&own_source, None)];
        // Only OHCHR's thematic lists give UHRI themes and groups of persons.
        if rec.try_get::<i64, _>("listed")? > 0 {
            sources.push(CitedSource {
                kind: SourceKind::ThematicList,
                symbol: None,
                edition: None,
                raw: "OHCHR thematic list".into(),
            });
        }
        let rows = sqlx::query(
            "SELECT publisher, edition, document FROM source_rows WHERE recommendation_id = $1 \
             GROUP BY publisher, edition, document ORDER BY publisher, edition DESC, document",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut cited_by_rows: Option<String> = None;
        for row in &rows {
            let publisher: String = row.try_get("publisher")?;
            let edition: String = row.try_get("edition")?;
            let document: Option<String> =
                row.try_get::<Option<String>, _>("document")?.filter(|d| is_un_symbol(d.trim()));
            if cited_by_rows.is_none() {
                cited_by_rows.clone_from(&document);
            }
            let mut s = classify(&format!("{publisher} {edition}"), Some(&publisher));
            s.symbol = document;
            sources.push(s);
        }
        let positions = self.cited_positions(id).await?;
        sources.extend(positions.iter().map(|p| p.source.clone()));
        let sources = distinct(sources);
        let report_symbol =
            rec.try_get::<Option<String>, _>("wg_report_symbol")?.filter(|s| is_un_symbol(s)).or(cited_by_rows);
        let hrc_session = rec
            .try_get::<Option<i64>, _>("hrc_session")?
            .map(|n| n as u32)
            .or_else(|| report_symbol.as_deref().and_then(hrc_session_of));
        let dates =
            match (rec.try_get::<Option<String>, _>("start_date")?, rec.try_get::<Option<String>, _>("end_date")?) {
                (Some(a), Some(b)) => Some((a, b)),
                _ => None,
            };
        Ok(Some(Citation {
            report_symbol,
            paragraph: rec.try_get("paragraph")?,
            hrc_session,
            session: rec.try_get::<i64, _>("session")? as u16,
            session_year: rec.try_get::<Option<i64>, _>("year")?.map(|y| y as i32),
            session_dates: dates,
            review_date: rec.try_get("review_date")?,
            sources,
            positions,
        }))
    }

    /// A recommendation's position history, oldest first, each step with its source classified.
    async fn cited_positions(&self, id: i64) -> Result<Vec<CitedPosition>, StoreError> {
        let rows = sqlx::query(
            "SELECT position, supported_part, source, source_ref, recorded_at, publisher FROM positions \
             WHERE recommendation_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let source: String = r.try_get("source")?;
                let publisher: Option<String> = r.try_get("publisher")?;
                Ok(CitedPosition {
                    position: r.try_get("position")?,
                    supported_part: r.try_get("supported_part")?,
                    source: classify(&source, publisher.as_deref()),
                    source_ref: r.try_get("source_ref")?,
                    recorded_at: r.try_get("recorded_at")?,
                })
            })
            .collect()
    }
}

/// Sources once each, in [`SourceKind`] order (documents first), newest edition first; a
/// publisher's edition named by rows with and without a cited document counts once, with it.
fn distinct(mut sources: Vec<CitedSource>) -> Vec<CitedSource> {
    sources.sort_by(|a, b| {
        (a.kind, &b.edition, a.symbol.is_none(), &a.symbol).cmp(&(b.kind, &a.edition, b.symbol.is_none(), &b.symbol))
    });
    let mut out: Vec<CitedSource> = Vec::new();
    for s in sources {
        let same = |x: &CitedSource| match s.kind {
            SourceKind::UprInfo | SourceKind::Dihr => x.kind == s.kind && x.edition == s.edition,
            SourceKind::ThematicList => x.kind == s.kind,
            SourceKind::Other => x.kind == s.kind && x.raw == s.raw,
            _ => x.kind == s.kind && x.symbol == s.symbol,
        };
        if !out.iter().any(same) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_source_labels_are_classified() {
        let report = classify("A/HRC/28/15", None);
        assert_eq!((report.kind, report.symbol.as_deref()), (SourceKind::WgReport, Some("A/HRC/28/15")));
        assert_eq!(classify("A/HRC/28/15/Add.1", None).kind, SourceKind::Addendum);
        assert_eq!(classify("A/HRC/DEC/28/111", None).kind, SourceKind::OtherDocument);
        let upr = classify("UPR Info 2018-07-25", Some("UPR Info"));
        assert_eq!((upr.kind, upr.edition.as_deref()), (SourceKind::UprInfo, Some("2018-07-25")));
        assert_eq!(classify("DIHR 2023", None).kind, SourceKind::Dihr);
        assert_eq!(classify("OHCHR thematic list, Slovenia session 34", None).kind, SourceKind::ThematicList);
        let other = classify("test", None);
        assert_eq!((other.kind, other.symbol), (SourceKind::Other, None));
        assert!(!is_un_symbol("A/HRC/28/15\"><script>"));
        assert_eq!(hrc_session_of("A/HRC/43/15/Add.1"), Some(43));
        assert_eq!(hrc_session_of("E/CN.4/2006/1"), None);
    }

    #[test]
    fn each_source_once_documents_first() {
        let sources = distinct(vec![
            classify("UPR Info 2015", Some("UPR Info")),
            classify("A/HRC/14/15/Add.1", None),
            classify("UPR Info 2018-07-25", Some("UPR Info")),
            classify("A/HRC/14/15", None),
            classify("UPR Info 2018-07-25", Some("UPR Info")),
        ]);
        let kinds: Vec<_> = sources.iter().map(|s| (s.kind, s.edition.as_deref())).collect();
        assert_eq!(
            kinds,
            [
                (SourceKind::WgReport, None),
                (SourceKind::Addendum, None),
                (SourceKind::UprInfo, Some("2018-07-25")),
                (SourceKind::UprInfo, Some("2015"))
            ]
        );
    }
}
