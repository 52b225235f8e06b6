//! A draft started in Word brought into a workspace: each heading of the document becomes a
//! section (the summary, the paragraph on an organisation of the submission, or a thematic
//! section), its paragraphs, lists and footnotes kept as the builder's markup, and the
//! paragraph numbers it types ("115.24") recognised as citations. All of it in one
//! transaction: a file that cannot be read, or a save that fails, leaves nothing behind.

use crate::{App, AppError};
use serde::Serialize;
use uprkit_core::submission::{SectionKind, markup};
use uprkit_store::{Actor, Section, SectionState};

/// What an import added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DraftImport {
    /// The sections created, in the draft's order.
    pub sections: Vec<i64>,
    /// Previous recommendations the imported text cites (by typed paragraph number or link).
    pub citations: usize,
}

/// A draft's section as it is going to be stored.
struct ImportedSection {
    kind: SectionKind,
    title: String,
    body: String,
}

impl App {
    /// Imports a DOCX draft into a workspace (see the module's documentation). `file_name`
    /// names the file in messages and in each section's first version ("imported from
    /// FILE").
    pub async fn import_draft(
        &self,
        actor: &Actor,
        workspace_id: i64,
        bytes: Vec<u8>,
        file_name: &str,
    ) -> Result<DraftImport, AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        self.require_writer(actor, &workspace).await?;
        let name = file_name.to_string();
        // Unzipping and reading the XML is CPU work on untrusted bytes: off the runtime.
        let draft = self
            .blocking(move || {
                uprkit_import::draft::read_draft_docx(&bytes).map_err(|e| {
                    AppError::Invalid(format!(
                        "{name} cannot be imported: {e}. Save it from Word or LibreOffice as a .docx document and try again"
                    ))
                })
            })
            .await?;
        let organisations = workspace.record.organisation_names();
        let mut parts = Vec::new();
        for section in draft.sections {
            let title = section.title.trim().to_string();
            let body = markup::write(&section.blocks);
            if title.is_empty() && body.trim().is_empty() {
                continue;
            }
            parts.push(ImportedSection { kind: kind_of(&title, &organisations), title, body });
        }
        if parts.is_empty() {
            return Err(AppError::Invalid(format!(
                "{file_name} has no text to import: give each part of the draft a heading (Heading 1) followed by its paragraphs"
            )));
        }
        let ownership = self.ownership_in(&workspace);
        let existing = self.sections(actor, workspace_id).await?;
        let first = existing.iter().map(|s| s.record.position).max().unwrap_or(0) + 1;
        let remark = format!("imported from {file_name}");
        let mut uow = self.begin(actor).await?;
        let mut ids = Vec::new();
        for (position, part) in (first..).zip(parts) {
            let section = Section {
                workspace_id,
                kind: part.kind,
                position,
                title: part.title,
                assigned_organisation_id: None,
                assigned_person: String::new(),
                word_budget: None,
                state: SectionState::Draft,
                body: part.body,
                version: 1,
            };
            let id = uow.create_owned(ownership, &section).await?;
            uow.record_section_version(id, 1, &section.title, &section.body, &remark).await?;
            ids.push(id);
        }
        self.commit(uow).await?;
        let assembled = self.assemble_submission(actor, workspace_id).await?;
        let citations = assembled.cited.iter().filter(|c| c.section_ids.iter().any(|s| ids.contains(s))).count();
        Ok(DraftImport { sections: ids, citations })
    }
}

/// "Summary" is the summary; a heading that names an organisation of the submission is the
/// paragraph on it; anything else is a thematic section.
fn kind_of(title: &str, organisations: &[String]) -> SectionKind {
    let plain = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let title = plain(title);
    if title == "summary" || title == "executive summary" {
        SectionKind::Summary
    } else if organisations.iter().any(|o| plain(o) == title) {
        SectionKind::About
    } else {
        SectionKind::Theme
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_become_the_summary_an_organisation_or_a_theme() {
        let organisations = vec!["Mirovni inštitut".to_string(), "Amnesty International Slovenia".to_string()];
        assert_eq!(kind_of("Summary", &organisations), SectionKind::Summary);
        assert_eq!(kind_of(" amnesty  international slovenia ", &organisations), SectionKind::About);
        assert_eq!(kind_of("MIROVNI INŠTITUT", &organisations), SectionKind::About);
        assert_eq!(kind_of("Rights of the Roma", &organisations), SectionKind::Theme);
    }
}
