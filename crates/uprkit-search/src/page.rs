//! A search as the command line and the API answer it: the engine finds and counts, the
//! database gives the records of the page.

use crate::sync::SyncError;
use crate::{Engine, Sort};
use uprkit_core::search::{Filter, RecommendationFilter, SearchPage};
use uprkit_store::Store;

/// The engine's (facet, values) filters for a search filter: one per [`Filter`], values as
/// the index holds them.
pub fn facet_filters(f: &RecommendationFilter) -> Vec<(&'static str, Vec<String>)> {
    Filter::ALL
        .iter()
        .map(|filter| (filter.facet(), filter.values(f).iter().map(|v| filter.normalise(v)).collect()))
        .collect()
}

/// The page (from 1), the page size (1 to 1,000) and the offset of its first result. Past the
/// end is an empty page: the engine caps the offset at the number of documents, so any page
/// number costs constant memory.
pub fn page_window(page: u32, per_page: u32) -> (u32, u32, usize) {
    let page = page.max(1);
    let per_page = per_page.clamp(1, 1000);
    let offset = usize::try_from(u64::from(page - 1) * u64::from(per_page)).unwrap_or(usize::MAX);
    (page, per_page, offset)
}

/// One page of a search, newest first unless words rank it.
pub async fn search_page(
    engine: &Engine,
    store: &Store,
    filter: &RecommendationFilter,
    sort: Sort,
    page: u32,
    per_page: u32,
) -> Result<SearchPage, SyncError> {
    let (page, per_page, offset) = page_window(page, per_page);
    let result = engine.search(filter.q.as_deref(), &facet_filters(filter), sort, offset, per_page as usize)?;
    let ids: Vec<i64> = result.hits.iter().map(|h| h.id).collect();
    let items = store.recommendations_by_id(&ids).await?;
    Ok(SearchPage { total: result.total, page, per_page, items, facets: result.facets })
}

/// Every match of a search, in order: for exports of the whole result set.
pub fn all_ids(engine: &Engine, filter: &RecommendationFilter, sort: Sort) -> Result<Vec<i64>, SyncError> {
    let filters = facet_filters(filter);
    let first = engine.search(filter.q.as_deref(), &filters, sort, 0, 1)?;
    let all = engine.search(filter.q.as_deref(), &filters, sort, 0, first.total.max(1) as usize)?;
    Ok(all.hits.iter().map(|h| h.id).collect())
}
