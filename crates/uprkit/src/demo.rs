//! The data `uprkit serve --demo` loads into an empty database, carried inside the binary so
//! that a fresh clone runs alone: the full public dataset of `public-data/` (UPR Info's 2018
//! export of sessions 1-21, voluntary pledges, DIHR's cycle 1 with SDG links, OHCHR documents
//! of four States; see `public-data/README.md`), or, for tests, a small subset of UPR Info's
//! 2015 export (2,747 rows of 14 States).

use anyhow::Context;
use flate2::read::GzDecoder;
use std::io::Read;
use std::path::Path;
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::{Actor, App};
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_store::ImportBatch;

/// Which demo set to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoSet {
    /// Every source of `public-data/`, reconciled.
    Full,
    /// 2,747 rows of 14 States from UPR Info's 2015 export (fast; for tests).
    Small,
}

/// A bundled file: its name (what provenance shows; `.gz` files are named without it) and bytes.
struct Bundled {
    name: &'static str,
    bytes: &'static [u8],
}

macro_rules! bundled {
    ($name:literal, $path:literal) => {
        Bundled { name: $name, bytes: include_bytes!(concat!("../public-data/", $path)) }
    };
}

/// The tabular sources, gzip-compressed where they are CSV.
const TABLES: [Bundled; 7] = [
    bundled!(
        "01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv",
        "upr-info/01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv.gz"
    ),
    bundled!(
        "07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv",
        "upr-info/07-10-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_20_28.csv.gz"
    ),
    bundled!(
        "11-14-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_08.csv",
        "upr-info/11-14-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_08.csv.gz"
    ),
    bundled!(
        "15-18-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_51.csv",
        "upr-info/15-18-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_22_51.csv.gz"
    ),
    bundled!(
        "19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv",
        "upr-info/19-21-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_23_33.csv.gz"
    ),
    bundled!("voluntary_pledges_sessions01-19.csv", "upr-info/voluntary_pledges_sessions01-19.csv.gz"),
    bundled!("upr1_cycle1_2008-2011_sdg_coded.xlsx", "dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx"),
];

/// OHCHR documents, each review's report before its addendum (either order works; this one
/// records the positions at once instead of keeping them waiting).
const DOCUMENTS: [Bundled; 17] = [
    bundled!("A-HRC-8-34_EN.pdf", "ohchr/argentina/cycle1/Argentina_s01_cycle1_WG_report_A-HRC-8-34_EN.pdf"),
    bundled!("A-HRC-25-5-Add1.docx", "ohchr/china/cycle2/China_cycle2_session17_2013_matrix_A-HRC-25-5-Add1.docx"),
    bundled!("A-HRC-17-11_EN.pdf", "ohchr/georgia/cycle1/Georgia_s10_cycle1_WG_report_A-HRC-17-11_EN.pdf"),
    bundled!("A-HRC-17-11-Add1_EN.pdf", "ohchr/georgia/cycle1/Georgia_s10_cycle1_addendum_A-HRC-17-11-Add1_EN.pdf"),
    bundled!("HRC_decision_17-109_EN.pdf", "ohchr/georgia/cycle1/Georgia_s10_cycle1_HRC_decision_17-109_EN.pdf"),
    bundled!("g1012049.pdf", "ohchr/slovenia/cycle1/g1012049.pdf"),
    bundled!("g1012465.pdf", "ohchr/slovenia/cycle1/g1012465.pdf"),
    bundled!("g1014611.pdf", "ohchr/slovenia/cycle1/g1014611.pdf"),
    bundled!("g1423930.pdf", "ohchr/slovenia/cycle2/g1423930.pdf"),
    bundled!("g1504261.pdf", "ohchr/slovenia/cycle2/g1504261.pdf"),
    bundled!(
        "UPR20_Slovenia_ThematicListRecommendations_E.docx",
        "ohchr/slovenia/cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx"
    ),
    bundled!("g1510722.pdf", "ohchr/slovenia/cycle2/g1510722.pdf"),
    bundled!("g1934994.pdf", "ohchr/slovenia/cycle3/g1934994.pdf"),
    bundled!("g2004192.pdf", "ohchr/slovenia/cycle3/g2004192.pdf"),
    bundled!(
        "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
        "ohchr/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx"
    ),
    bundled!("g1924226.pdf", "ohchr/slovenia/cycle3/g1924226.pdf"),
    bundled!("g2007307.pdf", "ohchr/slovenia/cycle3/g2007307.pdf"),
];

/// The small set's rows, in the cleaned UPR Info layout.
const SMALL: Bundled = Bundled { name: "uprinfo_demo.csv", bytes: include_bytes!("../demo/uprinfo_demo.csv") };

/// A bundled file's content, decompressed when it is gzip.
fn content(file: &Bundled) -> anyhow::Result<Vec<u8>> {
    if !file.bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(file.bytes.to_vec());
    }
    let mut out = Vec::new();
    GzDecoder::new(file.bytes).read_to_end(&mut out).with_context(|| format!("bundled {} is damaged", file.name))?;
    Ok(out)
}

/// Loads a demo set into an empty database; a database with data is left alone.
pub async fn load(app: &App, set: DemoSet) -> anyhow::Result<()> {
    if app.store().recommendation_count().await? > 0 {
        println!("the database already holds data; the demo set is not loaded again");
        return Ok(());
    }
    let tables: Vec<&Bundled> = match set {
        DemoSet::Full => TABLES.iter().collect(),
        DemoSet::Small => vec![&SMALL],
    };
    let states = StateDirectory::load();
    let mut batch = ImportBatch { source: "uprkit demo set (public data)".into(), ..Default::default() };
    for file in tables {
        match upr_info::read_bytes(Path::new(file.name), &content(file)?, &states)? {
            UprInfoFile::Recommendations { records, .. } => batch.recommendations.extend(records),
            UprInfoFile::Pledges { records, .. } => batch.pledges.extend(records),
        }
    }
    // One batch: every source's rows are reconciled together, once.
    let report = crate::commands::import::write(app, batch).await?;
    if set == DemoSet::Full {
        let bar = crate::commands::bar(DOCUMENTS.len() as u64, "reading OHCHR documents");
        // The bundled documents are uprkit's own: read in this process, no child needed.
        let reader = DocumentReader::in_process();
        for file in &DOCUMENTS {
            let path = Path::new(file.name);
            let document = reader.read(path, file.bytes).await.with_context(|| format!("bundled {}", file.name))?;
            app.write_document(&Actor::command_line(), path, document, false).await?;
            bar.inc(1);
        }
        bar.finish_and_clear();
    }
    // Suggest the coding of what no source coded (newer OHCHR documents, SDGs after cycle 1).
    let actor = Actor::command_line();
    let options = uprkit_app::classification::TrainingOptions::default();
    let trained = app.train_classifier(&actor, &options).await?;
    let applied = app.apply_classifier(&actor, None).await?;
    println!(
        "classifier version {} trained in {:.0} s; suggestions for {} recommendations, {} repeat links",
        trained.version, trained.seconds, applied.suggested, applied.repeats
    );
    println!(
        "demo data loaded: {} recommendations from {} rows (uprkit data report tells how they were matched)",
        app.store().recommendation_count().await?,
        report.recommendations.read
    );
    Ok(())
}
