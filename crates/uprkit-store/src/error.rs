//! Errors of the store.

/// Anything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL is neither SQLite nor PostgreSQL.
    #[error("unsupported database URL {0}: use sqlite://FILE or postgres://USER@HOST/DB")]
    UnsupportedUrl(String),
    /// The database cannot be reached or opened.
    #[error("cannot open the database {url}: {source}")]
    Connect {
        /// The URL, password hidden.
        url: String,
        /// The driver's reason.
        source: sqlx::Error,
    },
    /// A migration failed.
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A query failed.
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    /// The person may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// Someone else changed the record first (two saves of the same version).
    #[error("{0}")]
    Conflict(String),
    /// A record refers to something the database does not hold.
    #[error("{0}")]
    Invalid(String),
}
