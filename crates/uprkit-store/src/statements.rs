//! Statements at the adoption of a review's outcome in the Human Rights Council (issue 15):
//! oral or written, owned records of a workspace that carry its visibility.

use crate::StoreError;
use crate::owned::{Field, OwnedRecord};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use uprkit_core::statement::{Accreditation, StatementKind, pace_is_sane};

/// Longest text of a statement, in bytes (a 2,000-word statement with footnotes is about
/// 15 KB).
pub const STATEMENT_MAX_BYTES: usize = 100_000;
/// Longest short field, in characters.
const SHORT_MAX: usize = 500;

/// One statement prepared in a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Statement {
    /// The workspace (the review it speaks to).
    pub workspace_id: i64,
    /// Oral or written.
    pub kind: StatementKind,
    /// Title (a written statement's heading; a name for an oral one).
    pub title: String,
    /// The text, in builder markup (footnotes `^[...]`).
    pub body: String,
    /// Speaking pace, words a minute.
    pub pace: i64,
    /// The organisation's ECOSOC status.
    pub accreditation: Accreditation,
    /// The organisation (or organisations) the statement is made for, as printed.
    pub organisation_name: String,
    /// The accredited partner that delivers or submits it, when the organisation has no status.
    pub partner: String,
    /// Who speaks (oral statements).
    pub speaker: String,
    /// Language of the document's labels: `en`, `fr` or `es`.
    pub language: String,
}

fn short(what: &str, value: &str, required: bool) -> Result<(), StoreError> {
    if required && value.trim().is_empty() {
        return Err(StoreError::Invalid(format!("{what} is required")));
    }
    if value.trim().chars().count() > SHORT_MAX {
        return Err(StoreError::Invalid(format!("{what} is longer than {SHORT_MAX} characters")));
    }
    Ok(())
}

fn decode(what: &str, value: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("{what} {value:?}").into())
}

impl OwnedRecord for Statement {
    const KIND: &'static str = "statement";
    const TABLE: &'static str = "statements";
    const COLUMNS: &'static [&'static str] = &[
        "workspace_id",
        "kind",
        "title",
        "body",
        "pace",
        "accreditation",
        "organisation_name",
        "partner",
        "speaker",
        "language",
    ];
    const COALITION_EDITS: bool = true;

    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let kind: String = row.try_get("kind")?;
        let accreditation: String = row.try_get("accreditation")?;
        Ok(Statement {
            workspace_id: row.try_get("workspace_id")?,
            kind: StatementKind::parse(&kind).ok_or_else(|| decode("kind", &kind))?,
            title: row.try_get("title")?,
            body: row.try_get("body")?,
            pace: row.try_get("pace")?,
            accreditation: Accreditation::parse(&accreditation).ok_or_else(|| decode("status", &accreditation))?,
            organisation_name: row.try_get("organisation_name")?,
            partner: row.try_get("partner")?,
            speaker: row.try_get("speaker")?,
            language: row.try_get("language")?,
        })
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::Int(self.workspace_id),
            Field::Text(self.kind.as_str().into()),
            Field::Text(self.title.trim().to_string()),
            Field::Text(self.body.clone()),
            Field::Int(self.pace),
            Field::Text(self.accreditation.as_str().into()),
            Field::Text(self.organisation_name.trim().to_string()),
            Field::Text(self.partner.trim().to_string()),
            Field::Text(self.speaker.trim().to_string()),
            Field::Text(self.language.trim().to_string()),
        ]
    }

    fn check(&self) -> Result<(), StoreError> {
        short("the title", &self.title, true)?;
        short("the organisation", &self.organisation_name, false)?;
        short("the partner", &self.partner, false)?;
        short("the speaker", &self.speaker, false)?;
        if self.body.len() > STATEMENT_MAX_BYTES {
            return Err(StoreError::Invalid(format!("a statement's text is at most {STATEMENT_MAX_BYTES} bytes")));
        }
        if !u32::try_from(self.pace).is_ok_and(pace_is_sane) {
            return Err(StoreError::Invalid(format!(
                "a speaking pace of {} words a minute is not one a person reads at: choose between {} and {}",
                self.pace,
                uprkit_core::statement::MIN_PACE,
                uprkit_core::statement::MAX_PACE
            )));
        }
        if !["en", "fr", "es"].contains(&self.language.trim()) {
            return Err(StoreError::Invalid("the labels' language is en, fr or es".into()));
        }
        Ok(())
    }
}
