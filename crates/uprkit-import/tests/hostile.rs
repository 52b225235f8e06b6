//! Hostile files end as clear errors, quickly and without expanding into memory: decompression
//! bombs (DOCX, PDF, XLSX) and inputs that would echo megabytes into a message. (The PDF whose
//! form draws itself overflows pdf-extract's stack: it is refused by the isolated reader, see
//! crates/uprkit/tests/hostile_documents.rs.)

use std::path::Path;
use uprkit_core::StateDirectory;
use uprkit_import::{ImportError, hostile, ohchr, upr_info};

fn refused(result: Result<impl std::fmt::Debug, ImportError>) -> String {
    match result {
        Ok(v) => panic!("a hostile file was read: {v:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_docx_bomb_declaring_its_size_is_refused() {
    let bytes = hostile::docx_bomb(1024, true);
    assert!(bytes.len() < 2 * 1024 * 1024, "the bomb is small: {} bytes", bytes.len());
    let message = refused(ohchr::read_document(Path::new("bomb.docx"), &bytes, &StateDirectory::load()));
    assert!(message.contains("bomb.docx") && message.contains("decompression bomb"), "{message}");
}

#[test]
fn a_docx_bomb_lying_about_its_size_is_refused() {
    let bytes = hostile::docx_bomb(1024, false);
    let message = refused(ohchr::read_document(Path::new("liar.docx"), &bytes, &StateDirectory::load()));
    // The zip reader itself stops at the declared size; either way the part is not believed.
    assert!(message.contains("word/document.xml") && message.contains("declared"), "{message}");
}

#[test]
fn a_pdf_stream_bomb_is_refused() {
    let bytes = hostile::pdf_bomb(1024);
    assert!(bytes.len() < 2 * 1024 * 1024, "the bomb is small: {} bytes", bytes.len());
    let message = refused(ohchr::read_document(Path::new("bomb.pdf"), &bytes, &StateDirectory::load()));
    assert!(message.contains("bomb.pdf") && message.contains("compressed stream"), "{message}");
}

#[test]
fn a_small_pdf_stream_is_not_mistaken_for_a_bomb() {
    // The same construction, 4 MiB of spaces: read, and refused only for having no text.
    let message = refused(ohchr::read_document(Path::new("blank.pdf"), &hostile::pdf_bomb(4), &StateDirectory::load()));
    assert!(message.contains("no text layer"), "{message}");
}

#[test]
fn an_xlsx_bomb_is_refused_before_calamine_reads_it() {
    for honest in [true, false] {
        let bytes = hostile::docx_bomb(1024, honest);
        let message = refused(upr_info::read_bytes(Path::new("bomb.xlsx"), &bytes, &StateDirectory::load()));
        assert!(message.contains("bomb.xlsx") && message.contains("word/document.xml"), "{message}");
    }
}

#[test]
fn a_header_of_200000_columns_makes_a_short_message() {
    let header: Vec<String> = (0..200_000).map(|i| format!("column{i}")).collect();
    let csv = format!("{}\n{}\n", header.join(","), vec!["x"; 200_000].join(","));
    let message = refused(upr_info::read_bytes(Path::new("wide.csv"), csv.as_bytes(), &StateDirectory::load()));
    assert!(message.len() < 2_000, "a message of {} bytes", message.len());
    assert!(message.contains("column0") && message.contains("more"), "{message}");
}

#[test]
fn a_huge_unknown_state_name_makes_a_short_message() {
    let name = "X".repeat(1_000_000);
    let csv = format!(
        "state_under_review,session,recommendation,recommending_state,response,action_category,issues\n\
         {name},20,Do it,France,Supported,3,Women\n"
    );
    let message = refused(upr_info::read_bytes(Path::new("long.csv"), csv.as_bytes(), &StateDirectory::load()));
    assert!(message.len() < 2_000, "a message of {} bytes", message.len());
}
