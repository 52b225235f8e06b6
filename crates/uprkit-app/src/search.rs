//! Searches of the index, off the async runtime: a tantivy search is blocking CPU work, so it
//! runs on a blocking thread and the runtime's workers keep answering other requests.

use crate::{App, AppError};
use uprkit_core::search::{RecommendationFilter, SearchPage};
use uprkit_search::{Engine, Sort, facet_filters, page_window};

impl App {
    /// Runs `work` with the search index on a blocking thread.
    pub async fn with_index<T: Send + 'static, E: std::fmt::Display>(
        &self,
        work: impl FnOnce(&Engine) -> Result<T, E> + Send + 'static,
    ) -> Result<T, AppError> {
        let index = self.index.clone();
        self.blocking(move || work(&index).map_err(|e| AppError::Internal(e.to_string()))).await
    }

    /// One page of a search, as the command line and the API answer it (see
    /// [`uprkit_search::search_page`]): the index finds and counts on a blocking thread, the
    /// database gives the records of the page.
    pub async fn search_page(
        &self,
        filter: &RecommendationFilter,
        sort: Sort,
        page: u32,
        per_page: u32,
    ) -> Result<SearchPage, AppError> {
        let (page, per_page, offset) = page_window(page, per_page);
        let (q, filters) = (filter.q.clone(), facet_filters(filter));
        let result = self
            .with_index(move |engine| engine.search(q.as_deref(), &filters, sort, offset, per_page as usize))
            .await?;
        let ids: Vec<i64> = result.hits.iter().map(|h| h.id).collect();
        let items = self.store.recommendations_by_id(&ids).await?;
        Ok(SearchPage { total: result.total, page, per_page, items, facets: result.facets })
    }

    /// Every match of a search, in order (for exports of the whole result set), found on a
    /// blocking thread.
    pub async fn all_ids(&self, filter: &RecommendationFilter, sort: Sort) -> Result<Vec<i64>, AppError> {
        let filter = filter.clone();
        self.with_index(move |engine| uprkit_search::all_ids(engine, &filter, sort)).await
    }
}
