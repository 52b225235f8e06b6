//! What the fuzzer runs: each target has seed inputs made from the real files in
//! `../shared` and a function running one input through the real code. A new target is one
//! type implementing [`Target`] and one line in [`open`].

use anyhow::Context;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::{Engine, SearchError, Sort, search_page, sync::SyncError};
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, Store, StoreError};

/// The outcome of one input: `Err` says what went wrong (a panic is caught by the driver).
pub type Run = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;

/// A fuzz target.
pub trait Target: Send + Sync + 'static {
    /// The real inputs mutations start from.
    fn seeds(&self) -> &[Vec<u8>];
    /// Runs one input; `Err` when the code misbehaved (not when it rightly refused the input).
    fn run_one(self: Arc<Self>, input: Vec<u8>) -> Run;
}

/// Names accepted by `uprkit fuzz`.
pub const NAMES: &[&str] = &["query", "upr-info-csv", "upr-info-xlsx", "ohchr-pdf", "ohchr-docx", "upload"];

/// Opens a target by name; `shared` is the `shared` folder holding `data` and `bench`.
pub async fn open(name: &str, shared: &Path) -> anyhow::Result<Arc<dyn Target>> {
    Ok(match name {
        "query" => Arc::new(QueryTarget::open(shared).await?),
        "upr-info-csv" => Arc::new(UprInfoTarget::open(shared, false).await?),
        "upr-info-xlsx" => Arc::new(UprInfoTarget::open(shared, true).await?),
        "ohchr-pdf" => Arc::new(super::documents::DocumentTarget::open(shared, "pdf").await?),
        "ohchr-docx" => Arc::new(super::documents::DocumentTarget::open(shared, "docx").await?),
        "upload" => Arc::new(super::upload::UploadTarget::open(shared).await?),
        _ => anyhow::bail!("no fuzz target {name:?}: use one of {}", NAMES.join(", ")),
    })
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read seed file {}", path.display()))
}

/// The start of a real file, cut at a line end before `max` bytes: big files stay seeds
/// without making every run slow.
fn head(path: &Path, max: usize) -> anyhow::Result<Vec<u8>> {
    let mut bytes = read(path)?;
    if bytes.len() > max {
        let cut = bytes[..max].iter().rposition(|b| *b == b'\n' || *b == b'\r').unwrap_or(max);
        bytes.truncate(cut + 1);
    }
    Ok(bytes)
}

/// The real UPR Info CSV files (the big ones by their first 20 KB).
fn upr_info_csv_seeds(shared: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let data = shared.join("data");
    let mut seeds = vec![read(&data.join("fixtures/uprinfo_micro_25.csv"))?];
    for file in [
        "fixtures/uprinfo_tuvalu_sessions03_16.csv",
        "upr-info/recommendations_sessions01-16.csv",
        "upr-info/voluntary_pledges_sessions01-19.csv",
        "upr-info/raw/uprinfo_1-5.csv",
        "upr-info/export-2018/01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv",
    ] {
        seeds.push(head(&data.join(file), 20_000)?);
    }
    Ok(seeds)
}

/// The same rows as workbooks, the way people save a CSV from a spreadsheet.
fn upr_info_xlsx_seeds(shared: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let csvs = upr_info_csv_seeds(shared)?;
    // The UTF-8 CSV files (the raw export is Mac Roman, the 2018 one semicolon-separated).
    [0, 1, 3].iter().map(|i| workbook(&csvs[*i])).collect()
}

fn workbook(csv_bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv_bytes);
    for (r, record) in reader.records().enumerate() {
        for (c, value) in record?.iter().enumerate() {
            let (r, c) = (u32::try_from(r)?, u16::try_from(c)?);
            match value.parse::<f64>() {
                Ok(n) if r > 0 && value.len() < 6 => sheet.write_number(r, c, n)?,
                _ => sheet.write_string(r, c, value)?,
            };
        }
    }
    Ok(book.save_to_buffer()?)
}

/// `query`: a search as a URL query string (web page and API) and as the words of the search
/// box, run by the engine and the SQL path over a small real index (Tuvalu, 148 rows).
struct QueryTarget {
    _db: TestDatabase,
    store: Store,
    engine: Arc<Engine>,
    seeds: Vec<Vec<u8>>,
}

impl QueryTarget {
    async fn open(shared: &Path) -> anyhow::Result<QueryTarget> {
        let queries = std::fs::read_to_string(shared.join("bench/search-queries.txt"))
            .context("cannot read the benchmark queries")?;
        let mut seeds: Vec<Vec<u8>> = queries
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.as_bytes().to_vec())
            .collect();
        // The words alone too, as typed in the search box.
        let words: Vec<Vec<u8>> = seeds
            .iter()
            .filter_map(|s| uprkit_web::query::parse(std::str::from_utf8(s).ok(), 20).ok()?.filter.q)
            .map(String::into_bytes)
            .collect();
        seeds.extend(words);
        let db = TestDatabase::sqlite()?;
        let store = db.store().await?;
        let file = shared.join("data/fixtures/uprinfo_tuvalu_sessions03_16.csv");
        let UprInfoFile::Recommendations { records, .. } = upr_info::read_file(&file, &StateDirectory::load())? else {
            anyhow::bail!("{} holds no recommendations", file.display());
        };
        store.import(ImportBatch { source: "fuzz".into(), recommendations: records, pledges: vec![] }, &|_| {}).await?;
        let engine = Arc::new(Engine::open(&db.dir.join("index"))?);
        uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await?;
        Ok(QueryTarget { _db: db, store, engine, seeds })
    }
}

/// A refusal of the input (not a fault) from the engine or the database.
fn refused(e: &SyncError) -> bool {
    matches!(e, SyncError::Search(SearchError::Query(_)) | SyncError::Store(StoreError::Invalid(_)))
}

impl Target for QueryTarget {
    fn seeds(&self) -> &[Vec<u8>] {
        &self.seeds
    }

    fn run_one(self: Arc<Self>, input: Vec<u8>) -> Run {
        Box::pin(async move {
            let text = String::from_utf8_lossy(&input).into_owned();
            match uprkit_web::query::parse(Some(&text), 20) {
                Ok(req) => {
                    let (f, sort) = (&req.filter, req.sort);
                    match search_page(&self.engine, &self.store, f, sort, req.page, req.per_page).await {
                        Ok(page) if page.items.len() > page.per_page as usize => {
                            return Err(format!("page of {} items for per_page {}", page.items.len(), page.per_page));
                        }
                        Err(e) if !refused(&e) => return Err(format!("engine search failed: {e}")),
                        _ => {}
                    }
                    match self.store.search(f, req.page, req.per_page).await {
                        Err(StoreError::Invalid(_)) | Ok(_) => {}
                        Err(e) => return Err(format!("SQL search failed: {e}")),
                    }
                    if let Some(q) = &f.q {
                        let _ = self.engine.snippets(q, &[("en".to_string(), text.as_str())], 400);
                    }
                }
                Err(uprkit_web::WebError::BadRequest(_)) => {}
                Err(e) => return Err(format!("query string refused with {e:?}, not as a bad request")),
            }
            for sort in [Sort::Relevance, Sort::Newest, Sort::Sur] {
                match self.engine.search(Some(&text), &[], sort, 0, 20) {
                    Ok(_) | Err(SearchError::Query(_)) => {}
                    Err(e) => return Err(format!("engine search of the words failed: {e}")),
                }
            }
            Ok(())
        })
    }
}

/// `upr-info-csv` and `upr-info-xlsx`: a file through the real import (read, check, one
/// transaction) into a SQLite database; a refused file must leave the database unchanged.
struct UprInfoTarget {
    _db: TestDatabase,
    store: Store,
    app: uprkit_app::App,
    states: StateDirectory,
    name: PathBuf,
    seeds: Vec<Vec<u8>>,
}

impl UprInfoTarget {
    async fn open(shared: &Path, xlsx: bool) -> anyhow::Result<UprInfoTarget> {
        let seeds = if xlsx { upr_info_xlsx_seeds(shared)? } else { upr_info_csv_seeds(shared)? };
        let db = TestDatabase::sqlite()?;
        let store = db.store().await?;
        let engine = Arc::new(Engine::open(&db.dir.join("index"))?);
        let app = uprkit_app::App::new(store.clone(), engine);
        let name = PathBuf::from(if xlsx { "fuzz.xlsx" } else { "fuzz.csv" });
        Ok(UprInfoTarget { _db: db, store, app, states: StateDirectory::load(), name, seeds })
    }

    /// What a failed import must not change.
    async fn snapshot(&self) -> Result<(String, u64, u64), String> {
        let s = &self.store;
        let read = async {
            Ok::<_, StoreError>((s.content_stamp().await?, s.recommendation_count().await?, s.pledge_count().await?))
        };
        read.await.map_err(|e| format!("cannot read the database: {e}"))
    }
}

impl Target for UprInfoTarget {
    fn seeds(&self) -> &[Vec<u8>] {
        &self.seeds
    }

    fn run_one(self: Arc<Self>, input: Vec<u8>) -> Run {
        Box::pin(async move {
            let Ok(file) = upr_info::read_bytes(&self.name, &input, &self.states) else { return Ok(()) };
            let mut batch = ImportBatch { source: "fuzz".into(), ..Default::default() };
            match file {
                UprInfoFile::Recommendations { records, .. } => batch.recommendations = records,
                UprInfoFile::Pledges { records, .. } => batch.pledges = records,
            }
            let before = self.snapshot().await?;
            if let Err(e) = crate::commands::import::write(&self.app, batch).await {
                let after = self.snapshot().await?;
                if after != before {
                    return Err(format!("a refused import changed the database ({e:#})"));
                }
            }
            Ok(())
        })
    }
}
