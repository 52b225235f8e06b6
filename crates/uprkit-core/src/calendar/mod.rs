//! The review calendar: sessions and the States they review, and each review's key moments
//! with dates or windows, guidance and the basis of every date.

pub mod announced;
pub mod geneva;
pub mod hrc;
pub mod moments;
pub mod rescheduled;
pub mod rotation;

pub use announced::AnnouncedDeadlines;
pub use moments::{Basis, Moment, MomentKind, ReviewDates, timeline};
pub use rotation::{SessionPlan, session_plans};

#[cfg(test)]
mod tests;

use crate::Iso3;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One review's calendar: where it sits and every key moment.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewCalendar {
    /// State under Review.
    pub sur: Iso3,
    /// Its name.
    pub sur_name: String,
    /// Cycle.
    pub cycle: u8,
    /// Working Group session.
    pub session: u16,
    /// First day of the session.
    pub session_start: NaiveDate,
    /// Last day of the session.
    pub session_end: NaiveDate,
    /// How the session dates are known.
    pub date_basis: Basis,
    /// How the State's place in this session is known.
    pub list_basis: rotation::ListBasis,
    /// The session the rotation gave this review, when it was rescheduled to another one.
    pub rescheduled_from: Option<u16>,
    /// The session of the State's next review, whose submission deadline is this review's
    /// "next cycle's submission".
    pub next_session: Option<u16>,
    /// The moments, in date order.
    pub moments: Vec<Moment>,
}

/// Official dates entered for a State's reviews, by Working Group session.
pub type OfficialDates = BTreeMap<u16, BTreeMap<MomentKind, NaiveDate>>;

/// The calendar of `sur`'s review in `cycle`, or `None` if no session of that cycle lists it.
/// `official` holds the dates entered as official for its sessions (this review's and the
/// next cycle's, whose submission deadline is this review's "next cycle's submission").
pub fn review_calendar(
    plans: &[SessionPlan],
    sur: &Iso3,
    sur_name: &str,
    cycle: u8,
    official: &OfficialDates,
) -> Option<ReviewCalendar> {
    let plan = rotation::session_of(plans, sur, cycle)?;
    let next_plan = rotation::session_of(plans, sur, cycle.checked_add(1)?);
    let entered = |p: &SessionPlan| official.get(&p.number).cloned().unwrap_or_default();
    let mut dates = session_dates(plan, entered(plan));
    dates.next_submission = next_plan.and_then(|next| submission_moment(next, entered(next)));
    Some(ReviewCalendar {
        sur: sur.clone(),
        sur_name: sur_name.to_string(),
        cycle: plan.cycle,
        session: plan.number,
        session_start: plan.start,
        session_end: plan.end,
        date_basis: plan.date_basis,
        list_basis: plan.states_basis,
        rescheduled_from: rescheduled::of(sur, cycle).map(|r| r.rotation_session),
        next_session: next_plan.map(|p| p.number),
        moments: timeline(&dates),
    })
}

/// The sessions whose official dates [`review_calendar`] reads for `sur`'s review in `cycle`.
pub fn sessions_of_review(plans: &[SessionPlan], sur: &Iso3, cycle: u8) -> Vec<u16> {
    [Some(cycle), cycle.checked_add(1)]
        .into_iter()
        .flatten()
        .filter_map(|c| rotation::session_of(plans, sur, c).map(|p| p.number))
        .collect()
}

/// What the timelines of a session's reviews are computed from: its dates, the deadlines
/// announced for it, and `official`.
fn session_dates(plan: &SessionPlan, official: BTreeMap<MomentKind, NaiveDate>) -> ReviewDates {
    ReviewDates {
        session_start: plan.start,
        session_end: plan.end,
        session_basis: plan.date_basis,
        official,
        announced: announced::for_session(plan.number).cloned(),
        next_submission: None,
    }
}

/// The stakeholder submission deadline of a review in the session `plan`, with the official
/// dates entered for that review.
fn submission_moment(plan: &SessionPlan, official: BTreeMap<MomentKind, NaiveDate>) -> Option<Moment> {
    timeline(&session_dates(plan, official)).into_iter().find(|m| m.kind == MomentKind::StakeholderSubmission)
}

/// The stakeholder submission deadline of a session, as every review of it shows it unless an
/// official date was entered for that review: the announced date, else the estimate.
pub fn submission_deadline(plan: &SessionPlan) -> Option<Moment> {
    submission_moment(plan, BTreeMap::new())
}
