//! Turning coded rows into the classifier's examples: one example per recommendation, however
//! many rows (one per recommending State) a source gave it.

use std::collections::BTreeMap;
use uprkit_classify::Example;
use uprkit_core::{ImportBatch, Publisher};
use uprkit_store::classification::CodingRow;

/// An example read from a coded file, with the review it belongs to.
#[derive(Debug, Clone)]
pub struct FileExample {
    /// State under Review (ISO3).
    pub sur: String,
    /// Session.
    pub session: u16,
    /// The text and its coding.
    pub example: Example,
}

/// The examples of a batch read from coded files (UPR Info exports in any layout, DIHR):
/// rows of one recommendation (same State under Review, session and text) make one example;
/// UPR Info rows give action category and issues, DIHR rows the SDG goals (or none).
pub fn examples_from_batch(batch: &ImportBatch) -> Vec<FileExample> {
    let mut by_key: BTreeMap<(String, u16, String), FileExample> = BTreeMap::new();
    for r in &batch.recommendations {
        let key = (r.sur.to_string(), r.session.get(), uprkit_core::merge::similarity::text_key(&r.text));
        let entry = by_key.entry(key).or_insert_with(|| FileExample {
            sur: r.sur.to_string(),
            session: r.session.get(),
            example: Example { text: r.text.trim().to_string(), action_category: None, issues: None, sdg_goals: None },
        });
        let e = &mut entry.example;
        match r.origin.publisher {
            Publisher::UprInfo => {
                e.action_category = e.action_category.or(r.action_category.map(|a| a.get()));
                if !r.issues.is_empty() {
                    let issues = e.issues.get_or_insert_with(Vec::new);
                    for i in &r.issues {
                        if !issues.contains(i) {
                            issues.push(i.clone());
                        }
                    }
                }
            }
            Publisher::Dihr => {
                let goals = e.sdg_goals.get_or_insert_with(Vec::new);
                for link in &r.sdgs {
                    if !goals.contains(&link.goal) {
                        goals.push(link.goal);
                    }
                }
            }
        }
    }
    by_key.into_values().collect()
}

/// The example of a stored recommendation: its known coding (sources, then people).
pub(crate) fn example_of(row: &CodingRow) -> Example {
    let known = row.known();
    Example {
        text: row.text.clone(),
        action_category: known.action_category,
        issues: known.issues.filter(|i| !i.is_empty()),
        sdg_goals: known.sdgs,
    }
}
