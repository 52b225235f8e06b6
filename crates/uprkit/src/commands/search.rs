//! `uprkit search`: the same filters and the same JSON object as the API.

use crate::cli::{FilterArgs, Format, SearchArgs};
use anyhow::bail;
use std::io::Write;
use uprkit_core::search::{Filter, RecommendationFilter, SearchPage};
use uprkit_core::{Position, StateDirectory};
use uprkit_search::{Engine, Sort, search_page};
use uprkit_store::Store;

/// Runs a search and prints it.
pub async fn run(store: &Store, engine: &Engine, args: &SearchArgs) -> anyhow::Result<()> {
    let filter = filter_from(&args.filters)?;
    let sort = Sort::parse(&args.filters.sort).unwrap_or_default();
    let page = search_page(engine, store, &filter, sort, args.page, args.limit).await?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&page)?)?,
        Format::Csv => write_csv(&mut out, &page)?,
        Format::Table => write_table(&mut out, &page)?,
    }
    Ok(())
}

/// Turns the options into a filter; State names are resolved, positions read in any spelling.
pub fn filter_from(args: &FilterArgs) -> anyhow::Result<RecommendationFilter> {
    let states = StateDirectory::load();
    let mut filter =
        RecommendationFilter { q: args.query.clone().filter(|q| !q.trim().is_empty()), ..Default::default() };
    for (f, values) in &args.values {
        for value in values {
            let value = match f {
                Filter::Sur | Filter::Rs => states.resolve(value)?.to_string(),
                Filter::Response => match Position::parse(value) {
                    Some(p) => p.as_str().to_string(),
                    None => bail!(
                        "--response {value:?} is not a position: use supported, partially_supported, noted or pending"
                    ),
                },
                _ => value.clone(),
            };
            f.push(&mut filter, &value)?;
        }
    }
    Ok(filter)
}

fn write_csv(out: &mut impl Write, page: &SearchPage) -> anyhow::Result<()> {
    // The shared writer: every text field guarded against spreadsheet formulas.
    let mut w = uprkit_docs::CsvWriter::plain(out);
    w.write_texts([
        "id",
        "sur",
        "recommending_states",
        "cycle",
        "session",
        "paragraph",
        "response",
        "action_category",
        "issues",
        "text",
    ])?;
    for r in &page.items {
        w.write_texts([
            r.id.to_string(),
            r.sur.clone(),
            r.recommending_states.join("|"),
            r.cycle.to_string(),
            r.session.to_string(),
            r.paragraph.clone().unwrap_or_default(),
            r.response.clone().unwrap_or_default(),
            r.action_category.map(|a| a.to_string()).unwrap_or_default(),
            r.issues.join("|"),
            r.text.clone(),
        ])?;
    }
    w.finish()?.flush()?;
    Ok(())
}

fn write_table(out: &mut impl Write, page: &SearchPage) -> anyhow::Result<()> {
    writeln!(out, "{:>7}  {:<3}  {:<15}  {:>7}  {:<10}  TEXT", "ID", "SUR", "FROM", "SESSION", "POSITION")?;
    for r in &page.items {
        let mut text: String = r.text.chars().take(70).collect();
        if r.text.chars().count() > 70 {
            text.push('…');
        }
        let from = if r.recommending_states.is_empty() { "?".to_string() } else { r.recommending_states.join(",") };
        let from: String = from.chars().take(15).collect();
        writeln!(
            out,
            "{:>7}  {:<3}  {:<15}  {:>7}  {:<10}  {text}",
            r.id,
            r.sur,
            from,
            r.session,
            r.response.as_deref().unwrap_or("-")
        )?;
    }
    let last = page.total.div_ceil(u64::from(page.per_page)).max(1);
    writeln!(out, "{} matching recommendations (page {} of {last})", page.total, page.page)?;
    Ok(())
}
