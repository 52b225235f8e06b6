//! The engine on the real corpus: language features of the query, and facet counts checked
//! against the database's own exact counts.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use uprkit_core::StateDirectory;
use uprkit_core::search::RecommendationFilter;
use uprkit_search::{Engine, Sort, facet_filters, search_page};
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, Store};

fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

/// The whole UPR Info corpus in a fresh SQLite database, and an index built from it.
async fn corpus() -> (TestDatabase, Store, Arc<Engine>, HashMap<i64, String>) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let file = shared_data().join("upr-info/recommendations_sessions01-16.csv");
    let read = uprkit_import::upr_info::read_file(&file, &StateDirectory::load()).expect("corpus reads");
    let uprkit_import::upr_info::UprInfoFile::Recommendations { records, .. } = read else { panic!("recommendations") };
    let batch = ImportBatch { source: "test".into(), recommendations: records, pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    let n = uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("rebuild");
    // 30,258 distinct rows, one per recommending State: 29,281 recommendations.
    assert_eq!(n, 29281);
    let mut texts = HashMap::new();
    let mut after = 0;
    loop {
        let page = store.recommendations_after(after, 10_000).await.expect("page");
        let Some(last) = page.last() else { break };
        after = last.id;
        texts.extend(page.into_iter().map(|v| (v.id, v.text.to_lowercase())));
    }
    (db, store, engine, texts)
}

fn ids(engine: &Engine, q: &str) -> (u64, Vec<i64>) {
    let r = engine.search(Some(q), &[], Sort::Relevance, 0, 100_000).expect("search");
    (r.total, r.hits.iter().map(|h| h.id).collect())
}

#[tokio::test]
async fn query_language_and_exact_facets() {
    let (db, store, engine, texts) = corpus().await;

    // Stemming: "tortures" finds recommendations that say "torture".
    let (total, hits) = ids(&engine, "tortures");
    assert!(total > 500, "{total}");
    assert!(hits.iter().any(|id| texts[id].contains("torture ") || texts[id].contains("torture.")));
    assert!(hits.iter().all(|id| texts[id].contains("tortur")));

    // A phrase minus a word.
    let (with_abolish, _) = ids(&engine, "\"death penalty\"");
    let (total, hits) = ids(&engine, "\"death penalty\" -abolish");
    assert!(total > 100 && total < with_abolish, "{total} of {with_abolish}");
    for id in &hits {
        assert!(texts[id].contains("death penalty"), "{}", texts[id]);
        assert!(!texts[id].contains("abolish"), "{}", texts[id]);
    }

    // Prefixes, OR, AND, NOT.
    let (prefix, hits) = ids(&engine, "tortur*");
    assert!(prefix >= ids(&engine, "torture").0);
    assert!(hits.iter().all(|id| texts[id].contains("tortur")));
    let (either, _) = ids(&engine, "journalists OR defenders");
    let (journalists, _) = ids(&engine, "journalists");
    let (defenders, _) = ids(&engine, "defenders");
    let (both, _) = ids(&engine, "journalists AND defenders");
    assert_eq!(either, journalists + defenders - both);
    let (not, _) = ids(&engine, "journalists NOT defenders");
    assert_eq!(not, journalists - both);

    // Common words inside a query are dropped, not required ("freedom of expression").
    let (total, hits) = ids(&engine, "freedom of expression");
    assert!(total > 300, "{total}");
    assert!(hits.iter().all(|id| texts[id].contains("freedom") && texts[id].contains("express")));
    let (phrase, _) = ids(&engine, "\"freedom of expression\"");
    assert!(phrase > 100 && phrase <= total, "{phrase}");

    // Only common words: not narrowed, and said so.
    let r = engine.search(Some("the"), &[], Sort::Relevance, 0, 5).expect("search");
    assert!(r.words_ignored);
    assert_eq!(r.total, 29281);
    // Twice: the second answer comes from the cache of whole-index counts, and is the same.
    let again = engine.search(Some("the"), &[], Sort::Relevance, 0, 5).expect("search");
    assert_eq!((again.total, again.facets.clone(), again.hits.clone()), (r.total, r.facets.clone(), r.hits.clone()));

    // Filter-only searches: every facet count equals the database's exact count.
    for filter in [
        RecommendationFilter::default(),
        RecommendationFilter { sur: vec!["TUV".into()], ..Default::default() },
        RecommendationFilter { cycle: vec![2], response: vec!["Noted".into()], ..Default::default() },
        RecommendationFilter { rs: vec!["FRA".into(), "NOR".into()], action_category: vec![5], ..Default::default() },
        RecommendationFilter { issue: vec!["Women's rights".into()], sur: vec!["IND".into()], ..Default::default() },
        RecommendationFilter {
            sur_regional_group: vec!["GRULAC".into()],
            rs_regional_group: vec!["Africa".into()],
            ..Default::default()
        },
    ] {
        let engine_page = search_page(&engine, &store, &filter, Sort::Newest, 1, 20).await.expect("engine");
        let mut exact_filter = filter.clone();
        exact_filter.response = filter.response.iter().map(|r| r.replace("Noted", "noted")).collect();
        let exact = store.search(&exact_filter, 1, 20).await.expect("sql");
        assert_eq!(engine_page.total, exact.total, "{filter:?}");
        for (facet, counts) in &exact.facets {
            if counts.is_empty() {
                continue;
            }
            assert_eq!(engine_page.facets.get(facet), Some(counts), "facet {facet} of {filter:?}");
        }
        // The same page of records, newest session first.
        assert_eq!(engine_page.items.len(), exact.items.len());
        let _ = facet_filters(&filter);
    }
    store.close().await;
    db.drop_database().await.expect("drop");
}

/// Issue 9: a huge page number must not make tantivy reserve offset + limit slots (96 GB for
/// page 100,000,000), and a deeply nested query must not overflow the stack.
#[tokio::test]
async fn huge_pages_are_empty_and_deep_queries_are_refused() {
    let (db, store, engine, _) = corpus().await;
    let filtered = vec![("cycle", vec!["2".to_string()])];
    for (text, filters) in [(None, vec![]), (Some("torture"), vec![]), (None, filtered.clone()), (Some("the"), vec![])]
    {
        for sort in [Sort::Relevance, Sort::Newest, Sort::Sur] {
            let first = engine.search(text, &filters, sort, 0, 20).expect("first page");
            assert!(!first.hits.is_empty());
            for offset in [30_258, 100_000_000 * 20, usize::MAX - 10, usize::MAX] {
                let far = engine.search(text, &filters, sort, offset, 500).expect("far page");
                assert!(far.hits.is_empty(), "{text:?} {sort:?} {offset}");
                assert_eq!((far.total, &far.facets), (first.total, &first.facets), "{text:?} {sort:?}");
            }
            let huge_limit = engine.search(text, &filters, sort, 10, usize::MAX).expect("huge limit");
            assert_eq!(huge_limit.hits.len() as u64, first.total - 10);
        }
    }
    let filter = RecommendationFilter::default();
    let last = search_page(&engine, &store, &filter, Sort::Newest, u32::MAX, 1000).await.expect("last page");
    assert!(last.items.is_empty());
    assert_eq!((last.total, last.page), (29_281, u32::MAX));

    let deep = format!("{}torture{}", "(".repeat(1000), ")".repeat(1000));
    let err = engine.search(Some(&deep), &[], Sort::Relevance, 0, 20).expect_err("refused");
    assert!(err.to_string().contains("nests brackets or NOTs too deep: 1000 levels, at most 32"), "{err}");
    let ok = format!("{}torture{}", "(".repeat(32), ")".repeat(32));
    assert_eq!(
        engine.search(Some(&ok), &[], Sort::Relevance, 0, 20).expect("32 levels").total,
        ids(&engine, "torture").0
    );
    let nots = format!("{}torture", "NOT ".repeat(1000));
    assert!(engine.search(Some(&nots), &[], Sort::Relevance, 0, 20).is_err());
    // Snippets of a refused query fall back to the plain text.
    let snippets = engine.snippets(&deep, &[("en".to_string(), "Abolish torture")], 100);
    assert_eq!(snippets, vec!["Abolish torture".to_string()]);
    store.close().await;
    db.drop_database().await.expect("drop");
}
