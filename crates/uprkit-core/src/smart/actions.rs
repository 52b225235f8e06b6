//! More than one action in one recommendation: "Adopt a law on X and establish a body for Y".
//! A second action is a verb the verb table knows at the start of a clause (after "and", ";"
//! or ","), when the first action already had its object: "sign and ratify X" and "protect
//! and promote" are one action, "women and girls" no action at all.

use super::category::known_verb;
use super::lead::{Token, action_start};

/// Words the verb table holds because recommendations begin with them, which are no verbs.
const NOT_VERBS: &[&str] = &[
    "a",
    "and",
    "bearing",
    "better",
    "civil",
    "closely",
    "completely",
    "efforts",
    "encourages",
    "for",
    "in",
    "international",
    "its",
    "more",
    "noting",
    "on",
    "publicly",
    "recommend",
    "recommended",
    "regarding",
    "regularly",
    "requested",
    "significantly",
    "social",
    "specifically",
    "strictly",
    "successfully",
    "taking",
    "the",
    "unconditionally",
    "while",
    "widely",
    "with",
    "within",
    "not",
    "do",
    "have",
    "keep",
];

/// Verbs that are nouns as often ("the review and report of ..."): a verb only when a
/// determiner follows.
const NOUN_TOO: &[&str] = &[
    "address", "change", "issue", "review", "report", "support", "work", "release", "end", "free", "open", "draft",
    "design", "ban", "study", "act", "use", "move", "deal", "progress", "share", "place", "request", "step", "call",
    "fight", "treat", "pay", "set", "start", "stop", "focus", "build", "reform", "access", "train", "monitor",
    "respect", "follow", "present", "update", "secure", "reach", "find", "advance", "give",
];

/// Determiners after which a [`NOUN_TOO`] word is read as a verb.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "all", "their", "any", "national", "new", "measures"];

/// Words skipped between a conjunction and its verb ("and also establish", "and to adopt").
const SKIP: &[&str] = &["also", "further", "to", "then", "subsequently", "urgently", "effectively", "fully"];

/// One action of a draft: where its verb starts in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Action {
    /// Byte offset of the action's verb.
    pub start: usize,
    /// Byte offset where the text of the previous action ends (before its conjunction).
    pub previous_end: usize,
}

/// The second and later actions of a draft (empty when it asks for one thing).
pub(crate) fn further_actions(tokens: &[Token]) -> Vec<Action> {
    let start = action_start(tokens);
    let mut out = Vec::new();
    let mut last_action = start;
    let mut i = start + 1;
    while i < tokens.len() {
        let word = tokens[i].lower.as_str();
        if !matches!(word, "and" | ";" | ",") {
            i += 1;
            continue;
        }
        let conjunction = i;
        let mut j = i + 1;
        while j < tokens.len() && (tokens[j].lower == "and" || SKIP.contains(&tokens[j].lower.as_str())) {
            j += 1;
        }
        let Some(candidate) = tokens.get(j) else { break };
        let previous_is_verb = conjunction > 0 && is_verb(tokens, conjunction - 1);
        // The first action needs an object of its own before the conjunction.
        let has_object = conjunction > last_action + 1 && !previous_is_verb;
        if has_object && is_verb(tokens, j) && !candidate.capital_in_middle() {
            let previous_end = tokens[conjunction - 1].end;
            out.push(Action { start: candidate.start, previous_end });
            last_action = j;
            i = j + 1;
            continue;
        }
        i = j.max(i + 1);
    }
    out
}

impl Token {
    /// A capitalised word in the middle of a sentence is a name, not an imperative verb.
    fn capital_in_middle(&self) -> bool {
        self.capital && self.start > 0
    }
}

/// `true` when the token at `i` reads as an imperative verb here.
fn is_verb(tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].lower.as_str();
    if known_verb(word).is_none() || NOT_VERBS.contains(&word) {
        return false;
    }
    if NOUN_TOO.contains(&word) {
        return tokens.get(i + 1).is_some_and(|next| DETERMINERS.contains(&next.lower.as_str()));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::lead::tokens;
    use super::*;

    fn count(text: &str) -> usize {
        further_actions(&tokens(text)).len()
    }

    // Real recommendations from data/upr-info.
    #[test]
    fn finds_several_actions_in_real_recommendations() {
        // Angola, session 20 (export-2018): two asks in one recommendation.
        let angola = "Ratify ICCPR-OP 2 and OP-ICESCR, as recommended previously, approve a National Action Plan on Women Peace and Security in accordance with Security Council resolution 1325 (2000)";
        assert_eq!(count(angola), 1);
        // Afghanistan, session 5 (UPRINFO-00085).
        let afghanistan = "Establish mechanisms for the independent appointment and dismissal of judges and for the punishment of corruption among judges, and expand efforts to protect judges from insurgent attacks and to increase salaries for judges, prosecutors and members of the Ministry of Justice.";
        assert_eq!(count(afghanistan), 2);
    }

    #[test]
    fn one_action_with_and_inside_is_one_action() {
        assert_eq!(count("Sign and ratify the Optional Protocol to the Convention against Torture"), 0);
        assert_eq!(
            count(
                "Take all necessary measures to protect and promote the rights of persons, notably children with disabilities"
            ),
            0
        );
        assert_eq!(
            count(
                "Take measures to guarantee effective access for women and girls to information and services regarding sexual and reproductive health"
            ),
            0
        );
        assert_eq!(count("Adopt and implement a national action plan to combat trafficking in persons"), 0);
        let opcat = "Ratify the Optional Protocol to the Convention against Torture and establish its national preventive mechanism accordingly";
        assert_eq!(count(opcat), 1);
    }
}
