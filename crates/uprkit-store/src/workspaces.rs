//! Review workspaces (issue 14): one organisation or coalition preparing one review. The
//! workspace, the sections of its stakeholder submission and its national consultations are
//! owned records; a workspace's records carry the workspace's visibility, so that whoever may
//! see the workspace sees all of it and nobody else sees any of it.

use crate::StoreError;
use crate::owned::{Field, OwnedRecord};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use uprkit_core::submission::SectionKind;

/// Longest text of one section, in bytes (a whole joint submission is about 40 KB).
pub const SECTION_MAX_BYTES: usize = 200_000;
/// Longest short field (titles, names, places), in characters.
const SHORT_MAX: usize = 500;

fn short(what: &str, value: &str, required: bool) -> Result<(), StoreError> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(StoreError::Invalid(format!("{what} is required")));
    }
    if value.chars().count() > SHORT_MAX {
        return Err(StoreError::Invalid(format!("{what} is longer than {SHORT_MAX} characters")));
    }
    Ok(())
}

/// One organisation or coalition preparing one review of one State.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Workspace {
    /// The State under review (ISO3).
    pub sur: String,
    /// The cycle of the review being prepared.
    pub cycle: i64,
    /// Name shown in lists ("Slovenia, 5th cycle: joint submission").
    pub title: String,
    /// A joint submission of several organisations (the 5,630-word limit).
    pub joint: bool,
    /// The organisations block of the submission, one name per line, in order.
    pub organisations: String,
    /// Key words of the submission, comma separated.
    pub key_words: String,
    /// Footnotes count towards the word limit.
    pub count_footnotes: bool,
    /// The annex counts towards the word limit.
    pub count_annex: bool,
}

impl Workspace {
    /// The organisations of the block, trimmed, without empty lines.
    pub fn organisation_names(&self) -> Vec<String> {
        self.organisations.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
    }

    /// The key words, trimmed, without empty ones.
    pub fn key_word_list(&self) -> Vec<String> {
        self.key_words.split([',', ';', '\n']).map(str::trim).filter(|k| !k.is_empty()).map(String::from).collect()
    }
}

impl OwnedRecord for Workspace {
    const KIND: &'static str = "workspace";
    const TABLE: &'static str = "workspaces";
    const COLUMNS: &'static [&'static str] =
        &["sur", "cycle", "title", "joint", "organisations", "key_words", "count_footnotes", "count_annex"];
    const COALITION_EDITS: bool = true;

    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Workspace {
            sur: row.try_get("sur")?,
            cycle: row.try_get("cycle")?,
            title: row.try_get("title")?,
            joint: row.try_get::<i64, _>("joint")? != 0,
            organisations: row.try_get("organisations")?,
            key_words: row.try_get("key_words")?,
            count_footnotes: row.try_get::<i64, _>("count_footnotes")? != 0,
            count_annex: row.try_get::<i64, _>("count_annex")? != 0,
        })
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::Text(self.sur.clone()),
            Field::Int(self.cycle),
            Field::Text(self.title.trim().to_string()),
            Field::Int(self.joint.into()),
            Field::Text(self.organisation_names().join("\n")),
            Field::Text(self.key_word_list().join(", ")),
            Field::Int(self.count_footnotes.into()),
            Field::Int(self.count_annex.into()),
        ]
    }

    fn check(&self) -> Result<(), StoreError> {
        short("the title", &self.title, true)?;
        if self.organisations.len() > 20_000 || self.key_words.len() > 2_000 {
            return Err(StoreError::Invalid("the organisations block or the key words are too long".into()));
        }
        if !(1..=20).contains(&self.cycle) {
            return Err(StoreError::Invalid(format!("cycle {} is not a UPR cycle", self.cycle)));
        }
        Ok(())
    }
}

/// Where a section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionState {
    /// Being written.
    Draft,
    /// Written, being read by the coordinator or the coalition.
    InReview,
    /// Agreed.
    Final,
}

impl SectionState {
    /// Reads `draft`, `in_review` or `final`.
    pub fn parse(s: &str) -> Option<SectionState> {
        match s {
            "draft" => Some(SectionState::Draft),
            "in_review" => Some(SectionState::InReview),
            "final" => Some(SectionState::Final),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionState::Draft => "draft",
            SectionState::InReview => "in_review",
            SectionState::Final => "final",
        }
    }
}

/// One section of a workspace's submission: its text (builder markup) and who writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Section {
    /// The workspace.
    pub workspace_id: i64,
    /// Summary, paragraph on an organisation, or thematic section.
    pub kind: SectionKind,
    /// Order in the submission (smaller first, within its kind's place).
    pub position: i64,
    /// Heading (for an About section: the organisation's name).
    pub title: String,
    /// The member organisation that writes it.
    pub assigned_organisation_id: Option<i64>,
    /// The person who writes it, as the coordinator wrote the name.
    pub assigned_person: String,
    /// Words the coordinator gives it.
    pub word_budget: Option<i64>,
    /// Draft, in review, final.
    pub state: SectionState,
    /// The text (markup of `uprkit_core::submission::markup`).
    pub body: String,
    /// Number of the latest saved version (1 when created).
    pub version: i64,
}

impl OwnedRecord for Section {
    const KIND: &'static str = "submission_section";
    const TABLE: &'static str = "submission_sections";
    const COLUMNS: &'static [&'static str] = &[
        "workspace_id",
        "kind",
        "position",
        "title",
        "assigned_organisation_id",
        "assigned_person",
        "word_budget",
        "state",
        "body",
        "version",
    ];
    const COALITION_EDITS: bool = true;

    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let kind: String = row.try_get("kind")?;
        let state: String = row.try_get("state")?;
        Ok(Section {
            workspace_id: row.try_get("workspace_id")?,
            kind: SectionKind::parse(&kind).ok_or_else(|| sqlx::Error::Decode(format!("kind {kind:?}").into()))?,
            position: row.try_get("position")?,
            title: row.try_get("title")?,
            assigned_organisation_id: row.try_get("assigned_organisation_id")?,
            assigned_person: row.try_get("assigned_person")?,
            word_budget: row.try_get("word_budget")?,
            state: SectionState::parse(&state).ok_or_else(|| sqlx::Error::Decode(format!("state {state:?}").into()))?,
            body: row.try_get("body")?,
            version: row.try_get("version")?,
        })
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::Int(self.workspace_id),
            Field::Text(self.kind.as_str().into()),
            Field::Int(self.position),
            Field::Text(self.title.trim().to_string()),
            Field::OptInt(self.assigned_organisation_id),
            Field::Text(self.assigned_person.trim().to_string()),
            Field::OptInt(self.word_budget),
            Field::Text(self.state.as_str().into()),
            Field::Text(self.body.clone()),
            Field::Int(self.version),
        ]
    }

    fn check(&self) -> Result<(), StoreError> {
        short("the section's title", &self.title, true)?;
        short("the person", &self.assigned_person, false)?;
        if self.body.len() > SECTION_MAX_BYTES {
            return Err(StoreError::Invalid(format!("a section's text is at most {SECTION_MAX_BYTES} bytes")));
        }
        if self.word_budget.is_some_and(|b| !(0..=100_000).contains(&b)) {
            return Err(StoreError::Invalid("a word budget is a number of words between 0 and 100,000".into()));
        }
        Ok(())
    }
}

/// A national consultation the organisation held or attended before the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Consultation {
    /// The workspace.
    pub workspace_id: i64,
    /// Day it was held (YYYY-MM-DD).
    pub held_on: String,
    /// Town, venue or "online".
    pub place: String,
    /// Who organised it (the government, the NHRI, a coalition...).
    pub organised_by: String,
    /// Participating organisations, one per line.
    pub participants: String,
    /// Issues raised, each optionally linked to the section of the submission that takes it up.
    pub issues_raised: Vec<RaisedIssue>,
}

/// An issue raised at a national consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct RaisedIssue {
    /// What was raised.
    pub issue: String,
    /// The section of the submission that takes it up, if any.
    pub section_id: Option<i64>,
}

impl OwnedRecord for Consultation {
    const KIND: &'static str = "consultation";
    const TABLE: &'static str = "consultations";
    const COLUMNS: &'static [&'static str] =
        &["workspace_id", "held_on", "place", "organised_by", "participants", "issues_raised"];
    const COALITION_EDITS: bool = true;

    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Consultation {
            workspace_id: row.try_get("workspace_id")?,
            held_on: row.try_get("held_on")?,
            place: row.try_get("place")?,
            organised_by: row.try_get("organised_by")?,
            participants: row.try_get("participants")?,
            issues_raised: serde_json::from_str(&row.try_get::<String, _>("issues_raised")?)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        })
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::Int(self.workspace_id),
            Field::Text(self.held_on.trim().to_string()),
            Field::Text(self.place.trim().to_string()),
            Field::Text(self.organised_by.trim().to_string()),
            Field::Text(self.participants.trim().to_string()),
            // A list of (issue, section) pairs is kept as JSON text: it is only ever read whole.
            Field::Text(serde_json::to_string(&self.issues_raised).unwrap_or_else(|_| "[]".into())),
        ]
    }

    fn check(&self) -> Result<(), StoreError> {
        if chrono::NaiveDate::parse_from_str(self.held_on.trim(), "%Y-%m-%d").is_err() {
            return Err(StoreError::Invalid("the date of a consultation is a day (YYYY-MM-DD)".into()));
        }
        short("the place", &self.place, false)?;
        short("the organiser", &self.organised_by, false)?;
        if self.participants.len() > 20_000 || self.issues_raised.len() > 500 {
            return Err(StoreError::Invalid("too many participants or issues raised".into()));
        }
        for raised in &self.issues_raised {
            short("an issue raised", &raised.issue, true)?;
        }
        Ok(())
    }
}
