//! Turning coded rows into the classifier's examples: one example per recommendation, however
//! many rows (one per recommending State) a source gave it; and the training set of the
//! database: every source row as its publisher coded it, OHCHR's SDG links, people's decisions.

use crate::{App, AppError};
use std::collections::{BTreeMap, BTreeSet};
use uprkit_classify::Example;
use uprkit_core::{ImportBatch, Publisher};
use uprkit_store::classification::CodedSourceRow;

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

/// One coded row as grouping sees it.
struct Coded<'a> {
    sur: String,
    session: u16,
    text: &'a str,
    publisher: Publisher,
    action_category: Option<u8>,
    issues: &'a [String],
    goals: Vec<u8>,
}

/// Rows of one recommendation (same State under Review, session and text) make one example;
/// UPR Info rows give action category and issues, DIHR rows the SDG goals (or none).
fn group<'a>(rows: impl Iterator<Item = Coded<'a>>) -> Vec<FileExample> {
    let mut by_key: BTreeMap<(String, u16, String), FileExample> = BTreeMap::new();
    for r in rows {
        let key = (r.sur.clone(), r.session, uprkit_core::merge::similarity::text_key(r.text));
        let entry = by_key.entry(key).or_insert_with(|| FileExample {
            sur: r.sur.clone(),
            session: r.session,
            example: Example { text: r.text.trim().to_string(), action_category: None, issues: None, sdg_goals: None },
        });
        let e = &mut entry.example;
        match r.publisher {
            Publisher::UprInfo => {
                e.action_category = e.action_category.or(r.action_category);
                if !r.issues.is_empty() {
                    let issues = e.issues.get_or_insert_with(Vec::new);
                    for i in r.issues {
                        if !issues.contains(i) {
                            issues.push(i.clone());
                        }
                    }
                }
            }
            Publisher::Dihr => {
                let goals = e.sdg_goals.get_or_insert_with(Vec::new);
                for g in r.goals {
                    if !goals.contains(&g) {
                        goals.push(g);
                    }
                }
            }
        }
    }
    by_key.into_values().collect()
}

/// The examples of a batch read from coded files (UPR Info exports in any layout, DIHR).
pub fn examples_from_batch(batch: &ImportBatch) -> Vec<FileExample> {
    group(batch.recommendations.iter().map(|r| Coded {
        sur: r.sur.to_string(),
        session: r.session.get(),
        text: &r.text,
        publisher: r.origin.publisher,
        action_category: r.action_category.map(|a| a.get()),
        issues: &r.issues,
        goals: r.sdgs.iter().map(|l| l.goal).collect(),
    }))
}

/// The examples of stored source rows.
fn examples_from_rows(rows: &[CodedSourceRow]) -> Vec<FileExample> {
    group(rows.iter().filter_map(|r| {
        Some(Coded {
            sur: r.sur.clone(),
            session: r.session,
            text: &r.text,
            publisher: Publisher::parse(&r.publisher)?,
            action_category: r.action_category,
            issues: &r.issues,
            goals: r.sdg_goals.clone(),
        })
    }))
}

/// What a model learns from, and where it came from.
pub(crate) struct TrainingSet {
    /// The examples.
    pub examples: Vec<Example>,
    /// Examples that are people's decisions.
    pub decisions: usize,
    /// `SUR:session` of every review it holds: an evaluation leaves them out.
    pub reviews: BTreeSet<String>,
    /// First and last session.
    pub sessions: Option<(u16, u16)>,
}

impl App {
    /// Every coded recommendation of sessions up to `until` (or all), as learnt: each source
    /// row as its publisher coded it (merging can join rows that each source coded its own
    /// way), the SDG links of OHCHR's thematic lists, and people's decisions where no source
    /// coded a head.
    pub(crate) async fn training_set(&self, until: Option<u16>) -> Result<TrainingSet, AppError> {
        let mut examples = examples_from_rows(&self.store.coded_source_rows(until).await?);
        let mut decisions = 0;
        for r in self.store.coding_rows(None).await? {
            if until.is_some_and(|last| r.session > last) {
                continue;
            }
            let ohchr_sdgs = if r.dihr { None } else { r.source.sdgs.clone() };
            let example = Example {
                text: r.text.clone(),
                action_category: r.source.action_category.is_none().then_some(r.decided.action_category).flatten(),
                issues: r.source.issues.is_none().then(|| r.decided.issues.clone()).flatten(),
                sdg_goals: ohchr_sdgs.or_else(|| r.source.sdgs.is_none().then(|| r.decided.sdgs.clone()).flatten()),
            };
            if r.decided != Default::default() {
                decisions += 1;
            }
            if example.action_category.is_some() || example.issues.is_some() || example.sdg_goals.is_some() {
                examples.push(FileExample { sur: r.sur.clone(), session: r.session, example });
            }
        }
        let reviews = examples.iter().map(|e| format!("{}:{}", e.sur, e.session)).collect();
        let sessions = examples.iter().map(|e| e.session).min().zip(examples.iter().map(|e| e.session).max());
        Ok(TrainingSet { examples: examples.into_iter().map(|e| e.example).collect(), decisions, reviews, sessions })
    }
}
