//! `uprkit calendar --session N` or `--sur ISO3 --cycle N`: the key moments of reviews.

use crate::cli::{CalendarArgs, CalendarFormat};
use anyhow::{Context, bail};
use std::io::Write;
use uprkit_app::{Actor, App};
use uprkit_core::StateDirectory;
use uprkit_core::calendar::{Basis, ReviewCalendar};
use uprkit_docs::ical::{review_feed, session_feed};

/// Prints (and writes) the calendar.
pub async fn run(app: &App, args: &CalendarArgs) -> anyhow::Result<()> {
    let (title, reviews, session) = if let Some(n) = args.session {
        let Some((plan, reviews)) = app.session_calendars(n).await? else {
            bail!(
                "session {n} is not known: sessions run from 1 to {}",
                uprkit_core::calendar::rotation::LAST_PROJECTED_SESSION
            )
        };
        (format!("UPR session {n}"), reviews, Some(plan))
    } else {
        let (Some(name), Some(cycle)) = (&args.sur, args.cycle) else {
            bail!("give --session N, or --sur ISO3 with --cycle N")
        };
        let sur = StateDirectory::load().resolve(name)?;
        let Some(first) = app.review_calendar(&sur, cycle).await? else {
            bail!("no session of cycle {cycle} lists {sur}: the State may not have been programmed yet")
        };
        for entry in &args.official {
            let (moment, date) =
                entry.split_once('=').context("--official takes MOMENT=DATE, e.g. review_day=2025-01-28")?;
            app.set_official_date(&Actor::command_line(), sur.as_str(), first.session, moment, date, None).await?;
        }
        let review =
            if args.official.is_empty() { first } else { app.review_calendar(&sur, cycle).await?.context("review")? };
        (format!("UPR review of {}, cycle {cycle}", review.sur_name), vec![review], None)
    };
    if let Some(path) = &args.ics {
        // A session's feed holds the session's dates and deadlines; a review's, its moments.
        let feed = match session {
            Some(plan) => session_feed(plan, &reviews, None),
            None => review_feed(&title, &reviews, None),
        };
        std::fs::write(path, feed).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("calendar written to {}", path.display());
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        CalendarFormat::Json => {
            let value = match session {
                Some(plan) => serde_json::json!({ "session": plan, "reviews": reviews }),
                None => serde_json::to_value(&reviews[0])?,
            };
            writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        }
        CalendarFormat::Table => {
            for r in &reviews {
                print_review(&mut out, r)?;
            }
        }
    }
    Ok(())
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Official => "official",
        Basis::Announced => "announced",
        Basis::Rule => "rule",
        Basis::Estimate => "estimate",
    }
}

fn print_review(out: &mut impl Write, r: &ReviewCalendar) -> anyhow::Result<()> {
    writeln!(
        out,
        "{} ({}), cycle {}, session {}: {} to {} ({})",
        r.sur_name,
        r.sur,
        r.cycle,
        r.session,
        r.session_start,
        r.session_end,
        basis(r.date_basis)
    )?;
    for m in &r.moments {
        let window = if m.window_start == m.window_end {
            String::new()
        } else {
            format!("  ({} to {})", m.window_start, m.window_end)
        };
        let at = m.deadline_utc.map(|d| format!(" 23:59 Geneva = {} UTC", d.format("%H:%M"))).unwrap_or_default();
        let hrc = m.hrc_session.map(|n| format!(" HRC {n}")).unwrap_or_default();
        let source = match (&m.basis_note, &m.source) {
            (Some(note), Some(source)) => format!("  [{note}; source: {source}]"),
            _ => String::new(),
        };
        writeln!(out, "  {}  {:<36} {:<9}{at}{hrc}{window}{source}", m.date, m.title, basis(m.basis))?;
    }
    writeln!(out)?;
    Ok(())
}
