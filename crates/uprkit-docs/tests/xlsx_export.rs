//! The XLSX export, opened with calamine as the importer would open a user's workbook.

mod common;

use calamine::{Data, Range, Reader, Xlsx};
use common::{micro, row};
use std::io::Cursor;
use uprkit_docs::{ExportFormat, RecommendationExport, export_to_bytes};

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens the workbook")
}

fn sheet(bytes: Vec<u8>) -> Range<Data> {
    let mut book = open(bytes);
    assert_eq!(book.sheet_names(), ["Recommendations"]);
    book.worksheet_range("Recommendations").expect("sheet")
}

fn cell(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn one_sheet_with_header_and_one_row_per_recommendation() {
    let rows = micro();
    let range = sheet(export_to_bytes(ExportFormat::Xlsx, &rows).expect("export"));
    assert_eq!(range.height(), 26);
    assert_eq!(range.width(), 19);
    let header: Vec<String> = (0..19).map(|c| cell(&range, 0, c).to_string()).collect();
    assert_eq!(header[0], "id");
    assert_eq!(header[14], "text");
    assert_eq!(header[15], "language");
    assert_eq!(header[16], "source");
    for (i, r) in rows.iter().enumerate() {
        let line = i as u32 + 1;
        assert_eq!(cell(&range, line, 0), Data::Float(r.id as f64));
        assert_eq!(cell(&range, line, 14), Data::String(r.text.clone()));
    }
}

#[test]
fn numbers_are_numbers_and_lists_are_joined() {
    let rows = micro();
    let paraguay = row(&rows, 19220);
    let mut bahrain = row(&rows, 400);
    bahrain.paragraph = Some("140.10".into());
    let range = sheet(export_to_bytes(ExportFormat::Xlsx, &[paraguay.clone(), bahrain]).expect("export"));

    assert_eq!(cell(&range, 1, 1), Data::String("PRY".into()));
    assert_eq!(cell(&range, 1, 2), Data::String("Paraguay".into()));
    assert_eq!(cell(&range, 1, 3), Data::String("BRA".into()));
    assert_eq!(cell(&range, 1, 4), Data::String("Brazil".into()));
    assert_eq!(cell(&range, 1, 5), Data::Float(1.0));
    assert_eq!(cell(&range, 1, 6), Data::Float(10.0));
    assert_eq!(cell(&range, 1, 7), Data::Empty, "no paragraph known");
    assert_eq!(cell(&range, 1, 8), Data::String("Supported".into()));
    assert_eq!(cell(&range, 1, 9), Data::Float(4.0));
    assert_eq!(cell(&range, 1, 14), Data::String(paraguay.text));

    // "140.10" stays text: as a number it would read 140.1, another paragraph.
    assert_eq!(cell(&range, 2, 7), Data::String("140.10".into()));
    assert_eq!(cell(&range, 2, 8), Data::String("Noted".into()));
    assert_eq!(cell(&range, 2, 10), Data::String("Rights of the Child; Women's rights".into()));
}

#[test]
fn text_is_stored_as_text_not_as_a_formula() {
    let mut attack = row(&micro(), 4088);
    attack.text = format!("={}", attack.text);
    let range = sheet(export_to_bytes(ExportFormat::Xlsx, &[attack.clone()]).expect("export"));
    // Strings in a workbook are never evaluated, so no apostrophe is needed or added.
    assert_eq!(cell(&range, 1, 14), Data::String(attack.text));
}

#[test]
fn an_overlong_text_is_cut_with_a_note() {
    let mut long = row(&micro(), 1307);
    let text = long.text.clone();
    long.text = std::iter::repeat_n(text.as_str(), 200).collect::<Vec<_>>().join(" ");
    assert!(long.text.len() > 32_767);
    let range = sheet(export_to_bytes(ExportFormat::Xlsx, &[long.clone()]).expect("export"));
    let Data::String(cut) = cell(&range, 1, 14) else { panic!("text cell is a string") };
    assert!(cut.encode_utf16().count() <= 32_767);
    assert!(cut.starts_with(&text));
    assert!(cut.contains(&format!("the full text has {} characters", long.text.chars().count())));
}

#[test]
fn page_by_page_into_a_file() {
    let rows = micro();
    let dir = std::env::temp_dir().join(format!("uprkit-docs-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("recommendations.xlsx");
    let file = std::io::BufWriter::new(std::fs::File::create(&path).expect("temp file"));
    let mut export = RecommendationExport::new(ExportFormat::Xlsx, file).expect("export starts");
    for page in rows.chunks(10) {
        export.write_rows(page).expect("page written");
    }
    drop(export.finish().expect("export finished"));
    let range = sheet(std::fs::read(&path).expect("file read"));
    assert_eq!(range.height(), 26);
    std::fs::remove_dir_all(&dir).expect("temp dir removed");
}

#[test]
fn an_empty_result_is_a_workbook_with_a_header() {
    let range = sheet(export_to_bytes(ExportFormat::Xlsx, &[]).expect("export"));
    assert_eq!(range.height(), 1);
    assert_eq!(cell(&range, 0, 0), Data::String("id".into()));
}
