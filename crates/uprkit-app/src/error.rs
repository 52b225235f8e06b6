//! The one error type of the use-cases.

use uprkit_store::StoreError;

/// Why a use-case refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The record does not exist, or the actor may not see it (the two answer alike).
    #[error("no such record")]
    NotFound,
    /// The actor must sign in first.
    #[error("sign in first")]
    SignInNeeded,
    /// The actor may not do this; the message says who may.
    #[error("{0}")]
    Forbidden(String),
    /// The input is wrong; the message says how.
    #[error("{0}")]
    Invalid(String),
    /// Someone else changed the record first; the message says what to do.
    #[error("{0}")]
    Conflict(String),
    /// Something failed inside (database unreachable, index not writable).
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Forbidden(m) => AppError::Forbidden(m),
            StoreError::Invalid(m) => AppError::Invalid(m),
            StoreError::Conflict(m) => AppError::Conflict(m),
            e => AppError::Internal(e.to_string()),
        }
    }
}

impl From<uprkit_search::sync::SyncError> for AppError {
    fn from(e: uprkit_search::sync::SyncError) -> Self {
        AppError::Internal(e.to_string())
    }
}
