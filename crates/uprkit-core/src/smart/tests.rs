//! The checker on real recommendations: Tuvalu's two cycles from
//! `data/fixtures/uprinfo_tuvalu_sessions03_16.csv` and rows of the UPR Info export.

use super::*;
use crate::testing::shared_data;

/// Tuvalu's recommendations of one cycle, as the application would pass them.
fn tuvalu(cycle: u8) -> Vec<PreviousRecommendation> {
    let path = shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let mut reader = csv::Reader::from_path(&path).expect("Tuvalu fixture");
    let headers = reader.headers().expect("headers").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (id, cyc, session, text) = (col("rec_id"), col("cycle"), col("session"), col("recommendation"));
    reader
        .records()
        .map(|r| r.expect("row"))
        .filter(|r| r[cyc].parse::<u8>().ok() == Some(cycle))
        .map(|r| PreviousRecommendation {
            id: r[id].trim_start_matches("UPRINFO-").parse().expect("id"),
            paragraph: None,
            text: r[text].to_string(),
            recommending_states: Vec::new(),
            cycle,
            session: r[session].parse().expect("session"),
        })
        .collect()
}

fn kinds(advice: &SmartAdvice) -> Vec<FlagKind> {
    advice.flags.iter().map(|f| f.kind).collect()
}

#[test]
fn a_repeated_ask_proposes_as_recommended_previously() {
    let previous = tuvalu(1);
    assert!(previous.len() > 50, "Tuvalu's first cycle: {}", previous.len());
    // Cycle 2's UPRINFO-32380 repeats cycle 1's UPRINFO-05212 ("Ratify the Convention against Torture.").
    let advice = advise("Ratify the Convention against Torture", &previous);
    assert_eq!(advice.similar.first().map(|s| s.recommendation.id), Some(5212), "{:?}", advice.similar);
    let flag = advice.flags.iter().find(|f| f.kind == FlagKind::AsRecommendedPreviously).expect("proposal");
    assert_eq!(flag.rewrite.as_deref(), Some("Ratify the Convention against Torture, as recommended previously."));
    // Saying it already: no proposal, the similar one still shown.
    let said = advise("Ratify the Convention against Torture, as recommended previously", &previous);
    assert!(!kinds(&said).contains(&FlagKind::AsRecommendedPreviously));
    assert!(!said.similar.is_empty());
}

#[test]
fn an_ask_not_made_before_has_no_similar_recommendation() {
    let advice = advise("Ratify the Rome Statute of the International Criminal Court by 2027", &tuvalu(1));
    assert!(advice.similar.iter().all(|s| !s.recommendation.text.contains("Torture")), "{:?}", advice.similar);
}

#[test]
fn real_weak_recommendations_are_flagged_with_stronger_verbs() {
    // UPRINFO-05228, coded 3 (considering action) by UPR Info.
    let text = "Consider the possibility of acceding promptly at least to the main international instruments, such as the International Covenant on Civil and Political Rights";
    let advice = advise(text, &[]);
    assert_eq!(advice.action_category, 3);
    let weak = advice.flags.iter().find(|f| f.kind == FlagKind::WeakVerb).expect("weak verb");
    assert_eq!(weak.words, "Consider the possibility of");
    assert!(weak.rewrite.as_deref().is_some_and(|r| r.starts_with("Accede promptly")), "{weak:?}");
    // UPRINFO-32341, coded 2: continuing action, a weak verb, and two actions.
    let text = "Continue to combat discriminatory societal behaviours, in particular discrimination against women in law and practice, and take further steps to address violence against women";
    let advice = advise(text, &[]);
    assert_eq!(advice.action_category, 2);
    let k = kinds(&advice);
    assert!(k.contains(&FlagKind::SeveralActions), "{k:?}");
    assert_eq!(k.iter().filter(|x| **x == FlagKind::WeakVerb).count(), 2, "continue and take further steps: {k:?}");
}

#[test]
fn a_specific_time_bound_draft_gets_no_hint() {
    let advice = advise("Ratify the Convention against Torture by the end of 2027", &[]);
    assert_eq!(advice.action_category, 5);
    assert_eq!(advice.category_basis.words, "Ratify");
    assert!(advice.flags.is_empty(), "{:?}", advice.flags);
}

#[test]
fn several_drafts_share_one_reading_of_the_previous_ones() {
    let previous = tuvalu(1);
    let drafts = vec!["Ratify the Convention against Torture".to_string(), "Abolish the death penalty".to_string()];
    let many = advise_many(&drafts, &previous);
    assert_eq!(many.len(), 2);
    assert_eq!(many[0].similar.first().map(|s| s.recommendation.id), Some(5212));
}

#[test]
fn empty_and_huge_drafts_are_read_safely() {
    let empty = advise("   ", &[]);
    assert!(empty.flags.is_empty());
    assert_eq!(empty.action_category, 4);
    let huge = "Consider ratifying the Convention ".repeat(1_000);
    assert!(advise(&huge, &[]).text.chars().count() <= MAX_DRAFT_CHARS);
}
