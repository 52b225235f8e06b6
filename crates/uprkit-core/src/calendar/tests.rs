//! Properties of every timeline, and the cases known from real reviews.

use super::hrc::adopting_session;
use super::moments::{Basis, MomentKind, ReviewDates, SUBMISSION_DAYS_BEFORE, timeline};
use super::rotation::session_plans;
use crate::StateDirectory;
use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn dates(start: NaiveDate) -> ReviewDates {
    ReviewDates {
        session_start: start,
        session_end: start + Duration::days(11),
        session_basis: Basis::Official,
        official: BTreeMap::new(),
        announced: None,
        next_submission: None,
    }
}

proptest! {
    #[test]
    fn moments_in_order_and_windows_never_empty(offset in 0i64..12_000, review_shift in 0i64..10, fix in 0usize..19) {
        let start = NaiveDate::from_ymd_opt(2008, 1, 1).expect("date") + Duration::days(offset);
        let mut d = dates(start);
        let kinds: Vec<MomentKind> = timeline(&d).iter().map(|m| m.kind).collect();
        // An official review day anywhere in the session, and one other official date.
        d.official.insert(MomentKind::ReviewDay, start + Duration::days(review_shift));
        let chosen = kinds[fix % kinds.len()];
        if chosen != MomentKind::ReviewDay {
            d.official.insert(chosen, start - Duration::days(400) + Duration::days(fix as i64 * 97));
        }
        let t = timeline(&d);
        prop_assert_eq!(t.len(), 19);
        for w in t.windows(2) {
            prop_assert!(w[0].date <= w[1].date, "{:?} after {:?}", w[0].kind, w[1].kind);
        }
        for m in &t {
            prop_assert!(m.window_start <= m.date && m.date <= m.window_end, "{:?}", m.kind);
            if d.official.contains_key(&m.kind) {
                prop_assert_eq!(m.basis, Basis::Official);
            }
        }
        // The plenary is 121-155 days after the review in practice (reviews fall in the
        // Jan/Feb, Apr/May and Oct/Nov slots); for any review day: never before 115 days, and
        // at most the longest gap between two adoption windows (September to March) later.
        let review = t.iter().find(|m| m.kind == MomentKind::ReviewDay).map(|m| m.date).expect("review");
        let plenary = t.iter().find(|m| m.kind == MomentKind::PlenaryAdoption).expect("plenary");
        if plenary.basis != Basis::Official {
            prop_assert!(plenary.window_start >= review + Duration::days(115));
            prop_assert!(plenary.window_start <= review + Duration::days(290));
        }
    }

    #[test]
    fn submission_deadline_is_2359_geneva(offset in 0i64..8_000) {
        let start = NaiveDate::from_ymd_opt(2010, 1, 4).expect("date") + Duration::days(offset);
        let t = timeline(&dates(start));
        let m = t.iter().find(|m| m.kind == MomentKind::StakeholderSubmission).expect("deadline");
        let at = m.deadline_utc.expect("a deadline");
        let local_hour = (at + Duration::hours(super::geneva::offset_hours(at))).format("%H:%M").to_string();
        prop_assert_eq!(local_hour, "23:59");
        prop_assert_eq!(at.date_naive(), m.date);
    }
}

#[test]
fn slovenia_cycle_4_known_dates() {
    // Session 48 opened on 20 January 2025; Slovenia was reviewed on 28 January; its outcome
    // was adopted at the HRC's 59th session on 2 July 2025.
    let mut d = dates(NaiveDate::from_ymd_opt(2025, 1, 20).expect("date"));
    let before = timeline(&d);
    let plenary = before.iter().find(|m| m.kind == MomentKind::PlenaryAdoption).expect("plenary");
    assert_eq!(plenary.hrc_session, Some(59));
    let adopted = NaiveDate::from_ymd_opt(2025, 7, 2).expect("date");
    assert!(plenary.window_start <= adopted && adopted <= plenary.window_end, "{plenary:?}");
    // Entering the real review day moves what derives from it.
    d.official.insert(MomentKind::ReviewDay, NaiveDate::from_ymd_opt(2025, 1, 28).expect("date"));
    let after = timeline(&d);
    let q = |t: &[super::Moment]| t.iter().find(|m| m.kind == MomentKind::AdvanceQuestions).map(|m| m.date);
    assert_eq!(q(&after).map(|d| d.to_string()).as_deref(), Some("2025-01-14"));
    assert_ne!(q(&before), q(&after));
    let review = after.iter().find(|m| m.kind == MomentKind::ReviewDay).expect("review");
    assert_eq!(review.basis, Basis::Official);
}

#[test]
fn fourth_cycle_sessions_predict_deadline_and_plenary() {
    let plans = session_plans(&StateDirectory::load(), None);
    // The HRC session that adopted each 4th-cycle session's outcomes (HRC 52 = March 2023).
    let adopted_at =
        [(41, 52), (42, 53), (43, 54), (44, 55), (45, 56), (46, 57), (47, 58), (48, 59), (49, 60), (50, 61), (51, 62)];
    for (session, hrc) in adopted_at {
        let plan = plans.iter().find(|p| p.number == session).expect("session");
        assert_eq!(plan.date_basis, Basis::Official);
        assert_eq!(adopting_session(plan.start).number, hrc, "session {session}");
        // OHCHR's deadlines fell 188-221 days before the session: the best estimate is within
        // 30 days of any of them.
        let t = timeline(&dates(plan.start));
        let m = t.iter().find(|m| m.kind == MomentKind::StakeholderSubmission).expect("deadline");
        let (earliest, _, latest) = SUBMISSION_DAYS_BEFORE;
        for real in [plan.start - Duration::days(earliest), plan.start - Duration::days(latest)] {
            assert!((m.date - real).num_days().abs() <= 30, "session {session}: {} vs {real}", m.date);
        }
    }
}

#[test]
fn announced_deadlines_replace_the_estimates_of_their_sessions() {
    let plans = session_plans(&StateDirectory::load(), None);
    let plan = |n: u16| plans.iter().find(|p| p.number == n).expect("session");
    let nam = crate::Iso3::parse("NAM").expect("iso3");
    let cal = super::review_calendar(&plans, &nam, "Namibia", 4, &BTreeMap::new()).expect("Namibia");
    let moment = |k: MomentKind| cal.moments.iter().find(|m| m.kind == k).expect("moment").clone();
    let submission = moment(MomentKind::StakeholderSubmission);
    assert_eq!(submission.date.to_string(), "2025-10-10");
    assert_eq!((submission.window_start, submission.window_end), (submission.date, submission.date));
    assert_eq!(submission.basis, Basis::Announced);
    assert_eq!(submission.basis_note.as_deref(), Some("announced by OHCHR"));
    assert!(submission.source.as_deref().is_some_and(|s| s.contains("timeline_dates.xlsx")));
    assert_eq!(submission.deadline_utc.map(|d| d.date_naive()), Some(submission.date));
    let report = moment(MomentKind::NationalReport);
    assert_eq!((report.date.to_string(), report.basis), ("2026-01-26".into(), Basis::Announced));
    // The same date on the session's own line (the /calendar page).
    assert_eq!(super::submission_deadline(plan(52)), Some(submission));

    // Session 21 has a stakeholder deadline only: the national report stays an estimate, and
    // the cycle-1 review of its States (session 7 for the first, not 21-14: cycle 1 had 12 sessions)
    // sees it as its next submission.
    let s21 = super::submission_deadline(plan(21)).expect("21");
    assert_eq!((s21.date.to_string(), s21.basis), ("2014-06-15".into(), Basis::Announced));
    assert_eq!(s21.basis_note.as_deref(), Some("announced by OHCHR (extended deadline)"));
    assert!(s21.source_url.as_deref().is_some_and(|u| u.starts_with("https://www.upr-info.org/")));
    let sur = plan(21).states.first().expect("a State").clone();
    let c21 = super::review_calendar(&plans, &sur, "x", 2, &BTreeMap::new()).expect("cycle 2");
    let r = c21.moments.iter().find(|m| m.kind == MomentKind::NationalReport).expect("report");
    assert_eq!((r.basis, r.basis_note.as_ref()), (Basis::Estimate, None));
    let c1 = super::review_calendar(&plans, &sur, "x", 1, &BTreeMap::new()).expect("cycle 1");
    assert_eq!(c21.session, 21);
    let next = c1.moments.iter().find(|m| m.kind == MomentKind::NextSubmission).expect("next");
    assert_eq!((next.date, next.basis), (s21.date, Basis::Announced));

    // A session not in the file keeps its estimate.
    let s48 = super::submission_deadline(plan(48)).expect("48");
    assert_eq!((s48.basis, s48.source.as_ref()), (Basis::Estimate, None));
    assert_eq!(s48.date, plan(48).start - Duration::days(SUBMISSION_DAYS_BEFORE.1));

    // An official date entered for a review wins over the announcement.
    let entered = NaiveDate::from_ymd_opt(2025, 10, 20).expect("date");
    let entered_52 = BTreeMap::from([(52, BTreeMap::from([(MomentKind::StakeholderSubmission, entered)]))]);
    let cal = super::review_calendar(&plans, &nam, "Namibia", 4, &entered_52).expect("Namibia");
    let m = cal.moments.iter().find(|m| m.kind == MomentKind::StakeholderSubmission).expect("deadline");
    assert_eq!((m.date, m.basis, m.source.as_ref()), (entered, Basis::Official, None));
    // ... and is the next cycle's submission of the review before (cycle 3, session 38).
    let cycle3 = super::review_calendar(&plans, &nam, "Namibia", 3, &entered_52).expect("cycle 3");
    let next = cycle3.moments.iter().find(|m| m.kind == MomentKind::NextSubmission).expect("next");
    assert_eq!((next.date, next.basis), (entered, Basis::Official));
}

/// Every review of every State, cycles 1-5, with no official dates.
fn all_reviews() -> Vec<super::ReviewCalendar> {
    let dir = StateDirectory::load();
    let plans = session_plans(&dir, None);
    let mut out = Vec::new();
    for state in dir.states() {
        for cycle in 1..=5 {
            if let Some(r) = super::review_calendar(&plans, &state.iso3, &state.name, cycle, &BTreeMap::new()) {
                out.push(r);
            }
        }
    }
    out
}

#[test]
fn next_cycles_submission_is_the_next_reviews_deadline_for_every_state() {
    let reviews = all_reviews();
    let dir = StateDirectory::load();
    // Every Member State has one review in each of cycles 1-5; observers none.
    for state in dir.states() {
        let cycles: Vec<u8> = reviews.iter().filter(|r| r.sur == state.iso3).map(|r| r.cycle).collect();
        let expected: Vec<u8> = if state.observer { vec![] } else { vec![1, 2, 3, 4, 5] };
        assert_eq!(cycles, expected, "{}", state.iso3);
    }
    let moment = |r: &super::ReviewCalendar, kind: MomentKind| {
        r.moments.iter().find(|m| m.kind == kind).cloned().expect("the moment")
    };
    for r in reviews.iter().filter(|r| r.cycle < 5) {
        let next = reviews.iter().find(|n| n.sur == r.sur && n.cycle == r.cycle + 1).expect("next review");
        assert_eq!(r.next_session, Some(next.session), "{} {}", r.sur, r.cycle);
        let ours = moment(r, MomentKind::NextSubmission);
        let theirs = moment(next, MomentKind::StakeholderSubmission);
        assert_eq!(
            (ours.date, ours.window_start, ours.window_end, ours.deadline_utc, ours.basis, &ours.source),
            (theirs.date, theirs.window_start, theirs.window_end, theirs.deadline_utc, theirs.basis, &theirs.source),
            "{} cycle {}",
            r.sur,
            r.cycle
        );
    }
    // The tester's case: Sri Lanka's next submission after cycle 4 is the one of its cycle-5 review.
    let lka = reviews.iter().find(|r| r.sur.as_str() == "LKA" && r.cycle == 4).expect("LKA 4");
    let lka5 = reviews.iter().find(|r| r.sur.as_str() == "LKA" && r.cycle == 5).expect("LKA 5");
    assert_eq!(moment(lka, MomentKind::NextSubmission).date, moment(lka5, MomentKind::StakeholderSubmission).date);
}

#[test]
fn every_state_of_the_reference_lists_is_in_its_session() {
    let dir = StateDirectory::load();
    let plans = session_plans(&dir, None);
    let listed = crate::testing::reference_session_lists();
    assert!(listed.len() > 500);
    for (session, name) in &listed {
        let sur = dir.resolve(name).expect("a known name");
        let plan = plans.iter().find(|p| p.number == *session).expect("session");
        assert!(plan.states.contains(&sur), "{name} ({sur}) not in session {session}");
        let review = super::review_calendar(&plans, &sur, name, plan.cycle, &BTreeMap::new()).expect("a review");
        assert_eq!(review.session, *session, "{name}");
    }
    let in_session = |n: u16| plans.iter().find(|p| p.number == n).map(|p| p.states.len());
    assert_eq!(in_session(54), Some(14), "Myanmar and Ukraine in session 54");
    // Postponed reviews keep their place in the rotation in the other cycles.
    let session = |iso3: &str, cycle: u8| {
        let sur = crate::Iso3::parse(iso3).expect("iso3");
        super::rotation::session_of(&plans, &sur, cycle).map(|p| p.number)
    };
    assert_eq!([2, 3, 4, 5].map(|c| session("MMR", c)), [Some(23), Some(37), Some(54), Some(65)]);
    assert_eq!([2, 3, 4, 5].map(|c| session("UKR", c)), [Some(14), Some(28), Some(54), Some(56)]);
    assert_eq!([2, 3, 4, 5].map(|c| session("USA", c)), [Some(22), Some(36), Some(53), Some(64)]);
    assert_eq!([2, 3, 4, 5].map(|c| session("ISR", c)), [Some(17), Some(29), Some(43), Some(57)]);
    let rescheduled = all_reviews().into_iter().filter(|r| r.rescheduled_from.is_some()).count();
    assert_eq!(rescheduled, 4);
}
