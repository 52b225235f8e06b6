//! A workspace's submission put together: the sections' markup parsed, numbers typed as
//! paragraph references ("115.24") linked to the previous cycle's recommendations, the annex
//! built from every citation, and the OHCHR checks run on the result. Export, the check
//! command and the builder page all read this one assembly, so they always agree.

use crate::{App, AppError};
use chrono::NaiveDate;
use serde::Serialize;
use uprkit_core::calendar::MomentKind;
use uprkit_core::search::RecommendationView;
use uprkit_core::submission::check::{SubmissionCheck, check};
use uprkit_core::submission::{AnnexRow, CountingRules, Submission, SubmissionSection, markup};
use uprkit_core::{Iso3, StateDirectory};
use uprkit_store::{Actor, Owned, Section, Workspace};

/// A previous recommendation cited by the submission, with the annex's assessment of it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CitedRecommendation {
    /// The recommendation.
    #[schema(value_type = Object)]
    pub recommendation: RecommendationView,
    /// Recommending States by name.
    pub recommending_states: Vec<String>,
    /// What the submission says became of it.
    pub assessment: String,
    /// The sections that cite it.
    pub section_ids: Vec<i64>,
}

/// The workspace's submission with everything derived from it.
#[derive(Debug, Clone)]
pub struct AssembledSubmission {
    /// The workspace.
    pub workspace: Owned<Workspace>,
    /// Its sections in order.
    pub sections: Vec<Owned<Section>>,
    /// The document.
    pub submission: Submission,
    /// The cited recommendations in order of first citation.
    pub cited: Vec<CitedRecommendation>,
    /// The stakeholder submission deadline of the review, when the calendar knows it.
    pub deadline: Option<NaiveDate>,
}

impl AssembledSubmission {
    /// The OHCHR checks on `today`.
    pub fn check(&self, today: NaiveDate) -> SubmissionCheck {
        check(&self.submission, self.deadline, today)
    }
}

fn position_label(response: Option<&str>) -> String {
    match response.map(str::to_ascii_lowercase).as_deref() {
        Some("supported") | Some("accepted") => "Supported".into(),
        Some("noted") => "Noted".into(),
        Some("pending") => "Pending".into(),
        Some("") | None => "No position recorded".into(),
        Some(other) => {
            let mut c = other.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

impl App {
    /// Puts a workspace's submission together (see the module's documentation).
    pub async fn assemble_submission(&self, actor: &Actor, workspace_id: i64) -> Result<AssembledSubmission, AppError> {
        let workspace = self.workspace(actor, workspace_id).await?;
        let sections = self.sections(actor, workspace_id).await?;
        let w = &workspace.record;
        // Numbers typed in the text refer to the previous cycle's report; a citation inserted
        // from the search carries its recommendation's id and may be of any cycle.
        let paragraphs = self.store.paragraphs_of(&w.sur, w.cycle - 1).await?;
        let resolve = |typed: &str| paragraphs.get(typed.trim_end_matches('.')).copied();
        let mut parts = Vec::new();
        let mut cited_in: Vec<(i64, Vec<i64>)> = Vec::new();
        for s in &sections {
            let mut blocks = markup::parse(&s.record.body);
            markup::link_typed_references(&mut blocks, &resolve);
            for id in markup::citations(&blocks) {
                match cited_in.iter_mut().find(|(r, _)| *r == id) {
                    Some((_, in_sections)) => in_sections.push(s.id),
                    None => cited_in.push((id, vec![s.id])),
                }
            }
            parts.push(SubmissionSection {
                title: s.record.title.clone(),
                kind: s.record.kind,
                blocks,
                word_budget: s.record.word_budget.and_then(|b| usize::try_from(b).ok()),
            });
        }
        let states = StateDirectory::load();
        let name_of = |iso3: &str| states.get(iso3).map(|s| s.name.clone()).unwrap_or_else(|| iso3.to_string());
        let assessments = self.store.citation_assessments(workspace_id).await?;
        let ids: Vec<i64> = cited_in.iter().map(|(id, _)| *id).collect();
        let found = self.store.recommendations_by_id(&ids).await?;
        let mut cited = Vec::new();
        for (id, section_ids) in cited_in {
            // A citation of a recommendation that is no longer in the database (or never was)
            // stays in the text as written and is left out of the annex.
            let Some(recommendation) = found.iter().find(|r| r.id == id).cloned() else { continue };
            let recommending_states = recommendation.recommending_states.iter().map(|s| name_of(s)).collect();
            let assessment = assessments.get(&id).cloned().unwrap_or_default();
            cited.push(CitedRecommendation { recommendation, recommending_states, assessment, section_ids });
        }
        let annex = cited
            .iter()
            .map(|c| AnnexRow {
                paragraph: c.recommendation.paragraph.clone().unwrap_or_default(),
                text: c.recommendation.text.clone(),
                recommending_states: c.recommending_states.join(", "),
                position: position_label(c.recommendation.response.as_deref()),
                assessment: c.assessment.clone(),
            })
            .collect();
        let calendar = match Iso3::parse(&w.sur) {
            Ok(sur) => self.review_calendar(&sur, u8::try_from(w.cycle).unwrap_or(u8::MAX)).await?,
            Err(_) => None,
        };
        let deadline = calendar
            .as_ref()
            .and_then(|c| c.moments.iter().find(|m| m.kind == MomentKind::StakeholderSubmission).map(|m| m.date));
        let submission = Submission {
            title: w.title.clone(),
            state: name_of(&w.sur),
            cycle: u8::try_from(w.cycle).unwrap_or(u8::MAX),
            session: calendar.as_ref().map(|c| c.session),
            joint: w.joint,
            organisations: w.organisation_names(),
            key_words: w.key_word_list(),
            sections: parts,
            annex,
            counting: CountingRules { footnotes: w.count_footnotes, annex: w.count_annex },
        };
        Ok(AssembledSubmission { workspace, sections, submission, cited, deadline })
    }
}
