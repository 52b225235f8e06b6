//! The search engine: opening (or rebuilding) the index, writing documents, searching.

use crate::codes::FacetCodes;
use crate::collector::{Counts, FacetCounter, SegmentCodes};
use crate::document::IndexDocument;
use crate::query::TextQuery;
use crate::schema::{Fields, SCHEMA_VERSION, register_analysers, schema};

mod results;
mod snippets;
mod suggest;
pub use results::{Hit, SearchError, SearchResult, Sort};
use serde::{Deserialize, Serialize};
pub use snippets::escape_prefix;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
pub use suggest::{Correction, FEW_MATCHES, MAX_LOOKUPS, Suggestion};
use tantivy::collector::TopDocs;
use tantivy::index::SegmentId;
use tantivy::query::{AllQuery, BooleanQuery, EmptyQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

/// What the index was last built from, saved beside it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
struct Stamp {
    schema_version: u32,
    database: String,
}

/// The search engine over one index folder.
pub struct Engine {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    dir: PathBuf,
    codes: RwLock<FacetCodes>,
    segments: Mutex<Arc<HashMap<SegmentId, Arc<SegmentCodes>>>>,
    writer: Mutex<()>,
    /// Facet counts of the whole index for one searcher generation: a search that matches
    /// everything (no filter, or only common words) would otherwise count every document.
    everything: Mutex<Option<(u64, Arc<Counts>)>>,
    /// The first matches of everything, per order, for one searcher generation: ordering a
    /// million documents for the first pages of an unfiltered search is the other slow part.
    everything_top: Mutex<TopCache>,
}

/// First matches of an unfiltered search by (searcher generation, ordered by SuR).
type TopCache = HashMap<(u64, bool), Arc<Vec<DocAddress>>>;

/// How many of the first matches of an unfiltered search are kept per order.
const TOP_CACHED: usize = 1_000;

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("dir", &self.dir).finish()
    }
}

fn read_stamp(dir: &Path) -> Stamp {
    std::fs::read(dir.join("uprkit-index.json")).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Opens the index in `dir`, creating it if there is none. Another process (a second import,
/// the server) may be creating it at the same moment: the stamp is written before the index,
/// so an index never lacks its stamp, and a create that loses the race opens the winner's.
fn open_or_create(dir: &Path, schema: &tantivy::schema::Schema) -> Result<Index, SearchError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let result = if dir.join("meta.json").exists() {
            Index::open_in_dir(dir)
        } else {
            let stamp = Stamp { schema_version: SCHEMA_VERSION, database: String::new() };
            std::fs::write(dir.join("uprkit-index.json"), serde_json::to_vec(&stamp).map_err(std::io::Error::other)?)?;
            Index::create_in_dir(dir, schema.clone())
        };
        match result {
            Ok(index) => return Ok(index),
            Err(_) if attempt < 50 => std::thread::sleep(std::time::Duration::from_millis(100)),
            Err(e) => return Err(e.into()),
        }
    }
}

impl Engine {
    /// Opens the index in `dir`, creating it if missing. An index of another schema version is
    /// removed and created empty: it is only a cache.
    pub fn open(dir: &Path) -> Result<Engine, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema();
        let stamp = read_stamp(dir);
        let exists = dir.join("meta.json").exists();
        if exists && stamp.schema_version != SCHEMA_VERSION {
            tracing::info!(dir = %dir.display(), "search index of an older version: recreating it");
            std::fs::remove_dir_all(dir)?;
            std::fs::create_dir_all(dir)?;
        }
        let index = open_or_create(dir, &schema)?;
        register_analysers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        Ok(Engine {
            index,
            reader,
            fields,
            dir: dir.to_path_buf(),
            codes: RwLock::new(FacetCodes::load(dir)?),
            segments: Mutex::new(Arc::new(HashMap::new())),
            writer: Mutex::new(()),
            everything: Mutex::new(None),
            everything_top: Mutex::new(HashMap::new()),
        })
    }

    /// The database state the index was built from (see [`Engine::set_database_stamp`]).
    pub fn database_stamp(&self) -> String {
        read_stamp(&self.dir).database
    }

    /// Records the database state the index now reflects, so a later start can tell whether
    /// the index is stale.
    pub fn set_database_stamp(&self, database: &str) -> Result<(), SearchError> {
        let stamp = Stamp { schema_version: SCHEMA_VERSION, database: database.to_string() };
        std::fs::write(self.dir.join("uprkit-index.json"), serde_json::to_vec(&stamp).map_err(std::io::Error::other)?)?;
        Ok(())
    }

    /// Number of documents in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// `true` when the index holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index writer. Another process (a second `uprkit import` on the same data
    /// directory) may hold it, and tantivy does not wait for its lock file: wait here, up to a
    /// minute, as the database does for its write lock.
    fn writer(&self) -> Result<IndexWriter, SearchError> {
        use tantivy::{TantivyError, directory::error::LockError};
        let mut attempts = 0;
        loop {
            match self.index.writer_with_num_threads(2, 256_000_000) {
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) if attempts < 600 => {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                other => return Ok(other?),
            }
        }
    }

    fn to_document(&self, d: &IndexDocument, codes: &mut FacetCodes) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, d.id as u64);
        let text_field = match d.language.as_str() {
            "fr" => f.text_fr,
            "es" => f.text_es,
            _ => f.text_en,
        };
        doc.add_text(text_field, &d.text);
        doc.add_text(f.words, &d.text);
        for (facet, value) in d.facet_values() {
            doc.add_u64(f.codes, u64::from(codes.code_or_add(facet, &value)));
        }
        doc.add_u64(f.newest, (u64::from(d.session) << 40) | (d.id as u64 & 0xff_ffff_ffff));
        doc.add_u64(
            f.by_sur,
            (sur_rank(&d.sur) << 48) | (u64::from(u16::MAX - d.session) << 32) | (d.id as u64 & 0xffff_ffff),
        );
        doc
    }

    /// Replaces the whole index with `documents`; returns how many were indexed.
    pub fn rebuild(
        &self,
        documents: impl Iterator<Item = IndexDocument>,
        progress: &dyn Fn(u64),
    ) -> Result<u64, SearchError> {
        let _guard = self.writer.lock().map_err(|_| std::io::Error::other("index writer lock poisoned"))?;
        let mut writer = self.writer()?;
        writer.delete_all_documents()?;
        let mut n = 0;
        let mut codes = self.codes.write().map_err(|_| std::io::Error::other("facet codes lock poisoned"))?;
        for d in documents {
            writer.add_document(self.to_document(&d, &mut codes))?;
            n += 1;
            if n % 10_000 == 0 {
                progress(n);
            }
        }
        codes.save()?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(n)
    }

    /// Adds or replaces these documents (by id), and removes the ids in `deleted`.
    pub fn upsert(&self, documents: &[IndexDocument], deleted: &[i64]) -> Result<(), SearchError> {
        let _guard = self.writer.lock().map_err(|_| std::io::Error::other("index writer lock poisoned"))?;
        let mut writer = self.writer()?;
        let mut codes = self.codes.write().map_err(|_| std::io::Error::other("facet codes lock poisoned"))?;
        for id in deleted.iter().chain(documents.iter().map(|d| &d.id)) {
            writer.delete_term(Term::from_field_u64(self.fields.id, *id as u64));
        }
        for d in documents {
            writer.add_document(self.to_document(d, &mut codes))?;
        }
        codes.save()?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    /// The in-memory codes of every segment of `searcher`, reading the new ones.
    fn segment_codes(&self, searcher: &Searcher) -> Result<Arc<HashMap<SegmentId, Arc<SegmentCodes>>>, SearchError> {
        let mut cached = self.segments.lock().map_err(|_| std::io::Error::other("segment cache lock poisoned"))?;
        let readers = searcher.segment_readers();
        if readers.iter().all(|r| cached.contains_key(&r.segment_id())) && cached.len() == readers.len() {
            return Ok(cached.clone());
        }
        let mut fresh = HashMap::new();
        for r in readers {
            let codes = match cached.get(&r.segment_id()) {
                Some(c) => c.clone(),
                None => Arc::new(SegmentCodes::read(r)?),
            };
            fresh.insert(r.segment_id(), codes);
        }
        *cached = Arc::new(fresh);
        Ok(cached.clone())
    }

    /// Searches: `text` in the query language, `filters` as (facet, any of these values) pairs
    /// combined with AND; returns one page of hits, the total and every facet's counts.
    pub fn search(
        &self,
        text: Option<&str>,
        filters: &[(&str, Vec<String>)],
        sort: Sort,
        offset: usize,
        limit: usize,
    ) -> Result<SearchResult, SearchError> {
        let searcher = self.reader.searcher();
        let text_query = match text.filter(|t| !t.trim().is_empty()) {
            Some(t) => Some(TextQuery::parse(&self.index, &self.fields, t)?),
            None => None,
        };
        let words_ignored = matches!(text_query, Some(None));
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(Some(q)) = text_query {
            clauses.push((Occur::Must, q.query));
        }
        let codes = self.codes.read().map_err(|_| std::io::Error::other("facet codes lock poisoned"))?;
        for (facet, values) in filters.iter().filter(|(_, v)| !v.is_empty()) {
            let any: Vec<(Occur, Box<dyn Query>)> = values
                .iter()
                .filter_map(|v| codes.code_ignoring_case(facet, v))
                .map(|code| {
                    let term = Term::from_field_u64(self.fields.codes, u64::from(code));
                    (Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
                })
                .collect();
            let q: Box<dyn Query> =
                if any.is_empty() { Box::new(EmptyQuery) } else { Box::new(BooleanQuery::new(any)) };
            clauses.push((Occur::Must, q));
        }
        let has_words = clauses.len() > filters.iter().filter(|(_, v)| !v.is_empty()).count();
        let clauses_empty = clauses.is_empty();
        let query: Box<dyn Query> =
            if clauses_empty { Box::new(AllQuery) } else { Box::new(BooleanQuery::new(clauses)) };
        let counter = FacetCounter { segments: self.segment_codes(&searcher)?, num_codes: codes.len() };
        // `TopDocs` reserves room for offset + limit up front: never ask for more than there
        // are documents. A page past the end collects nothing but the counts.
        let num_docs = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let (offset, limit) = (offset.min(num_docs), limit.min(num_docs));
        let past_end = offset >= num_docs;
        let top = TopDocs::with_limit(limit.max(1)).and_offset(offset);
        if clauses_empty {
            let counts = self.count_everything(&searcher, counter)?;
            let by_sur = sort == Sort::Sur;
            let addresses: Vec<(f32, DocAddress)> = if past_end {
                Vec::new()
            } else if offset + limit <= TOP_CACHED {
                let first = self.everything_top(&searcher, &query, by_sur)?;
                first.iter().skip(offset).take(limit).map(|a| (0.0, *a)).collect()
            } else {
                ordered(&searcher, &query, top, by_sur)?.into_iter().map(|a| (0.0, a)).collect()
            };
            return self.result(&searcher, &codes, addresses, &counts, limit, words_ignored);
        }
        if past_end {
            let counts = searcher.search(&query, &counter)?;
            return self.result(&searcher, &codes, Vec::new(), &counts, limit, words_ignored);
        }
        let (addresses, counts): (Vec<(f32, DocAddress)>, _) = match (sort, has_words) {
            (Sort::Relevance, true) => searcher.search(&query, &(top.order_by_score(), counter))?,
            (Sort::Sur, _) => {
                let (top, c) = searcher.search(&query, &(top.order_by_u64_field("by_sur", Order::Asc), counter))?;
                (top.into_iter().map(|(_, a)| (0.0, a)).collect(), c)
            }
            _ => {
                let (top, c) = searcher.search(&query, &(top.order_by_u64_field("newest", Order::Desc), counter))?;
                (top.into_iter().map(|(_, a)| (0.0, a)).collect(), c)
            }
        };
        self.result(&searcher, &codes, addresses, &counts, limit, words_ignored)
    }

    /// The first [`TOP_CACHED`] documents of everything in one order, cached per generation.
    fn everything_top(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        by_sur: bool,
    ) -> Result<Arc<Vec<DocAddress>>, SearchError> {
        let key = (searcher.generation().generation_id(), by_sur);
        if let Some(hit) = self.everything_top.lock().ok().and_then(|c| c.get(&key).cloned()) {
            return Ok(hit);
        }
        let addresses = ordered(searcher, query, TopDocs::with_limit(TOP_CACHED), by_sur)?;
        let addresses = Arc::new(addresses);
        if let Ok(mut cache) = self.everything_top.lock() {
            // Only the current generation is worth keeping.
            cache.retain(|(g, _), _| *g == key.0);
            cache.insert(key, addresses.clone());
        }
        Ok(addresses)
    }

    /// Facet counts over every document, cached for the searcher's generation.
    fn count_everything(&self, searcher: &Searcher, counter: FacetCounter) -> Result<Arc<Counts>, SearchError> {
        let generation = searcher.generation().generation_id();
        let num_codes = counter.num_codes;
        if let Ok(cache) = self.everything.lock()
            && let Some((_, counts)) = cache.as_ref().filter(|(g, c)| *g == generation && c.by_code.len() == num_codes)
        {
            return Ok(counts.clone());
        }
        let counts = Arc::new(searcher.search(&AllQuery, &counter)?);
        if let Ok(mut cache) = self.everything.lock() {
            *cache = Some((generation, counts.clone()));
        }
        Ok(counts)
    }

    /// Turns collected addresses and counts into a result.
    fn result(
        &self,
        searcher: &Searcher,
        codes: &FacetCodes,
        addresses: Vec<(f32, DocAddress)>,
        counts: &Counts,
        limit: usize,
        words_ignored: bool,
    ) -> Result<SearchResult, SearchError> {
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses.into_iter().take(limit) {
            let ids = searcher.segment_reader(address.segment_ord).fast_fields().u64("id")?;
            if let Some(id) = ids.first(address.doc_id) {
                hits.push(Hit { id: id as i64, score });
            }
        }
        let mut facets: BTreeMap<String, BTreeMap<String, u64>> =
            crate::facet_names().map(|f| (f.to_string(), BTreeMap::new())).collect();
        for (code, n) in counts.by_code.iter().enumerate().filter(|(_, n)| **n > 0) {
            if let Some((facet, value)) = codes.value(code) {
                facets.entry(facet.clone()).or_default().insert(value.clone(), u64::from(*n));
            }
        }
        Ok(SearchResult { total: counts.total, hits, facets, words_ignored })
    }
}

/// The page `top` of `query`'s matches by SuR (`by_sur`) or newest session first.
fn ordered(searcher: &Searcher, query: &dyn Query, top: TopDocs, by_sur: bool) -> Result<Vec<DocAddress>, SearchError> {
    let addresses = if by_sur {
        searcher.search(query, &top.order_by_u64_field("by_sur", Order::Asc))?
    } else {
        searcher.search(query, &top.order_by_u64_field("newest", Order::Desc))?
    };
    Ok(addresses.into_iter().map(|(_, a)| a).collect())
}

/// ISO3 codes in alphabetical order as numbers (AAA = 0), for sorting by SuR.
fn sur_rank(iso3: &str) -> u64 {
    iso3.bytes().take(3).fold(0u64, |acc, b| acc * 26 + u64::from(b.to_ascii_uppercase().saturating_sub(b'A')).min(25))
}
