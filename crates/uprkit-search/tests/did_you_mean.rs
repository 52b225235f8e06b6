//! "Did you mean" on the real corpus: misspelt words are corrected to the words the
//! recommendations use, the suggestion counts its matches with the same filters, and the work
//! of a lookup is bounded whatever the query.

use std::sync::Arc;
use std::time::Instant;
use uprkit_core::StateDirectory;
use uprkit_search::{Engine, FEW_MATCHES, MAX_LOOKUPS, Sort};
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, Store};

/// The UPR Info corpus of sessions 1 to 16 (29,281 recommendations) and an index built from it.
async fn corpus() -> (TestDatabase, Store, Arc<Engine>) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let file = uprkit_core::testing::shared_data("upr-info/recommendations_sessions01-16.csv");
    let read = uprkit_import::upr_info::read_file(&file, &StateDirectory::load()).expect("corpus reads");
    let uprkit_import::upr_info::UprInfoFile::Recommendations { records, .. } = read else { panic!("recommendations") };
    let batch = ImportBatch { source: "test".into(), recommendations: records, pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("rebuild");
    (db, store, engine)
}

fn total(engine: &Engine, q: &str, filters: &[(&str, Vec<String>)]) -> u64 {
    engine.search(Some(q), filters, Sort::Relevance, 0, 1).expect("search").total
}

#[tokio::test]
async fn misspelt_words_get_the_corpus_spelling_and_its_count() {
    let (db, store, engine) = corpus().await;
    for (typed, meant) in [
        ("torure", "torture"),
        ("discrimnation", "discrimination"),
        ("\"defenders of humen rights\"", "\"defenders of human rights\""),
        ("Rigths of the chlid", "Rights of the child"),
        ("journalists AND proteciton -media", "journalists AND protection -media"),
    ] {
        assert!(total(&engine, typed, &[]) < FEW_MATCHES, "{typed} finds little");
        let suggestion = engine.did_you_mean(typed, &[], total(&engine, typed, &[])).expect("lookup");
        let suggestion = suggestion.unwrap_or_else(|| panic!("no suggestion for {typed}"));
        assert_eq!(suggestion.query, meant, "{typed}");
        assert_eq!(suggestion.total, total(&engine, meant, &[]), "{typed}");
        assert!(suggestion.total > 0, "{typed}");
    }
    // With filters: the count is that of the corrected search with the same filters.
    let tuvalu = vec![("sur", vec!["TUV".to_string()])];
    let suggestion = engine.did_you_mean("climte chnage", &tuvalu, 0).expect("lookup").expect("a suggestion");
    assert_eq!(suggestion.query, "climate change");
    assert_eq!(suggestion.total, total(&engine, "climate change", &tuvalu));
    assert!(suggestion.total > 0 && suggestion.total < total(&engine, "climate change", &[]));

    // Nothing to suggest: enough matches, words all known, or a correction that finds no more.
    assert_eq!(engine.did_you_mean("torture", &[], total(&engine, "torture", &[])).expect("lookup"), None);
    let nowhere = vec![("sur", vec!["NOWHERE".to_string()])];
    assert_eq!(engine.did_you_mean("torure", &nowhere, 0).expect("lookup"), None);
    assert_eq!(engine.correct_spelling("torture of children").expect("lookup").query, None);
    assert_eq!(engine.did_you_mean("xqzvwk", &[], 0).expect("lookup"), None);
    store.close().await;
    db.drop_database().await.expect("drop");
}

/// The work of a lookup, counted instead of timed: at most [`MAX_LOOKUPS`] words are looked
/// up, and each visits a sliver of the vocabulary (the automaton prunes the dictionary walk).
/// The time is printed for the record, not asserted.
#[tokio::test]
async fn the_work_is_bounded_for_any_query() {
    let (db, store, engine) = corpus().await;
    let vocabulary = engine.vocabulary_size().expect("vocabulary");
    assert!(vocabulary > 10_000, "{vocabulary} words");

    let started = Instant::now();
    let one = engine.correct_spelling("torure").expect("lookup");
    let one_time = started.elapsed();
    assert_eq!((one.query.as_deref(), one.lookups), (Some("torture"), 1));
    assert!(one.candidates > 0 && (one.candidates as u64) < vocabulary / 100, "{} of {vocabulary}", one.candidates);

    // 200 unknown words (as many as check_query lets through): 8 lookups, not 200, however
    // many of them are near real words ("torturea", "humanb"...) or near nothing ("qzaaaavk").
    let near: Vec<String> =
        ["torture", "human", "rights", "women", "children", "freedom", "police", "prison", "health"]
            .iter()
            .flat_map(|w| ('a'..='t').map(move |c| format!("{w}{c}")))
            .take(100)
            .collect();
    let nowhere: Vec<String> =
        (0..100).map(|i| format!("qz{}vk", char::from(b'a' + (i % 26) as u8).to_string().repeat(4))).collect();
    for hostile in [near.join(" "), nowhere.join(" "), format!("{} {}", near.join(" "), nowhere.join(" "))] {
        let started = Instant::now();
        let many = engine.correct_spelling(&hostile).expect("lookup");
        let many_time = started.elapsed();
        assert_eq!(many.lookups, MAX_LOOKUPS);
        assert!((many.candidates as u64) < vocabulary / 10, "{} of {vocabulary}", many.candidates);
        eprintln!(
            "{} words: {many_time:?}, {} lookups, {} candidates (debug build)",
            hostile.split(' ').count(),
            many.lookups,
            many.candidates
        );
    }
    let started = Instant::now();
    let suggestion = engine.did_you_mean("\"defenders of humen rights\"", &[], 0).expect("lookup");
    let suggestion_time = started.elapsed();
    assert!(suggestion.is_some());
    eprintln!(
        "vocabulary {vocabulary} words; one word {one_time:?} ({} candidates); a phrase with its corrected count \
         {suggestion_time:?} (debug build)",
        one.candidates
    );
    // Refused like the search itself: beyond check_query's limits.
    assert!(engine.correct_spelling(&"word ".repeat(201)).is_err());
    store.close().await;
    db.drop_database().await.expect("drop");
}
