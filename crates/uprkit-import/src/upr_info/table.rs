//! Reads a file into a header and rows of text, whatever its container: CSV in UTF-8 (with or
//! without BOM) or Mac Roman with any line endings, separated by commas or (UPR Info's 2018
//! export) semicolons, or the first sheet of an XLSX workbook.

use crate::ImportError;
use calamine::{Data, Reader, Xlsx};
use std::collections::BTreeSet;
use std::io::Cursor;
use std::path::Path;

/// How the file was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// UTF-8 CSV.
    CsvUtf8,
    /// Mac Roman CSV, as UPR Info's own export wrote it.
    CsvMacRoman,
    /// Excel workbook.
    Xlsx,
}

/// A header and its rows; each row with its number as a spreadsheet shows it.
#[derive(Debug)]
pub struct Table {
    pub container: Container,
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
    /// Cells (row, column) a workbook held as numbers with a fraction rather than as text:
    /// Excel turns a typed `16.10` into the number 16.1, so a reader may need to know.
    pub numbers: BTreeSet<(u64, usize)>,
}

impl Table {
    /// `true` when the workbook held this cell as a number with a fraction.
    pub fn is_number(&self, row: u64, column: usize) -> bool {
        self.numbers.contains(&(row, column))
    }
}

/// Reads `bytes` (the content of `path`) into a table.
pub fn read_table(path: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::file(path, "the file is empty"));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_xlsx(path, bytes);
    }
    if looks_binary(bytes) {
        return Err(ImportError::file(
            path,
            "this is not a text file (it holds binary data): export the data as CSV or XLSX and try again",
        ));
    }
    let (text, container) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.strip_prefix('\u{feff}').unwrap_or(t).to_string(), Container::CsvUtf8),
        // UPR Info's export is Mac Roman; every byte sequence decodes, so no data is lost.
        Err(_) => (encoding_rs::MACINTOSH.decode_without_bom_handling(bytes).0.into_owned(), Container::CsvMacRoman),
    };
    read_csv(path, &text, container)
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample.iter().filter(|b| **b < 0x09 || (**b > 0x0d && **b < 0x20)).count();
    sample.contains(&0) || controls * 100 > sample.len()
}

fn read_csv(path: &Path, text: &str, container: Container) -> Result<Table, ImportError> {
    // The csv crate's default terminator accepts \n, \r\n and a bare \r (old Mac files).
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(|s| s.trim().to_string()).collect(),
        Some(Err(e)) => {
            return Err(ImportError::file(path, format!("cannot read the header row: {e}")));
        }
        None => return Err(ImportError::file(path, "the file has no header row")),
    };
    let mut rows = Vec::new();
    for (i, record) in records.enumerate() {
        let row = i as u64 + 2;
        match record {
            Ok(r) => rows.push((row, r.iter().map(String::from).collect())),
            Err(e) => {
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => format!(
                        "this row has {len} fields where the header has {expected_len}: the file may be truncated \
                         or a quote may be missing"
                    ),
                    _ => format!("cannot read this row: {e}"),
                };
                return Err(ImportError {
                    file: path.to_path_buf(),
                    problems: vec![crate::Problem { row: Some(row), reason }],
                    more: 0,
                });
            }
        }
    }
    Ok(Table { container, headers, rows, numbers: BTreeSet::new() })
}

/// The field separator, from the header line: UPR Info's 2018 export separates its fields with
/// semicolons, every other layout with commas. Header names hold neither.
fn separator(text: &str) -> u8 {
    let header = text.split(['\r', '\n']).next().unwrap_or("");
    let count = |c: char| header.chars().filter(|h| *h == c).count();
    if count(';') > count(',') { b';' } else { b',' }
}

fn read_xlsx(path: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
    // calamine expands the zip's parts without a limit: check what they expand to first.
    crate::limits::open_zip(path, bytes, "workbook", crate::limits::XLSX_LIMITS)?;
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec()))
        .map_err(|e| ImportError::file(path, format!("cannot open this workbook (damaged or truncated?): {e}")))?;
    let sheet =
        book.sheet_names().first().cloned().ok_or_else(|| ImportError::file(path, "the workbook has no sheet"))?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| ImportError::file(path, format!("cannot read sheet {sheet:?}: {e}")))?;
    let mut numbers = BTreeSet::new();
    for (row, column, cell) in range.used_cells() {
        if matches!(cell, Data::Float(f) if f.fract() != 0.0) {
            // Spreadsheet row numbers count from 1 at the range's first row (the header).
            numbers.insert((row as u64 + 1, column));
        }
    }
    let mut rows = range.rows().map(|r| r.iter().map(cell_text).collect::<Vec<String>>());
    let headers: Vec<String> = rows
        .next()
        .ok_or_else(|| ImportError::file(path, format!("sheet {sheet:?} is empty")))?
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    let rows =
        rows.enumerate().map(|(i, r)| (i as u64 + 2, r)).filter(|(_, r)| r.iter().any(|c| !c.is_empty())).collect();
    Ok(Table { container: Container::Xlsx, headers, rows, numbers })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Whole numbers (sessions, categories) come back as floats from Excel.
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}
