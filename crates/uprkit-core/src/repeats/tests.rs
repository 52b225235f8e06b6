//! Unit tests of repeated recommendations: the examples of the module's doc, the key objects,
//! and what `find_repeats` must never link.

use super::*;

fn candidate(id: i64, sur: &str, cycle: u8, text: &str) -> RepeatCandidate {
    RepeatCandidate { id, sur: sur.to_string(), cycle, text: text.to_string() }
}

/// A small corpus of real recommendation texts, so that common words weigh little.
const CORPUS: &[&str] = &[
    "Consider ratifying OP-CAT",
    "Ratify the Optional Protocol to the Convention against Torture",
    "Ratify the Convention on the Rights of Persons with Disabilities",
    "Ratify the Istanbul Convention",
    "Combat violence against women",
    "Continue its efforts to combat poverty",
    "Establish a national human rights institution in accordance with the Paris Principles",
    "Extend a standing invitation to all special procedures",
    "Establish a moratorium on the death penalty with a view to its abolition",
    "Abolish the death penalty",
    "Strengthen measures to protect the rights of the child",
    "Continue to promote women's rights",
];

fn matcher() -> RepeatMatcher {
    RepeatMatcher::new(CORPUS.iter().copied())
}

fn objects(text: &str) -> Vec<String> {
    asks(text).objects
}

#[test]
fn the_same_ask_in_other_words_and_a_weaker_verb_is_a_repeat() {
    let m = matcher();
    let score = m.score("Ratify the Optional Protocol to the Convention against Torture", "Consider ratifying OP-CAT");
    assert!(score >= THRESHOLD, "OP-CAT repeated: {score}");
    let score = m.score(
        "Ratify CED",
        "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
    );
    assert!(score >= THRESHOLD, "CED repeated: {score}");
    let score = m.score("Continue to fight poverty", "Continue its efforts to combat poverty");
    assert!(score >= THRESHOLD, "poverty repeated: {score}");
}

#[test]
fn the_same_topic_with_another_ask_is_not_a_repeat() {
    let m = matcher();
    let score = m.score("Combat violence against women", "Ratify the Istanbul Convention");
    assert!(score < THRESHOLD, "Istanbul: {score}");
    let score = m.score(
        "Ratify the Convention on the Rights of Persons with Disabilities",
        "Ratify the Optional Protocol to the Convention against Torture",
    );
    assert!(score < THRESHOLD, "CRPD is not OP-CAT: {score}");
    let score = m
        .score("Abolish the death penalty", "Establish a moratorium on the death penalty with a view to its abolition");
    assert!(score < THRESHOLD, "abolition is not a moratorium: {score}");
}

#[test]
fn treaties_are_known_by_name_acronym_and_protocol() {
    let opcat = vec!["treaty:ratify:opcat".to_string()];
    assert_eq!(objects("Consider ratifying OP-CAT"), opcat);
    assert_eq!(objects("Ratify-accede to CAT-OP."), opcat);
    assert_eq!(
        objects(
            "Accede to the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
        ),
        opcat
    );
    assert_eq!(objects("Ratify CAT"), vec!["treaty:ratify:cat".to_string()]);
    assert_eq!(
        objects("Sign and ratify the Optional Protocols to the ICCPR, the ICESCR and CEDAW"),
        vec!["treaty:ratify:cedaw_op", "treaty:ratify:iccpr_op1", "treaty:ratify:icescr_op"]
    );
    assert_eq!(
        objects("Consider ratifying OP-CAT and the Rome Statute of the International Criminal Court"),
        vec!["treaty:ratify:opcat", "treaty:ratify:rome"]
    );
    assert_eq!(
        objects("Ratify the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty"),
        vec!["treaty:ratify:iccpr_op2"]
    );
    assert_eq!(objects("Adopt a national programme for the implementation of the CRPD"), vec!["treaty:apply:crpd"]);
    assert!(objects("Eliminate all forms of discrimination against women").is_empty(), "a topic, not CEDAW");
}

#[test]
fn steps_on_the_death_penalty_institutions_and_invitations_are_key_objects() {
    assert_eq!(
        objects("Establish a moratorium on executions with a view to abolishing the death penalty"),
        vec!["dp:moratorium"]
    );
    assert_eq!(objects("Abolish capital punishment"), vec!["dp:abolish"]);
    assert_eq!(objects("Prohibit the death penalty for crimes committed by persons under 18"), vec!["dp:juvenile"]);
    assert_eq!(objects("Establish an NHRI in line with the Paris Principles"), vec!["nhri:"]);
    assert_eq!(objects("Extend an open invitation to the special procedures"), vec!["invitation:"]);
    assert!(objects("Cooperate with international human rights institutions").is_empty());
}

#[test]
fn find_repeats_links_only_the_same_state_and_earlier_cycles() {
    let candidates = [
        candidate(1, "KEN", 1, "Consider ratifying OP-CAT"),
        candidate(2, "KEN", 2, "Ratify the Optional Protocol to the Convention against Torture"),
        candidate(3, "UGA", 2, "Ratify the Optional Protocol to the Convention against Torture"),
        candidate(4, "KEN", 1, "Ratify the Optional Protocol to the Convention against Torture"),
        candidate(5, "KEN", 3, "Ratify OP-CAT without delay"),
        candidate(6, "KEN", 2, "Ratify the Convention on the Rights of Persons with Disabilities"),
        candidate(7, "KEN", 2, "Continue its efforts to combat poverty"),
    ];
    let found = find_repeats(&candidates);
    let links: Vec<(i64, i64)> = found.iter().map(|r| (r.id, r.earlier_id)).collect();
    assert_eq!(links, vec![(2, 1), (2, 4), (5, 1), (5, 2), (5, 4)], "{found:?}");
    assert!(found.iter().all(|r| r.score >= THRESHOLD && r.score <= 1.0));
    assert!(found.windows(2).all(|w| w[0].id != w[1].id || w[0].score >= w[1].score), "best first per id");
}

#[test]
fn find_repeats_does_not_depend_on_the_order_of_candidates() {
    let mut candidates: Vec<RepeatCandidate> =
        CORPUS.iter().enumerate().map(|(i, t)| candidate(i as i64, "BRA", 1 + (i % 2) as u8, t)).collect();
    candidates.extend(CORPUS.iter().enumerate().map(|(i, t)| candidate(100 + i as i64, "BRA", 2, t)));
    let forward = find_repeats(&candidates);
    candidates.reverse();
    assert_eq!(find_repeats(&candidates), forward);
    let mut per_id = std::collections::BTreeMap::new();
    for r in &forward {
        *per_id.entry(r.id).or_insert(0) += 1;
    }
    assert!(per_id.values().all(|&n| n <= MAX_PER_RECOMMENDATION));
    assert!(find_repeats(&[]).is_empty());
}
