//! Review calendars as the web app and the command line serve them: the session plan, the
//! official dates people entered, and the key-moment engine, put together.

use crate::labels::{state_name, states};
use chrono::{NaiveDate, Utc};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use uprkit_core::Iso3;
use uprkit_core::calendar::{MomentKind, ReviewCalendar, SessionPlan, review_calendar, session_plans};
use uprkit_docs::ical::{CalendarEvent, calendar};
use uprkit_store::{Store, StoreError};

/// Sessions 1-68 with dates and States, computed once.
pub fn plans() -> &'static [SessionPlan] {
    static PLANS: OnceLock<Vec<SessionPlan>> = OnceLock::new();
    PLANS.get_or_init(|| session_plans(states(), None))
}

/// The plan of one session.
pub fn plan(session: u16) -> Option<&'static SessionPlan> {
    plans().iter().find(|p| p.number == session)
}

async fn official(store: &Store, sur: &Iso3, session: u16) -> Result<BTreeMap<MomentKind, NaiveDate>, StoreError> {
    Ok(store
        .official_dates(sur.as_str(), session)
        .await?
        .into_iter()
        .filter_map(|(m, d)| Some((MomentKind::parse(&m)?, NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()?)))
        .collect())
}

/// The calendar of a State's review in a cycle, or `None` if no session of that cycle lists it.
pub async fn review(store: &Store, sur: &Iso3, cycle: u8) -> Result<Option<ReviewCalendar>, StoreError> {
    let Some(plan) = plans().iter().find(|p| p.cycle == cycle && p.states.contains(sur)) else { return Ok(None) };
    let dates = official(store, sur, plan.number).await?;
    Ok(Some(review_calendar(plan, sur, &state_name(sur.as_str()), dates)))
}

/// The calendars of every review of a session.
pub async fn session(
    store: &Store,
    number: u16,
) -> Result<Option<(&'static SessionPlan, Vec<ReviewCalendar>)>, StoreError> {
    let Some(plan) = plan(number) else { return Ok(None) };
    let mut out = Vec::new();
    for sur in &plan.states {
        let dates = official(store, sur, plan.number).await?;
        out.push(review_calendar(plan, sur, &state_name(sur.as_str()), dates));
    }
    Ok(Some((plan, out)))
}

/// An iCalendar feed of these reviews' moments. `base` is the site's address for links back.
pub fn ics(name: &str, reviews: &[ReviewCalendar], base: Option<&str>) -> String {
    let mut events = Vec::new();
    for r in reviews {
        for m in &r.moments {
            let basis = match m.basis {
                uprkit_core::calendar::Basis::Official => "official date",
                uprkit_core::calendar::Basis::Rule => "date from a UN rule",
                uprkit_core::calendar::Basis::Estimate => "uprkit's estimate; check OHCHR's announcements",
            };
            let window = if m.window_start == m.window_end {
                String::new()
            } else {
                format!("\nWindow: {} to {}.", m.window_start, m.window_end)
            };
            events.push(CalendarEvent {
                uid: format!("{}-{}-{}@uprkit", r.sur, r.session, m.kind.name()),
                summary: format!("UPR {}: {}", r.sur_name, m.title),
                description: format!("{}\n\nBasis: {basis}.{window}", m.guidance),
                start: if m.deadline_utc.is_some() { m.date } else { m.window_start },
                end: if m.deadline_utc.is_some() { m.date } else { m.window_end },
                deadline: m.deadline_utc,
                reminder_days: if m.deadline_utc.is_some() { 14 } else { 3 },
                url: base.map(|b| format!("{b}/reviews/{}/{}", r.sur, r.cycle)),
            });
        }
    }
    calendar(name, &events, Utc::now())
}
