//! UPR Info's 2018 database export (semicolon-separated, UTF-8 with BOM, CRLF) on the real
//! files, as a workbook, and on broken copies.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use uprkit_core::{ActionCategory, NewRecommendation, Origin, Position, StateDirectory};
use uprkit_import::upr_info::{Container, Layout, UprInfoFile, read_bytes, read_file};

fn export_files() -> Vec<PathBuf> {
    let dir = uprkit_core::testing::shared_data("upr-info/export-2018");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert_eq!(files.len(), 5, "five export files in {}", dir.display());
    files
}

fn recommendations(file: UprInfoFile) -> (Container, Layout, Vec<NewRecommendation>) {
    match file {
        UprInfoFile::Recommendations { container, layout, records } => (container, layout, records),
        UprInfoFile::Pledges { .. } => panic!("expected recommendations"),
    }
}

fn read(name: &str, bytes: &[u8]) -> Result<UprInfoFile, String> {
    read_bytes(Path::new(name), bytes, &StateDirectory::load()).map_err(|e| e.to_string())
}

#[test]
fn all_five_files_read_in_full() {
    let states = StateDirectory::load();
    let mut all = Vec::new();
    for file in export_files() {
        let (container, layout, records) = recommendations(read_file(&file, &states).expect("reads"));
        assert_eq!((container, layout), (Container::CsvUtf8, Layout::Export2018), "{}", file.display());
        all.extend(records);
    }
    assert_eq!(all.len(), 43_834);
    let sessions: BTreeSet<u16> = all.iter().map(|r| r.session.get()).collect();
    assert_eq!(sessions, (1..=21).collect());
    assert!(all.iter().all(|r| r.origin == Origin::upr_info("2018-07-25")));
    assert!(all.iter().all(|r| r.action_category.is_some() && r.response.is_some() && !r.issues.is_empty()));
    // Every row names its recommending State, but nine say "&#40;Unknown&#41;" (UPR Info did
    // not record it), kept as no recommending State as in the raw export.
    let unknown: Vec<&NewRecommendation> = all.iter().filter(|r| r.recommending_states.is_empty()).collect();
    assert_eq!(unknown.len(), 9);
    assert!(unknown.iter().all(|r| r.session.get() == 1), "all in session 1");
    assert!(all.iter().all(|r| r.recommending_states.len() <= 1 && r.document.is_none() && r.sdgs.is_empty()));
    let noted = all.iter().filter(|r| r.response == Some(Position::Noted)).count();
    assert_eq!(noted, 11_330);
}

#[test]
fn a_known_row_and_the_row_without_session() {
    let states = StateDirectory::load();
    let files = export_files();
    let (_, _, last) = recommendations(read_file(&files[4], &states).expect("reads"));
    assert_eq!(last.len(), 8_366);
    let r = &last[0];
    assert_eq!((r.sur.as_str(), r.session.get()), ("ALB", 19));
    assert_eq!(r.text, "Sign and ratify the Optional Protocol to the ICESCR");
    assert_eq!(r.recommending_states.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["ESP"]);
    assert_eq!((r.response, r.action_category), (Some(Position::Supported), ActionCategory::parse("5")));
    assert_eq!(r.issues, ["ESC rights - general", "International instruments"]);
    assert!(r.source_ref.ends_with("EXPORT-2018_07_25-20_23_33.csv:row 2"), "{}", r.source_ref);
    // Row 16 of the first file has no session: the file's other Afghan rows (session 5) give it.
    let (_, _, first) = recommendations(read_file(&files[0], &states).expect("reads"));
    let r = first.iter().find(|r| r.source_ref.ends_with(":row 16")).expect("row 16");
    assert_eq!((r.sur.as_str(), r.session.get()), ("AFG", 5));
    assert!(r.text.starts_with("Enact, with immediate effect, the new Media Law"));
}

#[test]
fn without_the_export_stamp_the_edition_is_the_layout_year() {
    let bytes = std::fs::read(&export_files()[4]).expect("file");
    let (_, _, records) = recommendations(read("sessions19-21.csv", &bytes).expect("reads"));
    assert!(records.iter().all(|r| r.origin == Origin::upr_info("2018")));
}

/// The CSV as a workbook: text cells, with sessions and action categories as numbers.
fn as_workbook(csv_bytes: &[u8]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let text = std::str::from_utf8(csv_bytes).expect("utf-8");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(text.as_bytes());
    for (r, record) in reader.records().enumerate() {
        for (c, v) in record.expect("row").iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) if r > 0 && (c == 8 || c == 10) => sheet.write_number(r as u32, c as u16, n),
                _ => sheet.write_string(r as u32, c as u16, v),
            }
            .expect("cell");
        }
    }
    book.save_to_buffer().expect("workbook")
}

#[test]
fn the_workbook_gives_the_same_records_as_its_csv() {
    let file = &export_files()[4];
    let name = file.file_name().expect("name").to_string_lossy().replace(".csv", ".xlsx");
    let csv_bytes = std::fs::read(file).expect("file");
    let (_, _, from_csv) = recommendations(read(&name.replace(".xlsx", ".csv"), &csv_bytes).expect("csv reads"));
    let (container, layout, from_xlsx) =
        recommendations(read(&name, &as_workbook(&csv_bytes)).expect("workbook reads"));
    assert_eq!((container, layout), (Container::Xlsx, Layout::Export2018));
    let fields = |r: &NewRecommendation| {
        (r.sur.clone(), r.session, r.text.clone(), r.recommending_states.clone(), r.response, r.action_category)
    };
    assert_eq!(from_xlsx.len(), from_csv.len());
    for (x, c) in from_xlsx.iter().zip(&from_csv) {
        assert_eq!(fields(x), fields(c));
        assert_eq!(
            (&x.issues, &x.origin, x.source_ref.replace(".xlsx", ".csv")),
            (&c.issues, &c.origin, c.source_ref.clone())
        );
    }
}

/// The first file's text with row `row` (as a spreadsheet numbers it) changed by `change`.
fn damaged(row: usize, change: impl Fn(&str) -> String) -> Vec<u8> {
    let text = std::fs::read_to_string(&export_files()[4]).expect("file");
    // No field of the first rows spans lines, so line n is row n here.
    let mut lines: Vec<String> = text.split("\r\n").map(String::from).collect();
    lines[row - 1] = change(&lines[row - 1]);
    lines.join("\r\n").into_bytes()
}

#[test]
fn damaged_copies_are_refused_naming_the_row() {
    let e = read("atlantis.csv", &damaged(3, |l| l.replacen("Portugal", "Atlantis", 1))).expect_err("refused");
    assert!(e.contains("atlantis.csv, row 3: unknown State \"Atlantis\" in column RS"), "{e}");
    let e = read("session.csv", &damaged(5, |l| format!("{}nineteen", l.trim_end_matches("19")))).expect_err("refused");
    assert!(e.contains("session.csv, row 5: session \"nineteen\" is not a session number"), "{e}");
    // An empty session that no other row of the same State under review tells.
    let lonely = |l: &str| format!("Andorra{}", &l["Albania".len()..l.len() - "19".len()]);
    let e = read("lonely.csv", &damaged(4, lonely)).expect_err("refused");
    assert!(e.contains("lonely.csv, row 4: column Session is empty, and the other rows"), "{e}");
    let e = read("cut.csv", &damaged(7, |l| l[..l.rfind(';').expect("a separator")].to_string())).expect_err("refused");
    assert!(e.contains("cut.csv, row 7: this row has 10 fields where the header has 11"), "{e}");
}
