//! The columns of a recommendation export, shared by CSV and XLSX so both files carry the same
//! fields in the same order under the same names.

use uprkit_core::search::RecommendationView;
use uprkit_core::{Position, StateDirectory};

/// Separator inside a cell that holds a list (States, issues, SDGs). A semicolon, not a comma,
/// because theme and issue names can themselves contain commas.
pub(crate) const LIST_SEPARATOR: &str = "; ";

/// What a column holds, which decides how XLSX stores and shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnKind {
    /// A whole number, stored as a number so it sorts and sums.
    Number,
    /// Short text (codes, names, lists).
    Text,
    /// The recommendation itself: wide and wrapped.
    LongText,
}

/// One column of the export.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// Header, in snake_case so scripts can read the CSV by name.
    pub name: &'static str,
    pub kind: ColumnKind,
    /// XLSX width in characters of the default font.
    pub width: f64,
}

const fn col(name: &'static str, kind: ColumnKind, width: f64) -> Column {
    Column { name, kind, width }
}

/// How many columns an export has.
pub(crate) const COLUMN_COUNT: usize = 19;

/// Every column, in file order.
pub(crate) const COLUMNS: [Column; COLUMN_COUNT] = [
    col("id", ColumnKind::Number, 9.0),
    col("state_under_review", ColumnKind::Text, 10.0),
    col("state_under_review_name", ColumnKind::Text, 24.0),
    col("recommending_states", ColumnKind::Text, 14.0),
    col("recommending_state_names", ColumnKind::Text, 24.0),
    col("cycle", ColumnKind::Number, 7.0),
    col("session", ColumnKind::Number, 8.0),
    col("paragraph", ColumnKind::Text, 10.0),
    col("response", ColumnKind::Text, 18.0),
    col("action_category", ColumnKind::Number, 9.0),
    col("issues", ColumnKind::Text, 30.0),
    col("themes", ColumnKind::Text, 30.0),
    col("groups_of_persons", ColumnKind::Text, 24.0),
    col("sdgs", ColumnKind::Text, 10.0),
    col("text", ColumnKind::LongText, 80.0),
    col("language", ColumnKind::Text, 9.0),
    col("source", ColumnKind::Text, 28.0),
    // Where the action category, issues and SDGs come from (`suggested`: uprkit's classifier).
    col("coded_by", ColumnKind::Text, 16.0),
    // Ids of earlier cycles' recommendations asking the same thing.
    col("recommended_previously", ColumnKind::Text, 16.0),
];

/// One cell's value before a format decides how to write it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// A whole number.
    Number(i64),
    /// Text, possibly empty.
    Text(String),
    /// No value (an unknown paragraph, no position yet).
    Empty,
}

/// Turns recommendations into rows of cells, resolving State codes to names on the way.
#[derive(Debug)]
pub(crate) struct RowBuilder {
    states: StateDirectory,
}

impl RowBuilder {
    pub fn new() -> Self {
        Self { states: StateDirectory::load() }
    }

    /// The header names, in column order.
    pub fn header() -> [&'static str; COLUMN_COUNT] {
        COLUMNS.map(|c| c.name)
    }

    /// The cells of one recommendation, in column order.
    pub fn cells(&self, r: &RecommendationView) -> [Cell; COLUMN_COUNT] {
        let names: Vec<String> = r.recommending_states.iter().map(|c| self.state_name(c)).collect();
        [
            Cell::Number(r.id),
            Cell::Text(r.sur.clone()),
            Cell::Text(self.state_name(&r.sur)),
            Cell::Text(r.recommending_states.join(LIST_SEPARATOR)),
            Cell::Text(names.join(LIST_SEPARATOR)),
            Cell::Number(i64::from(r.cycle)),
            Cell::Number(i64::from(r.session)),
            r.paragraph.clone().map_or(Cell::Empty, Cell::Text),
            r.response.as_deref().map_or(Cell::Empty, |s| Cell::Text(response_label(s))),
            r.action_category.map_or(Cell::Empty, |a| Cell::Number(i64::from(a))),
            Cell::Text(r.issues.join(LIST_SEPARATOR)),
            Cell::Text(r.themes.join(LIST_SEPARATOR)),
            Cell::Text(r.groups_of_persons.join(LIST_SEPARATOR)),
            Cell::Text(join_numbers(&r.sdgs)),
            Cell::Text(r.text.clone()),
            Cell::Text(r.language.clone()),
            Cell::Text(r.source.clone()),
            Cell::Text(r.coded_by.join(LIST_SEPARATOR)),
            Cell::Text(r.recommended_previously.iter().map(i64::to_string).collect::<Vec<_>>().join(LIST_SEPARATOR)),
        ]
    }

    /// The UN short name; an unknown code stands for itself so the code and name lists stay
    /// the same length and line up item by item.
    fn state_name(&self, iso3: &str) -> String {
        self.states.get(iso3).map_or_else(|| iso3.to_string(), |s| s.name.clone())
    }
}

/// "Supported", "Noted", ...; a value the domain does not know is kept as stored rather than
/// dropped, so nothing in the database disappears from an export.
fn response_label(stored: &str) -> String {
    Position::parse(stored).map_or_else(|| stored.to_string(), |p| p.label().to_string())
}

fn join_numbers(numbers: &[u8]) -> String {
    let parts: Vec<String> = numbers.iter().map(u8::to_string).collect();
    parts.join(LIST_SEPARATOR)
}
