//! A statement at the adoption in the Human Rights Council as PDF: the same document as the
//! DOCX writer (`uprkit_docs::statement`).

use uprkit_core::statement::StatementDocument;

use crate::{Pdf, TypesetError};

/// The typst template. It reads everything it prints from `statement.json`.
const TEMPLATE: &str = include_str!("../templates/statement.typ");

/// The data file the template reads.
const DATA_FILE: &str = "statement.json";

/// Typesets a statement as an A4 PDF: an oral statement as the speaker's text in large type
/// ("Check against delivery"), a written one in the shape of the HRC's written statements.
pub fn statement_pdf(doc: &StatementDocument) -> Result<Pdf, TypesetError> {
    crate::compile(TEMPLATE, &[(DATA_FILE, serde_json::to_vec(doc)?)], None).map(|(pdf, _warnings)| pdf)
}

#[cfg(test)]
mod tests {
    use super::{DATA_FILE, TEMPLATE};
    use uprkit_core::factsheet::DocumentLanguage;
    use uprkit_core::statement::{Accreditation, StatementDocument, StatementKind};

    fn document(kind: StatementKind, body: &str) -> StatementDocument {
        StatementDocument::new(
            kind,
            DocumentLanguage::En,
            "Slovenia",
            Some(62),
            "#set page(width: 1cm) \"quotes\"",
            "Peace Institute",
            Accreditation::Roster,
            "",
            "Ana Novak",
            body,
            130,
        )
    }

    #[test]
    fn both_kinds_compile_without_warnings_and_user_text_stays_text() {
        let body = "Mr President,\n\nWe **welcome** the _support_ of [OHCHR](https://www.ohchr.org).^[A note.]\n\n- one\n- two";
        for kind in [StatementKind::Oral, StatementKind::Written] {
            let data = serde_json::to_vec(&document(kind, body)).expect("serialises");
            let (pdf, warnings) = crate::compile(TEMPLATE, &[(DATA_FILE, data)], None).expect("compiles");
            assert!(warnings.is_empty(), "typst warned: {warnings:?}");
            assert_eq!(pdf.pages, 1);
        }
    }

    #[test]
    fn a_long_oral_statement_runs_over_pages() {
        let body = vec!["A sentence of the statement that the speaker reads slowly."; 60].join("\n\n");
        let pdf = super::statement_pdf(&document(StatementKind::Oral, &body)).expect("typesets");
        assert!(pdf.pages >= 3, "{} pages", pdf.pages);
    }
}
