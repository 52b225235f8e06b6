//! `/smart`: the SMART checker for anyone. Paste a draft recommendation, choose the State
//! under review, and see the advice: the action category with the words that decided, weak
//! verbs with stronger ones, several actions, missing time frame or measure, and the
//! previous recommendations to the State that ask the same (linked to their pages).
//!
//! `GET /smart/advice?text=...&sur=ISO3` answers only the advice block (`smart_advice.html`),
//! for htmx: the page's own form uses it, and other pages (the factsheet editor, the
//! submission builder's check panel) embed it with
//! `hx-get="/smart/advice" hx-vals='{"text": "...", "sur": "LKA"}'` or a plain link. It answers
//! 200 with the block even for a draft it refuses (too long, unknown State), so that htmx
//! shows the reason in place; an empty draft gives an empty block.

use crate::i18n::{t, t1, t2};
use crate::labels::{state_name, states};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use uprkit_core::smart::{CategoryBasis, CategoryRule, FlagKind, MAX_DRAFT_CHARS, SmartAdvice, SmartFlag};
use uprkit_core::{Iso3, StateDirectory};

pub fn router() -> Router<AppState> {
    Router::new().route("/smart", get(page)).route("/smart/advice", get(fragment))
}

/// The checker's query: the draft and the State.
#[derive(Debug, Default, Deserialize)]
pub struct SmartQuery {
    /// The draft recommendation.
    #[serde(default)]
    text: String,
    /// The State under review (ISO3), optional.
    #[serde(default)]
    sur: String,
}

#[derive(Template)]
#[template(path = "smart.html")]
struct SmartPage {
    text: String,
    sur: String,
    states: Vec<(String, String)>,
    advice: Option<SmartAdvice>,
    error: Option<String>,
    max_chars: usize,
}

#[derive(Template)]
#[template(path = "smart_advice.html")]
struct AdviceBlock {
    advice: Option<SmartAdvice>,
    error: Option<String>,
}

/// `GET /smart`: the form, and the advice when a draft is given.
async fn page(State(app): State<AppState>, Query(q): Query<SmartQuery>) -> Result<Response, WebError> {
    let (advice, error) = check(&app, &q).await?;
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = SmartPage {
        text: q.text.clone(),
        sur: q.sur.trim().to_uppercase(),
        states: state_names(),
        advice,
        error,
        max_chars: MAX_DRAFT_CHARS,
    };
    Ok((status, Html(page.render().map_err(|e| WebError::Internal(e.to_string()))?)).into_response())
}

/// `GET /smart/advice`: only the advice block.
async fn fragment(State(app): State<AppState>, Query(q): Query<SmartQuery>) -> Result<Response, WebError> {
    let (advice, error) = check(&app, &q).await?;
    let block = AdviceBlock { advice, error };
    Ok(Html(block.render().map_err(|e| WebError::Internal(e.to_string()))?).into_response())
}

/// The advice on the query's draft, or the reason (in the visitor's language) it was refused;
/// neither for an empty draft.
async fn check(app: &AppState, q: &SmartQuery) -> Result<(Option<SmartAdvice>, Option<String>), WebError> {
    let text = q.text.trim();
    if text.is_empty() {
        return Ok((None, None));
    }
    let n = text.chars().count();
    if n > MAX_DRAFT_CHARS {
        return Ok((None, Some(t2("smart-too-long", "max", MAX_DRAFT_CHARS, "n", n))));
    }
    let sur = q.sur.trim();
    let sur = if sur.is_empty() {
        None
    } else {
        match Iso3::parse(sur).ok().filter(|c| StateDirectory::get(states(), c.as_str()).is_some()) {
            Some(code) => Some(code),
            None => return Ok((None, Some(t1("smart-unknown-state", "sur", sur)))),
        }
    };
    let advice = app.app.smart_advice(text, sur.as_ref().map(Iso3::as_str)).await?;
    Ok((Some(advice), None))
}

fn state_names() -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> =
        states().states().iter().map(|s| (s.iso3.to_string(), state_name(s.iso3.as_str()))).collect();
    crate::i18n::sort_by_name(&mut names, |(_, n)| n.as_str());
    names
}

/// The category's name in the visitor's language.
pub fn category_label(category: &u8) -> String {
    crate::labels::action_category(&category.to_string()).unwrap_or_default()
}

/// Why the rule gave its category, in the visitor's language.
pub fn basis(b: &CategoryBasis) -> String {
    match b.rule {
        CategoryRule::LeadingPhrase | CategoryRule::LeadingVerb => {
            t2("smart-basis-verb", "words", b.words.as_str(), "rows", b.tuning_rows)
        }
        CategoryRule::VagueObject => t1("smart-basis-vague", "words", b.words.as_str()),
        CategoryRule::NoKnownVerb => t("smart-basis-none"),
    }
}

/// What a flag says, in the visitor's language.
pub fn flag_message(f: &SmartFlag) -> String {
    match f.kind {
        FlagKind::WeakVerb => t1("smart-flag-weak", "words", f.words.as_str()),
        FlagKind::SeveralActions => t1("smart-flag-several", "n", f.alternatives.len()),
        FlagKind::NoTimeFrame => t("smart-flag-no-time"),
        FlagKind::NoMeasure => t("smart-flag-no-measure"),
        FlagKind::AsRecommendedPreviously => t1("smart-flag-previously", "paragraphs", f.alternatives.join("; ")),
    }
}

/// What to do about a flag, in the visitor's language (the rewrite, when there is one, is
/// shown apart).
pub fn flag_suggestion(f: &SmartFlag) -> String {
    match f.kind {
        FlagKind::WeakVerb if f.rewrite.is_some() => t("smart-suggest-rewrite"),
        FlagKind::WeakVerb => t1("smart-suggest-verbs", "verbs", f.alternatives.join(", ")),
        FlagKind::SeveralActions => t("smart-suggest-split"),
        FlagKind::NoTimeFrame => t("smart-suggest-time"),
        FlagKind::NoMeasure => t("smart-suggest-measure"),
        FlagKind::AsRecommendedPreviously => t("smart-suggest-previously"),
    }
}

/// The CSS class of a flag.
pub fn flag_class(f: &SmartFlag) -> &'static str {
    match f.kind {
        FlagKind::WeakVerb => "weak-verb",
        FlagKind::SeveralActions => "several-actions",
        FlagKind::NoTimeFrame => "no-time-frame",
        FlagKind::NoMeasure => "no-measure",
        FlagKind::AsRecommendedPreviously => "as-recommended-previously",
    }
}

/// `true` for the flag that lists the separate actions.
pub fn lists_actions(f: &SmartFlag) -> bool {
    f.kind == FlagKind::SeveralActions
}

/// A score as a percentage.
pub fn percent(score: &f32) -> String {
    format!("{:.0}", 100.0 * score)
}
