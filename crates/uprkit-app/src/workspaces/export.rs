//! The file OHCHR receives: a workspace's assembled submission written as DOCX (what OHCHR
//! asks for) or PDF (the same text, for reading and printing). Reading only: not audited.

use crate::{App, AppError};
use uprkit_store::Actor;

/// The two formats a submission is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionFormat {
    /// Word document: numbered paragraphs, real footnotes, page numbers.
    Docx,
    /// PDF of the same text.
    Pdf,
}

impl SubmissionFormat {
    /// Reads `docx` or `pdf`.
    pub fn parse(s: &str) -> Option<SubmissionFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "docx" => Some(SubmissionFormat::Docx),
            "pdf" => Some(SubmissionFormat::Pdf),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            SubmissionFormat::Docx => "docx",
            SubmissionFormat::Pdf => "pdf",
        }
    }

    /// The media type of the file.
    pub fn content_type(self) -> &'static str {
        match self {
            SubmissionFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            SubmissionFormat::Pdf => "application/pdf",
        }
    }
}

/// An exported submission, ready to be saved or downloaded.
#[derive(Debug, Clone)]
pub struct ExportedSubmission {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// A plain ASCII file name, e.g. "SVN-cycle5-submission.docx".
    pub file_name: String,
    /// The media type.
    pub content_type: &'static str,
}

impl App {
    /// Writes a workspace's submission as a file (see the module's documentation).
    pub async fn export_submission(
        &self,
        actor: &Actor,
        workspace_id: i64,
        format: SubmissionFormat,
    ) -> Result<ExportedSubmission, AppError> {
        let assembled = self.assemble_submission(actor, workspace_id).await?;
        let w = &assembled.workspace.record;
        let file_name = submission_file_name(&w.sur, w.cycle, w.joint, format);
        let submission = assembled.submission;
        let bytes = match format {
            SubmissionFormat::Docx => uprkit_docs::submission::write_docx(&submission)
                .map_err(|e| AppError::Internal(format!("cannot write the submission as DOCX: {e}")))?,
            // Typesetting takes seconds of CPU: never on a runtime worker.
            SubmissionFormat::Pdf => {
                self.blocking(move || {
                    uprkit_typeset::submission_pdf(&submission)
                        .map(|pdf| pdf.bytes)
                        .map_err(|e| AppError::Internal(format!("cannot write the submission as PDF: {e}")))
                })
                .await?
            }
        };
        Ok(ExportedSubmission { bytes, file_name, content_type: format.content_type() })
    }
}

/// "SVN-cycle5-submission.docx", "SVN-cycle5-joint-submission.pdf": ASCII only, so that every
/// browser and mail program keeps it as it is.
pub fn submission_file_name(sur: &str, cycle: i64, joint: bool, format: SubmissionFormat) -> String {
    let sur: String = sur.chars().filter(char::is_ascii_alphanumeric).collect();
    let kind = if joint { "joint-submission" } else { "submission" };
    format!("{sur}-cycle{cycle}-{kind}.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(submission_file_name("SVN", 5, false, SubmissionFormat::Docx), "SVN-cycle5-submission.docx");
        assert_eq!(submission_file_name("ARG", 4, true, SubmissionFormat::Pdf), "ARG-cycle4-joint-submission.pdf");
        assert_eq!(SubmissionFormat::parse(" PDF"), Some(SubmissionFormat::Pdf));
        assert_eq!(SubmissionFormat::parse("odt"), None);
    }
}
