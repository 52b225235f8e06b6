//! The stakeholder submission as PDF: the same document as the DOCX writer.

use serde::Serialize;
use uprkit_core::submission::{Submission, labels};

use crate::{Pdf, TypesetError};

/// The typst template. It reads everything it prints from `submission.json`.
const TEMPLATE: &str = include_str!("../templates/submission.typ");

/// The data file the template reads.
const DATA_FILE: &str = "submission.json";

/// What the template reads: the submission and the fixed words around it, taken from
/// [`labels`] so that the PDF prints exactly the words the word count counts.
#[derive(Serialize)]
struct SubmissionData<'a> {
    labels: Labels,
    submission: &'a Submission,
}

#[derive(Serialize)]
struct Labels {
    joint_by: &'static str,
    submitted_by: &'static str,
    key_words: &'static str,
    summary: &'static str,
    organisations: &'static str,
    annex: &'static str,
    annex_columns: [&'static str; 4],
}

impl Labels {
    const ENGLISH: Labels = Labels {
        joint_by: labels::JOINT_BY,
        submitted_by: labels::SUBMITTED_BY,
        key_words: labels::KEY_WORDS,
        summary: labels::SUMMARY,
        organisations: labels::ORGANISATIONS,
        annex: labels::ANNEX,
        annex_columns: labels::ANNEX_COLUMNS,
    };
}

/// Typesets a stakeholder submission as an A4 PDF laid out like a UN document: title,
/// organisations block, key words, summary, the paragraphs on the organisations, the
/// thematic sections with continuously numbered paragraphs and real footnotes, page
/// numbers, and the annex on the previous cycle's recommendations.
pub fn submission_pdf(sub: &Submission) -> Result<Pdf, TypesetError> {
    crate::compile(TEMPLATE, &submission_data(sub)?, None).map(|(pdf, _warnings)| pdf)
}

/// The data files of the template for `sub`.
fn submission_data(sub: &Submission) -> Result<Vec<(&'static str, Vec<u8>)>, TypesetError> {
    let data = SubmissionData { labels: Labels::ENGLISH, submission: sub };
    Ok(vec![(DATA_FILE, serde_json::to_vec(&data)?)])
}

#[cfg(test)]
mod tests {
    use uprkit_core::submission::{AnnexRow, Block, CountingRules, Inline, SectionKind, Submission, SubmissionSection};

    use super::{TEMPLATE, submission_data};

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.to_owned() }
    }

    /// Every kind of block and run, so that every branch of the template runs.
    fn every_kind() -> Submission {
        let runs = vec![
            text("Plain, "),
            Inline::Bold { content: vec![text("bold")] },
            Inline::Italic { content: vec![Inline::Bold { content: vec![text("both")] }] },
            Inline::Link { url: "https://www.ohchr.org".to_owned(), label: vec![text("OHCHR")] },
            Inline::Footnote { content: vec![text("A note.")] },
            Inline::Citation { label: "115.18 (Turkey; supported)".to_owned(), recommendation_id: None },
        ];
        let section = |kind, title: &str| SubmissionSection {
            title: title.to_owned(),
            kind,
            blocks: vec![
                Block::Paragraph { content: runs.clone() },
                Block::List { items: vec![runs.clone(), vec![text("second")]] },
            ],
            word_budget: None,
        };
        Submission {
            title: "Submission to the Universal Periodic Review of Slovenia".to_owned(),
            state: "Slovenia".to_owned(),
            cycle: 4,
            session: None,
            joint: true,
            organisations: vec!["Peace Institute".to_owned(), "Legebitra".to_owned()],
            key_words: vec!["statelessness".to_owned()],
            sections: vec![
                section(SectionKind::Summary, "Summary"),
                section(SectionKind::About, "Peace Institute"),
                section(SectionKind::Theme, "Stateless persons"),
            ],
            annex: vec![AnnexRow {
                paragraph: String::new(),
                text: "Strengthen the Slovenian Human Rights Ombudsman".to_owned(),
                recommending_states: "Egypt".to_owned(),
                position: "Supported".to_owned(),
                assessment: "Partially implemented".to_owned(),
            }],
            counting: CountingRules::default(),
        }
    }

    #[test]
    fn the_template_compiles_without_warnings() {
        let data = submission_data(&every_kind()).expect("serialises");
        let (pdf, warnings) = crate::compile(TEMPLATE, &data, None).expect("compiles");
        assert!(warnings.is_empty(), "typst warned: {warnings:?}");
        assert!(pdf.pages >= 2, "the annex starts a page: {} pages", pdf.pages);
    }
}
