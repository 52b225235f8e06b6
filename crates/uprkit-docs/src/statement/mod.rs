//! A statement at the adoption in the Human Rights Council as a Word (DOCX) file, with the
//! submission writer's package parts, runs and footnotes (`crate::submission`).
//!
//! An oral statement is the speaker's text: the Council and session, the adoption it speaks
//! to, the organisation (and the partner that delivers it), "Check against delivery", then the
//! text in large type with wide spacing, so that it can be read at the lectern or on a phone.
//! A written statement follows the shape of the HRC's written statements: the Council and
//! session, the agenda item, "Written statement submitted by" the organisation and its status,
//! the title, then the text with real footnotes.

mod styles;

use crate::submission::DocxError;
use crate::submission::parts;
use crate::submission::runs::{Footnotes, Links, blank, body_runs, label_run};
use crate::submission::xml::escape;
use std::io::{Cursor, Write};
use uprkit_core::statement::{StatementDocument, StatementKind};
use uprkit_core::submission::Block;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

fn paragraph(style: &str, runs: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{runs}</w:p>")
}

struct Body {
    xml: String,
    links: Links,
    notes: Footnotes,
}

impl Body {
    fn line(&mut self, style: &str, text: &str, bold: bool) {
        if !text.trim().is_empty() {
            self.xml.push_str(&paragraph(style, &label_run(text, bold)));
        }
    }

    fn blocks(&mut self, blocks: &[Block], style: &str) {
        for block in blocks {
            match block {
                Block::Paragraph { content } if !blank(content) => {
                    let runs = body_runs(content, &mut self.links, &mut self.notes);
                    self.xml.push_str(&paragraph(style, &runs));
                }
                Block::Paragraph { .. } => {}
                Block::List { items } => {
                    for item in items.iter().filter(|i| !blank(i)) {
                        let runs = body_runs(item, &mut self.links, &mut self.notes);
                        self.xml.push_str(&format!(
                            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId \
                             w:val=\"2\"/></w:numPr><w:ind w:left=\"851\" w:hanging=\"284\"/></w:pPr>{runs}</w:p>"
                        ));
                    }
                }
            }
        }
    }
}

/// The body of the document (see the module's documentation for what it prints).
fn body(doc: &StatementDocument) -> Body {
    let mut b = Body { xml: String::new(), links: Links::new("rIdLink"), notes: Footnotes::new() };
    let l = &doc.labels;
    b.line("Kicker", &doc.council_line, false);
    match doc.kind {
        StatementKind::Oral => {
            b.line("Kicker", &doc.adoption_line, false);
            b.line("Title", &doc.title, false);
            b.line("Byline", &doc.organisation, true);
            if !doc.partner.is_empty() {
                b.line("Byline", &format!("{} {}", l.delivered_by, doc.partner), false);
            } else if !doc.speaker.is_empty() {
                b.line("Byline", &format!("{} {}", l.delivered_by, doc.speaker), false);
            }
            b.line("Delivery", l.check_against_delivery, false);
            b.blocks(&doc.blocks, "Speech");
        }
        StatementKind::Written => {
            b.line("Kicker", l.item, false);
            b.line("Kicker", &doc.adoption_line, false);
            b.line("Byline", &format!("{} {}", l.written, l.submitted_by.to_lowercase()), true);
            let by = if doc.partner.is_empty() {
                format!("{}, {}", doc.organisation, doc.status)
            } else {
                format!("{} ({} {})", doc.partner, l.on_behalf_of, doc.organisation)
            };
            b.line("Byline", &by, false);
            b.line("Title", &doc.title, false);
            b.blocks(&doc.blocks, "BodyText");
        }
    }
    b
}

fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {}><w:body>{body}\
         <w:sectPr><w:footerReference w:type=\"default\" r:id=\"{}\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" \
         w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>",
        parts::NAMESPACES,
        escape(parts::FOOTER_ID)
    )
}

fn core_properties(doc: &StatementDocument) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject>\
         <dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
        escape(&doc.title),
        escape(&doc.adoption_line),
        escape(&doc.organisation),
        styles::language_tag(doc.labels.language),
    )
}

/// The statement as a DOCX file in memory.
pub fn write_docx(doc: &StatementDocument) -> Result<Vec<u8>, DocxError> {
    let body = body(doc);
    let parts: [(&str, String); 12] = [
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_rels()),
        ("docProps/core.xml", core_properties(doc)),
        ("docProps/app.xml", parts::app_properties()),
        ("word/document.xml", document(&body.xml)),
        ("word/_rels/document.xml.rels", parts::document_rels(&body.links)),
        ("word/styles.xml", styles::styles(doc.labels.language)),
        ("word/numbering.xml", parts::numbering()),
        ("word/settings.xml", parts::settings()),
        ("word/footnotes.xml", parts::footnotes(&body.notes.notes)),
        ("word/_rels/footnotes.xml.rels", parts::footnotes_rels(&body.notes.links)),
        ("word/footer1.xml", parts::footer()),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(name, options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests;
