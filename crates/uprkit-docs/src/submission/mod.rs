//! The stakeholder submission as a Word (DOCX) file, the format OHCHR asks for.
//!
//! The file is written here as Office Open XML (a zip of XML parts), not through a library
//! that hides it, because what it must hold is specific and checked: real numbered
//! paragraphs (one list, `word/numbering.xml`, "1." "2." ... running on through the
//! paragraphs on the organisations and the thematic sections), a bullet list style for lists,
//! headings in the Heading 1 style (so Word's outline and uprkit's own draft import see them),
//! real footnotes (`word/footnotes.xml`), external hyperlinks, the page number in the footer
//! (a PAGE field), A4 pages, British English, and the title in the document properties.
//!
//! # What is printed
//!
//! The word count of the OHCHR checks counts exactly what this writer prints, so the two must
//! agree. Around the authors' text the document holds these words and no others:
//!
//! 1. the title (`Submission::title`, Title style);
//! 2. [`labels::JOINT_BY`] for a joint submission, else [`labels::SUBMITTED_BY`], then each
//!    organisation of `Submission::organisations` on its own line;
//! 3. when there are key words: [`labels::KEY_WORDS`], a space, the key words joined by ", ";
//! 4. when a summary section has text: the heading [`labels::SUMMARY`], then the summary
//!    sections' blocks, not numbered (their titles are not printed);
//! 5. when an about section has text: the heading [`labels::ORGANISATIONS`], then the about
//!    sections' paragraphs, numbered (their titles are not printed);
//! 6. each thematic section: its title as a heading, then its paragraphs, numbered;
//! 7. when the annex has rows: the heading [`labels::ANNEX`], then a table whose header row is
//!    [`labels::ANNEX_COLUMNS`] and whose rows are: the paragraph number, a space and the
//!    recommendation's text; the recommending States; the position; the assessment.
//!
//! Sections are grouped by kind in that order, keeping their order within a kind. Paragraphs
//! and list items with no text (only spaces) are left out. Citations print their label;
//! footnotes print their text at the page bottom with an automatic number; a footnote inside a
//! footnote prints its text where it stands. Paragraph numbers, bullets, footnote numbers and
//! the page number are automatic (Word fields and list labels, not text of the document):
//! whether a counter counts them is that counter's rule. Measured on this writer's output,
//! LibreOffice's word count (Tools > Word Count, `meta:word-count`) counts each paragraph
//! number and each bullet as one word and the footer's page number once, and does not count
//! the footnote marks; it counts the footnotes' text. Lists are bullets, never numbered.

mod document;
pub(crate) mod parts;
pub(crate) mod runs;
pub(crate) mod xml;

use std::io::{Cursor, Seek, Write};
use uprkit_core::submission::Submission;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

#[cfg(doc)]
use uprkit_core::submission::labels;

/// The media type of a DOCX, for an HTTP `Content-Type` header.
pub const DOCX_CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Why the DOCX could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The zip container could not be written.
    #[error("cannot write the DOCX container: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// The output could not be written.
    #[error("cannot write the DOCX: {0}")]
    Io(#[from] std::io::Error),
}

/// The submission as a DOCX file in memory (see the module documentation for its content).
pub fn write_docx(sub: &Submission) -> Result<Vec<u8>, DocxError> {
    Ok(write_docx_to(sub, Cursor::new(Vec::new()))?.into_inner())
}

/// Writes the submission as a DOCX into `out` (a file, a buffer) and gives `out` back.
pub fn write_docx_to<W: Write + Seek>(sub: &Submission, out: W) -> Result<W, DocxError> {
    let body = document::body(sub);
    let parts: [(&str, String); 12] = [
        // Content types first: some readers look for them at the start of the zip.
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_rels()),
        ("docProps/core.xml", parts::core_properties(sub)),
        ("docProps/app.xml", parts::app_properties()),
        ("word/document.xml", document::document(&body.xml)),
        ("word/_rels/document.xml.rels", parts::document_rels(&body.links)),
        ("word/styles.xml", parts::styles()),
        ("word/numbering.xml", parts::numbering()),
        ("word/settings.xml", parts::settings()),
        ("word/footnotes.xml", parts::footnotes(&body.notes.notes)),
        ("word/_rels/footnotes.xml.rels", parts::footnotes_rels(&body.notes.links)),
        ("word/footer1.xml", parts::footer()),
    ];
    let mut zip = zip::ZipWriter::new(out);
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(name, options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?)
}
