//! DIHR's SDG-Human Rights Data Explorer file (cycle 1) on the real workbook, and on damaged
//! copies of its rows.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;
use uprkit_core::{NewRecommendation, Position, Publisher, SdgLink, StateDirectory};
use uprkit_import::upr_info::{Container, Layout, UprInfoFile, read_bytes, read_file};

const FILE: &str = "dihr/upr1_cycle1_2008-2011_sdg_coded.xlsx";

/// The file's records, read once for all tests.
fn records() -> &'static [NewRecommendation] {
    static RECORDS: OnceLock<Vec<NewRecommendation>> = OnceLock::new();
    RECORDS.get_or_init(|| {
        let path = uprkit_core::testing::shared_data(FILE);
        match read_file(&path, &StateDirectory::load()).expect("the DIHR file reads") {
            UprInfoFile::Recommendations { container, layout, records } => {
                assert_eq!((container, layout), (Container::Xlsx, Layout::Dihr));
                records
            }
            UprInfoFile::Pledges { .. } => panic!("expected recommendations"),
        }
    })
}

fn at_row(records: &[NewRecommendation], row: u64) -> &NewRecommendation {
    let suffix = format!(".xlsx:row {row}");
    records.iter().find(|r| r.source_ref.ends_with(&suffix)).expect("the row")
}

fn link(goal: u8, target: Option<&str>) -> SdgLink {
    SdgLink { goal, target: target.map(String::from) }
}

#[test]
fn the_whole_cycle_reads_with_its_sessions_documents_and_links() {
    let all = records();
    assert_eq!(all.len(), 20_678);
    assert_eq!(all.iter().filter(|r| r.paragraph.is_some()).count(), 20_678 - 995);
    assert!(all.iter().all(|r| r.document.as_deref().is_some_and(|d| d.starts_with("A/HRC/"))));
    let sessions: BTreeSet<u16> = all.iter().map(|r| r.session.get()).collect();
    assert_eq!(sessions, (1..=12).collect(), "all of cycle 1");
    assert_eq!(all.iter().map(|r| &r.sur).collect::<BTreeSet<_>>().len(), 193);
    assert!(all.iter().all(|r| r.recommending_states.len() == 1 && r.origin.publisher == Publisher::Dihr));
    assert_eq!(all.iter().filter(|r| r.response == Some(Position::Noted)).count(), 5_356);
    assert_eq!(all.iter().filter(|r| r.sdgs.is_empty()).count(), 9_626, "\"No SDG link identified\"");
    // Excel turned a lone `16.10` into the number 16.1, which 16.1 also gives: goal 16 only.
    assert_eq!(all.iter().filter(|r| r.sdgs.contains(&link(16, None))).count(), 1_066);
    let targets = all.iter().flat_map(|r| &r.sdgs).filter(|l| l.target.is_some()).count();
    assert!(targets > 10_000, "{targets} target links");
}

#[test]
fn known_rows() {
    let all = records();
    // Afghanistan, session 5 (2009), recommended by Austria: two goals, three targets.
    let r = at_row(all, 61);
    assert_eq!((r.sur.as_str(), r.session.get()), ("AFG", 5));
    assert_eq!(r.recommending_states.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["AUT"]);
    assert_eq!((r.document.as_deref(), r.paragraph.as_deref()), (Some("A/HRC/12/9"), Some("95.59")));
    assert_eq!(r.sdgs, [link(5, Some("5.2")), link(16, Some("16.10")), link(16, Some("16.3"))]);
    assert!(r.text.starts_with("Investigate thoroughly all acts of violence against women"));
    assert_eq!(r.response, Some(Position::Supported));
    // "No SDG link identified": no links.
    let r = at_row(all, 2);
    assert_eq!((r.paragraph.as_deref(), r.sdgs.len()), (Some("95.1"), 0));
    // Targets held as the number 16.1 (16.1 or 16.10, Excel cannot say): goal 16 only.
    let r = at_row(all, 4);
    assert_eq!(r.sdgs, [link(16, None)]);
    // Bahrain, session 1 (2008): the document names no paragraph.
    let r = at_row(all, 1275);
    assert_eq!((r.sur.as_str(), r.session.get()), ("BHR", 1));
    assert_eq!((r.document.as_deref(), r.paragraph.as_deref()), (Some("A/HRC/8/19"), None));
}

/// The workbook's header and rows 2-11 (as a spreadsheet numbers them) as CSV, with `change`
/// applied to the row given.
fn csv_copy(row: usize, change: impl Fn(&mut Vec<String>)) -> Vec<u8> {
    let header =
        ["Goals", "Recommendation", "Tekst", "Targets", "Response", "Recommending state", "field_year", "Document"];
    let states = StateDirectory::load();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header).expect("header");
    for (i, r) in records().iter().take(10).enumerate() {
        assert_eq!((r.sur.as_str(), r.session.get()), ("AFG", 5));
        let sur = states.get(r.sur.as_str()).expect("state").name.clone();
        let rs = states.get(r.recommending_states[0].as_str()).expect("state").name.clone();
        let document =
            format!("Source:{}|{}|", r.document.clone().unwrap_or_default(), r.paragraph.clone().unwrap_or_default());
        let mut fields: Vec<String> =
            ["No SDG link identified", &sur, &r.text, "", "Supported", &rs, "2009 Cycle 1", &document]
                .map(String::from)
                .to_vec();
        if i + 2 == row {
            change(&mut fields);
        }
        out.write_record(&fields).expect("row");
    }
    out.into_inner().expect("csv")
}

fn refused(name: &str, bytes: &[u8]) -> String {
    match read_bytes(Path::new(name), bytes, &StateDirectory::load()) {
        Ok(_) => panic!("{name} should be refused"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn damaged_rows_are_refused_naming_row_and_reason() {
    // The undamaged copy reads: the first ten rows are Afghanistan's, session 5, 2009.
    let fine = read_bytes(Path::new("dihr.csv"), &csv_copy(0, |_| ()), &StateDirectory::load()).expect("reads");
    assert_eq!(fine.len(), 10);
    let e = refused("state.csv", &csv_copy(3, |f| f[5] = "Atlantis".into()));
    assert!(e.contains("state.csv, row 3: unknown State \"Atlantis\" in column Recommending state"), "{e}");
    let e = refused("year.csv", &csv_copy(4, |f| f[6] = "2011 Cycle 1".into()));
    assert!(e.contains("year.csv, row 4: field_year \"2011 Cycle 1\" does not match AFG's review of cycle 1: session 5, held in 2009"), "{e}");
    let e = refused("cycle.csv", &csv_copy(5, |f| f[6] = "2009".into()));
    assert!(e.contains("cycle.csv, row 5: field_year \"2009\" is not a year and cycle"), "{e}");
    let e = refused("doc.csv", &csv_copy(6, |f| f[7] = "A/HRC/12/9 para 95.5".into()));
    assert!(e.contains("doc.csv, row 6: document \"A/HRC/12/9 para 95.5\" is not of the form"), "{e}");
    let e = refused("goal.csv", &csv_copy(7, |f| f[3] = "16.3".into()));
    assert!(e.contains("goal.csv, row 7: target 16.3 is in goal 16, which column Goals does not name"), "{e}");
    let e = refused("response.csv", &csv_copy(8, |f| f[4] = "Perhaps".into()));
    assert!(e.contains("response.csv, row 8: response \"Perhaps\""), "{e}");
}
