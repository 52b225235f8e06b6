//! Exports of recommendations as CSV or XLSX, written page by page so a result set of any
//! size never has to be held in memory.
//!
//! ```no_run
//! # fn page(n: u32) -> Vec<uprkit_core::search::RecommendationView> { Vec::new() }
//! use uprkit_docs::{ExportFormat, RecommendationExport};
//!
//! let file = std::io::BufWriter::new(std::fs::File::create("recommendations.xlsx")?);
//! let mut export = RecommendationExport::new(ExportFormat::Xlsx, file)?;
//! for n in 1.. {
//!     let rows = page(n);
//!     if rows.is_empty() {
//!         break;
//!     }
//!     export.write_rows(&rows)?;
//! }
//! export.finish()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! For an HTTP download, write into a `Vec<u8>` and send what `finish` returns.

mod columns;
pub mod csv;
mod xlsx;

use columns::RowBuilder;
use std::fmt;
use std::io::Write;
use std::str::FromStr;
use uprkit_core::search::RecommendationView;

/// A file format an export can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// Comma-separated values: UTF-8 with a byte-order mark, CRLF line ends.
    Csv,
    /// An Excel workbook (Office Open XML).
    Xlsx,
}

impl ExportFormat {
    /// All formats, in the order a menu shows them.
    pub const ALL: [ExportFormat; 2] = [Self::Csv, Self::Xlsx];

    /// Reads `csv` or `xlsx`, in any case, with or without a leading dot.
    pub fn parse(value: &str) -> Option<Self> {
        let v = value.trim().trim_start_matches('.').to_ascii_lowercase();
        match v.as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
        }
    }

    /// The media type for an HTTP `Content-Type` header.
    pub fn content_type(self) -> &'static str {
        match self {
            // `header=present` tells clients the first line names the columns (RFC 4180).
            Self::Csv => "text/csv; charset=utf-8; header=present",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for ExportFormat {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| ExportError::UnknownFormat(s.to_string()))
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The format name is neither `csv` nor `xlsx`.
    #[error("unknown export format {0:?}: use csv or xlsx")]
    UnknownFormat(String),
    /// Writing to the output failed (disk full, connection closed, ...).
    #[error("could not write the export: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV writer failed; in practice, an error of the output underneath.
    #[error("could not write the CSV export: {0}")]
    Csv(#[from] ::csv::Error),
    /// The workbook could not be built or saved (for example, no writable temporary
    /// directory for the rows).
    #[error("could not write the XLSX export: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// An export being written: create it, give it the recommendations page by page with
/// [`write_rows`](Self::write_rows), then call [`finish`](Self::finish).
///
/// Columns: id, state_under_review (ISO3), state_under_review_name, recommending_states
/// (ISO3, "; "-joined), recommending_state_names, cycle, session, paragraph, response (a label
/// such as "Supported"), action_category, issues, themes, groups_of_persons, sdgs, text,
/// language, source. The CSV streams to the output as it goes; the XLSX keeps its rows in a temporary
/// file and writes the workbook when finished.
pub struct RecommendationExport<W: Write + Send> {
    rows: RowBuilder,
    sink: Sink<W>,
    written: u64,
}

enum Sink<W: Write + Send> {
    Csv(Box<csv::CsvSink<W>>),
    Xlsx(Box<xlsx::XlsxSink<W>>),
}

impl<W: Write + Send> RecommendationExport<W> {
    /// Starts an export to `out` (a file, a `Vec<u8>`, ...) and writes the header.
    pub fn new(format: ExportFormat, out: W) -> Result<Self, ExportError> {
        let sink = match format {
            ExportFormat::Csv => Sink::Csv(Box::new(csv::CsvSink::new(out)?)),
            ExportFormat::Xlsx => Sink::Xlsx(Box::new(xlsx::XlsxSink::new(out)?)),
        };
        Ok(Self { rows: RowBuilder::new(), sink, written: 0 })
    }

    /// Writes one page of recommendations, in the order given.
    pub fn write_rows(&mut self, rows: &[RecommendationView]) -> Result<(), ExportError> {
        for row in rows {
            let cells = self.rows.cells(row);
            match &mut self.sink {
                Sink::Csv(sink) => sink.write_row(&cells)?,
                Sink::Xlsx(sink) => sink.write_row(&cells)?,
            }
            self.written += 1;
        }
        Ok(())
    }

    /// How many recommendations have been written so far.
    pub fn rows_written(&self) -> u64 {
        self.written
    }

    /// Completes the file and hands back the output (the bytes, for a `Vec<u8>`). Nothing is
    /// complete before this: an XLSX is only written here, and a CSV may sit in a buffer.
    pub fn finish(self) -> Result<W, ExportError> {
        let mut out = match self.sink {
            Sink::Csv(sink) => sink.finish()?,
            Sink::Xlsx(sink) => sink.finish()?,
        };
        out.flush()?;
        Ok(out)
    }
}

/// Writes a whole result set that is already in memory and returns the file's bytes.
pub fn export_to_bytes(format: ExportFormat, rows: &[RecommendationView]) -> Result<Vec<u8>, ExportError> {
    let mut export = RecommendationExport::new(format, Vec::new())?;
    export.write_rows(rows)?;
    export.finish()
}
