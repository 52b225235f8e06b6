//! Which States each Working Group session reviews, and when: official lists and dates where
//! published, the rotation elsewhere (session N+14 reviews the States of session N), and the
//! slot pattern (January/February, April/May, October/November) for dates not yet published.

use super::hrc::on_or_after;
use super::moments::Basis;
use super::rescheduled;
use crate::{Iso3, StateDirectory};
use chrono::{Duration, NaiveDate, Weekday};
use serde::Serialize;
use std::collections::BTreeMap;

const SESSIONS_1_20: &str = include_str!("../../data/uprs_sessions01-20_states_under_review.csv");
const CYCLE_4: &str = include_str!("../../data/upr_sessions_cycle4.csv");
const SESSIONS_52_54: &str = include_str!("../../data/sessions52-54_states_under_review.csv");
const SESSION_YEARS: &str = include_str!("../../data/upr_session_years_01-53.csv");

/// The last session projected (the end of cycle 5).
pub const LAST_PROJECTED_SESSION: u16 = 68;

/// How a session's list of States is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ListBasis {
    /// Published by OHCHR.
    Official,
    /// Derived from the rotation from a published list of a later cycle.
    Inferred,
    /// Projected from the rotation into a cycle not yet programmed.
    Projected,
}

/// A Working Group session with its dates and States.
#[derive(Debug, Clone, Serialize)]
pub struct SessionPlan {
    /// Session number.
    pub number: u16,
    /// Cycle.
    pub cycle: u8,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// How the dates are known.
    pub date_basis: Basis,
    /// States under Review.
    pub states: Vec<Iso3>,
    /// How the list is known.
    pub states_basis: ListBasis,
}

/// The three session slots of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Late January to early February.
    JanFeb,
    /// Late April to mid May.
    AprMay,
    /// Early to mid November.
    OctNov,
}

/// The usual first day of a session in a slot (matches every 4th-cycle session held so far).
pub fn slot_start(year: i32, slot: Slot) -> NaiveDate {
    let (m, d) = match slot {
        Slot::JanFeb => (1, 18),
        Slot::AprMay => (4, 28),
        Slot::OctNov => (11, 2),
    };
    on_or_after(NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MIN), Weekday::Mon)
}

fn next_slot(year: i32, slot: Slot) -> (i32, Slot) {
    match slot {
        Slot::JanFeb => (year, Slot::AprMay),
        Slot::AprMay => (year, Slot::OctNov),
        Slot::OctNov => (year + 1, Slot::JanFeb),
    }
}

fn rows(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes()).records().filter_map(Result::ok).collect()
}

/// Each session's list of States, and how the list is known.
type Lists = BTreeMap<u16, (Vec<Iso3>, ListBasis)>;

/// The lists of the reference files, as published (sessions 1-20 and 41-54): the 52-54
/// planning sheet has the last word on its sessions (it lists States postponed there, such as
/// Myanmar and Ukraine in session 54, that `upr_sessions_cycle4.csv` leaves out).
fn reference_lists(states: &StateDirectory) -> (Lists, BTreeMap<u16, (NaiveDate, NaiveDate)>) {
    let resolve = |name: &str| states.resolve(name).ok();
    let mut lists: Lists = BTreeMap::new();
    for r in rows(SESSIONS_1_20) {
        if let (Some(name), Some(Ok(n))) = (r.get(1), r.get(3).map(str::parse::<u16>))
            && let Some(iso3) = resolve(name)
        {
            lists.entry(n).or_insert_with(|| (Vec::new(), ListBasis::Official)).0.push(iso3);
        }
    }
    let mut dates: BTreeMap<u16, (NaiveDate, NaiveDate)> = BTreeMap::new();
    for r in rows(CYCLE_4) {
        let Some(Ok(n)) = r.get(0).map(str::parse::<u16>) else { continue };
        let list: Vec<Iso3> = r.get(5).unwrap_or("").split('|').filter_map(resolve).collect();
        let basis =
            if r.get(6).unwrap_or("").starts_with("confirmed") { ListBasis::Official } else { ListBasis::Inferred };
        lists.insert(n, (list, basis));
        let parse = |i: usize| r.get(i).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if let (Some(s), Some(e)) = (parse(2), parse(3)) {
            dates.insert(n, (s, e));
        }
    }
    let mut sheet: BTreeMap<u16, Vec<(u32, Iso3)>> = BTreeMap::new();
    for r in rows(SESSIONS_52_54) {
        if let (Some(Ok(n)), Some(iso3), Some(Ok(order))) =
            (r.get(0).map(str::parse::<u16>), r.get(1).and_then(resolve), r.get(2).map(str::parse::<u32>))
        {
            sheet.entry(n).or_default().push((order, iso3));
        }
    }
    for (n, mut listed) in sheet {
        listed.sort();
        for (_, iso3) in listed {
            place(&mut lists, &iso3, n);
        }
    }
    (lists, dates)
}

/// Puts `sur` in session `n`'s list (at its end) and takes it out of the other sessions of
/// the same cycle; nothing when `n` has no list or already holds it.
fn place(lists: &mut Lists, sur: &Iso3, n: u16) {
    if lists.get(&n).is_none_or(|(l, _)| l.contains(sur)) {
        return;
    }
    let cycle = cycle_of(n);
    for (m, (list, _)) in lists.iter_mut() {
        if cycle_of(*m) == cycle {
            list.retain(|s| s != sur);
        }
    }
    if let Some((list, _)) = lists.get_mut(&n) {
        list.push(sur.clone());
    }
}

fn cycle_of(n: u16) -> u8 {
    crate::SessionNo::parse(&n.to_string()).map(|s| s.cycle().get()).unwrap_or(0)
}

/// Every session 1-68. `cycle5_start` is the slot of session 55 (not announced; default
/// October/November 2027, after a gap like those between earlier cycles).
///
/// Lists not published are inferred from the rotation (session N+14 reviews the States of
/// session N): from each State's place in the rotation, with the reviews of
/// `upr_rescheduled_reviews.csv` held in their own session of their cycle only.
pub fn session_plans(states: &StateDirectory, cycle5_start: Option<(i32, Slot)>) -> Vec<SessionPlan> {
    let (mut lists, dates) = reference_lists(states);
    let moved = rescheduled::all();
    for r in moved {
        place(&mut lists, &r.sur, r.held_session);
    }
    let mut rotation = lists.clone();
    for r in moved {
        place(&mut rotation, &r.sur, r.rotation_session);
    }
    // Cycles 2-3 (sessions 21-40) from the later cycle's places, then cycle 5 from cycle 4's.
    for n in (21..=40).rev() {
        if !rotation.contains_key(&n)
            && let Some((list, _)) = rotation.get(&(n + 14)).cloned()
        {
            rotation.insert(n, (list.clone(), ListBasis::Inferred));
            lists.insert(n, (list, ListBasis::Inferred));
        }
    }
    for n in 55..=LAST_PROJECTED_SESSION {
        if let Some((list, _)) = rotation.get(&(n - 14)).cloned() {
            rotation.insert(n, (list.clone(), ListBasis::Projected));
            lists.insert(n, (list, ListBasis::Projected));
        }
    }
    // A review rescheduled in an inferred or projected cycle is held where the record says.
    for r in moved {
        place(&mut lists, &r.sur, r.held_session);
    }
    let years: BTreeMap<u16, i32> =
        rows(SESSION_YEARS).iter().filter_map(|r| Some((r.get(0)?.parse().ok()?, r.get(1)?.parse().ok()?))).collect();
    let mut out = Vec::new();
    let mut slot = (2026, Slot::AprMay); // session 52
    for n in 1..=LAST_PROJECTED_SESSION {
        let cycle = cycle_of(n);
        let (start, end, basis) = match dates.get(&n) {
            Some((s, e)) => (*s, *e, Basis::Official),
            None if n < 52 => {
                // Only the year is known: place it in the slot its rank in the year suggests.
                let year = years.get(&n).copied().unwrap_or(2008);
                let rank = years.iter().filter(|(m, y)| **y == year && **m < n).count();
                let s = slot_start(year, [Slot::JanFeb, Slot::AprMay, Slot::OctNov][rank.min(2)]);
                (s, s + Duration::days(11), Basis::Estimate)
            }
            None => {
                if n == 55 {
                    slot = cycle5_start.unwrap_or((2027, Slot::OctNov));
                }
                let s = slot_start(slot.0, slot.1);
                slot = next_slot(slot.0, slot.1);
                (s, s + Duration::days(11), Basis::Estimate)
            }
        };
        let (states, states_basis) = lists.remove(&n).unwrap_or((Vec::new(), ListBasis::Projected));
        out.push(SessionPlan { number: n, cycle, start, end, date_basis: basis, states, states_basis });
    }
    out
}

/// The session at which a State is reviewed in a cycle.
pub fn session_of<'a>(plans: &'a [SessionPlan], sur: &Iso3, cycle: u8) -> Option<&'a SessionPlan> {
    plans.iter().find(|p| p.cycle == cycle && p.states.contains(sur))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_sessions_and_rotation() {
        let dir = StateDirectory::load();
        let plans = session_plans(&dir, None);
        assert_eq!(plans.len(), 68);
        let sheet = crate::testing::shared_data("reference/sessions52-54_states_under_review.csv");
        assert_eq!(std::fs::read_to_string(sheet).expect("readable"), SESSIONS_52_54, "the embedded copy differs");
        let s48 = &plans[47];
        assert_eq!((s48.start.to_string(), s48.date_basis), ("2025-01-20".into(), Basis::Official));
        assert_eq!(s48.states.len(), 14);
        let svn = Iso3::parse("SVN").expect("iso3");
        assert_eq!(session_of(&plans, &svn, 4).map(|p| p.number), Some(48));
        assert_eq!(session_of(&plans, &svn, 3).map(|p| (p.number, p.states_basis)), Some((34, ListBasis::Inferred)));
        assert_eq!(session_of(&plans, &svn, 5).map(|p| (p.number, p.states_basis)), Some((62, ListBasis::Projected)));
        // The slot rule gives every 4th-cycle date published so far.
        for p in plans.iter().filter(|p| (42..=51).contains(&p.number)) {
            let slot = match p.start.format("%m").to_string().as_str() {
                "01" => Slot::JanFeb,
                "04" | "05" => Slot::AprMay,
                _ => Slot::OctNov,
            };
            assert_eq!(
                slot_start(p.start.format("%Y").to_string().parse().expect("year"), slot),
                p.start,
                "session {}",
                p.number
            );
        }
    }
}
