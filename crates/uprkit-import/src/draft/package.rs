//! The DOCX container of a draft: opened with the crate's zip limits, then read part by part.

use super::DraftError;
use super::xml::{attr, next};
use crate::limits::{self, DOCX_LIMITS, MAX_FILE_BYTES};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

/// Name used for the file in the limits' messages, which are then given without it.
const FILE: &str = "draft.docx";

fn reason(e: crate::ImportError) -> String {
    e.problems.into_iter().next().map(|p| p.reason).unwrap_or_default()
}

/// An opened draft.
pub(super) struct Parts<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
}

impl<'a> Parts<'a> {
    /// Opens the zip after recognising what the file is and checking every part's size.
    pub fn open(bytes: &'a [u8]) -> Result<Parts<'a>, DraftError> {
        if bytes.is_empty() {
            return Err(DraftError::Empty);
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(DraftError::Refused(format!(
                "the file is {} MB; drafts larger than {} MB are not read",
                bytes.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            )));
        }
        if !bytes.starts_with(b"PK") {
            let what = if bytes.starts_with(b"%PDF") {
                "a PDF; save the draft from Word as .docx"
            } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
                "an old Word (.doc) file; open it in Word or LibreOffice and save it as .docx"
            } else {
                "not a zip archive, as every .docx is"
            };
            return Err(DraftError::NotWord(what.into()));
        }
        if let Err(e) = zip::ZipArchive::new(Cursor::new(bytes)) {
            return Err(DraftError::NotWord(format!("a damaged or truncated zip archive ({e})")));
        }
        let zip = limits::open_zip(Path::new(FILE), bytes, "Word file", DOCX_LIMITS)
            .map_err(|e| DraftError::Refused(reason(e)))?;
        let parts = Parts { zip };
        if parts.zip.index_for_name("word/document.xml").is_none() {
            let what = if parts.zip.index_for_name("xl/workbook.xml").is_some() {
                "a spreadsheet (XLSX)"
            } else {
                "a zip archive without word/document.xml"
            };
            return Err(DraftError::NotWord(what.into()));
        }
        Ok(parts)
    }

    /// The text of a part, or `None` when the file has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, DraftError> {
        if self.zip.index_for_name(name).is_none() {
            return Ok(None);
        }
        limits::read_part(Path::new(FILE), &mut self.zip, name)
            .map(Some)
            .map_err(|e| DraftError::Damaged { part: name.to_string(), reason: reason(e) })
    }

    /// The external links of a part (`word/document.xml` → `word/_rels/document.xml.rels`):
    /// relationship id → address.
    pub fn links(&mut self, part: &str) -> Result<HashMap<String, String>, DraftError> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let name = format!("{dir}/_rels/{file}.rels");
        let Some(xml) = self.text(&name)? else { return Ok(HashMap::new()) };
        let mut reader = super::xml::reader(&xml);
        let mut links = HashMap::new();
        loop {
            match next(&mut reader).map_err(|reason| DraftError::Damaged { part: name.clone(), reason })? {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                    let external = attr(&e, "TargetMode").is_some_and(|m| m == "External");
                    let hyperlink = attr(&e, "Type").is_some_and(|t| t.ends_with("/hyperlink"));
                    if let (true, true, Some(id), Some(target)) =
                        (external, hyperlink, attr(&e, "Id"), attr(&e, "Target"))
                    {
                        links.insert(id, target);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(links)
    }

    /// The title in `docProps/core.xml`, when there is one.
    pub fn core_title(&mut self) -> Result<Option<String>, DraftError> {
        let name = "docProps/core.xml";
        let Some(xml) = self.text(name)? else { return Ok(None) };
        let mut reader = super::xml::reader(&xml);
        let (mut in_title, mut title) = (false, String::new());
        loop {
            match next(&mut reader).map_err(|reason| DraftError::Damaged { part: name.into(), reason })? {
                Event::Start(e) if e.local_name().as_ref() == "title" => in_title = true,
                Event::End(e) if e.local_name().as_ref() == "title" => in_title = false,
                Event::Text(t) if in_title => title.push_str(&t.xml10_content()),
                Event::GeneralRef(r) if in_title => title.push_str(
                    &super::xml::reference(&r).map_err(|reason| DraftError::Damaged { part: name.into(), reason })?,
                ),
                Event::Eof => break,
                _ => {}
            }
        }
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok((!title.is_empty()).then_some(title))
    }
}
