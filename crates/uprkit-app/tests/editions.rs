//! Two editions of one source (issue 11): UPR Info's whole 2018 export (sessions 1-21, five
//! files) after its 2015 export (sessions 1-16) gives exactly the recommendations of the 2018
//! export alone: a corrected text or coding is the same recommendation, never a second one;
//! the data report lists what the newer edition corrected. SQLite and, when configured,
//! PostgreSQL.

use uprkit_core::search::RecommendationFilter;
use uprkit_core::{NewRecommendation, StateDirectory};
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, Store};

/// The rows of UPR Info files.
fn rows(files: &[std::path::PathBuf]) -> Vec<NewRecommendation> {
    let states = StateDirectory::load();
    let mut out = Vec::new();
    for path in files {
        let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(path, &states) else {
            panic!("{} reads as recommendations", path.display());
        };
        out.extend(records);
    }
    out
}

async fn import(store: &Store, recommendations: Vec<NewRecommendation>) {
    let batch = ImportBatch { source: "UPR Info export".into(), recommendations, pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
}

async fn total(store: &Store) -> u64 {
    store.search(&RecommendationFilter::default(), 1, 1).await.expect("search").total
}

#[tokio::test]
async fn the_2018_export_after_the_2015_one_adds_no_duplicate_and_lists_the_corrections() {
    let dir = uprkit_core::testing::shared_data("upr-info/export-2018");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("export-2018").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    let newer = rows(&files);
    assert_eq!(newer.len(), 43_834, "every row of the five files");
    let older = rows(&[uprkit_core::testing::shared_data("upr-info/recommendations_sessions01-16.csv")]);
    for db in TestDatabase::all().await.expect("databases") {
        let alone = db.store().await.expect("store");
        import(&alone, newer.clone()).await;
        let expected = total(&alone).await;
        alone.close().await;
        let postgres = db_is_postgres(&db);
        db.drop_database().await.expect("drop");

        let db = if postgres { second_postgres().await } else { TestDatabase::sqlite().expect("sqlite") };
        let store = db.store().await.expect("store");
        import(&store, older.clone()).await;
        import(&store, newer.clone()).await;
        assert_eq!(total(&store).await, expected, "{}: 2015 then 2018 = 2018 alone", db.engine_name());
        let report = store.data_report().await.expect("report");
        let fields: std::collections::BTreeSet<&str> = report.corrections.iter().map(|c| c.field.as_str()).collect();
        assert!(report.corrections.len() > 1000, "{}: {} corrections", db.engine_name(), report.corrections.len());
        assert!(fields.contains("text") && fields.contains("issues"), "{fields:?}");
        assert!(report.corrections.iter().all(|c| c.older_edition == "2015" && c.newer_edition == "2018-07-25"));
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

fn db_is_postgres(db: &TestDatabase) -> bool {
    db.url.starts_with("postgres")
}

/// Another fresh PostgreSQL database (the first was dropped).
async fn second_postgres() -> TestDatabase {
    TestDatabase::postgres().await.expect("postgres").expect("configured")
}
