//! Fresh databases for tests and benchmarks: an SQLite file in a temporary directory, and, when
//! `UPRKIT_TEST_POSTGRES_URL` is set, a new PostgreSQL database created for the test alone.

use crate::{Store, StoreError, sqlite_url_in};
use sqlx::any::install_default_drivers;
use sqlx::{AnyConnection, AssertSqlSafe, Connection, Executor};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

/// Environment variable with an admin URL of a PostgreSQL server for tests.
pub const POSTGRES_ENV: &str = "UPRKIT_TEST_POSTGRES_URL";

/// A database that exists for one test.
#[derive(Debug)]
pub struct TestDatabase {
    /// URL to connect to it.
    pub url: String,
    /// Directory that holds the SQLite file (and can hold an index or exports).
    pub dir: PathBuf,
    postgres: Option<(String, String)>,
    _temp: Option<tempfile_dir::TempDir>,
}

mod tempfile_dir {
    //! A minimal temporary directory, removed on drop, so the store needs no test-only crate
    //! in its normal dependencies.
    use std::path::{Path, PathBuf};

    #[derive(Debug)]
    pub struct TempDir(PathBuf);

    impl TempDir {
        pub fn new(label: &str) -> std::io::Result<Self> {
            let nanos =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let path = std::env::temp_dir().join(format!("uprkit-{label}-{}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&path)?;
            Ok(TempDir(path))
        }
        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique(label: &str) -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("{label}_{}_{}_{nanos}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

impl TestDatabase {
    /// A new, empty SQLite database.
    pub fn sqlite() -> std::io::Result<Self> {
        let temp = tempfile_dir::TempDir::new(&unique("t"))?;
        let dir = temp.path().to_path_buf();
        Ok(TestDatabase { url: sqlite_url_in(&dir), dir, postgres: None, _temp: Some(temp) })
    }

    /// A new, empty PostgreSQL database, or `None` when no test server is configured.
    pub async fn postgres() -> Result<Option<Self>, StoreError> {
        match std::env::var(POSTGRES_ENV) {
            Ok(admin) => Ok(Some(Self::postgres_at(&admin).await?)),
            Err(_) => Ok(None),
        }
    }

    /// A new, empty database on the PostgreSQL server that `admin` (a URL of any existing
    /// database there, with the right to create databases) points at.
    pub async fn postgres_at(admin: &str) -> Result<Self, StoreError> {
        let admin = admin.to_string();
        install_default_drivers();
        let name = unique("uprkit_test");
        let mut conn = AnyConnection::connect(&admin).await?;
        conn.execute(AssertSqlSafe(format!("CREATE DATABASE {name}"))).await?;
        conn.close().await?;
        let url = match admin.rfind('/') {
            Some(i) if i > admin.find("://").map(|s| s + 2).unwrap_or(0) => {
                format!("{}/{name}", &admin[..i])
            }
            _ => format!("{admin}/{name}"),
        };
        let temp = tempfile_dir::TempDir::new(&name).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let dir = temp.path().to_path_buf();
        Ok(TestDatabase { url, dir, postgres: Some((admin, name)), _temp: Some(temp) })
    }

    /// Both engines: SQLite always, PostgreSQL when configured.
    pub async fn all() -> Result<Vec<Self>, StoreError> {
        let mut out = vec![Self::sqlite().map_err(|e| StoreError::Invalid(e.to_string()))?];
        out.extend(Self::postgres().await?);
        Ok(out)
    }

    /// Connects and migrates.
    pub async fn store(&self) -> Result<Store, StoreError> {
        let store = Store::connect(&self.url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Removes a PostgreSQL test database (SQLite files go with their directory).
    pub async fn drop_database(self) -> Result<(), StoreError> {
        if let Some((admin, name)) = &self.postgres {
            let mut conn = AnyConnection::connect(admin).await?;
            conn.execute(AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).await?;
            conn.close().await?;
        }
        Ok(())
    }

    /// `sqlite` or `postgres`, for messages.
    pub fn engine_name(&self) -> &'static str {
        if self.postgres.is_some() { "postgres" } else { "sqlite" }
    }
}
