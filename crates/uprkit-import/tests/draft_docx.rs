//! The draft reader on Word files it did not write: a hand-made document with what Word and
//! LibreOffice put in drafts (outline levels, styles based on headings, numbered and bulleted
//! lists, HYPERLINK fields, tracked changes, text boxes), OHCHR's real DOCX files (tables kept
//! as text), and hostile files (bombs, entity tricks, not a zip), which end as typed errors.

use std::io::{Cursor, Write};
use uprkit_core::StateDirectory;
use uprkit_core::submission::{Block, Inline};
use uprkit_import::draft::{Draft, DraftError, INTRODUCTION, read_draft_docx};
use uprkit_import::{hostile, ohchr};

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                 xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
                 xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

/// A zip of these parts.
fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).expect("part");
        zip.write_all(text.as_bytes()).expect("written");
    }
    zip.finish().expect("zip").into_inner()
}

fn t(s: &str) -> Inline {
    Inline::Text { text: s.into() }
}

fn p(content: Vec<Inline>) -> Block {
    Block::Paragraph { content }
}

const STYLES: &str = r#"<w:styles xmlns:w="w">
  <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="Titre1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Puce"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"#;

const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
</w:numbering>"#;

fn word_draft() -> Vec<u8> {
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>
<w:p><w:r><w:t xml:space="preserve">  Prepared by the coalition &amp; partners. </w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Right to </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>health</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Numbered, so a paragraph. See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.who.int/" \o "WHO" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>WHO</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Puce"/></w:pPr><w:r><w:t>First bullet</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Second </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del><w:ins><w:r><w:t>bullet</w:t></w:r></w:ins></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Lettered, so a paragraph</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>Education</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="6"/></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Loop1"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:i w:val="0"/></w:rPr><w:t>Bold</w:t></w:r><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>a link</w:t></w:r></w:hyperlink><w:hyperlink w:anchor="_Toc1"><w:r><w:t xml:space="preserve"> and an anchor</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>tab</w:t><w:br/><w:t>line</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr></w:p>
<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Data</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cases</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p><w:p><w:r><w:t>(provisional)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:sectPr/></w:body></w:document>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> WHO, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Report</w:t></w:r></w:p><w:p><w:r><w:t>2019.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="6"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/HRC/28/15, paras. 115.21 and 115.110.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/></Relationships>"#;
    let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Draft on health &amp; education</dc:title></cp:coreProperties>"#;
    docx(&[
        ("word/document.xml", &body),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/footnotes.xml", &footnotes),
        ("word/_rels/document.xml.rels", rels),
        ("docProps/core.xml", core),
    ])
}

#[test]
fn a_word_draft_becomes_sections_paragraphs_lists_links_and_footnotes() {
    let draft = read_draft_docx(&word_draft()).expect("reads");
    let bold = |s: &str| Inline::Bold { content: vec![t(s)] };
    let expected = Draft {
        title: Some("Draft on health & education".into()),
        sections: vec![
            uprkit_import::draft::DraftSection {
                title: INTRODUCTION.into(),
                blocks: vec![p(vec![t("Prepared by the coalition & partners.")])],
            },
            uprkit_import::draft::DraftSection {
                title: "Right to health".into(),
                blocks: vec![
                    p(vec![
                        t("Numbered, so a paragraph. See "),
                        Inline::Link { url: "https://www.who.int/".into(), label: vec![bold("WHO")] },
                        t("."),
                        Inline::Footnote {
                            content: vec![t("WHO, "), Inline::Italic { content: vec![t("Report")] }, t(" 2019.")],
                        },
                    ]),
                    Block::List { items: vec![vec![t("First bullet")], vec![t("Second bullet")]] },
                    p(vec![t("Lettered, so a paragraph")]),
                ],
            },
            uprkit_import::draft::DraftSection {
                title: "Education".into(),
                blocks: vec![
                    p(vec![Inline::Footnote { content: vec![t("See A/HRC/28/15, paras. 115.21 and 115.110.")] }]),
                    p(vec![
                        bold("Bold"),
                        t(" and "),
                        Inline::Link { url: "https://example.org/a?b=1&c=2".into(), label: vec![t("a link")] },
                        t(" and an anchor\ttab\nline"),
                    ]),
                    p(vec![t("In a text box")]),
                ],
            },
            uprkit_import::draft::DraftSection {
                title: "Data".into(),
                blocks: vec![p(vec![t("Year | Cases")]), p(vec![t("2019 (provisional) | "), bold("12")])],
            },
        ],
    };
    assert_eq!(draft, expected);
}

/// The thematic lists and matrix OHCHR published as DOCX: every recommendation's paragraph
/// number and text, as the OHCHR reader finds them, are in the draft's text.
#[test]
fn ohchr_docx_files_read_with_their_tables_kept() {
    let states = StateDirectory::load();
    for file in [
        "ohchr/slovenia/cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx",
        "ohchr/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
        "ohchr/china/cycle2/China_cycle2_session17_2013_matrix_A-HRC-25-5-Add1.docx",
    ] {
        let path = uprkit_core::testing::shared_data(file);
        let bytes = std::fs::read(&path).expect("readable");
        let draft = read_draft_docx(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text: Vec<String> = draft
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .map(|b| match b {
                Block::Paragraph { content } => plain(content),
                Block::List { items } => items.iter().map(|i| plain(i)).collect::<Vec<_>>().join("\n"),
            })
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let rows = match ohchr::read_document(&path, &bytes, &states).expect("the OHCHR reader reads it") {
            ohchr::OhchrDocument::ThematicList(list) => list.rows,
            other => panic!("{file}: {other:?}"),
        };
        assert!(rows.len() > 150, "{file}: {} rows", rows.len());
        let table_rows = text.iter().filter(|p| p.contains(" | ")).count();
        assert!(table_rows >= rows.len(), "{file}: {table_rows} table rows for {} recommendations", rows.len());
        for row in &rows {
            let words: String = row.text.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            assert!(
                text.iter().any(|p| p.contains(&row.paragraph) && p.contains(&words)),
                "{file}: recommendation {} ({words}) is in the draft",
                row.paragraph
            );
        }
    }
}

fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone(),
            Inline::Bold { content } | Inline::Italic { content } => plain(content),
            Inline::Link { label, .. } => plain(label),
            Inline::Citation { label, .. } => label.clone(),
            Inline::Footnote { content } => format!(" [{}]", plain(content)),
        })
        .collect()
}

fn refused(bytes: &[u8]) -> DraftError {
    match read_draft_docx(bytes) {
        Ok(d) => panic!("a hostile file was read: {d:?}"),
        Err(e) => e,
    }
}

#[test]
fn files_that_are_not_word_documents_say_what_they_are() {
    assert_eq!(refused(b""), DraftError::Empty);
    assert!(matches!(refused(b"state,text\nSVN,Do it\n"), DraftError::NotWord(m) if m.contains("not a zip")));
    assert!(matches!(refused(b"%PDF-1.4\n..."), DraftError::NotWord(m) if m.contains("PDF")));
    assert!(matches!(refused(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]), DraftError::NotWord(m) if m.contains(".doc")));
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().write(0, 0, "text").expect("cell");
    let xlsx = workbook.save_to_buffer().expect("xlsx");
    assert!(matches!(refused(&xlsx), DraftError::NotWord(m) if m.contains("spreadsheet")));
    let real = word_draft();
    assert!(matches!(refused(&real[..real.len() / 2]), DraftError::NotWord(m) if m.contains("damaged or truncated")));
}

#[test]
fn bombs_are_refused_without_expanding() {
    for honest in [true, false] {
        let bytes = hostile::docx_bomb(1024, honest);
        let error = refused(&bytes);
        assert!(matches!(&error, DraftError::Refused(m) if m.contains("word/document.xml")), "{error}");
    }
    let huge = vec![b'P'; (uprkit_import::limits::MAX_FILE_BYTES + 1) as usize];
    assert!(matches!(refused(&huge), DraftError::Refused(m) if m.contains("MB")));
}

#[test]
fn entity_tricks_and_broken_xml_are_damaged_files() {
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"#;
    let external = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"#;
    let broken = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>open</w:r></w:p></w:body></w:document>"#;
    for (what, xml) in [("DOCTYPE", laughs), ("entity", external), ("broken", broken)] {
        let error = refused(&docx(&[("word/document.xml", xml)]));
        assert!(matches!(&error, DraftError::Damaged { part, .. } if part == "word/document.xml"), "{what}: {error}");
    }
    let styles = docx(&[("word/document.xml", "<w:document xmlns:w=\"w\"/>"), ("word/styles.xml", laughs)]);
    assert!(matches!(refused(&styles), DraftError::Damaged { part, .. } if part == "word/styles.xml"));
    let message = refused(&docx(&[("word/document.xml", laughs)])).to_string();
    assert!(message.contains("DOCTYPE") && message.len() < 500, "{message}");
}

#[test]
fn a_document_without_text_is_an_empty_draft() {
    let draft = read_draft_docx(&docx(&[("word/document.xml", "<w:document xmlns:w=\"w\"><w:body/></w:document>")]))
        .expect("reads");
    assert_eq!(draft, Draft { title: None, sections: Vec::new() });
}
