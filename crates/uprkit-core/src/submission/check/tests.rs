use chrono::NaiveDate;

use super::*;
use crate::submission::markup::parse;
use crate::submission::test_fixture::{submission, tuvalu_rows};
use crate::submission::words::count_submission;
use crate::submission::{CountingRules, JOINT_SUBMISSION_WORDS, SINGLE_SUBMISSION_WORDS, SubmissionSection};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn codes(check: &SubmissionCheck) -> Vec<&str> {
    check.warnings.iter().map(|w| w.code.as_str()).collect()
}

#[test]
fn a_complete_submission_well_under_the_limit_has_no_warning() {
    let sub = submission();
    let check = check(&sub, Some(day(2026, 3, 1)), day(2026, 1, 1));
    assert_eq!(check.words, count_submission(&sub).total);
    assert_eq!(check.limit, JOINT_SUBMISSION_WORDS);
    assert!(check.joint && check.footnotes_counted && check.annex_counted);
    assert_eq!(check.words_left, JOINT_SUBMISSION_WORDS as i64 - check.words as i64);
    assert_eq!(check.sections.len(), 4);
    assert_eq!(check.sections[1].words, 7, "the paragraph and its footnote");
    assert!(check.missing.is_empty(), "{:?}", check.missing);
    assert_eq!(check.days_left, Some(59));
    assert!(check.warnings.is_empty(), "{:?}", check.warnings);
}

/// A theme section of real length: the recommendations to Tuvalu, one paragraph each, until
/// `words` words at least.
fn long_section(words: usize) -> SubmissionSection {
    let mut text = String::new();
    for row in tuvalu_rows(400) {
        if crate::submission::words::count_text(&text) >= words {
            break;
        }
        text.push_str(&row.text);
        text.push_str("\n\n");
    }
    SubmissionSection { title: "Follow-up".into(), kind: SectionKind::Theme, blocks: parse(&text), word_budget: None }
}

#[test]
fn over_and_near_the_limit() {
    let mut sub = submission();
    sub.joint = false;
    sub.organisations.truncate(1);
    sub.sections.remove(2);
    sub.sections.push(long_section(SINGLE_SUBMISSION_WORDS));
    let over = check(&sub, None, day(2026, 1, 1));
    assert_eq!(over.limit, SINGLE_SUBMISSION_WORDS);
    assert!(over.words > SINGLE_SUBMISSION_WORDS);
    assert!(over.words_left < 0);
    assert_eq!(codes(&over), vec!["over_limit"]);
    assert!(over.warnings[0].message.contains(&format!("{} over the limit of 2815", over.words - 2815)));

    // The same text in a joint submission is far below; then near it with more text.
    sub.joint = true;
    sub.organisations.push("Tuvalu National Council of Women".into());
    sub.sections.insert(2, submission().sections[2].clone());
    assert!(codes(&check(&sub, None, day(2026, 1, 1))).is_empty());
    let base = count_submission(&sub).total;
    sub.sections.push(long_section(JOINT_SUBMISSION_WORDS - base - 100));
    let near = check(&sub, None, day(2026, 1, 1));
    assert!(near.words * 100 >= JOINT_SUBMISSION_WORDS * 95, "{}", near.words);
    if near.words <= JOINT_SUBMISSION_WORDS {
        assert_eq!(codes(&near), vec!["near_limit"]);
    } else {
        assert_eq!(codes(&near), vec!["over_limit"]);
    }
}

#[test]
fn footnotes_and_annex_out_of_the_count() {
    let mut sub = submission();
    let counted = check(&sub, None, day(2026, 1, 1));
    sub.counting = CountingRules { footnotes: false, annex: false };
    let uncounted = check(&sub, None, day(2026, 1, 1));
    assert!(!uncounted.footnotes_counted && !uncounted.annex_counted);
    assert!(uncounted.words < counted.words);
    assert_eq!(uncounted.sections[1].words, 5);
}

#[test]
fn budgets() {
    let mut sub = submission();
    sub.sections[3].word_budget = Some(5);
    sub.sections[0].word_budget = Some(10);
    let check_ = check(&sub, None, day(2026, 1, 1));
    assert!(check_.sections[3].over_budget && !check_.sections[0].over_budget);
    assert_eq!(codes(&check_), vec!["over_budget"]);
    assert_eq!(check_.warnings[0].message, "Section \"Women in Parliament\" has 10 words, 5 over its budget of 5.");
    sub.sections[3].word_budget = Some(JOINT_SUBMISSION_WORDS);
    assert_eq!(codes(&check(&sub, None, day(2026, 1, 1))), vec!["budgets_exceed_limit"]);
}

#[test]
fn missing_parts() {
    let mut sub = submission();
    // The About section's title matches the name case-insensitively, spaces ignored.
    sub.sections[1].title = "  fale pili rights NETWORK ".into();
    sub.organisations.push("Pacific Youth Forum".into());
    let check_ = check(&sub, None, day(2026, 1, 1));
    assert_eq!(
        check_.missing,
        vec![MissingPart { code: "about_organisation".into(), detail: Some("Pacific Youth Forum".into()) }]
    );
    assert_eq!(codes(&check_), vec!["missing_part"]);
    assert_eq!(check_.warnings[0].message, "There is no paragraph on Pacific Youth Forum.");

    sub.organisations.clear();
    sub.key_words.clear();
    sub.sections.retain(|section| section.kind != SectionKind::Theme);
    let empty = check(&sub, None, day(2026, 1, 1));
    let missing: Vec<&str> = empty.missing.iter().map(|part| part.code.as_str()).collect();
    assert_eq!(missing, vec!["organisations", "key_words", "thematic_section", "previous_recommendations"]);
}

#[test]
fn a_citation_in_a_footnote_is_a_citation() {
    let mut sub = submission();
    sub.sections[3].blocks = parse("No progress.^[See [76.2](rec:2).]");
    assert!(check(&sub, None, day(2026, 1, 1)).missing.is_empty());
}

#[test]
fn deadline() {
    let sub = submission();
    let deadline = day(2026, 3, 15);
    let soon = check(&sub, Some(deadline), day(2026, 3, 1));
    assert_eq!(soon.days_left, Some(14));
    assert_eq!(codes(&soon), vec!["deadline_soon"]);
    assert_eq!(soon.warnings[0].message, "14 days left before the deadline for submissions.");
    assert!(codes(&check(&sub, Some(deadline), day(2026, 2, 28))).is_empty());
    let passed = check(&sub, Some(deadline), day(2026, 3, 16));
    assert_eq!(passed.days_left, Some(-1));
    assert_eq!(passed.warnings[0].message, "The deadline for submissions passed 1 day ago.");
    let none = check(&sub, None, day(2026, 3, 16));
    assert_eq!((none.deadline, none.days_left), (None, None));
}

#[test]
fn serialises_for_the_api() {
    let json = serde_json::to_value(check(&submission(), Some(day(2026, 3, 15)), day(2026, 3, 1))).expect("json");
    assert_eq!(json["deadline"], "2026-03-15");
    assert_eq!(json["sections"][0]["kind"], "summary");
    assert_eq!(json["warnings"][0]["code"], "deadline_soon");
}
