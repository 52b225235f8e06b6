//! The fixed parts of the package: content types, relationships, styles, numbering,
//! settings, the footer with the page number, and the document properties.

use super::runs::Links;
use super::xml::escape;
use uprkit_core::submission::Submission;

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// WordprocessingML and relationship namespaces.
pub(crate) const NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
     xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// The document's language (DOMAIN.md §6: English is preferred; British spelling, as the UN).
pub(crate) const LANGUAGE: &str = "en-GB";
/// Body font: Times New Roman, as UN documents; LibreOffice shows it as the metric-compatible
/// Liberation Serif, so the pages break alike.
const FONT: &str = "Times New Roman";

pub(crate) fn content_types() -> String {
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/word/document.xml\" ContentType=\"{word}.document.main+xml\"/>\
         <Override PartName=\"/word/styles.xml\" ContentType=\"{word}.styles+xml\"/>\
         <Override PartName=\"/word/numbering.xml\" ContentType=\"{word}.numbering+xml\"/>\
         <Override PartName=\"/word/settings.xml\" ContentType=\"{word}.settings+xml\"/>\
         <Override PartName=\"/word/footnotes.xml\" ContentType=\"{word}.footnotes+xml\"/>\
         <Override PartName=\"/word/footer1.xml\" ContentType=\"{word}.footer+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>"
    )
}

pub(crate) fn package_rels() -> String {
    format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{REL}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

/// Relationship id of the footer in `document.xml.rels`.
pub(crate) const FOOTER_ID: &str = "rIdFooter";

fn hyperlinks(links: &Links) -> String {
    links
        .urls
        .iter()
        .enumerate()
        .map(|(n, url)| {
            format!(
                "<Relationship Id=\"{}\" Type=\"{REL}/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
                links.id_of(n),
                escape(url)
            )
        })
        .collect()
}

pub(crate) fn document_rels(links: &Links) -> String {
    format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rIdStyles\" Type=\"{REL}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rIdNumbering\" Type=\"{REL}/numbering\" Target=\"numbering.xml\"/>\
         <Relationship Id=\"rIdSettings\" Type=\"{REL}/settings\" Target=\"settings.xml\"/>\
         <Relationship Id=\"rIdFootnotes\" Type=\"{REL}/footnotes\" Target=\"footnotes.xml\"/>\
         <Relationship Id=\"{FOOTER_ID}\" Type=\"{REL}/footer\" Target=\"footer1.xml\"/>{}\
         </Relationships>",
        hyperlinks(links)
    )
}

pub(crate) fn footnotes_rels(links: &Links) -> String {
    format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{}\
         </Relationships>",
        hyperlinks(links)
    )
}

/// `word/footnotes.xml`: the separator line above the notes (and its continuation), which
/// Word requires, then the notes.
pub(crate) fn footnotes(notes: &[String]) -> String {
    let separator = |kind: &str, id: i32| {
        format!(
            "<w:footnote w:type=\"{kind}\" w:id=\"{id}\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" \
             w:lineRule=\"auto\"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>"
        )
    };
    format!(
        "{DECLARATION}<w:footnotes {NAMESPACES}>{}{}{}</w:footnotes>",
        separator("separator", -1),
        separator("continuationSeparator", 0),
        notes.concat()
    )
}

/// The footer: the page number (a PAGE field), centred.
pub(crate) fn footer() -> String {
    format!(
        "{DECLARATION}<w:ftr {NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
         </w:p></w:ftr>"
    )
}

pub(crate) fn settings() -> String {
    format!(
        "{DECLARATION}<w:settings {NAMESPACES}><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"567\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/><w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote \
         w:id=\"0\"/></w:footnotePr><w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{LANGUAGE}\"/></w:settings>"
    )
}

/// Numbering: list 1 numbers the paragraphs "1.", "2.", ... through the whole document (one
/// list, so the numbers run on across sections); list 2 is the bullet of `Block::List`.
pub(crate) fn numbering() -> String {
    format!(
        "{DECLARATION}<w:numbering {NAMESPACES}>\
         <w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">\
         <w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"NumberedParagraph\"/>\
         <w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"567\"/>\
         </w:tabs><w:ind w:left=\"0\" w:firstLine=\"0\"/></w:pPr></w:lvl></w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">\
         <w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:pStyle w:val=\"ListBullet\"/>\
         <w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"851\" w:hanging=\"284\"/>\
         </w:pPr></w:lvl></w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\
         <w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>\
         </w:numbering>"
    )
}

/// Styles: A4-friendly body text in Times New Roman 12 pt, headings in the outline
/// (Heading 1, outline level 0), the numbered paragraph and the bullet tied to their lists,
/// footnote text and reference, hyperlink, footer, and the annex table's text.
pub(crate) fn styles() -> String {
    let paragraph = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn \
             w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let character = |id: &str, name: &str, rpr: &str| {
        format!(
            "<w:style w:type=\"character\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let mut out = format!(
        "{DECLARATION}<w:styles {NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{FONT}\" \
         w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>\
         <w:lang w:val=\"{LANGUAGE}\" w:eastAsia=\"{LANGUAGE}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
         <w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
         </w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default \
         Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
    );
    out.push_str(&paragraph(
        "Title",
        "Title",
        "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>",
    ));
    out.push_str(&paragraph(
        "Heading1",
        "heading 1",
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>",
    ));
    out.push_str(&paragraph("BodyText", "Body Text", "<w:jc w:val=\"both\"/>", ""));
    out.push_str(&paragraph("Organisation", "Organisation", "<w:keepNext/><w:spacing w:after=\"0\"/>", ""));
    out.push_str(&paragraph(
        "NumberedParagraph",
        "Numbered Paragraph",
        "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs>\
         <w:jc w:val=\"both\"/>",
        "",
    ));
    out.push_str(&paragraph(
        "ListBullet",
        "List Bullet",
        "<w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"851\" \
         w:hanging=\"284\"/><w:jc w:val=\"both\"/>",
        "",
    ));
    out.push_str(&paragraph(
        "FootnoteText",
        "footnote text",
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"284\" w:hanging=\"284\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
    ));
    out.push_str(&paragraph("Footer", "footer", "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", ""));
    out.push_str(&paragraph(
        "TableText",
        "Table Text",
        "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
    ));
    out.push_str(&character("FootnoteReference", "footnote reference", "<w:vertAlign w:val=\"superscript\"/>"));
    out.push_str(&character("Hyperlink", "Hyperlink", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"));
    out.push_str("</w:styles>");
    out
}

/// `docProps/core.xml`: title, subject, key words, authors and language.
pub(crate) fn core_properties(sub: &Submission) -> String {
    let subject = format!("Universal Periodic Review of {}, cycle {}", sub.state, sub.cycle);
    format!(
        "{DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject>\
         <dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{LANGUAGE}</dc:language>\
         </cp:coreProperties>",
        escape(&sub.title),
        escape(&subject),
        escape(&sub.organisations.join("; ")),
        escape(&sub.key_words.join(", ")),
    )
}

pub(crate) fn app_properties() -> String {
    format!(
        "{DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>uprkit</Application></Properties>"
    )
}
