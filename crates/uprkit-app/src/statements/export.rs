//! A statement written as DOCX or PDF, with the HRC session from the review calendar. Reading
//! only: not audited.

use crate::workspaces::SubmissionFormat;
use crate::{App, AppError};
use chrono::NaiveDate;
use uprkit_core::StateDirectory;
use uprkit_core::factsheet::DocumentLanguage;
use uprkit_core::statement::{StatementDocument, StatementKind};
use uprkit_store::Actor;

/// An exported statement, ready to be saved or downloaded.
#[derive(Debug, Clone)]
pub struct ExportedStatement {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// A plain ASCII file name, e.g. "SVN-cycle4-oral-statement-12.pdf".
    pub file_name: String,
    /// The media type.
    pub content_type: &'static str,
}

impl App {
    /// The document of a statement as both writers print it, dated on `today` (the calendar
    /// gives the HRC session that adopts the outcome).
    pub async fn statement_document(
        &self,
        actor: &Actor,
        id: i64,
        today: NaiveDate,
    ) -> Result<StatementDocument, AppError> {
        let statement = self.statement(actor, id).await?;
        let report = self.report_of(actor, &statement, today).await?;
        let workspace = self.workspace(actor, statement.record.workspace_id).await?;
        let s = &statement.record;
        let language = DocumentLanguage::parse(&s.language).unwrap_or(DocumentLanguage::En);
        // The State's UN short name in the labels' language ("Slovénie", "Eslovenia").
        let state = StateDirectory::load()
            .get(&workspace.record.sur)
            .map(|st| match language {
                DocumentLanguage::En => st.name.clone(),
                DocumentLanguage::Fr => st.name_fr.clone().unwrap_or_else(|| st.name.clone()),
                DocumentLanguage::Es => st.name_es.clone().unwrap_or_else(|| st.name.clone()),
            })
            .unwrap_or_else(|| workspace.record.sur.clone());
        Ok(StatementDocument::new(
            s.kind,
            language,
            &state,
            report.hrc_session,
            &s.title,
            &s.organisation_name,
            s.accreditation,
            &s.partner,
            &s.speaker,
            &s.body,
            u32::try_from(s.pace).unwrap_or_default(),
        ))
    }

    /// Writes a statement as a file.
    pub async fn export_statement(
        &self,
        actor: &Actor,
        id: i64,
        format: SubmissionFormat,
        today: NaiveDate,
    ) -> Result<ExportedStatement, AppError> {
        let doc = self.statement_document(actor, id, today).await?;
        let workspace = self.workspace(actor, self.statement(actor, id).await?.record.workspace_id).await?;
        let file_name = statement_file_name(&workspace.record.sur, workspace.record.cycle, doc.kind, id, format);
        let bytes = match format {
            SubmissionFormat::Docx => uprkit_docs::statement::write_docx(&doc)
                .map_err(|e| AppError::Internal(format!("cannot write the statement as DOCX: {e}")))?,
            SubmissionFormat::Pdf => {
                self.blocking(move || {
                    uprkit_typeset::statement_pdf(&doc)
                        .map(|pdf| pdf.bytes)
                        .map_err(|e| AppError::Internal(format!("cannot write the statement as PDF: {e}")))
                })
                .await?
            }
        };
        Ok(ExportedStatement { bytes, file_name, content_type: format.content_type() })
    }
}

/// "SVN-cycle4-oral-statement-12.pdf": ASCII only.
pub fn statement_file_name(sur: &str, cycle: i64, kind: StatementKind, id: i64, format: SubmissionFormat) -> String {
    let sur: String = sur.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{sur}-cycle{cycle}-{}-statement-{id}.{}", kind.as_str(), format.extension())
}
