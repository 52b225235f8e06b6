//! The whole UPR Info set for sessions 1-16 (30,261 recommendations), exported page by page
//! the way the command line and the web app call the exporter.

mod common;

use calamine::{Reader, Xlsx};
use std::io::Cursor;
use uprkit_docs::{ExportFormat, RecommendationExport};

const PAGE: usize = 1_000;

#[test]
fn thirty_thousand_rows_in_pages_of_a_thousand() {
    let rows = common::upr_info_rows("upr-info/recommendations_sessions01-16.csv");
    assert_eq!(rows.len(), 30_261);

    let mut csv = RecommendationExport::new(ExportFormat::Csv, Vec::new()).expect("CSV starts");
    let mut xlsx = RecommendationExport::new(ExportFormat::Xlsx, Vec::new()).expect("XLSX starts");
    for page in rows.chunks(PAGE) {
        csv.write_rows(page).expect("CSV page");
        xlsx.write_rows(page).expect("XLSX page");
    }
    assert_eq!(xlsx.rows_written(), 30_261);

    let csv = csv.finish().expect("CSV finished");
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), 30_261);
    assert!(records.iter().zip(&rows).all(|(rec, row)| rec[14] == row.text));

    let xlsx = xlsx.finish().expect("XLSX finished");
    let mut book = Xlsx::new(Cursor::new(xlsx)).expect("calamine opens it");
    let range = book.worksheet_range("Recommendations").expect("sheet");
    assert_eq!(range.height(), 30_262);
    let last = rows.last().expect("rows");
    let last_text = range.get_value((30_261, 14)).expect("last text").to_string();
    assert_eq!(last_text, last.text);
}
