//! The store on both engines: migrations, reference data, import identity rules.

use std::collections::BTreeSet;
use std::path::Path;
use uprkit_core::search::RecommendationFilter;
use uprkit_core::{ActionCategory, Iso3, Position, SessionNo};
use uprkit_store::testing::TestDatabase;
use uprkit_store::{ImportBatch, NewRecommendation};

fn names(dir: &str) -> BTreeSet<String> {
    std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .expect("migration folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn both_engines_have_the_same_migrations() {
    assert_eq!(names("migrations/sqlite"), names("migrations/postgres"));
}

fn rec(sur: &str, session: &str, text: &str, rs: &[&str], issues: &[&str]) -> NewRecommendation {
    NewRecommendation {
        sur: Iso3::parse(sur).expect("iso3"),
        session: SessionNo::parse(session).expect("session"),
        paragraph: None,
        text: text.into(),
        recommending_states: rs.iter().map(|s| Iso3::parse(s).expect("iso3")).collect(),
        response: Some(Position::Supported),
        action_category: ActionCategory::parse("5"),
        issues: issues.iter().map(|s| s.to_string()).collect(),
        sdgs: vec![],
        document: None,
        origin: uprkit_core::Origin::upr_info("test"),
        source_ref: "test".into(),
    }
}

#[tokio::test]
async fn migrate_is_repeatable_and_seeds_reference_data() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        store.migrate().await.expect("second migrate is a no-op");
        let states = store.state_names().await.expect("states");
        assert_eq!(states.len(), 195, "{}", db.engine_name());
        assert!(states.iter().any(|(iso3, name)| iso3 == "SVN" && name == "Slovenia"));
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn identity_duplicates_updates_and_history() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let a = rec("SVN", "7", "Ratify the Optional Protocol to CAT.", &["FRA"], &["Torture and other CID treatment"]);
        let same_again = a.clone();
        let repeated_differently =
            rec("SVN", "7", "Ratify the Optional Protocol to CAT.", &["FRA"], &["International instruments"]);
        let joint = rec("SVN", "7", "Adopt a national action plan.", &["FRA", "DEU"], &[]);
        let batch = ImportBatch {
            source: "test".into(),
            recommendations: vec![a.clone(), same_again, repeated_differently, joint],
            pledges: vec![],
        };
        let report = store.import(batch.clone(), &|_| {}).await.expect("import");
        assert_eq!((report.recommendations.created, report.recommendations.duplicates), (3, 1));
        let report = store.import(batch, &|_| {}).await.expect("re-import");
        assert_eq!((report.recommendations.created, report.recommendations.unchanged), (0, 3));
        // A corrected source updates the record in place and keeps the earlier position.
        let mut corrected = a.clone();
        corrected.response = Some(Position::Noted);
        let batch = ImportBatch { source: "test".into(), recommendations: vec![corrected], pledges: vec![] };
        let report = store.import(batch, &|_| {}).await.expect("update");
        assert_eq!((report.recommendations.created, report.recommendations.updated), (0, 1));
        let page = store
            .search(&RecommendationFilter { rs: vec!["DEU".into()], ..Default::default() }, 1, 10)
            .await
            .expect("search");
        assert_eq!(page.total, 1);
        assert_eq!(page.items[0].recommending_states, vec!["FRA", "DEU"]);
        let noted = RecommendationFilter { response: vec!["noted".into()], ..Default::default() };
        assert_eq!(store.search(&noted, 1, 10).await.expect("search").total, 1);
        let history = uprkit_store::testing::count_rows(&store, "positions").await.expect("count");
        // The two rows of the same text and State are one recommendation: its first position
        // and the correction, and the joint recommendation's.
        assert_eq!(history, 3, "first positions and the correction");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn facet_counts_match_filtered_totals() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let batch = ImportBatch {
            source: "test".into(),
            recommendations: vec![
                rec("SVN", "7", "One.", &["FRA"], &["Women's rights"]),
                rec("SVN", "20", "Two.", &["FRA", "BRA"], &["Women's rights", "Justice"]),
                rec("TUV", "3", "Three.", &["NZL"], &["Justice"]),
            ],
            pledges: vec![],
        };
        store.import(batch, &|_| {}).await.expect("import");
        let all = store.search(&RecommendationFilter::default(), 1, 10).await.expect("search");
        for (facet, values) in &all.facets {
            for (value, count) in values {
                let mut f = RecommendationFilter::default();
                match facet.as_str() {
                    "sur" => f.sur = vec![value.clone()],
                    "rs" => f.rs = vec![value.clone()],
                    "cycle" => f.cycle = vec![value.parse().expect("n")],
                    "session" => f.session = vec![value.parse().expect("n")],
                    "issues" => f.issue = vec![value.clone()],
                    "response" => f.response = vec![value.clone()],
                    _ => continue,
                }
                let filtered = store.search(&f, 1, 1).await.expect("search").total;
                assert_eq!(filtered, *count, "{facet}={value} on {}", db.engine_name());
            }
        }
        assert_eq!(all.facets["rs"]["FRA"], 2);
        assert_eq!(all.facets["cycle"]["2"], 1);
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}

#[tokio::test]
async fn every_table_that_refers_to_a_recommendation_is_declared_for_merges() {
    for db in TestDatabase::all().await.expect("databases") {
        let store = db.store().await.expect("store");
        let undeclared = uprkit_store::testing::undeclared_recommendation_tables(&store).await.expect("tables");
        assert!(undeclared.is_empty(), "declare {undeclared:?} in import/reconcile/write.rs ({})", db.engine_name());
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
