//! Baseline 2: SQLite FTS5 (the bundled SQLite). An FTS5 table (`porter` tokenizer) keyed by
//! the recommendation id, a flat table with B-trees on the single-valued filters, and one
//! (facet, value, id) table for the many-valued ones. Each search is one statement, shaped
//! like PostgreSQL's: matches collected once, counted, facet values counted (`json_each`
//! over the coded values), first 20 by `bm25` (newest first without words).

use super::baseline::{Filter, FilterKind, Order, Vocabulary};
use super::fts_query::Words;
use super::grow::GrownCorpus;
use super::measure::{Answer, Contender};
use super::queries::{BenchQuery, PER_PAGE};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::{AssertSqlSafe, ConnectOptions, Connection, Executor, Row, Sqlite};
use std::path::Path;
use std::time::{Duration, Instant};

/// Rows per insert statement (sent as one JSON array).
const CHUNK: usize = 10_000;

/// Page cache and memory map: enough to hold the whole database, as PostgreSQL's page cache
/// does.
const PRAGMAS: &str = "PRAGMA cache_size = -1048576; PRAGMA mmap_size = 8589934592; PRAGMA temp_store = MEMORY";

/// A search bound to SQL.
struct Prepared {
    sql: String,
    binds: Vec<Bind>,
}

enum Bind {
    Text(String),
    Int(i64),
}

/// The baseline, loaded and ready.
pub struct SqliteFts {
    conn: SqliteConnection,
    vocabulary: Vocabulary,
    prepared: Vec<Prepared>,
    /// How long loading took (rows, full-text index, B-trees, `optimize`, `ANALYZE`).
    pub load: Duration,
    /// SQLite version, for the report.
    pub version: String,
}

impl SqliteFts {
    /// Creates the database file `path` and loads every grown row.
    pub async fn load(path: &Path, corpus: &GrownCorpus) -> anyhow::Result<SqliteFts> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            // Slow statements are what this baseline is timed for, not warnings.
            .disable_statement_logging();
        let mut conn = SqliteConnection::connect_with(&options).await?;
        conn.execute(PRAGMAS).await?;
        let version: String = conn.fetch_one("SELECT sqlite_version()").await?.try_get(0)?;
        let fts5: i64 = conn.fetch_one("SELECT sqlite_compileoption_used('ENABLE_FTS5')").await?.try_get(0)?;
        anyhow::ensure!(fts5 == 1, "the bundled SQLite {version} was built without FTS5");
        conn.execute(
            "CREATE TABLE recs (id INTEGER PRIMARY KEY, sur TEXT NOT NULL, sur_regional_group TEXT NOT NULL, \
             cycle INTEGER NOT NULL, \
             session INTEGER NOT NULL, response TEXT NOT NULL, action_category INTEGER, facets BLOB NOT NULL); \
             CREATE TABLE rec_multi (facet TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL, \
             PRIMARY KEY (facet, value, id)) WITHOUT ROWID; \
             CREATE VIRTUAL TABLE recs_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')",
        )
        .await?;
        let started = Instant::now();
        let mut vocabulary = Vocabulary::default();
        let mut tx = conn.begin().await?;
        let mut documents = corpus.documents().peekable();
        while documents.peek().is_some() {
            let rows: Vec<_> = documents.by_ref().take(CHUNK).map(|d| vocabulary.row(d)).collect();
            let main: Vec<_> = rows
                .iter()
                .map(|r| {
                    let row = (r.id, &r.sur, r.cycle, r.session, &r.response, r.action_category, &r.codes, &r.text);
                    (row, &r.sur_regional_group)
                })
                .collect();
            let multi: Vec<(&str, &String, i64)> = rows
                .iter()
                .flat_map(|r| r.multi.iter().flat_map(move |(f, values)| values.iter().map(move |v| (*f, v, r.id))))
                .collect();
            let main = serde_json::to_string(&main)?;
            sqlx::query(
                "INSERT INTO recs (id, sur, cycle, session, response, action_category, facets, sur_regional_group) \
                 SELECT value->>'$[0][0]', value->>'$[0][1]', value->>'$[0][2]', value->>'$[0][3]', \
                 value->>'$[0][4]', value->>'$[0][5]', jsonb(value->'$[0][6]'), value->>'$[1]' FROM json_each(?1)",
            )
            .bind(&main)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO recs_fts (rowid, text) SELECT value->>'$[0][0]', value->>'$[0][7]' FROM json_each(?1)",
            )
            .bind(&main)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT OR IGNORE INTO rec_multi (facet, value, id) SELECT value->>0, value->>1, value->>2 \
                 FROM json_each(?1)",
            )
            .bind(serde_json::to_string(&multi)?)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        conn.execute(
            "CREATE INDEX recs_sur ON recs (sur); CREATE INDEX recs_cycle ON recs (cycle); \
             CREATE INDEX recs_session ON recs (session); CREATE INDEX recs_response ON recs (response); \
             CREATE INDEX recs_sur_regional_group ON recs (sur_regional_group); \
             CREATE INDEX recs_action_category ON recs (action_category); \
             INSERT INTO recs_fts (recs_fts) VALUES ('optimize'); ANALYZE",
        )
        .await?;
        Ok(SqliteFts { conn, vocabulary, prepared: Vec::new(), load: started.elapsed(), version })
    }

    /// Closes the connection (the file goes with its temporary folder).
    pub async fn close(self) -> anyhow::Result<()> {
        self.conn.close().await?;
        Ok(())
    }

    /// Translates every search to SQL (outside the timing).
    pub fn prepare(&mut self, queries: &[BenchQuery]) -> anyhow::Result<()> {
        self.prepared = queries.iter().map(|q| self.translate(q)).collect::<anyhow::Result<_>>()?;
        Ok(())
    }

    fn translate(&self, query: &BenchQuery) -> anyhow::Result<Prepared> {
        let mut binds = Vec::new();
        let mut conditions = Vec::new();
        let matching = query.text().and_then(|t| Words::parse(t).fts5());
        // CROSS JOIN makes the full-text match drive the search, as FTS5's documentation
        // advises: left to choose, SQLite would sometimes walk a filter's rows and run the
        // full-text query once per row (37 s for `q=trafficking&issue=Trafficking` at 1M).
        let from = match &matching {
            Some(expr) => {
                binds.push(Bind::Text(expr.clone()));
                conditions.push("recs_fts MATCH ?1".to_string());
                "SELECT r.id AS id, r.sur AS sur, r.session AS session, r.facets AS facets, recs_fts.rank AS rank \
                 FROM recs_fts CROSS JOIN recs r ON r.id = recs_fts.rowid"
            }
            None => "SELECT r.id AS id, r.sur AS sur, r.session AS session, r.facets AS facets, 0 AS rank FROM recs r",
        };
        for filter in self.vocabulary.filters(query) {
            conditions.push(condition(&filter, &mut binds)?);
        }
        let order = match Order::of(query, matching.is_some()) {
            Order::Rank => "rank, id",
            Order::Newest => "session DESC, id DESC",
            Order::Sur => "sur, session DESC, id",
        };
        let conditions = if conditions.is_empty() { "1".into() } else { conditions.join(" AND ") };
        let sql = format!(
            "WITH m AS MATERIALIZED ({from} WHERE {conditions}) \
             SELECT 0 AS kind, 0 AS key, count(*) AS n FROM m \
             UNION ALL SELECT 1, j.value, count(*) FROM m, json_each(m.facets) AS j GROUP BY j.value \
             UNION ALL SELECT 2, id, row_number() OVER (ORDER BY {order}) \
             FROM (SELECT * FROM m ORDER BY {order} LIMIT {PER_PAGE})"
        );
        Ok(Prepared { sql, binds })
    }
}

/// The SQL condition of one filter (columns are named after their facets).
fn condition(filter: &Filter, binds: &mut Vec<Bind>) -> anyhow::Result<String> {
    let mut list = |values: Vec<Bind>| {
        let placeholders: Vec<String> = values
            .into_iter()
            .map(|b| {
                binds.push(b);
                format!("?{}", binds.len())
            })
            .collect();
        placeholders.join(", ")
    };
    let texts = || filter.values.iter().cloned().map(Bind::Text).collect();
    Ok(match filter.kind()? {
        FilterKind::Multi => {
            let facet = list(vec![Bind::Text(filter.facet.to_string())]);
            let values = list(texts());
            format!("r.id IN (SELECT id FROM rec_multi WHERE facet = {facet} AND value IN ({values}))")
        }
        FilterKind::Text => format!("r.{} IN ({})", filter.facet, list(texts())),
        FilterKind::Number => {
            format!("r.{} IN ({})", filter.facet, list(filter.numbers().into_iter().map(Bind::Int).collect()))
        }
    })
}

impl Contender for SqliteFts {
    async fn answer(&mut self, _query: &BenchQuery, index: usize) -> anyhow::Result<Answer> {
        let prepared = &self.prepared[index];
        let mut q = sqlx::query::<Sqlite>(AssertSqlSafe(prepared.sql.clone()));
        for b in &prepared.binds {
            q = match b {
                Bind::Text(t) => q.bind(t.clone()),
                Bind::Int(i) => q.bind(*i),
            };
        }
        let rows = q.fetch_all(&mut self.conn).await?;
        let mut answer = Answer::default();
        let mut hits = Vec::new();
        let mut counts = Vec::new();
        for row in rows {
            let (kind, key, n): (i64, i64, i64) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            match kind {
                0 => answer.total = n as u64,
                1 => counts.push((key, n as u64)),
                _ => hits.push((n, key)),
            }
        }
        hits.sort_unstable();
        answer.hits = hits.into_iter().map(|(_, id)| id).collect();
        answer.facets = self.vocabulary.facets(counts.into_iter());
        Ok(answer)
    }
}
