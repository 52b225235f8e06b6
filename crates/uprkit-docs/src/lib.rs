//! What uprkit writes for people: recommendation exports (CSV, XLSX), SVG charts, calendars
//! and the stakeholder submission (DOCX).
//!
//! Everything here turns domain data into bytes or text; nothing reads a database or a
//! network. The command line writes the result to a file, the web app sends it as a download
//! or inlines it in a page.

pub mod charts;
pub mod export;
pub mod ical;
pub mod statement;
pub mod submission;

pub use export::csv::{CsvWriter, guard_formula};
pub use export::{ExportError, ExportFormat, RecommendationExport, export_to_bytes};
