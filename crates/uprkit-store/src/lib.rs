//! Persistence for uprkit through sqlx: an SQLite file by default, PostgreSQL for hosted,
//! multi-user deployments. One set of queries serves both engines (written with `$n`
//! placeholders, which SQLite also reads); each engine has its own migration folder with the
//! same migration names.

mod args;
mod audit;
mod calendar;
mod documents;
mod error;
mod import;
mod invitations;
mod notes;
mod people;
mod reference;
mod search;
mod sessions;
mod stats;
pub mod testing;
mod visibility;

pub use audit::AuditEntry;
pub use documents::{DocPosition, DocRecommendationInput, DocumentReport, ReviewDocument};
pub use error::StoreError;
pub use import::{ImportBatch, ImportReport, ImportSummary, NewPledge, NewRecommendation};
pub use invitations::{Acceptance, Invitee};
pub use notes::{Note, Visibility};
pub use people::{Role, User, hash_password, random_token};
pub use sessions::{
    FREE_ADDRESS_FAILURES, FREE_FAILURES, MAX_ACCOUNT_DELAY_SECONDS, MAX_ADDRESS_DELAY_SECONDS, SESSION_SECONDS,
    WebSession, delay_after,
};
pub use stats::{CycleCount, PositionEntry};
pub use visibility::Viewer;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::path::Path;

/// The database engine behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// The uprkit database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    engine: Engine,
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
            Engine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(redact(url)));
        };
        let options = AnyPoolOptions::new().max_connections(if engine == Engine::Sqlite { 4 } else { 10 });
        let options = options.after_connect(move |conn, _meta| {
            Box::pin(async move {
                if engine == Engine::Sqlite {
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
        Ok(Store { pool, engine })
    }

    /// Applies pending migrations and refreshes the reference data (States, aliases, cycles,
    /// sessions). Safe to run any number of times.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        reference::seed(self).await
    }

    /// Which engine this store runs on.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The connection pool, for the crates that run their own queries.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
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
