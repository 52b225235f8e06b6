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

/// Rows in a table (a name of letters and underscores), for tests that prove nothing was left
/// behind.
pub async fn count_rows(store: &Store, table: &str) -> Result<i64, StoreError> {
    if table.is_empty() || !table.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(StoreError::Invalid(format!("not a table name: {table:?}")));
    }
    let row = sqlx::query(AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM {table}"))).fetch_one(&store.pool).await?;
    Ok(sqlx::Row::try_get(&row, "n")?)
}

/// Makes the `n`-th statement of every later unit of work on this store fail (`None`: none),
/// to prove that a use-case interrupted half-way leaves no partial rows and no audit row.
pub fn fail_statement(store: &Store, n: Option<usize>) {
    store.faults.set(n);
}

/// Tables of the database that have a column of this name.
pub async fn tables_with_column(store: &Store, column: &str) -> Result<Vec<String>, StoreError> {
    let sql = match store.engine {
        crate::DatabaseEngine::Sqlite => {
            "SELECT m.name AS t FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.name = $1 ORDER BY m.name"
        }
        crate::DatabaseEngine::Postgres => {
            // Base tables only: a view (coded_values) has nothing a merge could lose.
            "SELECT c.table_name::text AS t FROM information_schema.columns c \
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND c.column_name = $1 AND t.table_type = 'BASE TABLE' \
             ORDER BY c.table_name"
        }
    };
    let rows = sqlx::query(sql).bind(column.to_string()).fetch_all(&store.pool).await?;
    rows.iter().map(|r| Ok(sqlx::Row::try_get(r, "t")?)).collect()
}

/// Tables with a `recommendation_id` column that the merging of recommendations does not
/// know: each must be declared as referring to a recommendation (its rows follow a merge)
/// or as derived from sources (deleted with a merged record), else a merge would lose rows.
pub async fn undeclared_recommendation_tables(store: &Store) -> Result<Vec<String>, StoreError> {
    let declared = crate::import::recommendation_tables();
    let tables = tables_with_column(store, "recommendation_id").await?;
    Ok(tables.into_iter().filter(|t| !declared.contains(&t.as_str())).collect())
}

/// Makes every API token of the database expired, as if its lifetime had passed.
pub async fn expire_api_tokens(store: &Store) -> Result<(), StoreError> {
    sqlx::query("UPDATE api_tokens SET expires_at = '2000-01-01T00:00:00Z'").execute(&store.pool).await?;
    Ok(())
}

/// Audit entries about one kind of record.
pub async fn audit_count(store: &Store, record_type: &str) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE record_type = $1")
        .bind(record_type.to_string())
        .fetch_one(&store.pool)
        .await?;
    Ok(sqlx::Row::try_get(&row, "n")?)
}

/// Rows in every table of the database, with the counts of used invitations and of
/// memberships per role (changes made in place, which row counts alone would miss): a
/// snapshot that tells whether an interrupted write left anything behind.
pub async fn row_counts(store: &Store) -> Result<std::collections::BTreeMap<String, i64>, StoreError> {
    let tables = match store.engine {
        crate::DatabaseEngine::Sqlite => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        crate::DatabaseEngine::Postgres => {
            "SELECT table_name::text AS t FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
    };
    let mut counts = std::collections::BTreeMap::new();
    for row in sqlx::query(tables).fetch_all(&store.pool).await? {
        let table: String = sqlx::Row::try_get(&row, "t")?;
        if table.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            let n = count_rows(store, &table).await?;
            counts.insert(table, n);
        }
    }
    let used =
        sqlx::query("SELECT COUNT(*) AS n FROM invitations WHERE used_at IS NOT NULL").fetch_one(&store.pool).await?;
    counts.insert("invitations used".into(), sqlx::Row::try_get(&used, "n")?);
    for role in ["owner", "editor", "viewer"] {
        let r = sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE role = $1")
            .bind(role.to_string())
            .fetch_one(&store.pool)
            .await?;
        counts.insert(format!("memberships {role}"), sqlx::Row::try_get(&r, "n")?);
    }
    Ok(counts)
}
