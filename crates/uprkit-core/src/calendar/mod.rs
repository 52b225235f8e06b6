//! The review calendar: sessions and the States they review, and each review's key moments
//! with dates or windows, guidance and the basis of every date.

pub mod announced;
pub mod geneva;
pub mod hrc;
pub mod moments;
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
    /// The moments, in date order.
    pub moments: Vec<Moment>,
}

/// The calendar of `sur`'s review in the session `plan`, with the dates an organisation entered
/// as official.
pub fn review_calendar(
    plan: &SessionPlan,
    sur: &Iso3,
    sur_name: &str,
    official: BTreeMap<MomentKind, NaiveDate>,
) -> ReviewCalendar {
    let dates = session_dates(plan, official);
    ReviewCalendar {
        sur: sur.clone(),
        sur_name: sur_name.to_string(),
        cycle: plan.cycle,
        session: plan.number,
        session_start: plan.start,
        session_end: plan.end,
        date_basis: plan.date_basis,
        list_basis: plan.states_basis,
        moments: timeline(&dates),
    }
}

/// What the timelines of a session's reviews are computed from: its dates, the deadlines
/// announced for it (and for the next cycle's session of the same States), and `official`.
fn session_dates(plan: &SessionPlan, official: BTreeMap<MomentKind, NaiveDate>) -> ReviewDates {
    ReviewDates {
        session_start: plan.start,
        session_end: plan.end,
        session_basis: plan.date_basis,
        official,
        announced: announced::for_session(plan.number).cloned(),
        next_announced: announced::for_session(plan.number + 14).cloned(),
    }
}

/// The stakeholder submission deadline of a session, as every review of it shows it unless an
/// official date was entered for that review: the announced date, else the estimate.
pub fn submission_deadline(plan: &SessionPlan) -> Option<Moment> {
    timeline(&session_dates(plan, BTreeMap::new())).into_iter().find(|m| m.kind == MomentKind::StakeholderSubmission)
}
