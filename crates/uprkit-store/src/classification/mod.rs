//! Classification in the database (issue 12): each recommendation's coding as its sources gave
//! it, the classifier's models and suggestions, people's decisions, the review queue, and
//! repeated recommendations across cycles. The learning itself is `uprkit-classify`'s; the
//! use-cases (`uprkit-app`) join the two.

mod coding;
mod repeats;
mod views;
mod write;

pub use coding::CodedSourceRow;
pub use repeats::{RepeatCount, RepeatLink};
pub use views::{ClassificationView, DecisionView, QueueItem, SuggestionView};
pub use write::{NewDecision, NewSuggestion};

use serde::Serialize;

/// A recommendation's coding of the three heads the classifier learns. `None`: not coded for
/// that head; `Some(vec![])`: coded with nothing (DIHR's "No SDG link identified").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Coding {
    /// UPR Info action category, 1-5.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Option<Vec<String>>,
    /// SDG goals.
    pub sdgs: Option<Vec<u8>>,
}

/// One recommendation with the coding its sources gave and the one people decided.
#[derive(Debug, Clone)]
pub struct CodingRow {
    /// Database id.
    pub id: i64,
    /// State under Review (ISO3).
    pub sur: String,
    /// Session.
    pub session: u16,
    /// Cycle.
    pub cycle: u8,
    /// Text.
    pub text: String,
    /// What sources coded (UPR Info, DIHR, OHCHR thematic lists).
    pub source: Coding,
    /// What people decided on suggestions (only where no source coded).
    pub decided: Coding,
    /// Whether DIHR rows gave its SDG coding (else an OHCHR thematic list did, if any).
    pub dihr: bool,
}

impl CodingRow {
    /// The coding to learn from: a source's where there is one, else people's decisions.
    pub fn known(&self) -> Coding {
        Coding {
            action_category: self.source.action_category.or(self.decided.action_category),
            issues: self.source.issues.clone().or_else(|| self.decided.issues.clone()),
            sdgs: self.source.sdgs.clone().or_else(|| self.decided.sdgs.clone()),
        }
    }
}

/// A stored model: its version, provenance and bytes.
#[derive(Debug, Clone)]
pub struct StoredModel {
    /// Version, from 1, increasing with each training.
    pub version: i64,
    /// When it was trained (RFC 3339).
    pub trained_at: String,
    /// Who trained it.
    pub trained_by: String,
    /// What it learnt from (JSON written by the training use-case).
    pub training: serde_json::Value,
    /// The model, as `uprkit_classify::Classifier::to_bytes` wrote it.
    pub bytes: Vec<u8>,
}
