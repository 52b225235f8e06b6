//! One recommendation from every source (issue 11): UPR Info's rows of a review and OHCHR's
//! documents of the same review, imported in either order, give the recommendations OHCHR
//! numbers, once each, carrying UPR Info's coding; importing again changes nothing; what
//! cannot be matched is reported. SQLite and, when configured, PostgreSQL.

use std::path::PathBuf;
use std::sync::Arc;
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::{Actor, App};
use uprkit_core::search::RecommendationFilter;
use uprkit_core::{NewRecommendation, StateDirectory};
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::ImportBatch;
use uprkit_store::testing::{TestDatabase, count_rows};

fn data(path: &str) -> PathBuf {
    uprkit_core::testing::shared_data(path)
}

/// UPR Info's rows of one review, from its 2018 export.
fn upr_info_rows(file: &str, sur: &str, session: u16) -> Vec<NewRecommendation> {
    let path = data(&format!("upr-info/export-2018/{file}"));
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("{file} reads as recommendations");
    };
    records.into_iter().filter(|r| r.sur.as_str() == sur && r.session.get() == session).collect()
}

async fn import_rows(app: &App, rows: &[NewRecommendation]) {
    let batch = ImportBatch { source: "UPR Info export".into(), recommendations: rows.to_vec(), pledges: vec![] };
    app.import_upr_info(&Actor::command_line(), batch, &|_| {}).await.expect("UPR Info rows import");
}

async fn import_documents(app: &App, files: &[&str]) {
    for file in files {
        let path = data(file);
        let bytes = std::fs::read(&path).expect("document");
        let document = DocumentReader::in_process().read(&path, &bytes).await.expect("readable document");
        app.write_document(&Actor::command_line(), &path, document, false).await.expect("document import");
    }
}

/// Recommendations of a review: total, by position, recommendation-State pairs, and how many
/// carry an action category.
async fn review(app: &App, sur: &str, session: u16) -> (u64, u64, u64, u64, u64) {
    let filter = RecommendationFilter { sur: vec![sur.into()], session: vec![session], ..Default::default() };
    let page = app.store().search(&filter, 1, 1).await.expect("search");
    let facet = |name: &str, value: &str| page.facets.get(name).and_then(|f| f.get(value)).copied().unwrap_or(0);
    let pairs = page.facets.get("rs").map(|f| f.values().sum()).unwrap_or(0);
    let coded = page.facets.get("action_category").map(|f| f.values().sum()).unwrap_or(0);
    (page.total, facet("response", "supported"), facet("response", "noted"), pairs, coded)
}

const SLOVENIA_20: [&str; 3] = [
    "ohchr/slovenia/cycle2/g1423930.pdf",
    "ohchr/slovenia/cycle2/g1504261.pdf",
    "ohchr/slovenia/cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx",
];

#[tokio::test]
async fn slovenia_session_20_from_upr_info_and_ohchr_in_either_order() {
    let rows = upr_info_rows("19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv", "SVN", 20);
    assert_eq!(rows.len(), 180, "UPR Info's rows of the review");
    for rows_first in [true, false] {
        for db in TestDatabase::all().await.expect("databases") {
            let store = db.store().await.expect("store");
            let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
            let app = App::new(store.clone(), index);
            if rows_first {
                import_rows(&app, &rows).await;
                import_documents(&app, &SLOVENIA_20).await;
            } else {
                import_documents(&app, &SLOVENIA_20).await;
                import_rows(&app, &rows).await;
            }
            let at = format!("{} (UPR Info first: {rows_first})", db.engine_name());
            assert_eq!(review(&app, "SVN", 20).await, (163, 142, 21, 180, 163), "{at}");
            // Again, in the other order: nothing changes.
            let before = uprkit_store::testing::row_counts(&store).await.expect("counts");
            import_documents(&app, &SLOVENIA_20).await;
            import_rows(&app, &rows).await;
            let mut after = uprkit_store::testing::row_counts(&store).await.expect("counts");
            // Each run is recorded and audited; nothing else may grow.
            for table in ["import_runs", "audit_log"] {
                after.insert(table.into(), before[table]);
            }
            assert_eq!(after, before, "{at}: importing again changes nothing");
            let report = app.data_report(&Actor::command_line()).await.expect("report");
            let upr = &report.sources[0];
            assert_eq!((upr.rows, upr.matched, upr.unmatched), (180, 180, 0), "{at}: {report:?}");
            assert_eq!(count_rows(&store, "recommendation_redirects").await.expect("count") > 0, rows_first, "{at}");
            if rows_first {
                // The first record UPR Info's rows made went into its paragraph's: its id leads there.
                let into = store.merged_into(1).await.expect("redirect").expect("merged");
                let r = store.recommendation(into).await.expect("read").expect("exists");
                assert_eq!((r.sur.as_str(), r.session, r.paragraph.is_some()), ("SVN", 20, true), "{at}");
            }
            store.close().await;
            db.drop_database().await.expect("drop");
        }
    }
}

/// UPR Info's rows of a review, from an older export (the cleaned 2015 CSV).
fn rows_2015(keep: impl Fn(&NewRecommendation) -> bool) -> Vec<NewRecommendation> {
    let path = data("upr-info/recommendations_sessions01-16.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("the 2015 export reads as recommendations");
    };
    records.into_iter().filter(keep).collect()
}

#[tokio::test]
async fn georgia_session_10_none_pending_once_upr_info_and_the_addendum_answer() {
    let rows = upr_info_rows("07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv", "GEO", 10);
    let documents = [
        "ohchr/georgia/cycle1/Georgia_s10_cycle1_WG_report_A-HRC-17-11_EN.pdf",
        "ohchr/georgia/cycle1/Georgia_s10_cycle1_addendum_A-HRC-17-11-Add1_EN.pdf",
    ];
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
        let app = App::new(store.clone(), index);
        import_documents(&app, &documents).await;
        import_rows(&app, &rows).await;
        let filter = RecommendationFilter { sur: vec!["GEO".into()], session: vec![10], ..Default::default() };
        let page = store.search(&filter, 1, 1).await.expect("search");
        assert_eq!(page.total, 163, "{}", db.engine_name());
        // The addendum answers 60 of the 62 it was to answer; UPR Info records the other two.
        assert_eq!(page.facets["response"].get("pending"), None, "{}: {:?}", db.engine_name(), page.facets["response"]);
        let report = app.data_report(&Actor::command_line()).await.expect("report");
        let upr = &report.sources[0];
        assert!(upr.matched as f64 >= 0.95 * upr.rows as f64, "{}: {upr:?}", db.engine_name());
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn dihr_gives_paragraphs_and_sdgs_to_upr_info_rows_of_cycle_1() {
    let states = StateDirectory::load();
    let Ok(UprInfoFile::Recommendations { records: dihr, .. }) =
        upr_info::read_file(&data("dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx"), &states)
    else {
        panic!("DIHR's file reads as recommendations");
    };
    // Sessions 10-12 of cycle 1 from both sources (the whole cycle is the demo's; this keeps
    // the test quick).
    let in_scope = |r: &NewRecommendation| (10..=12).contains(&r.session.get());
    let dihr: Vec<NewRecommendation> = dihr.into_iter().filter(in_scope).collect();
    let upr = rows_2015(in_scope);
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
        let app = App::new(store.clone(), index);
        import_rows(&app, &upr).await;
        import_rows(&app, &dihr).await;
        let report = app.data_report(&Actor::command_line()).await.expect("report");
        let share = |publisher: &str| {
            let (rows, matched) = report
                .sources
                .iter()
                .filter(|s| s.publisher == publisher)
                .fold((0, 0), |(r, m), s| (r + s.rows, m + s.matched));
            matched as f64 / rows as f64
        };
        let at = db.engine_name();
        assert!(share("UPR Info") >= 0.94, "{at}: UPR Info rows on a paragraph: {:.3}", share("UPR Info"));
        assert!(share("DIHR") >= 0.99, "{at}: DIHR rows on a paragraph: {:.3}", share("DIHR"));
        let all = store.search(&RecommendationFilter::default(), 1, 1).await.expect("search");
        assert!(all.facets["sdgs"].len() >= 15, "{at}: SDG goals attached: {:?}", all.facets["sdgs"]);
        let one =
            store.search(&RecommendationFilter { sdg: vec![16], ..Default::default() }, 1, 1).await.expect("search");
        assert!(one.items[0].paragraph.is_some(), "{at}: DIHR's paragraph reference");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
