//! `word/document.xml`: the submission in the order OHCHR expects it.

use super::parts::{FOOTER_ID, NAMESPACES};
use super::runs::{Footnotes, Links, blank, body_runs, label_run};
use super::xml::escape;
use uprkit_core::submission::{AnnexRow, Block, SectionKind, Submission, SubmissionSection, labels};

/// The body, its links and its footnotes.
pub(super) struct Body {
    pub xml: String,
    pub links: Links,
    pub notes: Footnotes,
}

/// Width of the text on an A4 page with 2.5 cm margins, in twentieths of a point.
const TEXT_WIDTH: u32 = 11_906 - 2 * 1_417;
/// The annex's columns: the recommendation gets most of the width.
const ANNEX_WIDTHS: [u32; 4] = [3_400, 2_000, 1_300, 2_372];

fn paragraph(style: &str, numbered: bool, runs: &str) -> String {
    // The number is also given on the paragraph itself, not only through its style: every
    // reader (Word, LibreOffice, the OHCHR system's converters) then sees the same list.
    let num = if numbered { "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" } else { "" };
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{num}</w:pPr>{runs}</w:p>")
}

impl Body {
    fn heading(&mut self, text: &str) {
        self.xml.push_str(&paragraph("Heading1", false, &label_run(text, false)));
    }

    /// A section's blocks: paragraphs numbered or not, lists as bullets.
    fn blocks(&mut self, blocks: &[Block], numbered: bool) {
        let style = if numbered { "NumberedParagraph" } else { "BodyText" };
        for block in blocks {
            match block {
                Block::Paragraph { content } if !blank(content) => {
                    let runs = body_runs(content, &mut self.links, &mut self.notes);
                    self.xml.push_str(&paragraph(style, numbered, &runs));
                }
                Block::Paragraph { .. } => {}
                Block::List { items } => {
                    for item in items.iter().filter(|i| !blank(i)) {
                        let runs = body_runs(item, &mut self.links, &mut self.notes);
                        self.xml.push_str(&format!(
                            "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId \
                             w:val=\"2\"/></w:numPr></w:pPr>{runs}</w:p>"
                        ));
                    }
                }
            }
        }
    }

    fn annex(&mut self, rows: &[AnnexRow]) {
        let cell = |width: u32, text: &str, header: bool| {
            let runs = label_run(text, header);
            format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle \
                 w:val=\"TableText\"/></w:pPr>{runs}</w:p></w:tc>"
            )
        };
        let border = |side: &str| format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        let borders: String =
            ["top", "left", "bottom", "right", "insideH", "insideV"].iter().map(|s| border(s)).collect();
        let mut xml = format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>{borders}</w:tblBorders>\
             <w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" \
             w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" \
             w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        );
        for w in ANNEX_WIDTHS {
            xml.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        // The header row repeats on every page the table runs over.
        xml.push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (w, name) in ANNEX_WIDTHS.iter().zip(labels::ANNEX_COLUMNS) {
            xml.push_str(&cell(*w, name, true));
        }
        xml.push_str("</w:tr>");
        for row in rows {
            let recommendation = match row.paragraph.trim() {
                "" => row.text.clone(),
                p => format!("{p} {}", row.text),
            };
            xml.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (w, text) in ANNEX_WIDTHS.iter().zip([
                recommendation.as_str(),
                row.recommending_states.as_str(),
                row.position.as_str(),
                row.assessment.as_str(),
            ]) {
                xml.push_str(&cell(*w, text, false));
            }
            xml.push_str("</w:tr>");
        }
        // Word wants a paragraph between a table and the end of the document.
        xml.push_str("</w:tbl><w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>");
        self.xml.push_str(&xml);
    }
}

fn of_kind(sub: &Submission, kind: SectionKind) -> impl Iterator<Item = &SubmissionSection> {
    sub.sections.iter().filter(move |s| s.kind == kind)
}

fn has_text(section: &SubmissionSection) -> bool {
    section.blocks.iter().any(|b| match b {
        Block::Paragraph { content } => !blank(content),
        Block::List { items } => items.iter().any(|i| !blank(i)),
    })
}

/// Writes the body; see [`super::write_docx`] for what is printed.
pub(super) fn body(sub: &Submission) -> Body {
    let mut body = Body { xml: String::new(), links: Links::new("rIdLink"), notes: Footnotes::new() };
    body.xml.push_str(&paragraph("Title", false, &label_run(&sub.title, false)));
    let by = if sub.joint { labels::JOINT_BY } else { labels::SUBMITTED_BY };
    body.xml.push_str(&paragraph("Organisation", false, &label_run(by, true)));
    for organisation in &sub.organisations {
        body.xml.push_str(&paragraph("Organisation", false, &label_run(organisation, false)));
    }
    // A little space after the organisations block: an empty paragraph has no words.
    body.xml.push_str(&paragraph("BodyText", false, ""));
    let key_words: Vec<&str> = sub.key_words.iter().map(|k| k.trim()).filter(|k| !k.is_empty()).collect();
    if !key_words.is_empty() {
        let runs = format!(
            "{}{}",
            label_run(labels::KEY_WORDS, true),
            label_run(&format!(" {}", key_words.join(", ")), false)
        );
        body.xml.push_str(&paragraph("BodyText", false, &runs));
    }
    if of_kind(sub, SectionKind::Summary).any(has_text) {
        body.heading(labels::SUMMARY);
        for section in of_kind(sub, SectionKind::Summary) {
            body.blocks(&section.blocks, false);
        }
    }
    if of_kind(sub, SectionKind::About).any(has_text) {
        body.heading(labels::ORGANISATIONS);
        for section in of_kind(sub, SectionKind::About) {
            body.blocks(&section.blocks, true);
        }
    }
    for section in of_kind(sub, SectionKind::Theme) {
        body.heading(&section.title);
        body.blocks(&section.blocks, true);
    }
    if !sub.annex.is_empty() {
        body.heading(labels::ANNEX);
        body.annex(&sub.annex);
    }
    body
}

/// The whole `word/document.xml`, with the A4 page, margins and the footer.
pub(super) fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NAMESPACES}><w:body>{body}\
         <w:sectPr><w:footerReference w:type=\"default\" r:id=\"{}\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" \
         w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>",
        escape(FOOTER_ID)
    )
}
