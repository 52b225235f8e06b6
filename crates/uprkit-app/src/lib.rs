//! The use-cases of uprkit: the only way the web pages, the JSON API and the command line
//! change anything. Each takes an [`Actor`] (which only authentication can make), runs in one
//! [`UnitOfWork`](uprkit_store::UnitOfWork) (one transaction with its audit entries), and
//! refreshes the search index after commit, off the async runtime.

pub mod accounts;
pub mod calendar;
pub mod classification;
pub mod data;
pub mod documents;
mod error;
pub mod imports;
pub mod notes;
pub mod organisations;
mod search;
pub mod smart;
pub mod statements;
pub mod tokens;
pub mod workspaces;

pub use accounts::{Joining, PasswordChange};
pub use error::AppError;
pub use uprkit_store::{Acceptance, Actor, Committed, Owned, OwnedRecord, Ownership, Role, Visibility};

use std::sync::Arc;
use uprkit_search::Engine as SearchEngine;
use uprkit_store::{Store, UnitOfWork};

/// The application: the database and the search index over it.
#[derive(Clone, Debug)]
pub struct App {
    store: Store,
    index: Arc<SearchEngine>,
}

impl App {
    /// The application over a store and its index.
    pub fn new(store: Store, index: Arc<SearchEngine>) -> App {
        App { store, index }
    }

    /// The database, for reading public UN data (recommendations, States, sessions).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The search index.
    pub fn index(&self) -> &Arc<SearchEngine> {
        &self.index
    }

    /// Starts a unit of work for `actor`. Dropping it without [`App::commit`] (an early
    /// return with `?`) rolls back every statement and audit entry it holds.
    pub async fn begin(&self, actor: &Actor) -> Result<UnitOfWork, AppError> {
        Ok(self.store.begin(actor).await?)
    }

    /// Commits a unit of work with its audit entries, then lets the search index catch up
    /// with the recommendations it changed.
    pub async fn commit(&self, uow: UnitOfWork) -> Result<(), AppError> {
        let committed = uow.commit().await?;
        self.refresh_index(committed).await
    }

    /// Re-indexes what a committed unit of work changed. The index write is a blocking
    /// tantivy commit: it runs on a blocking thread, never on a runtime worker.
    pub async fn refresh_index(&self, committed: Committed) -> Result<(), AppError> {
        if committed.changed_recommendations.is_empty() {
            return Ok(());
        }
        let (index, store) = (self.index.clone(), self.store.clone());
        let ids = committed.changed_recommendations;
        let handle = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || handle.block_on(uprkit_search::sync::refresh(&index, &store, &ids)))
            .await
            .map_err(|e| AppError::Internal(format!("index refresh stopped: {e}")))??;
        Ok(())
    }

    /// Runs blocking work (a tantivy search, a document parse) on a blocking thread so that
    /// the runtime's workers keep answering other requests.
    pub async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| AppError::Internal(format!("background work stopped: {e}")))?
    }
}
