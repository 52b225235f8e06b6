//! Layouts with no real file in the shared data, built here from their description: the
//! older OHCHR matrix, an old Word (.doc) file, and documents in French or Spanish.

use std::io::Write;
use std::path::Path;
use uprkit_core::{Position, StateDirectory};
use uprkit_import::ohchr::{OhchrDocument, read_document};

/// A DOCX with this body and, when given, this page header.
fn docx(body: &str, header: Option<&str>) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    zip.start_file("word/document.xml", options).expect("zip entry");
    let xml = format!(r#"<w:document {ns}><w:body>{body}</w:body></w:document>"#);
    zip.write_all(xml.as_bytes()).expect("writes");
    if let Some(h) = header {
        zip.start_file("word/header1.xml", options).expect("zip entry");
        zip.write_all(format!(r#"<w:hdr {ns}>{}</w:hdr>"#, para(h)).as_bytes()).expect("writes");
    }
    zip.finish().expect("finishes");
    out.into_inner()
}

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn row(cells: &[&[&str]]) -> String {
    let cells: String =
        cells.iter().map(|c| format!("<w:tc>{}</w:tc>", c.iter().map(|p| para(p)).collect::<String>())).collect();
    format!("<w:tr>{cells}</w:tr>")
}

fn read(name: &str, bytes: &[u8]) -> Result<OhchrDocument, String> {
    read_document(Path::new(name), bytes, &StateDirectory::load()).map_err(|e| e.to_string())
}

const RUNNING_HEADER: &str = "Egypt - Second Cycle Thematic list of recommendations Page 1 of 39";

/// The older matrix as described (no real file of this layout is in the shared data, so it is
/// built from the description): columns Recommendation / Recommending State(s) / Position /
/// Full list of rights; group rows "Right or area: 2.1 ..."; the running header "Egypt -
/// Second Cycle Thematic list of recommendations Page 2 of 39", repeated as a table row where
/// the list was converted from a PDF; positions "Supported", "Noted", "Supported/Noted".
fn older_matrix(last_states: &str) -> Vec<u8> {
    let rows = [
        row(&[&["Recommendation"], &["Recommending State(s)"], &["Position"], &["Full list of rights"]]),
        row(&[&["Right or area: 2.1 Acceptance of international norms"]]),
        row(&[
            &["166.1 Ratify the Optional Protocol to the Convention against Torture"],
            &["Chile, Uruguay"],
            &["Supported"],
            &["2.1 Acceptance of international norms", "12.5 Prohibition of torture"],
        ]),
        row(&[&["Egypt - Second Cycle Thematic list of recommendations Page 2 of 39"]]),
        row(&[
            &["166.2 Consider ratifying the Rome Statute"],
            &["Venezuela (Bolivarian Republic of)"],
            &["Noted"],
            &["2.1 Acceptance of international norms"],
        ]),
        row(&[&["Right or area: 8.1 Freedom of expression"]]),
        row(&[
            &["166.3 Guarantee freedom of expression and review the law on demonstrations"],
            &[last_states],
            &["Supported/Noted"],
            &["8.1 Freedom of expression"],
        ]),
    ];
    docx(&format!("<w:tbl>{}</w:tbl>", rows.concat()), Some(RUNNING_HEADER))
}

#[test]
fn older_matrix_with_a_column_of_recommending_states() {
    let doc = read("egypt.docx", &older_matrix("Norway; Sw eden")).expect("reads");
    let OhchrDocument::ThematicList(t) = doc else { panic!("a thematic list") };
    assert_eq!((t.sur.as_str(), t.cycle, t.wg_session), ("EGY", Some(2), None));
    let got: Vec<(&str, Vec<&str>, Option<Position>)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.paragraph.as_str(),
                r.recommending_states.iter().map(|i| i.as_str()).collect(),
                r.position.as_ref().map(|p| p.position),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("166.1", vec!["CHL", "URY"], Some(Position::Supported)),
            ("166.2", vec!["VEN"], Some(Position::Noted)),
            ("166.3", vec!["NOR", "SWE"], Some(Position::PartiallySupported)),
        ]
    );
    assert_eq!(t.rows[0].text, "Ratify the Optional Protocol to the Convention against Torture");
    assert_eq!(t.rows[0].themes, ["Acceptance of international norms", "Prohibition of torture"]);
    let corrections: Vec<(&str, &str)> = t.corrections.iter().map(|c| (c.printed.as_str(), c.at.as_str())).collect();
    assert_eq!(corrections, [("Sw eden", "para. 166.3")]);
}

#[test]
fn older_matrix_with_an_unknown_or_ambiguous_state_is_refused() {
    let e = read("egypt.docx", &older_matrix("Norway, Atlantis")).expect_err("refused");
    assert!(e.contains("egypt.docx") && e.contains("recommendation 166.3") && e.contains("\"Atlantis\""), "{e}");
    let e = read("egypt.docx", &older_matrix("Nouth Korea")).expect_err("refused");
    assert!(e.contains("\"Nouth Korea\"") && e.contains("near several States"), "{e}");
}

/// The first 512-byte sector of an OLE compound file as Word 97-2003 writes it: signature,
/// minor version 0x3E, major version 3, little-endian byte order mark, 512-byte sectors.
fn ole_header() -> Vec<u8> {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.extend_from_slice(&[0; 16]);
    b.extend_from_slice(&[0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00]);
    b.resize(512, 0);
    b.extend(std::iter::repeat_n(0xFF, 512));
    b
}

#[test]
fn an_old_word_file_is_refused_with_what_to_do() {
    // Without LibreOffice the file is refused; with it, this header alone cannot convert, and
    // the refusal says so. Either way the advice is the same.
    let e = read("matrix.doc", &ole_header()).expect_err("refused");
    assert!(e.contains("matrix.doc") && e.contains("old Word (.doc)") && e.contains("save it as DOCX"), "{e}");
}

#[test]
fn documents_in_french_or_spanish_are_refused_naming_the_language() {
    let french = docx(
        &format!(
            "{}<w:tbl>{}</w:tbl>",
            para("EPU de la France (2e cycle – 15e session)"),
            row(&[&["Recommandation"], &["Position"], &["Liste complète des thèmes"]])
        ),
        None,
    );
    let e = read("liste.docx", &french).expect_err("refused");
    assert!(e.contains("liste.docx") && e.contains("in French") && e.contains("English version"), "{e}");
    let spanish = docx(&para("Informe del Grupo de Trabajo sobre el Examen Periódico Universal"), None);
    let e = read("informe.docx", &spanish).expect_err("refused");
    assert!(e.contains("in Spanish"), "{e}");
}
