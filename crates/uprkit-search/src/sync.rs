//! Keeping the index a faithful cache of the database: full rebuilds, refreshes after writes,
//! and a freshness check on start.

use crate::{Engine, IndexDocument, SearchError};
use std::sync::Arc;
use uprkit_core::StateDirectory;
use uprkit_core::search::RecommendationView;
use uprkit_store::{Store, StoreError};

/// Errors while syncing the index with the database.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// Reading the database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the index failed.
    #[error(transparent)]
    Search(#[from] SearchError),
}

/// Recommendations read from the database per round trip.
const PAGE: u32 = 5_000;

/// The index's view of a recommendation: its own values plus its States' groups and
/// organisations from the reference table.
pub fn to_document(v: &RecommendationView, states: &StateDirectory) -> IndexDocument {
    let group = |iso3: &str| states.get(iso3).map(|s| s.regional_group.clone()).unwrap_or_default();
    let orgs = |iso3: &str| states.get(iso3).map(|s| s.organisations.clone()).unwrap_or_default();
    IndexDocument {
        id: v.id,
        text: v.text.clone(),
        language: v.language.clone(),
        sur: v.sur.clone(),
        sur_regional_group: group(&v.sur),
        sur_organisations: orgs(&v.sur),
        rs: v.recommending_states.clone(),
        rs_regional_groups: v.recommending_states.iter().map(|s| group(s)).collect(),
        rs_organisations: v.recommending_states.iter().flat_map(|s| orgs(s)).collect(),
        cycle: v.cycle,
        session: v.session,
        response: v.response.clone(),
        action_category: v.action_category,
        issues: v.issues.clone(),
        themes: v.themes.clone(),
        groups_of_persons: v.groups_of_persons.clone(),
        sdgs: v.sdgs.clone(),
        coded_by: v.coded_by.clone(),
        repeated: !v.recommended_previously.is_empty(),
    }
}

/// Rebuilds the whole index from the database, streaming: the database is read page by page
/// while another thread indexes, so memory stays flat whatever the size.
pub async fn rebuild(engine: &Arc<Engine>, store: &Store, progress: &(dyn Fn(u64) + Sync)) -> Result<u64, SyncError> {
    let stamp = store.content_stamp().await?;
    let states = StateDirectory::load();
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<IndexDocument>>(4);
    let indexer = {
        let engine = engine.clone();
        std::thread::spawn(move || engine.rebuild(receiver.into_iter().flatten(), &|_| {}))
    };
    let mut after = 0;
    let mut read = 0;
    loop {
        let page = store.recommendations_after(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        read += page.len() as u64;
        if sender.send(page.iter().map(|v| to_document(v, &states)).collect()).is_err() {
            break; // the indexer stopped: its error is reported below
        }
        progress(read);
    }
    drop(sender);
    let indexed = indexer.join().map_err(|_| SearchError::Io(std::io::Error::other("indexing thread panicked")))??;
    engine.set_database_stamp(&stamp)?;
    Ok(indexed)
}

/// Re-indexes these recommendations after a write (removing those no longer in the database).
pub async fn refresh(engine: &Engine, store: &Store, ids: &[i64]) -> Result<(), SyncError> {
    let states = StateDirectory::load();
    let stamp = store.content_stamp().await?;
    for chunk in ids.chunks(500) {
        let views = store.recommendations_by_id(chunk).await?;
        let gone: Vec<i64> = chunk.iter().copied().filter(|id| !views.iter().any(|v| v.id == *id)).collect();
        let docs: Vec<IndexDocument> = views.iter().map(|v| to_document(v, &states)).collect();
        engine.upsert(&docs, &gone)?;
    }
    engine.set_database_stamp(&stamp)?;
    Ok(())
}

/// Rebuilds the index if it does not reflect the database (missing, older, or written by a
/// process that did not update it). Returns whether it rebuilt.
pub async fn ensure_fresh(
    engine: &Arc<Engine>,
    store: &Store,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<bool, SyncError> {
    if engine.database_stamp() == store.content_stamp().await? {
        return Ok(false);
    }
    rebuild(engine, store, progress).await?;
    Ok(true)
}
