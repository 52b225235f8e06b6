use super::export::statement_file_name;
use crate::workspaces::SubmissionFormat;
use uprkit_core::statement::StatementKind;

#[test]
fn file_names_are_plain_ascii() {
    assert_eq!(
        statement_file_name("SVN", 4, StatementKind::Oral, 12, SubmissionFormat::Pdf),
        "SVN-cycle4-oral-statement-12.pdf"
    );
    assert_eq!(
        statement_file_name("ARG", 5, StatementKind::Written, 3, SubmissionFormat::Docx),
        "ARG-cycle5-written-statement-3.docx"
    );
}
