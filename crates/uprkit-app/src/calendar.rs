//! Review calendars: the session plan, the official dates the operator entered, and the
//! key-moment engine, put together; and entering those official dates.

use crate::{App, AppError};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use uprkit_core::calendar::{
    MomentKind, OfficialDates, ReviewCalendar, SessionPlan, review_calendar, session_plans, sessions_of_review,
};
use uprkit_core::{Iso3, StateDirectory};
use uprkit_store::Actor;

fn states() -> &'static StateDirectory {
    static STATES: OnceLock<StateDirectory> = OnceLock::new();
    STATES.get_or_init(StateDirectory::load)
}

/// The name of a State, or the code itself when unknown.
fn state_name(iso3: &Iso3) -> String {
    states().get(iso3.as_str()).map(|s| s.name.clone()).unwrap_or_else(|| iso3.to_string())
}

/// Sessions 1-68 with dates and States, computed once.
pub fn plans() -> &'static [SessionPlan] {
    static PLANS: OnceLock<Vec<SessionPlan>> = OnceLock::new();
    PLANS.get_or_init(|| session_plans(states(), None))
}

/// The plan of one session.
pub fn plan(session: u16) -> Option<&'static SessionPlan> {
    plans().iter().find(|p| p.number == session)
}

/// The session of the review after `sur`'s review in `session`, if planned.
fn next_review_session(sur: &str, session: u16) -> Option<u16> {
    let sur = Iso3::parse(sur).ok()?;
    let cycle = plan(session)?.cycle.checked_add(1)?;
    uprkit_core::calendar::rotation::session_of(plans(), &sur, cycle).map(|p| p.number)
}

impl App {
    /// The calendar of a State's review in a cycle, or `None` if no session of that cycle
    /// lists it. Its "next cycle's submission" is the next review's deadline, with the
    /// official dates entered for that review.
    pub async fn review_calendar(&self, sur: &Iso3, cycle: u8) -> Result<Option<ReviewCalendar>, AppError> {
        let mut official = OfficialDates::new();
        for session in sessions_of_review(plans(), sur, cycle) {
            official.insert(session, self.official_dates(sur, session).await?);
        }
        Ok(review_calendar(plans(), sur, &state_name(sur), cycle, &official))
    }

    /// The calendars of every review of a session, or `None` for a session not planned.
    pub async fn session_calendars(
        &self,
        number: u16,
    ) -> Result<Option<(&'static SessionPlan, Vec<ReviewCalendar>)>, AppError> {
        let Some(plan) = plan(number) else { return Ok(None) };
        let mut out = Vec::new();
        for sur in &plan.states {
            if let Some(review) = self.review_calendar(sur, plan.cycle).await? {
                out.push(review);
            }
        }
        Ok(Some((plan, out)))
    }

    async fn official_dates(&self, sur: &Iso3, session: u16) -> Result<BTreeMap<MomentKind, NaiveDate>, AppError> {
        Ok(self
            .store
            .official_dates(sur.as_str(), session)
            .await?
            .into_iter()
            .filter_map(|(m, d)| Some((MomentKind::parse(&m)?, NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()?)))
            .collect())
    }

    /// Records (or replaces) the official date of a moment of the review of `sur` in
    /// `session`. Only the operator and platform administrators enter official dates: every
    /// organisation's calendar follows them.
    pub async fn set_official_date(
        &self,
        actor: &Actor,
        sur: &str,
        session: u16,
        moment: &str,
        date: &str,
        note: Option<&str>,
    ) -> Result<(), AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden("only a platform administrator can enter official dates".into()));
        }
        let kind = MomentKind::parse(moment).ok_or_else(|| AppError::Invalid(format!("unknown moment {moment:?}")))?;
        // The next cycle's submission is the next review's own deadline: entered there, it
        // shows on both reviews; entered here, it would be a second, contradictory date.
        if kind == MomentKind::NextSubmission
            && let Some(next) = next_review_session(sur, session)
        {
            return Err(AppError::Invalid(format!(
                "the next cycle's submission is the stakeholder submission of the next review: enter stakeholder_submission for session {next}"
            )));
        }
        let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::Invalid(format!("{date:?} is not a date like 2025-01-28")))?;
        let mut uow = self.begin(actor).await?;
        uow.set_official_date(sur, session, &kind.name(), &date.to_string(), note).await?;
        self.commit(uow).await
    }
}
