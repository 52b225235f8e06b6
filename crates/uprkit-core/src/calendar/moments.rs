//! The key moments of one review (DOMAIN.md §5): for each, a date or a window, what a civil
//! society organisation should do then, and how the date is known.

use super::announced::AnnouncedDeadlines;
use super::geneva::end_of_day_utc;
use super::hrc::{HrcSession, adopting_session, adoption_window};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Published by the UN, or entered by the organisation as official.
    Official,
    /// Announced by OHCHR for the session, as a source relayed it (the moment's `basis_note`
    /// and `source` say how and where).
    Announced,
    /// Follows from a fixed UN rule applied to an official date.
    Rule,
    /// uprkit's best estimate from past practice or from other estimates.
    Estimate,
}

/// The moments of a review, in the order they usually come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MomentKind {
    /// National consultations on the national report.
    NationalConsultations,
    /// The national report is due at OHCHR.
    NationalReport,
    /// Deadline of the stakeholder written submission to OHCHR.
    StakeholderSubmission,
    /// Applications to speak at the UPR Info pre-session close.
    PreSessionApplication,
    /// Advocacy with embassies of recommending States in the capital.
    EmbassyAdvocacy,
    /// Pre-session-style briefing in the capital.
    CapitalBriefing,
    /// Side events are organised.
    SideEvents,
    /// UPR Info pre-session in Geneva.
    PreSession,
    /// Advocacy with Permanent Missions in Geneva.
    MissionAdvocacy,
    /// Advance questions reach the State under Review.
    AdvanceQuestions,
    /// The review in the Working Group.
    ReviewDay,
    /// The Working Group adopts its report.
    WgReportAdoption,
    /// Lobbying for support between review and plenary.
    LobbyForSupport,
    /// Written statement to the HRC due.
    WrittenStatement,
    /// Registration for an oral statement at the adoption.
    OralStatementRegistration,
    /// Adoption of the outcome at the HRC plenary.
    PlenaryAdoption,
    /// Action plans with the Government and the NHRI.
    ActionPlans,
    /// Voluntary mid-term report.
    MidTermReport,
    /// The next cycle's stakeholder submission.
    NextSubmission,
}

impl MomentKind {
    /// Reads the snake_case name (`review_day`).
    pub fn parse(name: &str) -> Option<MomentKind> {
        serde_json::from_value(serde_json::Value::String(name.trim().to_string())).ok()
    }

    /// The snake_case name.
    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    }

    /// Title and practical guidance.
    pub fn words(self) -> (&'static str, &'static str) {
        use MomentKind::*;
        match self {
            NationalConsultations => (
                "National consultations",
                "Ask the Government when it consults on its national report, take part, and use the moment to make the UPR known to the public and the media.",
            ),
            NationalReport => (
                "National report due",
                "The State under Review sends its national report to OHCHR (about 12 weeks before the session): ask the Government whether your input was taken into account, and compare the report with your submission.",
            ),
            StakeholderSubmission => (
                "Stakeholder submission deadline",
                "Send your report to OHCHR through its online system: at most 2,815 words alone, 5,630 for a joint submission. Register early; deadlines are at 23:59 Geneva time and are rarely extended.",
            ),
            PreSessionApplication => (
                "Pre-session applications close",
                "Apply to UPR Info to speak at the pre-session in Geneva (5-8 minutes per speaker).",
            ),
            EmbassyAdvocacy => (
                "Advocacy with embassies",
                "Meet the embassies of likely recommending States in your capital with a one-page factsheet per theme and draft SMART recommendations.",
            ),
            CapitalBriefing => (
                "Briefing in the capital",
                "Brief diplomats in the capital together with other organisations, pre-session style.",
            ),
            SideEvents => (
                "Organise side events",
                "Plan side events one to two months ahead, never for the day before the review; also plan one after the review to debrief.",
            ),
            PreSession => (
                "UPR Info pre-session",
                "Present your key concerns and recommendations to States' delegates in Geneva, in person or by video.",
            ),
            MissionAdvocacy => (
                "Advocacy with Permanent Missions",
                "Meet the Permanent Missions in Geneva of the States most likely to raise your issues.",
            ),
            AdvanceQuestions => (
                "Advance questions",
                "States send written questions through the troika at least 10 working days before the review: make sure yours are among them.",
            ),
            ReviewDay => (
                "Review",
                "Watch the webcast (or organise a screening), note which States raise your issues, and publish a press statement the same day.",
            ),
            WgReportAdoption => (
                "Working Group report adopted",
                "The recommendations are public: check yours, note which were supported or left pending, and share the list.",
            ),
            LobbyForSupport => (
                "Lobby for support",
                "Until the plenary, press the Government, the NHRI and embassies to support the pending recommendations and to publish a clear addendum.",
            ),
            WrittenStatement => (
                "Written statement due",
                "ECOSOC-accredited organisations can submit a written statement to the HRC (2,000 words general status, 1,500 special/roster).",
            ),
            OralStatementRegistration => (
                "Register for an oral statement",
                "Register online for the adoption debate: about 10 slots of 2 minutes (about 300 words), video possible; organisations without ECOSOC status speak through a partner.",
            ),
            PlenaryAdoption => (
                "Adoption at the Human Rights Council",
                "The outcome is adopted in plenary (one hour: State, other States, stakeholders). The State's final positions are in its addendum.",
            ),
            ActionPlans => (
                "Action plans",
                "Work with the Government and the NHRI on an implementation plan with responsibilities, indicators and deadlines for each recommendation.",
            ),
            MidTermReport => (
                "Mid-term report",
                "Assess each recommendation (fully, partially, not implemented) with evidence, and submit a mid-term report.",
            ),
            NextSubmission => (
                "Next cycle's submission",
                "The next review's submission deadline: report on what became of this cycle's recommendations.",
            ),
        }
    }
}

/// One moment of a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moment {
    /// Which moment.
    pub kind: MomentKind,
    /// Short title.
    pub title: &'static str,
    /// What to do then.
    pub guidance: &'static str,
    /// Best single date.
    pub date: NaiveDate,
    /// First day of the window.
    pub window_start: NaiveDate,
    /// Last day of the window.
    pub window_end: NaiveDate,
    /// The exact deadline in UTC, for deadlines OHCHR sets at 23:59 Geneva time.
    pub deadline_utc: Option<DateTime<Utc>>,
    /// How the date is known.
    pub basis: Basis,
    /// What the basis rests on, in words, for dates announced for the session ("announced by
    /// OHCHR (extended deadline)").
    pub basis_note: Option<String>,
    /// Where an announced date was found, as the reference file gives it.
    pub source: Option<String>,
    /// The address of that source, to link to, when it has one.
    pub source_url: Option<String>,
    /// The HRC session, for moments at the Council.
    pub hrc_session: Option<u32>,
}

/// What a timeline is computed from.
#[derive(Debug, Clone)]
pub struct ReviewDates {
    /// First day of the Working Group session (R).
    pub session_start: NaiveDate,
    /// Last day of the Working Group session.
    pub session_end: NaiveDate,
    /// Whether the session dates are official or estimated.
    pub session_basis: Basis,
    /// Dates an organisation entered as official, replacing uprkit's estimates and the
    /// announced dates (an entered date is the newer, State-specific word).
    pub official: BTreeMap<MomentKind, NaiveDate>,
    /// Deadlines announced for the session, replacing uprkit's estimates.
    pub announced: Option<AnnouncedDeadlines>,
    /// The submission deadline of the State's next review, as that review's own calendar
    /// gives it (its session from the rotation; official, then announced dates winning): the
    /// next cycle's submission is that very moment. `None` beyond the last planned session,
    /// where it stays an estimate.
    pub next_submission: Option<Moment>,
}

impl ReviewDates {
    /// The announced date of `kind`, if the session's announcement gives one.
    fn announced(&self, kind: MomentKind) -> Option<(NaiveDate, &AnnouncedDeadlines)> {
        let this = self.announced.as_ref();
        match kind {
            MomentKind::StakeholderSubmission => this.map(|a| (a.stakeholder_deadline, a)),
            MomentKind::NationalReport => this.and_then(|a| Some((a.national_report_deadline?, a))),
            _ => None,
        }
    }
}

/// Days before R that 4th-cycle submission deadlines fell (188-221): the window, and the
/// middle as best estimate.
pub const SUBMISSION_DAYS_BEFORE: (i64, i64, i64) = (221, 205, 188);

/// Days before R that 4th-cycle national report deadlines fell (84-105, about 12 weeks).
pub const NATIONAL_REPORT_DAYS_BEFORE: (i64, i64, i64) = (105, 91, 84);

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// `n` working days (Monday-Friday) before `day`.
pub fn working_days_before(day: NaiveDate, n: u32) -> NaiveDate {
    let mut d = day;
    let mut left = n;
    while left > 0 {
        d -= days(1);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    d
}

struct Builder<'a> {
    dates: &'a ReviewDates,
    out: Vec<Moment>,
}

impl Builder<'_> {
    /// Adds a moment; an official date entered by the organisation, else a date announced for
    /// the session, replaces the estimate and collapses its window to that day.
    fn add(&mut self, kind: MomentKind, window: (NaiveDate, NaiveDate), best: NaiveDate, basis: Basis) -> NaiveDate {
        let (title, guidance) = kind.words();
        let (mut basis_note, mut source, mut source_url) = (None, None, None);
        let (date, start, end, basis) = match (self.dates.official.get(&kind), self.dates.announced(kind)) {
            (Some(d), _) => (*d, *d, *d, Basis::Official),
            (None, Some((d, a))) => {
                basis_note = Some(a.basis_note());
                source = Some(a.source.clone());
                source_url = a.source_url().map(String::from);
                (d, d, d, Basis::Announced)
            }
            (None, None) => (best, window.0.min(best), window.1.max(best), basis),
        };
        self.out.push(Moment {
            kind,
            title,
            guidance,
            date,
            window_start: start,
            window_end: end,
            deadline_utc: None,
            basis,
            basis_note,
            source,
            source_url,
            hrc_session: None,
        });
        date
    }

    fn last(&mut self) -> Option<&mut Moment> {
        self.out.last_mut()
    }
}

/// The weaker of two bases: a date derived from an estimate is an estimate.
fn weaker(a: Basis, b: Basis) -> Basis {
    a.max(b)
}

/// Every key moment of a review, in date order.
pub fn timeline(dates: &ReviewDates) -> Vec<Moment> {
    use MomentKind::*;
    let r = dates.session_start;
    let sb = dates.session_basis;
    let mut b = Builder { dates, out: Vec::new() };
    b.add(NationalConsultations, (r - days(365), r - days(120)), r - days(240), Basis::Estimate);
    let (n_early, n_best, n_late) = NATIONAL_REPORT_DAYS_BEFORE;
    b.add(NationalReport, (r - days(n_early), r - days(n_late)), r - days(n_best), Basis::Estimate);
    let (early, best, late) = SUBMISSION_DAYS_BEFORE;
    let submission = b.add(StakeholderSubmission, (r - days(early), r - days(late)), r - days(best), Basis::Estimate);
    if let Some(m) = b.last() {
        m.deadline_utc = Some(end_of_day_utc(submission));
    }
    b.add(PreSessionApplication, (r - days(122), r - days(91)), r - days(105), Basis::Estimate);
    b.add(EmbassyAdvocacy, (r - days(122), r - days(91)), r - days(106), Basis::Estimate);
    b.add(CapitalBriefing, (r - days(91), r - days(61)), r - days(76), Basis::Estimate);
    b.add(SideEvents, (r - days(61), r - days(30)), r - days(45), Basis::Estimate);
    b.add(PreSession, (r - days(38), r - days(24)), r - days(30), Basis::Estimate);
    b.add(MissionAdvocacy, (r - days(38), r - days(14)), r - days(28), Basis::Estimate);
    // The review day itself: within the session; its first day until the programme says more.
    let review_estimate = if sb == Basis::Official { Basis::Estimate } else { sb };
    let review = b.add(ReviewDay, (r, dates.session_end), r, review_estimate);
    let review_basis = b.out.last().map(|m| m.basis).unwrap_or(Basis::Estimate);
    let questions = working_days_before(review, 10);
    b.add(AdvanceQuestions, (questions, questions), questions, weaker(Basis::Rule, review_basis));
    let wg_best = (review + days(2)).max(dates.session_end.min(review + days(9)));
    b.add(WgReportAdoption, (review + days(2), review + days(10)), wg_best, Basis::Estimate);
    let hrc: HrcSession = adopting_session(review);
    let (from, to) = adoption_window(&hrc);
    let plenary_best = from + days(3);
    b.add(LobbyForSupport, (review + days(10), from - days(1)), review + days(30), Basis::Estimate);
    b.add(WrittenStatement, (hrc.start - days(14), hrc.start - days(14)), hrc.start - days(14), Basis::Estimate);
    if let Some(m) = b.last() {
        m.hrc_session = Some(hrc.number);
    }
    b.add(OralStatementRegistration, (hrc.start - days(7), from - days(1)), hrc.start - days(7), Basis::Estimate);
    if let Some(m) = b.last() {
        m.hrc_session = Some(hrc.number);
    }
    let plenary = b.add(PlenaryAdoption, (from, to), plenary_best, Basis::Estimate);
    if let Some(m) = b.last() {
        m.hrc_session = Some(hrc.number);
    }
    b.add(ActionPlans, (plenary + days(1), plenary + days(180)), plenary + days(60), Basis::Estimate);
    // OHCHR: about two years after adoption; UPR Info: two and a half years after the review.
    let (a, c) = (plenary + days(730), review + days(913));
    b.add(MidTermReport, (a.min(c), a.max(c)), a.min(c), Basis::Estimate);
    match &dates.next_submission {
        // One date for one deadline: the next review's own, however it is known.
        Some(next) => {
            let (title, guidance) = NextSubmission.words();
            b.out.push(Moment { kind: NextSubmission, title, guidance, ..next.clone() });
        }
        None => {
            let next_review = r + days(1644); // 4.5 years
            b.add(
                NextSubmission,
                (next_review - days(early), next_review - days(late)),
                next_review - days(best),
                Basis::Estimate,
            );
            if let Some(m) = b.last() {
                m.deadline_utc = Some(end_of_day_utc(m.date));
            }
        }
    }
    b.out.sort_by_key(|m| (m.date, m.kind));
    b.out
}
