//! The action category a recommendation would get on UPR Info's scale, by a transparent verb
//! rule: the leading verb (or the first two words) of the action, looked up in a table of
//! what UPR Info coded after each, with one correction: a verb of specific action followed by
//! a vague object ("adopt measures", "implement policies") is a general action.
//!
//! The table, `crates/uprkit-core/data/smart_verbs.tsv`, was learned from UPR Info's own
//! coding of sessions 1-10 in `data/upr-info/recommendations_sessions01-16.csv` (16,743 rows):
//! for each leading word seen at least 3 times, the category UPR Info gave most often; for
//! each leading pair of words seen at least 5 times with one category in more than 60% of
//! its rows, that category where it differs from the single word's. How it was made and how
//! it was measured: `crates/uprkit-core/data/smart_verbs.md`. It was never tuned on sessions
//! 11-16 nor on the 2018 export's sessions 17-21, which `uprkit smart --agreement` reports on.

use super::lead::{Token, action_words};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Which part of the rule decided the category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CategoryRule {
    /// The first two words of the action, found in the table.
    LeadingPhrase,
    /// The leading verb, found in the table.
    LeadingVerb,
    /// A verb of specific action with a vague object ("adopt measures"): general action.
    VagueObject,
    /// No known verb leads the action: general action, UPR Info's most frequent category.
    NoKnownVerb,
}

/// Why the rule gave its category: the words that decided and which part of the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CategoryBasis {
    /// The words of the draft that decided, as written ("Consider ratifying", "adopt ...
    /// measures"); empty when the draft has no words.
    pub words: String,
    /// Which part of the rule decided.
    pub rule: CategoryRule,
    /// How many recommendations of the tuning data led with these words (0 when no entry of
    /// the table decided).
    pub tuning_rows: u32,
}

/// Objects too vague for a specific action.
const VAGUE_OBJECTS: &[&str] = &[
    "measures",
    "steps",
    "efforts",
    "actions",
    "action",
    "policies",
    "policy",
    "approach",
    "initiatives",
    "programmes",
    "programs",
    "activities",
    "mechanisms",
];
/// How many words after the verb may hold the vague object.
const VAGUE_REACH: usize = 4;

/// One row of the verb table.
#[derive(Debug, Clone, Copy)]
struct Entry {
    category: u8,
    rows: u32,
}

/// The verb table, read once from the embedded file.
fn table() -> &'static HashMap<String, Entry> {
    static TABLE: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../data/smart_verbs.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let phrase = cols.next()?.to_string();
                let category = cols.next()?.trim().parse().ok()?;
                let rows = cols.next()?.trim().parse().ok()?;
                Some((phrase, Entry { category, rows }))
            })
            .collect()
    })
}

/// The category (1-5) the rule gives to a tokenised text, and why.
pub(crate) fn categorise(text: &str, tokens: &[Token]) -> (u8, CategoryBasis) {
    let words = action_words(tokens);
    let quote = |from: usize, to: usize| -> String {
        match (words.get(from), words.get(to)) {
            (Some(&(a, _)), Some(&(b, _))) => text[tokens[a].start..tokens[b].end].to_string(),
            _ => String::new(),
        }
    };
    let table = table();
    if words.len() > 1 {
        let pair = format!("{} {}", words[0].1, words[1].1);
        if let Some(e) = table.get(&pair) {
            return (
                e.category,
                CategoryBasis { words: quote(0, 1), rule: CategoryRule::LeadingPhrase, tuning_rows: e.rows },
            );
        }
    }
    let Some(&(_, verb)) = words.first() else {
        return (4, CategoryBasis { words: String::new(), rule: CategoryRule::NoKnownVerb, tuning_rows: 0 });
    };
    let Some(entry) = table.get(verb) else {
        return (4, CategoryBasis { words: quote(0, 0), rule: CategoryRule::NoKnownVerb, tuning_rows: 0 });
    };
    if entry.category == 5 {
        let after = |k: usize| words.iter().skip(1).take(k).map(|(_, w)| *w);
        let vague = after(VAGUE_REACH).position(|w| VAGUE_OBJECTS.contains(&w));
        if let Some(at) = vague.filter(|_| !after(3).any(|w| w == "legislative")) {
            let basis = CategoryBasis { words: quote(0, at + 1), rule: CategoryRule::VagueObject, tuning_rows: 0 };
            return (4, basis);
        }
    }
    (entry.category, CategoryBasis { words: quote(0, 0), rule: CategoryRule::LeadingVerb, tuning_rows: entry.rows })
}

/// The leading verb of the action as the table knows it, if any (for other checks).
pub(crate) fn known_verb(word: &str) -> Option<u8> {
    table().get(word).map(|e| e.category)
}

#[cfg(test)]
mod tests {
    use super::super::lead::tokens;
    use super::*;

    fn category(text: &str) -> (u8, CategoryRule, String) {
        let (c, b) = categorise(text, &tokens(text));
        (c, b.rule, b.words)
    }

    // Real recommendations from data/upr-info/recommendations_sessions01-16.csv with the
    // category UPR Info gave them.
    #[test]
    fn gives_upr_info_categories_to_real_recommendations() {
        let ratify = "Ratify the Optional Protocol to the Convention against Torture";
        assert_eq!(category(ratify), (5, CategoryRule::LeadingVerb, "Ratify".into()));
        let consider = "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families";
        assert_eq!(category(consider).0, 3);
        let continue_ = "Continue its efforts to combat trafficking in human beings";
        assert_eq!(category(continue_).0, 2);
        let measures = "Take measures to guarantee effective access for women and girls to information and services regarding sexual and reproductive health";
        assert_eq!(category(measures).0, 4);
        // UPRINFO-00085, coded 4 by UPR Info: "establish" with a vague object.
        let mechanisms = "Establish mechanisms for the independent appointment and dismissal of judges";
        assert_eq!(category(mechanisms), (4, CategoryRule::VagueObject, "Establish mechanisms".into()));
        let law = "Adopt legislation prohibiting FGM";
        assert_eq!(category(law).0, 5);
        let seek = "Seek technical assistance from the United Nations as outlined in part 12 of its national report.";
        assert_eq!(category(seek).0, 1);
    }

    #[test]
    fn empty_or_unknown_text_is_a_general_action() {
        assert_eq!(category("").0, 4);
        assert_eq!(category("").1, CategoryRule::NoKnownVerb);
    }
}
