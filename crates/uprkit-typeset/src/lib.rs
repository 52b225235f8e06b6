//! PDF typesetting for uprkit with [typst](https://typst.app): the stakeholder submission to
//! OHCHR, the one-page advocacy factsheets and the statements for the Council, all through one
//! engine.
//!
//! typst lives in this crate alone because it is heavy to compile; the other crates keep a
//! fast edit loop. Documents are typst templates compiled in memory: the main source, data
//! files passed by the caller and the fonts embedded in the binary. Nothing is read from the
//! file system or the network, so a PDF depends only on its inputs.
//!
//! User text never goes into typst markup: templates read it as data (`json("...")`), so no
//! character a user types can be taken for markup.

mod error;
mod factsheet;
mod statement;
mod submission;
mod world;

pub use error::{Diagnostic, TypesetError};
pub use factsheet::{advocacy_pack_pdf, factsheet_pdf};
pub use statement::statement_pdf;
pub use submission::submission_pdf;

/// A typeset PDF document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Its number of pages.
    pub pages: usize,
}

/// A calendar date for typst's `datetime.today()` and the PDF's creation date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Today {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31.
    pub day: u8,
}

/// Compiles a typst `source` into a PDF. `data` are the files the source may read, by name
/// (`("submission.json", bytes)` is read as `json("submission.json")`).
///
/// The document has no "today": `datetime.today()` fails, and the PDF carries no creation
/// date, so the same inputs give the same bytes. Use [`render_dated`] to give it a date.
pub fn render(source: &str, data: &[(&str, Vec<u8>)]) -> Result<Pdf, TypesetError> {
    compile(source, data, None).map(|(pdf, _warnings)| pdf)
}

/// Like [`render`], with `today` as the document's current date (typst's
/// `datetime.today()`) and the PDF's creation date: the caller decides what today is, so
/// tests and re-exports stay reproducible.
pub fn render_dated(source: &str, data: &[(&str, Vec<u8>)], today: Today) -> Result<Pdf, TypesetError> {
    compile(source, data, Some(today)).map(|(pdf, _warnings)| pdf)
}

/// Compiles and exports, returning typst's warnings beside the PDF (the crate's own tests
/// check that its templates compile without any).
pub(crate) fn compile(
    source: &str,
    data: &[(&str, Vec<u8>)],
    today: Option<Today>,
) -> Result<(Pdf, Vec<Diagnostic>), TypesetError> {
    let world = world::DocumentWorld::new(source, data, today)?;
    let result = world.typeset();
    // typst memoises across compilations; dropping what was not used by the last few keeps a
    // long-running server from growing without bound.
    typst::comemo::evict(EVICT_AFTER);
    result
}

/// How many compilations unused memoised results survive (what the typst CLI uses too).
const EVICT_AFTER: usize = 10;
