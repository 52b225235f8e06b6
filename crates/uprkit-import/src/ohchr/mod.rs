//! OHCHR documents of the UPR read into records: Working Group reports (their
//! recommendations, recommending States and any positions they state), addenda (the State
//! under review's positions), and thematic lists (DOCX). The reader is pure: bytes in, a typed
//! document out. The kind is recognised from the content (symbol, title, table headers),
//! never from the file name; anything else is an [`ImportError`] that says what it is.
//!
//! PDF text comes from the pure-Rust `pdf-extract`, laid out here from glyph positions and
//! sizes (see `pdf.rs`), so no external tool is needed.

mod addendum;
mod detect;
mod docx;
mod language;
mod names;
mod old_word;
mod pdf;
mod report;
mod statement;
mod suffix;
mod text;
mod thematic;
mod thematic_columns;
mod types;

pub use types::{
    Addendum, AddendumMismatch, DocRecommendation, OhchrDocument, PositionStatement, ThematicList, ThematicRow,
    WgReport,
};

use crate::ImportError;
use detect::PdfKind;
use std::path::Path;
use uprkit_core::StateDirectory;

/// Reads an OHCHR document from disk.
pub fn read_file(path: &Path, states: &StateDirectory) -> Result<OhchrDocument, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::file(path, format!("cannot read the file: {e}")))?;
    read_document(path, &bytes, states)
}

/// Reads an OHCHR document already in memory; `path` only names it in messages.
pub fn read_document(path: &Path, bytes: &[u8], states: &StateDirectory) -> Result<OhchrDocument, ImportError> {
    match container(bytes) {
        Container::Pdf => read_pdf(path, bytes, states),
        Container::Zip => read_docx(path, bytes, states),
        Container::OldWord => {
            let docx = old_word::to_docx(path, bytes)?;
            read_docx(path, &docx, states)
        }
        Container::Empty => Err(ImportError::file(path, "the file is empty")),
        Container::Text => Err(ImportError::file(
            path,
            "a text file (CSV?), not an OHCHR document (PDF or DOCX); UPR Info exports are imported with the \
             UPR Info reader",
        )),
        Container::Unknown => Err(ImportError::file(path, "neither a PDF nor a Word (DOCX) file")),
    }
}

enum Container {
    Pdf,
    Zip,
    OldWord,
    Empty,
    Text,
    Unknown,
}

fn container(bytes: &[u8]) -> Container {
    let head = &bytes[..bytes.len().min(1024)];
    if bytes.is_empty() {
        Container::Empty
    } else if head.windows(5).any(|w| w == b"%PDF-") {
        // The header may follow some junk; readers accept it within the first kilobyte.
        Container::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        Container::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Container::OldWord
    } else if !head.contains(&0)
        && head.iter().filter(|b| b.is_ascii_graphic() || b.is_ascii_whitespace()).count() * 10 >= head.len() * 9
    {
        // Mostly printable ASCII and no NUL: a text file in some encoding, most likely a CSV.
        Container::Text
    } else {
        Container::Unknown
    }
}

fn read_pdf(path: &Path, bytes: &[u8], states: &StateDirectory) -> Result<OhchrDocument, ImportError> {
    let text = pdf::extract(path, bytes)?;
    match detect::kind(&text) {
        PdfKind::NotUpr(reason) => Err(ImportError::file(path, reason)),
        PdfKind::Other { symbol, title } => Ok(OhchrDocument::Other { symbol, title }),
        PdfKind::Report { symbol, hrc_session } => {
            let sur = match detect::state_under_title(&text, states) {
                Some(Ok(sur)) => sur,
                Some(Err(name)) => {
                    return Err(ImportError::file(
                        path,
                        format!("the State under review {name:?} is not a known State"),
                    ));
                }
                None => return Err(ImportError::file(path, "no State under review named under the report's title")),
            };
            let body = text.body().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
            let (recommendations, corrections) = report::recommendations(path, &text, &symbol, states)?;
            Ok(OhchrDocument::WgReport(WgReport {
                wg_session: detect::wg_session(&body),
                symbol,
                sur,
                hrc_session,
                recommendations,
                corrections,
            }))
        }
        PdfKind::Addendum { symbol } => {
            let sur = detect::state_under_title(&text, states).and_then(Result::ok);
            let positions = addendum::positions(&text, &symbol);
            if positions.is_empty() {
                return Err(ImportError::file(
                    path,
                    format!(
                        "{symbol}: no position on any recommendation found; the addendum's layout is not one the reader knows"
                    ),
                ));
            }
            Ok(OhchrDocument::Addendum(Addendum {
                report_symbol: text::strip_addendum(&symbol),
                symbol,
                sur,
                positions,
            }))
        }
    }
}

fn read_docx(path: &Path, bytes: &[u8], states: &StateDirectory) -> Result<OhchrDocument, ImportError> {
    let doc = docx::read(path, bytes)?;
    if thematic::is_thematic_list(&doc) {
        return thematic::read(path, &doc, states).map(OhchrDocument::ThematicList);
    }
    let all: Vec<&String> = doc.headers.iter().chain(&doc.paragraphs).collect();
    let upr = all.iter().any(|p| {
        let p = p.to_lowercase();
        p.contains("universal periodic review") || p.contains("upr of ")
    });
    if !upr {
        let rows = doc.rows.iter().flatten().flatten();
        if let Some(language) = language::upr_language(all.iter().map(|s| s.as_str()).chain(rows.map(String::as_str))) {
            return Err(ImportError::file(path, language::refusal(language)));
        }
        return Err(ImportError::file(path, "a Word document that is not about the Universal Periodic Review"));
    }
    let symbol = all.iter().find_map(|p| text::SYMBOL.find(p)).map(|m| text::normalise_symbol(m.as_str()));
    let title = doc.paragraphs.first().cloned().unwrap_or_else(|| "UPR document".into());
    Ok(OhchrDocument::Other { symbol, title })
}
