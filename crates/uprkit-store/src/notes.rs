//! An organisation's notes on recommendations: private, shared with a coalition, or public.
//! The first owned record; everything about who may see or change it comes from
//! [`OwnedRecord`](crate::OwnedRecord).

use crate::StoreError;
use crate::owned::{Field, OwnedRecord};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Longest note, in bytes.
pub const NOTE_MAX_BYTES: usize = 20_000;

/// A remark of an organisation on one recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Note {
    /// The recommendation it is about.
    pub recommendation_id: i64,
    /// Text.
    pub body: String,
}

impl OwnedRecord for Note {
    const KIND: &'static str = "note";
    const TABLE: &'static str = "notes";
    const COLUMNS: &'static [&'static str] = &["recommendation_id", "body"];

    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Note { recommendation_id: row.try_get("recommendation_id")?, body: row.try_get("body")? })
    }

    fn fields(&self) -> Vec<Field> {
        vec![Field::Int(self.recommendation_id), Field::Text(self.body.trim().to_string())]
    }

    fn check(&self) -> Result<(), StoreError> {
        let body = self.body.trim();
        if body.is_empty() || body.len() > NOTE_MAX_BYTES {
            return Err(StoreError::Invalid("a note needs some text (at most 20,000 characters)".into()));
        }
        Ok(())
    }
}
