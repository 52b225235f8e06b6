//! XLSX for people who work in Excel or LibreOffice: one sheet "Recommendations" with a bold,
//! frozen, filterable header, numbers stored as numbers and the text wrapped in a wide column.
//!
//! Rows go straight to a temporary file (rust_xlsxwriter's constant-memory mode), so memory
//! stays flat however many pages are written; the zip is built once, by `finish`.

use super::ExportError;
use super::columns::{COLUMNS, Cell, ColumnKind};
use rust_xlsxwriter::{DocProperties, Format, FormatAlign, FormatBorder, Workbook};
use std::borrow::Cow;
use std::io::Write;

/// Excel's limit is 1,048,576 rows a sheet; one of them is the header.
const MAX_DATA_ROWS: u32 = 1_048_575;
/// Excel's limit on the length of a cell, counted in UTF-16 code units.
const MAX_CELL_UTF16: usize = 32_767;
/// Index of the last column, for the autofilter range.
const LAST_COLUMN: u16 = COLUMNS.len() as u16 - 1;
const SHEET_NAME: &str = "Recommendations";

/// Cell formats, built once: the workbook shares one style per distinct format.
struct Formats {
    header: Format,
    number: Format,
    text: Format,
    long_text: Format,
}

impl Formats {
    fn new() -> Self {
        // Top alignment keeps short cells level with the first line of a wrapped text.
        let top = Format::new().set_align(FormatAlign::Top);
        Self {
            header: top.clone().set_bold().set_border_bottom(FormatBorder::Thin),
            number: top.clone().set_num_format("0"),
            text: top.clone(),
            long_text: top.set_text_wrap(),
        }
    }
}

/// Writes rows to an XLSX workbook as they come; the file is written by `finish`.
pub(crate) struct XlsxSink<W: Write + Send> {
    workbook: Workbook,
    out: W,
    formats: Formats,
    rows_per_sheet: u32,
    /// Data rows written to each sheet so far; the last entry is the sheet being filled.
    sheet_rows: Vec<u32>,
}

impl<W: Write + Send> XlsxSink<W> {
    /// Starts a workbook with its first sheet and header.
    pub fn new(out: W) -> Result<Self, ExportError> {
        Self::with_rows_per_sheet(out, MAX_DATA_ROWS)
    }

    /// Like `new`, with a smaller sheet size so tests can reach the spill-over.
    fn with_rows_per_sheet(out: W, rows_per_sheet: u32) -> Result<Self, ExportError> {
        let mut workbook = Workbook::new();
        workbook.set_properties(&DocProperties::new().set_title("UPR recommendations").set_author("uprkit"));
        let mut sink = Self {
            workbook,
            out,
            formats: Formats::new(),
            rows_per_sheet: rows_per_sheet.clamp(1, MAX_DATA_ROWS),
            sheet_rows: Vec::new(),
        };
        sink.add_sheet()?;
        Ok(sink)
    }

    /// Adds "Recommendations" or, past Excel's row limit, "Recommendations (2)" and so on.
    fn add_sheet(&mut self) -> Result<(), ExportError> {
        let number = self.sheet_rows.len() + 1;
        let name = if number == 1 { SHEET_NAME.to_string() } else { format!("{SHEET_NAME} ({number})") };
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (col, column) in (0u16..).zip(COLUMNS.iter()) {
            sheet.set_column_width(col, column.width)?;
            sheet.write_string_with_format(0, col, column.name, &self.formats.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.sheet_rows.push(0);
        Ok(())
    }

    /// Writes one row, starting a new sheet when the current one is full.
    pub fn write_row(&mut self, cells: &[Cell]) -> Result<(), ExportError> {
        if self.sheet_rows.last().is_none_or(|n| *n >= self.rows_per_sheet) {
            self.add_sheet()?;
        }
        let index = self.sheet_rows.len() - 1;
        let row = self.sheet_rows[index] + 1;
        let sheet = self.workbook.worksheet_from_index(index)?;
        for ((col, column), cell) in (0u16..).zip(COLUMNS.iter()).zip(cells) {
            let format = match column.kind {
                ColumnKind::Number => &self.formats.number,
                ColumnKind::Text => &self.formats.text,
                ColumnKind::LongText => &self.formats.long_text,
            };
            match cell {
                // Ids, cycles, sessions and categories are far below 2^53, so exact as f64.
                Cell::Number(n) => sheet.write_number_with_format(row, col, *n as f64, format)?,
                Cell::Text(s) => sheet.write_string_with_format(row, col, fit_cell(s), format)?,
                Cell::Empty => sheet,
            };
        }
        self.sheet_rows[index] = row;
        Ok(())
    }

    /// Adds the autofilters, writes the workbook to the output and hands the output back.
    pub fn finish(mut self) -> Result<W, ExportError> {
        for (index, rows) in self.sheet_rows.iter().enumerate() {
            let sheet = self.workbook.worksheet_from_index(index)?;
            sheet.autofilter(0, 0, *rows, LAST_COLUMN)?;
        }
        self.workbook.save_to_writer(&mut self.out)?;
        Ok(self.out)
    }
}

/// Truncates a value to Excel's cell limit and says so in the cell, so nobody mistakes a cut
/// text for the whole one. No recommendation comes near the limit; a pasted document might.
fn fit_cell(value: &str) -> Cow<'_, str> {
    // UTF-8 is never shorter than UTF-16, so short byte strings need no counting.
    if value.len() <= MAX_CELL_UTF16 || value.encode_utf16().count() <= MAX_CELL_UTF16 {
        return Cow::Borrowed(value);
    }
    let note = format!(
        " […] (cut at Excel's cell limit; the full text has {} characters: use the CSV export)",
        value.chars().count()
    );
    let budget = MAX_CELL_UTF16 - note.encode_utf16().count();
    let mut used = 0;
    let mut end = 0;
    for (i, c) in value.char_indices() {
        used += c.len_utf16();
        if used > budget {
            break;
        }
        end = i + c.len_utf8();
    }
    Cow::Owned(format!("{}{note}", &value[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Reader, Xlsx};
    use std::io::Cursor;

    fn row(id: i64) -> Vec<Cell> {
        let mut cells: Vec<Cell> = COLUMNS.iter().map(|_| Cell::Empty).collect();
        cells[0] = Cell::Number(id);
        cells
    }

    #[test]
    fn spills_into_numbered_sheets_past_the_row_limit() {
        let mut sink = XlsxSink::with_rows_per_sheet(Vec::new(), 2).expect("workbook");
        for id in 1..=5 {
            sink.write_row(&row(id)).expect("row");
        }
        let bytes = sink.finish().expect("saved");
        let mut book = Xlsx::new(Cursor::new(bytes)).expect("calamine opens it");
        assert_eq!(book.sheet_names(), ["Recommendations", "Recommendations (2)", "Recommendations (3)"]);
        let mut ids = Vec::new();
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).expect("sheet");
            assert_eq!(range.get_value((0, 0)).expect("header").to_string(), "id");
            for r in 1..range.height() {
                ids.push(range.get_value((r as u32, 0)).expect("id").to_string());
            }
        }
        assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    }

    #[test]
    fn cuts_overlong_cells_at_the_utf16_limit_and_says_so() {
        // Each 😀 is two UTF-16 units: the cut must count those, not bytes or chars.
        let long = "😀".repeat(20_000);
        let cut = fit_cell(&long);
        assert!(cut.encode_utf16().count() <= MAX_CELL_UTF16);
        assert!(cut.ends_with("use the CSV export)"));
        assert!(cut.contains("20000 characters"));
        assert_eq!(fit_cell("short"), "short");
        let exact = "a".repeat(MAX_CELL_UTF16);
        assert_eq!(fit_cell(&exact).len(), MAX_CELL_UTF16);
    }
}
