//! The statement's styles: the submission's (Title, Body Text, footnotes, links, lists) and
//! its own (the kicker lines, the byline, "Check against delivery", the speaking text in large
//! type), in the document's language.

use crate::submission::parts;

/// The Word language tag of a document language code.
pub(super) fn language_tag(code: &str) -> &'static str {
    match code {
        "fr" => "fr-FR",
        "es" => "es-ES",
        _ => "en-GB",
    }
}

fn paragraph(id: &str, name: &str, ppr: &str, rpr: &str) -> String {
    format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn \
         w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )
}

/// `word/styles.xml` for a document in the language `code`.
pub(super) fn styles(code: &str) -> String {
    let own = [
        paragraph("Kicker", "Kicker", "<w:spacing w:after=\"0\"/>", "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"),
        paragraph("Byline", "Byline", "<w:spacing w:after=\"40\"/>", ""),
        paragraph(
            "Delivery",
            "Check Against Delivery",
            "<w:spacing w:before=\"120\" w:after=\"360\"/><w:jc w:val=\"right\"/>",
            "<w:i/><w:iCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
        ),
        // 16 pt at one and a half lines: read at a lectern, at arm's length.
        paragraph(
            "Speech",
            "Speech",
            "<w:spacing w:after=\"240\" w:line=\"360\" w:lineRule=\"auto\"/>",
            "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>",
        ),
    ]
    .concat();
    parts::styles().replace("en-GB", language_tag(code)).replace("</w:styles>", &format!("{own}</w:styles>"))
}
