//! The typst `World` of one document: its source, its data files and the embedded fonts.
//! No file system, no network, no clock: a document depends only on what the caller passes.

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic, Warned};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{DiagSpan, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::{Diagnostic, Pdf, Today, TypesetError};

/// Where the main source lives in the virtual file system.
const MAIN_PATH: &str = "/main.typ";

/// The fonts shipped inside the binary (typst-assets: Libertinus Serif, New Computer Modern,
/// DejaVu Sans Mono), parsed once per process.
struct EmbeddedFonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn embedded_fonts() -> &'static EmbeddedFonts {
    static FONTS: OnceLock<EmbeddedFonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
        EmbeddedFonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
    })
}

/// typst's standard library, built once per process.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// One document to compile.
pub(crate) struct DocumentWorld {
    main: Source,
    data: HashMap<FileId, Bytes>,
    today: Option<Today>,
}

impl DocumentWorld {
    /// Lays out the virtual file system: `source` as `/main.typ`, each data file by its name
    /// at the root.
    pub(crate) fn new(
        source: &str,
        data: &[(&str, Vec<u8>)],
        today: Option<Today>,
    ) -> Result<DocumentWorld, TypesetError> {
        let main_id =
            file_id(MAIN_PATH).map_err(|reason| TypesetError::DataName { name: MAIN_PATH.to_owned(), reason })?;
        let main = Source::new(main_id, source.to_owned());
        let mut files = HashMap::with_capacity(data.len());
        for (name, bytes) in data {
            let id = file_id(&format!("/{}", name.trim_start_matches('/')))
                .map_err(|reason| TypesetError::DataName { name: (*name).to_owned(), reason })?;
            if id == main.id() {
                return Err(TypesetError::DataName {
                    name: (*name).to_owned(),
                    reason: "it is the name of the main source".to_owned(),
                });
            }
            files.insert(id, Bytes::new(bytes.clone()));
        }
        Ok(DocumentWorld { main, data: files, today })
    }

    /// Compiles the document and writes it as PDF.
    pub(crate) fn typeset(&self) -> Result<(Pdf, Vec<Diagnostic>), TypesetError> {
        let Warned { output, warnings } = typst::compile::<PagedDocument>(self);
        let warnings = self.diagnostics(&warnings);
        let document = output.map_err(|errors: EcoVec<SourceDiagnostic>| TypesetError::Compile {
            diagnostics: self.diagnostics(&errors),
        })?;
        let options = typst_pdf::PdfOptions {
            timestamp: self.today.and_then(datetime).map(typst_pdf::Timestamp::new_utc),
            ident: Smart::Auto,
            ..typst_pdf::PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&document, &options).map_err(|errors: EcoVec<SourceDiagnostic>| {
            TypesetError::Export { diagnostics: self.diagnostics(&errors) }
        })?;
        Ok((Pdf { bytes, pages: document.pages().len() }, warnings))
    }

    /// typst's diagnostics with file, line and column resolved against this world's files.
    fn diagnostics(&self, diagnostics: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        diagnostics
            .iter()
            .map(|diagnostic| {
                let (file, line, column) = self.locate(diagnostic.span);
                let severity = match diagnostic.severity {
                    Severity::Error => "",
                    Severity::Warning => "warning: ",
                };
                Diagnostic {
                    message: format!("{severity}{}", diagnostic.message),
                    file,
                    line,
                    column,
                    hints: diagnostic.hints.iter().map(|hint| hint.v.to_string()).collect(),
                }
            })
            .collect()
    }

    /// File name, line and column (from 1) of a span, as far as they are known.
    fn locate(&self, span: DiagSpan) -> (Option<String>, Option<usize>, Option<usize>) {
        let Some(id) = span.id() else { return (None, None, None) };
        let name = id.vpath().get_without_slash().to_owned();
        let position = self.range(span).and_then(|range| {
            let text = if id == self.main.id() {
                self.main.lines().byte_to_line_column(range.start)
            } else {
                let bytes = self.data.get(&id)?;
                let text = std::str::from_utf8(bytes.as_slice()).ok()?;
                typst::syntax::Lines::new(text.to_owned()).byte_to_line_column(range.start)
            };
            text.map(|(line, column)| (line + 1, column + 1))
        });
        match position {
            Some((line, column)) => (Some(name), Some(line), Some(column)),
            None => (Some(name), None, None),
        }
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &embedded_fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(bytes.as_slice()).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_owned()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        self.data.get(&id).cloned().ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        embedded_fonts().fonts.get(index).cloned()
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        // The caller's date is a calendar date: no time zone shifts it.
        let _ = offset;
        self.today.and_then(datetime)
    }
}

/// The interned id of a path in the project, or why typst refuses the path.
fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|error| error.to_string())?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

fn datetime(today: Today) -> Option<Datetime> {
    Datetime::from_ymd(today.year, today.month, today.day)
}
