//! How much a file may make the readers do. Office files are zips and PDF streams are
//! compressed: a file of one megabyte can expand to gigabytes (a "decompression bomb"). The
//! readers check what a file expands to before believing it, so such a file ends as a clear
//! error quickly instead of filling the memory of the server.

use crate::ImportError;
use std::io::{Cursor, Read};
use std::path::Path;

/// Largest file the document readers accept (OHCHR's largest documents are a few megabytes).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// What a zip may expand to.
#[derive(Debug, Clone, Copy)]
pub struct ZipLimits {
    /// Largest size one part may expand to.
    pub entry: u64,
    /// Largest size all parts together may expand to.
    pub total: u64,
}

/// A Word file (OHCHR's thematic lists expand to a few megabytes of XML).
pub const DOCX_LIMITS: ZipLimits = ZipLimits { entry: 128 * MB, total: 256 * MB };
/// A workbook (UPR Info's whole database is some tens of megabytes of sheet XML).
pub const XLSX_LIMITS: ZipLimits = ZipLimits { entry: 256 * MB, total: 512 * MB };
/// Most parts a zip may hold (a Word or Excel file has a few dozen).
pub const MAX_ZIP_ENTRIES: usize = 10_000;
/// Highest compression ratio a large part may declare; text XML compresses about 10:1, a
/// bomb of repeated bytes 1000:1.
pub const MAX_ZIP_RATIO: u64 = 200;
/// Largest size one PDF stream may expand to.
pub const MAX_PDF_STREAM_BYTES: u64 = 64 * 1024 * 1024;
/// Largest size all PDF streams together may expand to.
pub const MAX_PDF_TOTAL_BYTES: u64 = 512 * 1024 * 1024;
/// Most pages a PDF may have (a WG report has 20 to 40).
pub const MAX_PDF_PAGES: usize = 2_000;

const MB: u64 = 1024 * 1024;

/// Refuses a file larger than [`MAX_FILE_BYTES`].
pub(crate) fn check_file_size(path: &Path, len: usize) -> Result<(), ImportError> {
    if len as u64 > MAX_FILE_BYTES {
        return Err(ImportError::file(
            path,
            format!(
                "the file is {} MB; documents larger than {} MB are not read",
                len as u64 / MB,
                MAX_FILE_BYTES / MB
            ),
        ));
    }
    Ok(())
}

fn bomb(path: &Path, name: &str, limit: u64) -> ImportError {
    let name: String = name.chars().take(100).collect();
    ImportError::file(
        path,
        format!(
            "the part {name:?} of this zip expands to more than {} MB: not a document the readers take (a \
             decompression bomb?)",
            limit / MB
        ),
    )
}

/// Opens a zip after checking every part: how many there are, the sizes they declare, and the
/// sizes they really expand to (read through a counter, never kept), so later readers
/// (quick-xml, calamine) only see a zip of bounded size. `what` names the kind in messages.
pub(crate) fn open_zip<'a>(
    path: &Path,
    bytes: &'a [u8],
    what: &str,
    limits: ZipLimits,
) -> Result<zip::ZipArchive<Cursor<&'a [u8]>>, ImportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        ImportError::file(
            path,
            format!("cannot open this {what}: not a readable {what} (truncated or damaged zip?): {e}"),
        )
    })?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(ImportError::file(
            path,
            format!("the zip holds {} parts; a {what} has far fewer (at most {MAX_ZIP_ENTRIES} are read)", zip.len()),
        ));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry =
            zip.by_index(i).map_err(|e| ImportError::file(path, format!("cannot open part {i} of the {what}: {e}")))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_else(|_| format!("number {i}"));
        let (declared, compressed) = (entry.size(), entry.compressed_size());
        let limit = limits.entry.min(limits.total - total);
        if declared > limit {
            return Err(bomb(path, &name, limit));
        }
        if declared > MB && declared / compressed.max(1) > MAX_ZIP_RATIO {
            return Err(ImportError::file(
                path,
                format!(
                    "the part {:?} of this zip is compressed more than {MAX_ZIP_RATIO} to 1: not a document the \
                     readers take (a decompression bomb?)",
                    name.chars().take(100).collect::<String>()
                ),
            ));
        }
        // The declared size may lie: count what the part really expands to.
        let actual = std::io::copy(&mut (&mut entry).take(limit + 1), &mut std::io::sink())
            .map_err(|e| ImportError::file(path, format!("cannot read the part {name:?} of the {what}: {e}")))?;
        if actual > limit {
            return Err(bomb(path, &name, limit));
        }
        total += actual;
    }
    Ok(zip)
}

/// Reads one part of a zip opened with [`open_zip`] as text, never more than
/// [`DOCX_LIMITS`] allow for one part.
pub(crate) fn read_part(
    path: &Path,
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<String, ImportError> {
    let entry = zip.by_name(name).map_err(|e| ImportError::file(path, format!("cannot open {name}: {e}")))?;
    let mut s = String::new();
    entry
        .take(DOCX_LIMITS.entry + 1)
        .read_to_string(&mut s)
        .map_err(|e| ImportError::file(path, format!("cannot read {name} (damaged or not UTF-8): {e}")))?;
    if s.len() as u64 > DOCX_LIMITS.entry {
        return Err(bomb(path, name, DOCX_LIMITS.entry));
    }
    Ok(s)
}

/// Checks a loaded PDF before its text is extracted: the number of pages, and what each
/// compressed stream expands to (counted, never kept), so that pdf-extract, which expands
/// streams without a limit, only ever sees a PDF of bounded size.
pub(crate) fn check_pdf(doc: &pdf_extract::Document) -> Result<(), String> {
    let pages = doc.get_pages().len();
    if pages > MAX_PDF_PAGES {
        return Err(format!("the PDF has {pages} pages; documents of more than {MAX_PDF_PAGES} pages are not read"));
    }
    let mut total = 0u64;
    for object in doc.objects.values() {
        let pdf_extract::Object::Stream(stream) = object else { continue };
        let flate = match stream.dict.get(b"Filter") {
            Ok(pdf_extract::Object::Name(n)) => n == b"FlateDecode" || n == b"Fl",
            Ok(pdf_extract::Object::Array(a)) => {
                a.first().and_then(|f| f.as_name().ok()).is_some_and(|n| n == b"FlateDecode" || n == b"Fl")
            }
            _ => false,
        };
        if !flate {
            continue;
        }
        let limit = MAX_PDF_STREAM_BYTES.min(MAX_PDF_TOTAL_BYTES - total);
        let decoder = flate2::read::ZlibDecoder::new(stream.content.as_slice());
        // A damaged stream is pdf-extract's to report; only its size matters here.
        let expanded = counted(decoder.take(limit + 1));
        if expanded > limit {
            return Err(format!(
                "a compressed stream of the PDF expands to more than {} MB: not a document the readers take (a \
                 decompression bomb?)",
                limit / MB
            ));
        }
        total += expanded;
    }
    Ok(())
}

/// Bytes a reader yields before its end or its first error.
fn counted(mut reader: impl Read) -> u64 {
    let mut buffer = [0u8; 64 * 1024];
    let mut n = 0u64;
    while let Ok(k) = reader.read(&mut buffer) {
        if k == 0 {
            break;
        }
        n += k as u64;
    }
    n
}
