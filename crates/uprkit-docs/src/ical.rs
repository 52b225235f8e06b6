//! iCalendar (RFC 5545) feeds of a review's key moments, for Outlook, Google Calendar,
//! Thunderbird and phones: all-day events for days and windows, timed events for deadlines,
//! each with a description and a reminder.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use uprkit_core::calendar::{Basis, Moment, MomentKind, ReviewCalendar, SessionPlan};

/// One event of a feed.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Stable identifier, so that calendar programs update an event instead of duplicating it.
    pub uid: String,
    /// Title.
    pub summary: String,
    /// Longer text.
    pub description: String,
    /// First day (all-day event).
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
    /// An exact deadline: the event is then a timed event ending at this instant.
    pub deadline: Option<DateTime<Utc>>,
    /// Remind this many days before (0: on the day).
    pub reminder_days: u32,
    /// A link back to the page in uprkit.
    pub url: Option<String>,
}

/// Escapes a text value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The whole feed as text.
pub fn calendar(name: &str, events: &[CalendarEvent], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//uprkit//UPR review calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        match e.deadline {
            Some(at) => {
                let end = at.format("%Y%m%dT%H%M%SZ").to_string();
                let start = (at - Duration::minutes(30)).format("%Y%m%dT%H%M%SZ").to_string();
                line(&mut out, &format!("DTSTART:{start}"));
                line(&mut out, &format!("DTEND:{end}"));
            }
            None => {
                line(&mut out, &format!("DTSTART;VALUE=DATE:{}", e.start.format("%Y%m%d")));
                let end = e.end.max(e.start) + Duration::days(1);
                line(&mut out, &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
                line(&mut out, "TRANSP:TRANSPARENT");
            }
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        if let Some(url) = &e.url {
            line(&mut out, &format!("URL:{}", url));
        }
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("DESCRIPTION:{}", escape(&e.summary)));
        line(&mut out, &format!("TRIGGER:-P{}D", e.reminder_days));
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// The longest window shown as an all-day event, in days: a Working Group session (two
/// weeks) still is one; a months-long window would cover every day of a calendar, so such a
/// moment is an event on its best date, with the window in its description.
pub const LONGEST_ALL_DAY_EVENT_DAYS: i64 = 14;

/// How the date of `m` is known, in words.
fn basis_text(m: &Moment) -> String {
    match (m.basis, &m.basis_note, &m.source) {
        (Basis::Announced, Some(note), Some(source)) => format!("{note}; source: {source}"),
        (Basis::Announced, ..) => "announced by OHCHR".to_string(),
        (Basis::Official, ..) => "official date".to_string(),
        (Basis::Rule, ..) => "date from a UN rule".to_string(),
        (Basis::Estimate, ..) => "uprkit's estimate; check OHCHR's announcements".to_string(),
    }
}

/// What a feed makes of one moment's date.
struct EventText {
    uid: String,
    summary: String,
    /// Added to the description.
    more: String,
    url: Option<String>,
    /// Windows of fewer days than this are all-day events over the window; longer ones, an
    /// event on the best date.
    span_days: i64,
}

/// The event of one moment.
fn moment_event(m: &Moment, text: EventText) -> CalendarEvent {
    let EventText { uid, summary, more, url, span_days } = text;
    let window = if m.window_start == m.window_end {
        String::new()
    } else {
        format!("\nWindow: {} to {}.", m.window_start, m.window_end)
    };
    let short = (m.window_end - m.window_start).num_days() < span_days;
    let (start, end) =
        if m.deadline_utc.is_none() && short { (m.window_start, m.window_end) } else { (m.date, m.date) };
    CalendarEvent {
        uid,
        summary,
        description: format!("{}\n\nBasis: {}.{window}{more}", m.guidance, basis_text(m)),
        start,
        end,
        deadline: m.deadline_utc,
        reminder_days: if m.deadline_utc.is_some() { 14 } else { 3 },
        url,
    }
}

/// An iCalendar feed of these reviews' moments. `base` is the site's address for links back.
pub fn review_feed(name: &str, reviews: &[ReviewCalendar], base: Option<&str>) -> String {
    let mut events = Vec::new();
    for r in reviews {
        for m in &r.moments {
            events.push(moment_event(
                m,
                EventText {
                    uid: format!("{}-{}-{}@uprkit", r.sur, r.session, m.kind.name()),
                    summary: format!("UPR {}: {}", r.sur_name, m.title),
                    more: String::new(),
                    url: base.map(|b| format!("{b}/reviews/{}/{}", r.sur, r.cycle)),
                    span_days: LONGEST_ALL_DAY_EVENT_DAYS,
                },
            ));
        }
    }
    calendar(name, &events, Utc::now())
}

/// The moments of a session feed: the session's deadlines and its dates at the Council.
const SESSION_MOMENTS: [MomentKind; 6] = [
    MomentKind::NationalReport,
    MomentKind::StakeholderSubmission,
    MomentKind::PreSession,
    MomentKind::WrittenStatement,
    MomentKind::OralStatementRegistration,
    MomentKind::PlenaryAdoption,
];

/// An iCalendar feed of a Working Group session: the session itself, its deadlines and its
/// dates at the Council, one event for the reviews that share a date (an official date
/// entered for one review gets its own event), and the review days known officially. Each
/// review's own feed has the rest.
pub fn session_feed(plan: &SessionPlan, reviews: &[ReviewCalendar], base: Option<&str>) -> String {
    let n = plan.number;
    let url = base.map(|b| format!("{b}/sessions/{n}"));
    let names = |rs: &[&ReviewCalendar]| rs.iter().map(|r| r.sur_name.as_str()).collect::<Vec<_>>().join(", ");
    let all: Vec<&ReviewCalendar> = reviews.iter().collect();
    let dates = if plan.date_basis == Basis::Official { "official dates" } else { "uprkit's estimate of the dates" };
    let mut events = vec![CalendarEvent {
        uid: format!("session-{n}@uprkit"),
        summary: format!("UPR Working Group session {n}"),
        description: format!("Cycle {}; {dates}.\nStates under Review: {}.", plan.cycle, names(&all)),
        start: plan.start,
        end: plan.end,
        deadline: None,
        reminder_days: 7,
        url: url.clone(),
    }];
    for kind in SESSION_MOMENTS {
        // Reviews grouped by the moment's date, in date order.
        let mut groups: Vec<(&Moment, Vec<&ReviewCalendar>)> = Vec::new();
        for r in reviews {
            let Some(m) = r.moments.iter().find(|m| m.kind == kind) else { continue };
            match groups.iter_mut().find(|(g, _)| g.date == m.date && g.deadline_utc == m.deadline_utc) {
                Some((_, rs)) => rs.push(r),
                None => groups.push((m, vec![r])),
            }
        }
        groups.sort_by_key(|(m, _)| m.date);
        let whole = groups.len() == 1;
        for (m, rs) in groups {
            let (uid, summary) = if whole {
                (format!("session-{n}-{}@uprkit", kind.name()), format!("UPR session {n}: {}", m.title))
            } else {
                let codes: Vec<&str> = rs.iter().map(|r| r.sur.as_str()).collect();
                (
                    format!("session-{n}-{}-{}@uprkit", kind.name(), codes.join("-")),
                    format!("UPR session {n}: {} ({})", m.title, names(&rs)),
                )
            };
            let hrc = m.hrc_session.map(|h| format!("\nHuman Rights Council session {h}.")).unwrap_or_default();
            let more = format!("{hrc}\nStates under Review: {}.", names(&rs));
            // One day each: the session feed is a list of dates, the windows are in the text.
            events.push(moment_event(m, EventText { uid, summary, more, url: url.clone(), span_days: 1 }));
        }
    }
    for r in reviews {
        if let Some(m) = r.moments.iter().find(|m| m.kind == MomentKind::ReviewDay && m.basis == Basis::Official) {
            let review_url = base.map(|b| format!("{b}/reviews/{}/{}", r.sur, r.cycle));
            let uid = format!("{}-{}-{}@uprkit", r.sur, r.session, m.kind.name());
            let summary = format!("UPR review of {}", r.sur_name);
            events
                .push(moment_event(m, EventText { uid, summary, more: String::new(), url: review_url, span_days: 1 }));
        }
    }
    calendar(&format!("UPR session {n}"), &events, Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::{Calendar, CalendarComponent, Component};

    fn event(summary: &str, deadline: Option<DateTime<Utc>>) -> CalendarEvent {
        let day = NaiveDate::from_ymd_opt(2025, 3, 30).expect("date");
        CalendarEvent {
            uid: format!("{summary}@uprkit"),
            summary: summary.into(),
            description: "Send your report to OHCHR; at most 2,815 words.\nRegister early: deadlines are at 23:59 Geneva time, rarely extended, and the online system can be slow on the last day — so plan for it.".into(),
            start: day,
            end: day + Duration::days(2),
            deadline,
            reminder_days: 7,
            url: Some("http://127.0.0.1:8080/reviews/SVN/4".into()),
        }
    }

    #[test]
    fn feed_parses_back_with_its_events() {
        let deadline = "2025-03-30T21:59:00Z".parse::<DateTime<Utc>>().expect("instant");
        let text = calendar(
            "UPR: Slovenia, cycle 4; Côte d'Ivoire",
            &[
                event("Stakeholder submission deadline", Some(deadline)),
                event("Advocacy with embassies, Ljubljana", None),
            ],
            Utc::now(),
        );
        assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        let parsed: Calendar = text.parse().expect("an iCalendar parser reads it");
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 2);
        assert_eq!(events[1].get_summary(), Some("Advocacy with embassies, Ljubljana"));
        assert!(events[0].get_description().is_some_and(|d| d.contains("23:59 Geneva time")));
        assert_eq!(events[0].property_value("DTEND"), Some("20250330T215900Z"));
        assert_eq!(events[1].property_value("DTEND"), Some("20250402"));
    }
}
