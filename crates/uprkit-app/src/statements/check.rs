//! A statement's check (words, time at the pace, limits) with the moments of the review
//! calendar it depends on: the written statement's due date, the registration for an oral
//! statement, and the HRC session that adopts the outcome.

use crate::{App, AppError};
use chrono::NaiveDate;
use serde::Serialize;
use uprkit_core::Iso3;
use uprkit_core::calendar::MomentKind;
use uprkit_core::statement::{StatementCheck, StatementKind, check};
use uprkit_store::{Actor, Owned, Statement};

/// A moment of the calendar that matters to a statement.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct StatementMoment {
    /// `written_statement`, `oral_statement_registration` or `plenary_adoption`.
    pub kind: String,
    /// Its title.
    pub title: String,
    /// Best single date (YYYY-MM-DD): the due date, the day registration opens, the day of
    /// the adoption.
    #[schema(value_type = String)]
    pub date: NaiveDate,
    /// First day of its window.
    #[schema(value_type = String)]
    pub window_start: NaiveDate,
    /// Last day of its window (registration closes; the session ends).
    #[schema(value_type = String)]
    pub window_end: NaiveDate,
    /// Days from today to `date` (negative: past).
    pub days_left: i64,
    /// The HRC session.
    pub hrc_session: Option<u32>,
    /// How the date is known: `official`, `announced`, `rule`, `estimate`.
    pub basis: String,
}

/// A statement's check and its calendar.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct StatementReport {
    /// The statement's id.
    pub id: i64,
    /// Words, limits, time, warnings.
    #[serde(flatten)]
    pub check: StatementCheck,
    /// The HRC session that adopts the review's outcome, when the calendar knows it.
    pub hrc_session: Option<u32>,
    /// The moments of the calendar for this kind of statement, in date order.
    pub moments: Vec<StatementMoment>,
}

/// The calendar's moments of a statement's kind: a written statement has its due date, an
/// oral one its registration; both have the adoption.
fn wanted(kind: StatementKind, moment: MomentKind) -> bool {
    match moment {
        MomentKind::PlenaryAdoption => true,
        MomentKind::WrittenStatement => kind == StatementKind::Written,
        MomentKind::OralStatementRegistration => kind == StatementKind::Oral,
        _ => false,
    }
}

impl App {
    /// The moments of the calendar of the review `sur`/`cycle` that matter to a statement of
    /// `kind`, with days left from `today`. Empty when the calendar has no such review.
    pub async fn statement_moments(
        &self,
        sur: &str,
        cycle: i64,
        kind: Option<StatementKind>,
        today: NaiveDate,
    ) -> Result<Vec<StatementMoment>, AppError> {
        let (Ok(sur), Ok(cycle)) = (Iso3::parse(sur), u8::try_from(cycle)) else { return Ok(Vec::new()) };
        let Some(calendar) = self.review_calendar(&sur, cycle).await? else { return Ok(Vec::new()) };
        Ok(calendar
            .moments
            .into_iter()
            .filter(|m| match kind {
                Some(k) => wanted(k, m.kind),
                None => wanted(StatementKind::Oral, m.kind) || wanted(StatementKind::Written, m.kind),
            })
            .map(|m| StatementMoment {
                kind: m.kind.name(),
                title: m.title.to_string(),
                date: m.date,
                window_start: m.window_start,
                window_end: m.window_end,
                days_left: (m.date - today).num_days(),
                hrc_session: m.hrc_session,
                basis: serde_json::to_value(m.basis)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
            })
            .collect())
    }

    /// Checks a statement on `today`: its words and reading time against its limits, and the
    /// calendar's moments for it. Reading only.
    pub async fn check_statement(&self, actor: &Actor, id: i64, today: NaiveDate) -> Result<StatementReport, AppError> {
        let statement = self.statement(actor, id).await?;
        self.report_of(actor, &statement, today).await
    }

    pub(crate) async fn report_of(
        &self,
        actor: &Actor,
        statement: &Owned<Statement>,
        today: NaiveDate,
    ) -> Result<StatementReport, AppError> {
        let s = &statement.record;
        let workspace = self.workspace(actor, s.workspace_id).await?;
        let pace = u32::try_from(s.pace).unwrap_or_default();
        let check = check(s.kind, s.accreditation, pace, &s.body, &s.partner);
        let moments =
            self.statement_moments(&workspace.record.sur, workspace.record.cycle, Some(s.kind), today).await?;
        let hrc_session = moments.iter().find_map(|m| m.hrc_session);
        Ok(StatementReport { id: statement.id, check, hrc_session, moments })
    }
}
