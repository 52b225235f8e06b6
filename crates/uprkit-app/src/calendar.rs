//! Review calendars: the session plan, the official dates the operator entered, and the
//! key-moment engine, put together; and entering those official dates.

use crate::{App, AppError};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use uprkit_core::calendar::{MomentKind, ReviewCalendar, SessionPlan, review_calendar, session_plans};
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

impl App {
    /// The calendar of a State's review in a cycle, or `None` if no session of that cycle
    /// lists it.
    pub async fn review_calendar(&self, sur: &Iso3, cycle: u8) -> Result<Option<ReviewCalendar>, AppError> {
        let Some(plan) = plans().iter().find(|p| p.cycle == cycle && p.states.contains(sur)) else { return Ok(None) };
        let dates = self.official_dates(sur, plan.number).await?;
        Ok(Some(review_calendar(plan, sur, &state_name(sur), dates)))
    }

    /// The calendars of every review of a session, or `None` for a session not planned.
    pub async fn session_calendars(
        &self,
        number: u16,
    ) -> Result<Option<(&'static SessionPlan, Vec<ReviewCalendar>)>, AppError> {
        let Some(plan) = plan(number) else { return Ok(None) };
        let mut out = Vec::new();
        for sur in &plan.states {
            let dates = self.official_dates(sur, plan.number).await?;
            out.push(review_calendar(plan, sur, &state_name(sur), dates));
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
        let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::Invalid(format!("{date:?} is not a date like 2025-01-28")))?;
        let mut uow = self.begin(actor).await?;
        uow.set_official_date(sur, session, &kind.name(), &date.to_string(), note).await?;
        self.commit(uow).await
    }
}
