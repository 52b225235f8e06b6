//! Persistence for uprkit through sqlx: an SQLite file by default, PostgreSQL for hosted,
//! multi-user deployments. One set of queries serves both engines (written with `$n`
//! placeholders, which SQLite also reads); each engine has its own migration folder with the
//! same migration names.

mod actor;
mod args;
mod audit;
mod bulk;
mod calendar;
pub mod citation;
pub mod classification;
mod documents;
mod error;
mod import;
mod invitations;
mod logins;
mod notes;
mod organisations;
mod owned;
mod people;
mod reference;
mod search;
mod section_versions;
pub mod smart;
pub mod state_dashboard;
mod statements;
mod stats;
pub mod testing;
mod tokens;
mod unit;
mod workspaces;

pub use actor::Actor;
pub use audit::AuditEntry;
pub use documents::DocumentReport;
pub use error::StoreError;
pub use import::{Correction, DataReport, ImportReport, ImportSummary, SourceReport};
pub use invitations::{Acceptance, Invitee};
pub use logins::{
    FREE_ADDRESS_FAILURES, FREE_FAILURES, MAX_ACCOUNT_DELAY_SECONDS, MAX_ADDRESS_DELAY_SECONDS, SESSION_SECONDS,
    WebSession, delay_after,
};
pub use notes::{NOTE_MAX_BYTES, Note};
pub use owned::{Field, OWNED_RECORDS, Owned, OwnedRecord, Ownership, Visibility};
pub use people::{Role, User, hash_password, random_token};
pub use section_versions::SectionVersion;
pub use statements::{STATEMENT_MAX_BYTES, Statement};
pub use stats::{CycleCount, PositionEntry};
pub use tokens::{ApiToken, MAX_TOKEN_DAYS, TOKEN_PREFIX};
pub use unit::{Committed, UnitOfWork};
pub use uprkit_core::imported::{
    DocPosition, DocRecommendationInput, ImportBatch, NewPledge, NewRecommendation, ReviewDocument,
};
pub use workspaces::{Consultation, RaisedIssue, SECTION_MAX_BYTES, Section, SectionState, Workspace};

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, Executor, Transaction};
use std::path::Path;

/// The database engine behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseEngine {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// The uprkit database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    engine: DatabaseEngine,
    faults: unit::FaultPlan,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The SQLite URL of the database file inside a data directory.
pub fn sqlite_url_in(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data_dir.join("uprkit.db").display())
}

impl Store {
    /// Connects to `sqlite://...` or `postgres://...`. An SQLite file is created if missing.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        install_default_drivers();
        let engine = if url.starts_with("sqlite:") {
            DatabaseEngine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            DatabaseEngine::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(redact(url)));
        };
        let options = AnyPoolOptions::new().max_connections(if engine == DatabaseEngine::Sqlite { 4 } else { 10 });
        let options = options.after_connect(move |conn, _meta| {
            Box::pin(async move {
                if engine == DatabaseEngine::Sqlite {
                    // WAL lets the web app read while an import writes; foreign keys are off by
                    // default in SQLite.
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA busy_timeout = 10000").await?;
                }
                Ok(())
            })
        });
        let pool = options.connect(url).await.map_err(|source| StoreError::Connect { url: redact(url), source })?;
        Ok(Store { pool, engine, faults: unit::FaultPlan::default() })
    }

    /// Applies pending migrations and refreshes the reference data (States, aliases, cycles,
    /// sessions). Safe to run any number of times.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.engine {
            DatabaseEngine::Sqlite => &SQLITE_MIGRATIONS,
            DatabaseEngine::Postgres => &POSTGRES_MIGRATIONS,
        };
        if self.engine == DatabaseEngine::Sqlite {
            // sqlx takes no lock for SQLite migrations (it does on PostgreSQL): two processes
            // opening a new data directory at once would both apply the first migration. Inside
            // a write transaction the second waits, then finds them applied (each migration
            // runs in a savepoint of it).
            let mut tx = self.begin_write().await?;
            migrator.run(&mut *tx).await?;
            tx.commit().await?;
        } else {
            migrator.run(&self.pool).await?;
        }
        reference::seed(self).await
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that reads first and writes later cannot wait for
    /// another writer (SQLite answers SQLITE_BUSY at once rather than risk a deadlock), while
    /// one that starts with the lock waits for it up to the busy timeout.
    pub(crate) async fn begin_write(&self) -> Result<Transaction<'static, Any>, StoreError> {
        Ok(match self.engine {
            DatabaseEngine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            DatabaseEngine::Postgres => self.pool.begin().await?,
        })
    }

    /// Which engine this store runs on.
    pub fn engine(&self) -> DatabaseEngine {
        self.engine
    }

    /// Closes every connection (lets an SQLite file be removed, a PostgreSQL database dropped).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Hides a password in a database URL before it is shown or logged.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Current time as an RFC 3339 UTC timestamp, the form every `*_at` column holds.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(super::redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(super::redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
