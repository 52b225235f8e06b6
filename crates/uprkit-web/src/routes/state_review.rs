//! A State's next review, as its dashboard and the home page lead with it: the review (cycle,
//! session, dates), its next deadline with a countdown, and the steps still ahead. Dates come
//! from the same review calendar as `/reviews/{ISO3}/{cycle}`, never recomputed here.

use crate::labels::state_name;
use crate::routes::calendar::countdown;
use crate::{AppState, WebError};
use chrono::NaiveDate;
use uprkit_app::calendar::plans;
use uprkit_core::Iso3;
use uprkit_core::calendar::{Moment, MomentKind, ReviewCalendar};

/// How many of the review's coming steps the plan lists before linking to the review page.
const PLAN_STEPS: usize = 6;

/// A moment of the review with its countdown from today.
pub struct Step {
    /// The moment, as the review page shows it.
    pub moment: Moment,
    /// "in 215 days", "today".
    pub countdown: String,
}

/// A State's next review.
pub struct NextReview {
    /// The review's calendar (official dates entered for it included).
    pub calendar: ReviewCalendar,
    /// The deadline to prepare for: the stakeholder submission while it is ahead, else the
    /// review's next moment.
    pub deadline: Option<Step>,
    /// Whether the stakeholder submission deadline has already passed.
    pub submission_passed: bool,
    /// The review's first moments from today on.
    pub steps: Vec<Step>,
    /// How many moments are still ahead in all.
    pub steps_ahead: usize,
    /// `/reviews/LKA/5`.
    pub url: String,
}

/// The cycle of `sur`'s next review: the first whose session has not ended by `today`.
fn next_cycle(sur: &Iso3, today: NaiveDate) -> Option<u8> {
    plans().iter().filter(|p| p.states.contains(sur)).find(|p| p.end >= today).map(|p| p.cycle)
}

/// The next review of `sur` as of `today`; `None` for observers and beyond the last planned
/// session.
pub async fn next_review(app: &AppState, sur: &Iso3, today: NaiveDate) -> Result<Option<NextReview>, WebError> {
    let Some(cycle) = next_cycle(sur, today) else { return Ok(None) };
    let Some(mut calendar) = app.app.review_calendar(sur, cycle).await? else { return Ok(None) };
    calendar.sur_name = state_name(sur.as_str());
    let step = |m: &Moment| Step { moment: m.clone(), countdown: countdown(today, m.date) };
    let ahead: Vec<&Moment> = calendar.moments.iter().filter(|m| m.date >= today).collect();
    let submission = calendar.moments.iter().find(|m| m.kind == MomentKind::StakeholderSubmission);
    let submission_passed = submission.is_some_and(|m| m.date < today);
    let deadline = submission.filter(|m| m.date >= today).or(ahead.first().copied()).map(step);
    let steps = ahead.iter().take(PLAN_STEPS).map(|m| step(m)).collect();
    let url = format!("/reviews/{}/{}", sur.as_str(), calendar.cycle);
    Ok(Some(NextReview { steps_ahead: ahead.len(), calendar, deadline, submission_passed, steps, url }))
}
