//! Baseline 1: PostgreSQL full-text search. One flat table (`tsvector` generated from the text
//! with the `english` configuration and a GIN index on it; GIN indexes on the many-valued
//! filters, B-trees on the others), loaded with `COPY`. Each search is one statement: the
//! matches are collected once, then counted, their facet values counted (one `unnest` of the
//! coded values, `GROUP BY`), and the first 20 taken by `ts_rank` (newest first without words).

use super::baseline::{Filter, FilterKind, FlatRow, MULTI, NUMBER_COLUMNS, Order, TEXT_COLUMNS, Vocabulary};
use super::fts_query::Words;
use super::grow::GrownCorpus;
use super::measure::{Answer, Contender};
use super::queries::{BenchQuery, PER_PAGE};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{AssertSqlSafe, ConnectOptions, Connection, Executor, Postgres, Row};
use std::str::FromStr;
use std::time::{Duration, Instant};

/// Rows per `COPY` chunk sent.
const CHUNK: usize = 20_000;

/// Session settings: generous memory for the index build and for counting.
const SETTINGS: &str = "SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'; \
                        SET plan_cache_mode = force_custom_plan";

/// How long the load took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Load {
    /// `COPY` of every row (the `tsvector` is computed here).
    pub copy: Duration,
    /// Building the indexes and `ANALYZE`.
    pub indexes: Duration,
}

/// A search bound to SQL.
struct Prepared {
    sql: String,
    binds: Vec<Bind>,
}

enum Bind {
    Text(String),
    Texts(Vec<String>),
    Ints(Vec<i64>),
}

/// The baseline, loaded and ready.
pub struct PostgresFts {
    conn: PgConnection,
    vocabulary: Vocabulary,
    prepared: Vec<Prepared>,
    /// How long loading took.
    pub load: Load,
    /// Server version, for the report.
    pub version: String,
}

impl PostgresFts {
    /// Creates the table in the (fresh) database at `url` and loads every grown row.
    pub async fn load(url: &str, corpus: &GrownCorpus) -> anyhow::Result<PostgresFts> {
        // Slow statements are what this baseline is timed for, not warnings.
        let options = PgConnectOptions::from_str(url)?.disable_statement_logging();
        let mut conn = PgConnection::connect_with(&options).await?;
        conn.execute(SETTINGS).await?;
        let version: String = conn.fetch_one("SHOW server_version").await?.try_get(0)?;
        let arrays: Vec<String> = MULTI.iter().map(|m| format!("{m} text[] NOT NULL")).collect();
        conn.execute(AssertSqlSafe(format!(
            "CREATE TABLE recs (id bigint NOT NULL, text text NOT NULL, sur text NOT NULL, \
             sur_regional_group text NOT NULL, cycle int NOT NULL, session int NOT NULL, response text NOT NULL, \
             action_category int, facets int[] NOT NULL, {}, \
             tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)",
            arrays.join(", ")
        )))
        .await?;
        let started = Instant::now();
        let mut vocabulary = Vocabulary::default();
        let mut copy = conn.copy_in_raw(&format!("COPY recs ({}) FROM STDIN WITH (FORMAT csv)", columns())).await?;
        let mut csv = csv::Writer::from_writer(Vec::new());
        for (n, document) in corpus.documents().enumerate() {
            write_row(&mut csv, &vocabulary.row(document))?;
            if (n + 1) % CHUNK == 0 {
                let full = std::mem::replace(&mut csv, csv::Writer::from_writer(Vec::new()));
                copy.send(full.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?.as_slice()).await?;
            }
        }
        copy.send(csv.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?.as_slice()).await?;
        copy.finish().await?;
        let copied = started.elapsed();
        let started = Instant::now();
        let mut statements = vec!["CREATE INDEX recs_tsv ON recs USING gin (tsv)".to_string()];
        statements.extend(MULTI.iter().map(|m| format!("CREATE INDEX recs_{m} ON recs USING gin ({m})")));
        statements
            .extend(TEXT_COLUMNS.iter().chain(&NUMBER_COLUMNS).map(|c| format!("CREATE INDEX recs_{c} ON recs ({c})")));
        statements.push("ALTER TABLE recs ADD PRIMARY KEY (id)".into());
        statements.push("VACUUM ANALYZE recs".into());
        for sql in statements {
            conn.execute(AssertSqlSafe(sql)).await?;
        }
        let load = Load { copy: copied, indexes: started.elapsed() };
        Ok(PostgresFts { conn, vocabulary, prepared: Vec::new(), load, version })
    }

    /// Translates every search to SQL (outside the timing).
    pub async fn prepare(&mut self, queries: &[BenchQuery]) -> anyhow::Result<()> {
        let mut prepared = Vec::with_capacity(queries.len());
        for q in queries {
            prepared.push(self.translate(q).await?);
        }
        self.prepared = prepared;
        Ok(())
    }

    async fn translate(&mut self, query: &BenchQuery) -> anyhow::Result<Prepared> {
        let mut binds = Vec::new();
        let mut parts = Vec::new();
        if let Some(text) = query.text() {
            let (web, prefixes) = Words::postgres_prefixes(text);
            if !web.trim().is_empty() {
                binds.push(Bind::Text(web));
                parts.push(format!("websearch_to_tsquery('english', ${})", binds.len()));
            }
            if !prefixes.is_empty() {
                binds.push(Bind::Text(prefixes.join(" & ")));
                parts.push(format!("to_tsquery('english', ${})", binds.len()));
            }
        }
        let mut tsquery = (!parts.is_empty()).then(|| format!("({})", parts.join(" && ")));
        if let Some(tsq) = &tsquery {
            // Only stop words: the engine then does not narrow by text, and neither does this.
            let sql = format!("SELECT numnode({tsq})");
            let mut check = sqlx::query::<Postgres>(AssertSqlSafe(sql));
            for b in &binds {
                if let Bind::Text(t) = b {
                    check = check.bind(t.clone());
                }
            }
            let nodes: i32 = check.fetch_one(&mut self.conn).await?.try_get(0)?;
            if nodes == 0 {
                tsquery = None;
                binds.clear();
            }
        }
        let mut conditions = Vec::new();
        if let Some(tsq) = &tsquery {
            conditions.push(format!("tsv @@ {tsq}"));
        }
        for filter in self.vocabulary.filters(query) {
            conditions.push(condition(&filter, &mut binds)?);
        }
        let rank = match &tsquery {
            Some(tsq) => format!("ts_rank(tsv, {tsq})"),
            None => "0::real".into(),
        };
        let order = match Order::of(query, tsquery.is_some()) {
            Order::Rank => "rank DESC, id",
            Order::Newest => "session DESC, id DESC",
            Order::Sur => "sur, session DESC, id",
        };
        let conditions = if conditions.is_empty() { "true".into() } else { conditions.join(" AND ") };
        let sql = format!(
            "WITH m AS MATERIALIZED (SELECT id, sur, session, facets, {rank} AS rank FROM recs WHERE {conditions}) \
             SELECT 0 AS kind, 0::bigint AS key, count(*) AS n FROM m \
             UNION ALL SELECT 1, x::bigint, count(*) FROM m, unnest(m.facets) AS x GROUP BY x \
             UNION ALL SELECT 2, id, row_number() OVER (ORDER BY {order}) \
             FROM (SELECT * FROM m ORDER BY {order} LIMIT {PER_PAGE}) AS page"
        );
        Ok(Prepared { sql, binds })
    }

    /// Closes the connection (so that the database can be dropped).
    pub async fn close(self) -> anyhow::Result<()> {
        self.conn.close().await?;
        Ok(())
    }
}

/// The SQL condition of one filter (columns are named after their facets).
fn condition(filter: &Filter, binds: &mut Vec<Bind>) -> anyhow::Result<String> {
    let column = filter.facet;
    Ok(match filter.kind()? {
        FilterKind::Number => {
            binds.push(Bind::Ints(filter.numbers()));
            format!("{column} = ANY(${})", binds.len())
        }
        FilterKind::Text => {
            binds.push(Bind::Texts(filter.values.clone()));
            format!("{column} = ANY(${})", binds.len())
        }
        FilterKind::Multi => {
            binds.push(Bind::Texts(filter.values.clone()));
            format!("{column} && ${}", binds.len())
        }
    })
}

/// One CSV line of the `COPY`, in [`columns`]' order.
fn write_row(csv: &mut csv::Writer<Vec<u8>>, row: &FlatRow) -> anyhow::Result<()> {
    let array = |values: &[String]| {
        let quoted: Vec<String> =
            values.iter().map(|v| format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))).collect();
        format!("{{{}}}", quoted.join(","))
    };
    let codes: Vec<String> = row.codes.iter().map(u32::to_string).collect();
    let mut record = vec![
        row.id.to_string(),
        row.text.clone(),
        row.sur.clone(),
        row.sur_regional_group.clone(),
        row.cycle.to_string(),
        row.session.to_string(),
        row.response.clone(),
        row.action_category.map(|a| a.to_string()).unwrap_or_default(),
        format!("{{{}}}", codes.join(",")),
    ];
    record.extend(row.multi.iter().map(|(_, values)| array(values)));
    csv.write_record(record)?;
    Ok(())
}

/// The columns of the `COPY`.
fn columns() -> String {
    let mut columns =
        vec!["id", "text", "sur", "sur_regional_group", "cycle", "session", "response", "action_category", "facets"];
    columns.extend(MULTI);
    columns.join(", ")
}

impl Contender for PostgresFts {
    async fn answer(&mut self, _query: &BenchQuery, index: usize) -> anyhow::Result<Answer> {
        let prepared = &self.prepared[index];
        let mut q = sqlx::query::<Postgres>(AssertSqlSafe(prepared.sql.clone()));
        for b in &prepared.binds {
            q = match b {
                Bind::Text(t) => q.bind(t.clone()),
                Bind::Texts(v) => q.bind(v.clone()),
                Bind::Ints(v) => q.bind(v.clone()),
            };
        }
        let rows = q.fetch_all(&mut self.conn).await?;
        let mut answer = Answer::default();
        let mut hits = Vec::new();
        let mut counts = Vec::new();
        for row in rows {
            let (kind, key, n): (i32, i64, i64) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
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
