//! The SMART checker for draft recommendations (issue 15): advice on a draft a CSO wants a
//! State to make, never a verdict. It gives the action category the draft would get on UPR
//! Info's scale by a transparent verb rule ([`category`]), flags weak verbs with stronger
//! ones ([`weak`]), more than one action ([`actions`]), a missing time frame or measure
//! ([`hints`]), and proposes "as recommended previously" when a previous recommendation to
//! the State asks for the same thing ([`similar`]).
//!
//! Every flag has a [`FlagKind`] code and its arguments (`words`, `alternatives`,
//! `rewrite`), so that a page can say it in its own language; `message` and `suggestion` are
//! the English wording the command line prints.

mod actions;
mod category;
mod hints;
mod lead;
mod similar;
mod weak;

#[cfg(test)]
mod tests;

pub use category::{CategoryBasis, CategoryRule};
pub use similar::{MAX_SIMILAR, PreviousRecommendation, SimilarRecommendation, similar_recommendations, similar_with};

use crate::ActionCategory;
use crate::repeats::RepeatMatcher;
use serde::Serialize;

/// The longest draft the checker reads, in characters (a recommendation is one sentence; the
/// longest in the UPR Info data has about 1,500 characters).
pub const MAX_DRAFT_CHARS: usize = 4_000;

/// What a flag is about: the code a page translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// A weak verb ("consider", "continue", "take measures"): `words` are the weak words,
    /// `alternatives` stronger verbs, `rewrite` the draft with the verb "consider" hides.
    WeakVerb,
    /// More than one action: `alternatives` are the actions, one per recommendation.
    SeveralActions,
    /// No time frame ("by 2027", "within two years", "before the next review").
    NoTimeFrame,
    /// Nothing to measure the action by (a number, a budget, an indicator, "all").
    NoMeasure,
    /// A previous recommendation asks the same: `alternatives` are its paragraphs (or ids),
    /// `rewrite` the draft ending in "as recommended previously".
    AsRecommendedPreviously,
}

/// One piece of advice on a draft.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SmartFlag {
    /// What it is about.
    pub kind: FlagKind,
    /// The words of the draft that raised it (empty for what is missing).
    pub words: String,
    /// The advice in English.
    pub message: String,
    /// What to do, in English.
    pub suggestion: String,
    /// Its arguments: stronger verbs, the separate actions, or the previous paragraphs.
    pub alternatives: Vec<String>,
    /// The draft rewritten, when the checker can rewrite it.
    pub rewrite: Option<String>,
}

/// The category a trained classifier gives the draft (set by the application when a model
/// is stored; the rule's category stays the one explained).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ModelCategory {
    /// Action category 1-5.
    pub category: u8,
    /// The category's name on UPR Info's scale.
    pub label: String,
    /// The classifier's confidence, 0-1.
    pub confidence: f32,
    /// Version of the stored model.
    pub model_version: i64,
}

/// The checker's advice on one draft recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SmartAdvice {
    /// The draft, trimmed.
    pub text: String,
    /// The action category (1-5) the verb rule gives it.
    pub action_category: u8,
    /// The category's name on UPR Info's scale ("Specific action").
    pub action_category_label: String,
    /// Why: the words that decided and which part of the rule.
    pub category_basis: CategoryBasis,
    /// The trained classifier's category, when a model is stored.
    pub model_category: Option<ModelCategory>,
    /// Advice, in the order of the draft's words, then what is missing, then repeats.
    pub flags: Vec<SmartFlag>,
    /// Previous recommendations to the State that ask the same, best first.
    pub similar: Vec<SimilarRecommendation>,
}

/// Advice on `draft`, comparing it with the State's `previous` recommendations.
pub fn advise(draft: &str, previous: &[PreviousRecommendation]) -> SmartAdvice {
    let matcher = RepeatMatcher::new(previous.iter().map(|p| p.text.as_str()).chain(std::iter::once(draft)));
    advise_with(&matcher, draft, previous)
}

/// Advice on several drafts for one State: the word weights are computed once.
pub fn advise_many(drafts: &[String], previous: &[PreviousRecommendation]) -> Vec<SmartAdvice> {
    let corpus = previous.iter().map(|p| p.text.as_str()).chain(drafts.iter().map(String::as_str));
    let matcher = RepeatMatcher::new(corpus);
    drafts.iter().map(|d| advise_with(&matcher, d, previous)).collect()
}

/// The action category the verb rule gives a text, and why (for the agreement report).
pub fn rule_category(text: &str) -> (u8, CategoryBasis) {
    category::categorise(text, &lead::tokens(text))
}

/// `true` when the draft already says it repeats a previous recommendation.
pub fn says_recommended_previously(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "as recommended previously",
        "as previously recommended",
        "as recommended in the previous",
        "as recommended during the previous",
        "as recommended in the first",
        "as recommended in the second",
        "as recommended in the third",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

fn advise_with(matcher: &RepeatMatcher, draft: &str, previous: &[PreviousRecommendation]) -> SmartAdvice {
    let text: String = draft.trim().chars().take(MAX_DRAFT_CHARS).collect();
    let tokens = lead::tokens(&text);
    let (category, basis) = category::categorise(&text, &tokens);
    let mut flags = Vec::new();
    let start = lead::action_start(&tokens);
    let further = actions::further_actions(&tokens);
    // Weak verbs: at the start of the action and at the start of every further action.
    let mut starts = vec![start];
    starts.extend(further.iter().filter_map(|a| tokens.iter().position(|t| t.start == a.start)));
    for at in starts {
        if let Some(w) = weak::weak_verb(&text, &tokens, at) {
            flags.push(weak_flag(w));
        }
    }
    if !further.is_empty() {
        flags.push(several_flag(&text, &further));
    }
    if !text.is_empty() && !hints::has_time_frame(&text, &tokens) {
        flags.push(SmartFlag {
            kind: FlagKind::NoTimeFrame,
            words: String::new(),
            message: "No time frame: the draft does not say by when.".into(),
            suggestion: "Add a time frame, e.g. \"by 2027\", \"within two years\" or \"before the next review\"."
                .into(),
            alternatives: Vec::new(),
            rewrite: None,
        });
    }
    if !text.is_empty() && !hints::has_measure(&text, &tokens) {
        flags.push(SmartFlag {
            kind: FlagKind::NoMeasure,
            words: String::new(),
            message: "Nothing to measure progress by.".into(),
            suggestion: "Add a measure: a number, a percentage, a budget, an indicator, or \"all\"/\"every\".".into(),
            alternatives: Vec::new(),
            rewrite: None,
        });
    }
    let similar = similar_with(matcher, &text, previous);
    if !similar.is_empty() && !says_recommended_previously(&text) {
        flags.push(previously_flag(&text, &similar));
    }
    let label = ActionCategory::parse(&category.to_string()).map_or("General action", ActionCategory::label);
    SmartAdvice {
        text,
        action_category: category,
        action_category_label: label.to_string(),
        category_basis: basis,
        model_category: None,
        flags,
        similar,
    }
}

fn weak_flag(w: weak::WeakVerb) -> SmartFlag {
    let suggestion = match &w.rewrite {
        Some(r) => format!("Use a stronger verb: \"{r}\"."),
        None => format!("Name the concrete step with a stronger verb: {}.", w.alternatives.join(", ")),
    };
    SmartFlag {
        kind: FlagKind::WeakVerb,
        message: format!("Weak verb: \"{}\" commits the State to little.", w.words),
        words: w.words,
        suggestion,
        alternatives: w.alternatives,
        rewrite: w.rewrite,
    }
}

fn several_flag(text: &str, further: &[actions::Action]) -> SmartFlag {
    let mut parts = Vec::new();
    let mut from = 0;
    for a in further {
        parts.push(clean_part(&text[from..a.previous_end]));
        from = a.start;
    }
    parts.push(clean_part(&text[from..]));
    SmartFlag {
        kind: FlagKind::SeveralActions,
        words: further.iter().map(|a| first_word(&text[a.start..])).collect::<Vec<_>>().join(", "),
        message: format!("{} actions in one recommendation: one action per recommendation.", parts.len()),
        suggestion: format!("Split it into {} recommendations.", parts.len()),
        alternatives: parts,
        rewrite: None,
    }
}

fn previously_flag(text: &str, similar: &[SimilarRecommendation]) -> SmartFlag {
    let refs: Vec<String> = similar
        .iter()
        .map(|s| match &s.recommendation.paragraph {
            Some(p) => format!("{p} (cycle {})", s.recommendation.cycle),
            None => format!("#{} (cycle {})", s.recommendation.id, s.recommendation.cycle),
        })
        .collect();
    let body = text.trim_end_matches(['.', ' ']);
    SmartFlag {
        kind: FlagKind::AsRecommendedPreviously,
        words: String::new(),
        message: format!("A previous recommendation to this State asks the same: {}.", refs.join("; ")),
        suggestion: "Say so: add \"as recommended previously\".".into(),
        alternatives: refs,
        rewrite: Some(format!("{body}, as recommended previously.")),
    }
}

/// One action of a split draft: trimmed of its conjunction and punctuation, capitalised.
fn clean_part(part: &str) -> String {
    let part = part.trim().trim_end_matches([',', ';', ' ']).trim_end_matches(" and").trim();
    let mut c = part.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn first_word(s: &str) -> String {
    s.split(|c: char| !c.is_alphabetic() && c != '-').next().unwrap_or("").to_string()
}
