//! The engine itself: building the index from the grown rows, and searching it in process,
//! first page of 20 with every facet counted (as the API asks for it).

use super::grow::GrownCorpus;
use super::measure::{Answer, Contender};
use super::queries::{BenchQuery, PER_PAGE};
use anyhow::Context;
use std::path::Path;
use std::time::{Duration, Instant};
use uprkit_search::Engine;

/// How long the index took to build.
#[derive(Debug, Clone, Copy)]
pub struct IndexBuild {
    /// Documents indexed.
    pub documents: u64,
    /// Wall time, from the first document to a committed, merged, searchable index.
    pub time: Duration,
    /// Size of the index folder on disk.
    pub bytes: u64,
}

impl IndexBuild {
    /// Documents per second.
    pub fn rate(&self) -> f64 {
        self.documents as f64 / self.time.as_secs_f64().max(1e-9)
    }
}

/// Opens a new index in `dir` and fills it with every grown row.
pub fn build(dir: &Path, corpus: &GrownCorpus) -> anyhow::Result<(Engine, IndexBuild)> {
    let engine = Engine::open(dir).with_context(|| format!("cannot create the index in {}", dir.display()))?;
    let started = Instant::now();
    let documents = engine.rebuild(corpus.documents(), &|_| {})?;
    let time = started.elapsed();
    anyhow::ensure!(documents == corpus.len() as u64, "indexed {documents} of {} documents", corpus.len());
    Ok((engine, IndexBuild { documents, time, bytes: folder_size(dir) }))
}

fn folder_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}

/// The engine answering in process.
pub struct EngineContender<'a> {
    /// The index.
    pub engine: &'a Engine,
}

impl Contender for EngineContender<'_> {
    async fn answer(&mut self, query: &BenchQuery, _index: usize) -> anyhow::Result<Answer> {
        let result = self.engine.search(query.text(), &query.facets, query.sort, 0, PER_PAGE)?;
        let mut facets = result.facets;
        facets.retain(|_, values| !values.is_empty());
        Ok(Answer { total: result.total, hits: result.hits.iter().map(|h| h.id).collect(), facets })
    }
}
