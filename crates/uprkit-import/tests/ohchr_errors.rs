//! The OHCHR reader refuses what is not an OHCHR document of the UPR, with a reason a user can
//! act on: damaged, encrypted and image-only PDFs, other files, unknown State names.

use pdf_extract::{Dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream};
use std::io::Write;
use std::path::{Path, PathBuf};
use uprkit_core::StateDirectory;
use uprkit_import::ohchr::read_document;

fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

fn real(name: &str) -> Vec<u8> {
    std::fs::read(shared_data().join(name)).expect("test file")
}

fn error_for(name: &str, bytes: &[u8]) -> String {
    match read_document(Path::new(name), bytes, &StateDirectory::load()) {
        Ok(doc) => panic!("{name} should be refused, was read as {}", doc.kind()),
        Err(e) => e.to_string(),
    }
}

fn assert_says(message: &str, words: &[&str]) {
    for w in words {
        assert!(message.contains(w), "{message:?} should say {w:?}");
    }
}

/// A one-page PDF with this content stream and Helvetica as /F1.
fn pdf(content: &str) -> Document {
    let mut doc = Document::with_version("1.5");
    let font = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type1".to_vec())),
        ("BaseFont", Object::Name(b"Helvetica".to_vec())),
    ]));
    let resources = Dictionary::from_iter([("Font", Object::Dictionary(Dictionary::from_iter([("F1", font.into())])))]);
    let contents = doc.add_object(Stream::new(Dictionary::new(), content.as_bytes().to_vec()));
    let pages_id = doc.new_object_id();
    let page = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Page".to_vec())),
        ("Parent", pages_id.into()),
        ("Contents", contents.into()),
        ("Resources", Object::Dictionary(resources)),
        ("MediaBox", Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()])),
    ]));
    let pages = Dictionary::from_iter([
        ("Type", Object::Name(b"Pages".to_vec())),
        ("Kids", Object::Array(vec![page.into()])),
        ("Count", 1.into()),
    ]);
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog = doc
        .add_object(Dictionary::from_iter([("Type", Object::Name(b"Catalog".to_vec())), ("Pages", pages_id.into())]));
    doc.trailer.set("Root", catalog);
    doc
}

fn bytes(mut doc: Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saves");
    out
}

#[test]
fn a_truncated_pdf_is_refused() {
    let whole = real("ohchr/slovenia/cycle2/g1423930.pdf");
    for cut in [whole.len() / 2, whole.len() - 2000, 4000] {
        let message = error_for("g1423930.pdf", &whole[..cut]);
        assert_says(&message, &["g1423930.pdf", "not a readable PDF", "truncated or damaged"]);
    }
}

#[test]
fn random_bytes_and_other_files_are_refused() {
    // A fixed pseudo-random sequence, so the test is the same on every run.
    let mut x: u32 = 0x2545_F491;
    let noise: Vec<u8> = (0..20_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect();
    assert_says(&error_for("noise.pdf", &noise), &["noise.pdf", "neither a PDF nor a Word (DOCX) file"]);
    let csv = real("fixtures/uprinfo_micro_25.csv");
    assert_says(&error_for("uprinfo_micro_25.csv", &csv), &["not an OHCHR document", "UPR Info reader"]);
    assert_says(&error_for("empty.pdf", b""), &["empty"]);
    assert_says(&error_for("old.doc", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), &["old Word (.doc)"]);
    let mut header_only = b"%PDF-1.7\n".to_vec();
    header_only.extend_from_slice(&noise[..3000]);
    assert_says(&error_for("header.pdf", &header_only), &["not a readable PDF"]);
}

#[test]
fn encrypted_and_image_only_pdfs_are_refused() {
    let mut doc = Document::load_mem(&real("ohchr/slovenia/cycle2/g1510722.pdf")).expect("loads");
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "secret",
        key_length: 128,
        permissions: Permissions::all(),
    })
    .expect("encryption state");
    doc.encrypt(&state).expect("encrypts");
    assert_says(&error_for("locked.pdf", &bytes(doc)), &["locked.pdf", "encrypted with a password"]);

    // A scan: a page that only paints (a filled rectangle stands in for the image).
    let scan = bytes(pdf("0.5 g 50 50 400 600 re f"));
    assert_says(&error_for("scan.pdf", &scan), &["no text layer", "scanned", "OCR"]);
}

#[test]
fn a_pdf_that_is_no_upr_document_is_refused() {
    let minutes = bytes(pdf("BT /F1 12 Tf 72 700 Td (Minutes of the garden club, 3 May) Tj ET"));
    assert_says(&error_for("minutes.pdf", &minutes), &["minutes.pdf", "not an OHCHR document of the UPR"]);
    let other = bytes(pdf(
        "BT /F1 20 Tf 72 780 Td (A/HRC/55/12) Tj /F1 12 Tf 0 -40 Td (Report of the Special Rapporteur) Tj ET",
    ));
    assert_says(&error_for("sr.pdf", &other), &["A/HRC/55/12 is not a document of the Universal Periodic Review"]);
}

/// A DOCX made of the given document.xml body.
fn docx(body: &str) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).expect("zip entry");
    let xml = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip.write_all(xml.as_bytes()).expect("writes");
    zip.finish().expect("finishes");
    out.into_inner()
}

fn cell(paragraphs: &[&str]) -> String {
    let ps: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
    format!("<w:tc>{ps}</w:tc>")
}

#[test]
fn word_files_that_are_not_thematic_lists() {
    let letter = docx("<w:p><w:r><w:t>Dear members, the garden club meets on Friday.</w:t></w:r></w:p>");
    assert_says(&error_for("letter.docx", &letter), &["not about the Universal Periodic Review"]);
    let truncated = &letter[..letter.len() / 2];
    assert_says(&error_for("letter.docx", truncated), &["not a readable Word file"]);

    let header =
        format!("<w:tr>{}{}{}</w:tr>", cell(&["Recommendation"]), cell(&["Position"]), cell(&["Full list of themes"]));
    let row = |text: &str| {
        format!(
            "<w:tr>{}{}{}</w:tr>",
            cell(&[text, "Source of position: A/HRC/1/2/Add.1 - Para. 3"]),
            cell(&["Supported"]),
            cell(&["- Right to education"])
        )
    };
    let table = |rows: &str| {
        format!("<w:p><w:r><w:t>UPR of Peru (1st Cycle – 2nd session)</w:t></w:r></w:p><w:tbl>{header}{rows}</w:tbl>")
    };
    let good = docx(&table(&row("2.1 Do it (Chile);")));
    let doc = read_document(Path::new("list.docx"), &good, &StateDirectory::load()).expect("a minimal list reads");
    assert_eq!(doc.kind(), "thematic list");
    let unknown = docx(&table(&format!("{}{}", row("2.1 Do it (Chile);"), row("2.2 Do that (Atlantis);"))));
    assert_says(&error_for("list.docx", &unknown), &["recommendation 2.2", "unknown recommending State \"Atlantis\""]);
}
