//! The text of a Word (DOCX) file: a zip of XML parts. Only what the thematic lists need is
//! read: the tables of `word/document.xml` (row, cell, paragraph), the paragraphs outside
//! tables, and the page headers, where OHCHR puts "UPR of Slovenia (2nd Cycle – 20th session)".

use crate::ImportError;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::path::Path;

/// A table cell: its paragraphs, each cleaned of runs of whitespace.
pub(crate) type Cell = Vec<String>;

/// What a DOCX says, in reading order.
#[derive(Debug, Default)]
pub(crate) struct Docx {
    /// Paragraphs of the page headers.
    pub headers: Vec<String>,
    /// Paragraphs of the body outside tables.
    pub paragraphs: Vec<String>,
    /// Rows of every table, one after the other (a thematic list is one long table, sometimes
    /// split in several).
    pub rows: Vec<Vec<Cell>>,
}

/// Reads a DOCX; a zip that is not a Word document, or broken XML, is an error that says so.
pub(crate) fn read(path: &Path, bytes: &[u8]) -> Result<Docx, ImportError> {
    let fail = |reason: String| ImportError::file(path, reason);
    crate::limits::check_file_size(path, bytes.len())?;
    let mut zip = crate::limits::open_zip(path, bytes, "Word file", crate::limits::DOCX_LIMITS)?;
    let names: Vec<String> = zip.file_names().filter_map(Result::ok).map(|n| n.into_owned()).collect();
    if !names.iter().any(|n| n == "word/document.xml") {
        let what = if names.iter().any(|n| n.starts_with("xl/")) {
            "a spreadsheet (XLSX), not an OHCHR document; UPR Info exports are imported with the UPR Info reader"
        } else {
            "a zip archive without word/document.xml, so not a Word (DOCX) document"
        };
        return Err(fail(what.to_string()));
    }
    let mut docx = Docx::default();
    let mut part = |name: &str| crate::limits::read_part(path, &mut zip, name);
    let body = part("word/document.xml")?;
    parse(&body, &mut docx.paragraphs, &mut docx.rows).map_err(|e| fail(format!("word/document.xml: {e}")))?;
    let mut headers: Vec<&String> =
        names.iter().filter(|n| n.starts_with("word/header") && n.ends_with(".xml")).collect();
    headers.sort();
    for name in headers {
        let xml = part(name)?;
        let mut rows = Vec::new();
        parse(&xml, &mut docx.headers, &mut rows).map_err(|e| fail(format!("{name}: {e}")))?;
        docx.headers.extend(rows.into_iter().flatten().flatten());
    }
    Ok(docx)
}

/// Walks WordprocessingML: paragraphs outside tables go to `paragraphs`, table rows to `rows`.
/// Text is taken from `w:t` only (so deleted revisions and field codes are left out); a tab
/// is a space, and a line break inside a paragraph starts a new paragraph, as Word shows it.
fn parse(xml: &str, paragraphs: &mut Vec<String>, rows: &mut Vec<Vec<Cell>>) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut para = String::new();
    let mut cell: Cell = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let flush = |para: &mut String, cell: &mut Cell, paragraphs: &mut Vec<String>, in_table: bool| {
        let text = super::text::clean(para);
        para.clear();
        if in_table {
            cell.push(text);
        } else if !text.is_empty() {
            paragraphs.push(text);
        }
    };
    loop {
        let event = reader.read_event().map_err(|e| format!("broken XML at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tbl" => table_depth += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => para.push(' '),
                "br" | "cr" => flush(&mut para, &mut cell, paragraphs, table_depth > 0),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => flush(&mut para, &mut cell, paragraphs, table_depth > 0),
                // Nested tables are read as part of the outer cell.
                "tc" if table_depth == 1 => row.push(std::mem::take(&mut cell)),
                "tr" if table_depth == 1 => rows.push(std::mem::take(&mut row)),
                "tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                } else {
                    para.push_str(match r.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_cells_and_paragraphs() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Intro &amp; more</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">115.1 Do </w:t></w:r><w:r><w:t>it</w:t></w:r></w:p>
            <w:p><w:r><w:t>Source</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A</w:t><w:br/><w:t>B</w:t>
            <w:delText>gone</w:delText></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let (mut paragraphs, mut rows) = (Vec::new(), Vec::new());
        parse(xml, &mut paragraphs, &mut rows).expect("parses");
        assert_eq!(paragraphs, ["Intro & more"]);
        assert_eq!(rows, [vec![vec!["115.1 Do it".to_string(), "Source".into()], vec!["A".into(), "B".into()]]]);
    }
}
