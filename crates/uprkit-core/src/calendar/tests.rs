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
        next_announced: None,
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
    let cal = super::review_calendar(plan(52), &nam, "Namibia", BTreeMap::new());
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
    // session 7's review (the same States, one cycle earlier) sees it as its next submission.
    let s21 = super::submission_deadline(plan(21)).expect("21");
    assert_eq!((s21.date.to_string(), s21.basis), ("2014-06-15".into(), Basis::Announced));
    assert_eq!(s21.basis_note.as_deref(), Some("announced by OHCHR (extended deadline)"));
    assert!(s21.source_url.as_deref().is_some_and(|u| u.starts_with("https://www.upr-info.org/")));
    let sur = plan(21).states.first().expect("a State").clone();
    let c21 = super::review_calendar(plan(21), &sur, "x", BTreeMap::new());
    let r = c21.moments.iter().find(|m| m.kind == MomentKind::NationalReport).expect("report");
    assert_eq!((r.basis, r.basis_note.as_ref()), (Basis::Estimate, None));
    let c7 = super::review_calendar(plan(7), &sur, "x", BTreeMap::new());
    let next = c7.moments.iter().find(|m| m.kind == MomentKind::NextSubmission).expect("next");
    assert_eq!((next.date, next.basis), (s21.date, Basis::Announced));

    // A session not in the file keeps its estimate.
    let s48 = super::submission_deadline(plan(48)).expect("48");
    assert_eq!((s48.basis, s48.source.as_ref()), (Basis::Estimate, None));
    assert_eq!(s48.date, plan(48).start - Duration::days(SUBMISSION_DAYS_BEFORE.1));

    // An official date entered for a review wins over the announcement.
    let entered = NaiveDate::from_ymd_opt(2025, 10, 20).expect("date");
    let cal = super::review_calendar(
        plan(52),
        &nam,
        "Namibia",
        BTreeMap::from([(MomentKind::StakeholderSubmission, entered)]),
    );
    let m = cal.moments.iter().find(|m| m.kind == MomentKind::StakeholderSubmission).expect("deadline");
    assert_eq!((m.date, m.basis, m.source.as_ref()), (entered, Basis::Official, None));
}
