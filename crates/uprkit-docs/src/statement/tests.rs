use super::*;
use std::io::Read;
use uprkit_core::factsheet::DocumentLanguage;
use uprkit_core::statement::Accreditation;

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a zip");
    let mut out = String::new();
    zip.by_name(name).expect("the part").read_to_string(&mut out).expect("text");
    out
}

fn doc(kind: StatementKind, language: DocumentLanguage) -> StatementDocument {
    StatementDocument::new(
        kind,
        language,
        "Slovenia",
        Some(62),
        "Statelessness & the erased",
        "Peace Institute",
        Accreditation::Special,
        "",
        "Ana Novak",
        "Mr President, we welcome **Slovenia**'s support.^[A/HRC/59/15, para. 115.18.]\n\n- one\n- two",
        130,
    )
}

#[test]
fn an_oral_statement_is_the_speaking_text() {
    let docx = write_docx(&doc(StatementKind::Oral, DocumentLanguage::En)).expect("writes");
    let xml = part(&docx, "word/document.xml");
    for expected in [
        "Human Rights Council, 62nd session",
        "Check against delivery",
        "Delivered by Ana Novak",
        "Statelessness &amp; the erased",
    ] {
        assert!(xml.contains(expected), "{expected} missing");
    }
    assert!(xml.contains("w:val=\"Speech\""));
    assert!(part(&docx, "word/footnotes.xml").contains("A/HRC/59/15"));
}

#[test]
fn a_written_statement_names_the_status_in_its_language() {
    let docx = write_docx(&doc(StatementKind::Written, DocumentLanguage::Fr)).expect("writes");
    let xml = part(&docx, "word/document.xml");
    assert!(xml.contains("Exposé écrit présenté par"), "{xml}");
    assert!(xml.contains("statut consultatif spécial"));
    assert!(xml.contains("Point 6"));
    assert!(part(&docx, "word/styles.xml").contains("fr-FR"));
    assert!(!xml.contains("Seul le texte prononcé"));
}
