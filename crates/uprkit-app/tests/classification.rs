//! Classification (issue 12) through the use-cases, on SQLite and (when configured)
//! PostgreSQL: a model trained on UPR Info's and DIHR's coding suggests a coding for a WG
//! report no source coded, visible as facets in the database and the index; a person's
//! correction outlasts the next run and teaches the next training; sources are never
//! overwritten; repeats of earlier cycles are linked and counted.

use std::path::PathBuf;
use std::sync::Arc;
use uprkit_app::classification::{TrainingOptions, examples_from_batch};
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::{Actor, App, AppError};
use uprkit_core::classification::Head;
use uprkit_core::search::RecommendationFilter;
use uprkit_core::{NewRecommendation, StateDirectory};
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;

fn data(path: &str) -> PathBuf {
    uprkit_core::testing::shared_data(path)
}

/// The rows of a coded file for which `keep` holds.
fn rows(file: &str, keep: impl Fn(&NewRecommendation) -> bool) -> Vec<NewRecommendation> {
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&data(file), &StateDirectory::load())
    else {
        panic!("{file} reads as recommendations");
    };
    records.into_iter().filter(|r| keep(r)).collect()
}

/// Coded training data: UPR Info's sessions 1-6 and Slovenia's first two reviews, DIHR's
/// SDG coding of sessions 1-6.
fn training_rows() -> Vec<NewRecommendation> {
    let export = "upr-info/export-2018/";
    let mut out = rows(&format!("{export}01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv"), |_| true);
    out.extend(rows(&format!("{export}07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv"), |r| {
        r.sur.as_str() == "SVN"
    }));
    out.extend(rows(&format!("{export}19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv"), |r| {
        r.sur.as_str() == "SVN"
    }));
    out.extend(rows("dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx", |r| r.session.get() <= 6));
    out
}

/// Slovenia's third-cycle WG report, which no coded source covers.
const REPORT: &str = "ohchr/slovenia/cycle3/g1934994.pdf";

async fn import_report(app: &App, actor: &Actor) {
    let path = data(REPORT);
    let bytes = std::fs::read(&path).expect("report");
    let document = DocumentReader::in_process().read(&path, &bytes).await.expect("readable report");
    app.write_document(actor, &path, document, false).await.expect("report imports");
}

/// Facet counts of Slovenia's session 34 in the database, and the total.
async fn facets(app: &App) -> (u64, std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>) {
    let filter = RecommendationFilter { sur: vec!["SVN".into()], session: vec![34], ..Default::default() };
    let page = app.store().search(&filter, 1, 1).await.expect("search");
    (page.total, page.facets)
}

#[tokio::test]
async fn suggestions_for_a_new_report_reviewed_by_a_person_and_kept() {
    let training = training_rows();
    for db in TestDatabase::all().await.expect("databases") {
        let at = db.engine_name();
        let store = db.store().await.expect("store");
        let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
        let app = App::new(store.clone(), index.clone());
        let operator = Actor::command_line();
        let batch =
            ImportBatch { source: "UPR Info export".into(), recommendations: training.clone(), pledges: vec![] };
        app.import_upr_info(&operator, batch, &|_| {}).await.expect("training data imports");

        // Nobody but an administrator trains.
        let err = app.train_classifier(&Actor::anonymous(), &TrainingOptions::default()).await.expect_err("anonymous");
        assert!(matches!(err, AppError::SignInNeeded), "{at}: {err:?}");
        let trained = app.train_classifier(&operator, &TrainingOptions::default()).await.expect("trains");
        assert_eq!(trained.version, 1, "{at}");
        assert!(trained.action_category > 5_000 && trained.sdgs > 3_000, "{at}: {trained:?}");

        // The WG report arrives: every recommendation gets a suggested action category and
        // issues, most get SDG goals, in the database's facets and in the index's.
        import_report(&app, &operator).await;
        let (total, f) = facets(&app).await;
        assert_eq!(total, 215, "{at}");
        let sum = |name: &str| f.get(name).map(|v| v.values().sum::<u64>()).unwrap_or(0);
        assert_eq!(sum("action_category"), 215, "{at}: every recommendation has an action category: {f:?}");
        assert_eq!(f["coded_by"].get("suggested"), Some(&215), "{at}: {:?}", f["coded_by"]);
        assert!(sum("issues") >= 215, "{at}: at least one issue each: {:?}", f.get("issues"));
        assert!(sum("sdgs") > 100, "{at}: SDG goals suggested: {:?}", f.get("sdgs"));
        let engine = index
            .search(None, &[("sur", vec!["SVN".into()]), ("session", vec!["34".into()])], Default::default(), 0, 1)
            .expect("index search");
        assert_eq!(engine.facets["coded_by"].get("suggested"), Some(&215), "{at}: the index shows them");
        assert_eq!(engine.facets["action_category"].values().sum::<u64>(), 215, "{at}");
        // Filters can leave suggestions out: UPR Info's own coding only.
        let only =
            RecommendationFilter { sur: vec!["SVN".into()], coded_by: vec!["upr_info".into()], ..Default::default() };
        let page = app.store().search(&only, 1, 1).await.expect("search");
        assert!(page.total > 0 && !page.facets["session"].contains_key("34"), "{at}: {:?}", page.facets["session"]);

        // Repeats: some third-cycle recommendations ask what the first two cycles asked.
        assert!(f["repeated"].get("yes").copied().unwrap_or(0) > 20, "{at}: {:?}", f["repeated"]);
        let counts = app.store().repeat_counts("SVN").await.expect("counts");
        let third = counts.iter().find(|c| c.cycle == 3).expect("cycle 3");
        assert_eq!(third.recommendations, 215, "{at}");
        assert!(third.repeated > 20 && third.repeated < 215, "{at}: {counts:?}");

        // A person corrects one suggestion; the next run keeps it, and the next training learns it.
        let page = app
            .store()
            .search(&RecommendationFilter { sur: vec!["SVN".into()], session: vec![34], ..Default::default() }, 1, 1)
            .await
            .expect("search");
        let r = &page.items[0];
        let suggested = r.action_category.expect("suggested action category");
        let corrected = if suggested == 5 { 4 } else { 5 };
        let viewer = Actor::anonymous();
        let err =
            app.decide_classification(&viewer, r.id, Head::ActionCategory, &["5".into()]).await.expect_err("anon");
        assert!(matches!(err, AppError::SignInNeeded), "{at}");
        let err =
            app.decide_classification(&operator, r.id, Head::ActionCategory, &["9".into()]).await.expect_err("bad");
        assert!(matches!(err, AppError::Invalid(_)), "{at}: {err:?}");
        app.decide_classification(&operator, r.id, Head::ActionCategory, &[corrected.to_string()])
            .await
            .expect("decides");
        app.decide_classification(&operator, r.id, Head::Sdg, &[]).await.expect("no SDG link");
        let again = app.apply_classifier(&operator, None).await.expect("apply again");
        assert_eq!(again.model_version, Some(1), "{at}");
        let after = app.store().recommendation(r.id).await.expect("read").expect("exists");
        assert_eq!(after.action_category, Some(corrected), "{at}: the correction outlasts the run");
        assert!(after.sdgs.is_empty(), "{at}: 'no SDG link' outlasts the run: {:?}", after.sdgs);
        assert!(after.coded_by.contains(&"reviewed".to_string()), "{at}: {:?}", after.coded_by);
        let view = app.classification(r.id).await.expect("classification");
        let d = view.decisions.iter().find(|d| d.head == Head::ActionCategory).expect("decision");
        assert_eq!((d.decision.as_str(), d.decided_by.as_str()), ("corrected", "command line"), "{at}");
        let queue = app.review_queue(&operator, Some(Head::ActionCategory), 1).await.expect("queue");
        assert_eq!(queue.0, 214, "{at}: the decided one left the queue");
        assert!(queue.1.windows(2).all(|w| w[0].confidence <= w[1].confidence), "{at}: least sure first");
        assert!(queue.1.iter().all(|i| i.recommendation_id != r.id), "{at}");
        let retrained = app.train_classifier(&operator, &TrainingOptions::default()).await.expect("retrains");
        assert_eq!((retrained.version, retrained.decisions), (2, 1), "{at}: the decision is learnt");

        // A source's coding is never overwritten, by a person or by a run.
        let coded = app
            .store()
            .search(&RecommendationFilter { sur: vec!["SVN".into()], session: vec![7], ..Default::default() }, 1, 1)
            .await
            .expect("search");
        let source = &coded.items[0];
        let err = app
            .decide_classification(&operator, source.id, Head::Issue, &["Death penalty".into()])
            .await
            .expect_err("source-coded");
        assert!(matches!(err, AppError::Invalid(_)), "{at}: {err:?}");
        assert_eq!(
            app.classification(source.id)
                .await
                .expect("view")
                .suggestions
                .iter()
                .filter(|s| s.head != Head::Sdg)
                .count(),
            0,
            "{at}"
        );

        // Evaluation never trains on its files and leaves out what the model learnt from.
        let seen = ImportBatch { recommendations: training.clone(), ..Default::default() };
        let err = app.evaluate_classifier(&operator, examples_from_batch(&seen)).await.expect_err("all seen");
        assert!(matches!(err, AppError::Invalid(_)), "{at}: {err:?}");
        let unseen = rows("upr-info/export-2018/19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv", |r| {
            r.session.get() == 21
        });
        let report = app
            .evaluate_classifier(
                &operator,
                examples_from_batch(&ImportBatch { recommendations: unseen, ..Default::default() }),
            )
            .await
            .expect("evaluates");
        assert_eq!(report.models.len(), 3, "{at}");
        let accuracy = |i: usize| report.models[i].scores.action.as_ref().expect("action").accuracy;
        assert!(accuracy(0) > 0.8 && accuracy(0) > accuracy(1), "{at}: {report:?}");
        store.close().await;
        db.drop_database().await.expect("drop");
    }
}
