//! Draws the sample charts from the shared UPR Info data, to look at them in a browser:
//! `cargo run -p uprkit-docs --example charts -- OUT_DIR [SHARED_DATA_DIR]`.

use std::collections::BTreeMap;
use std::error::Error;
use std::path::PathBuf;
use uprkit_core::Position;
use uprkit_docs::charts::{StackScale, bar_chart, position_series, stacked_bar_chart};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args_os().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: charts OUT_DIR [SHARED_DATA_DIR]")?);
    let data = args.next().map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    let file = data.join("upr-info/recommendations_sessions01-16.csv");

    // Per issue and per recommending regional group: counts in Position::ALL order.
    let mut by_issue: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut by_group: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut reader = csv::Reader::from_path(&file)?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name).ok_or(format!("no column {name}"));
    let (issues, response, group) = (col("issues")?, col("response")?, col("rs_regional_group")?);
    for record in reader.records() {
        let record = record?;
        let Some(position) = Position::parse(&record[response]) else {
            continue;
        };
        let slot = Position::ALL.iter().position(|p| *p == position).unwrap_or(0);
        for issue in record[issues].split('|').filter(|s| !s.is_empty()) {
            by_issue.entry(issue.to_string()).or_insert_with(|| vec![0; 4])[slot] += 1;
        }
        by_group.entry(record[group].to_string()).or_insert_with(|| vec![0; 4])[slot] += 1;
    }

    let mut issues: Vec<(String, Vec<u64>)> = by_issue.into_iter().collect();
    issues.sort_by_key(|(_, v)| std::cmp::Reverse(v.iter().sum::<u64>()));
    issues.truncate(12);
    let totals: Vec<(String, u64)> = issues.iter().map(|(l, v)| (l.clone(), v.iter().sum())).collect();
    let groups: Vec<(String, Vec<u64>)> = by_group.into_iter().collect();
    let series = position_series();

    std::fs::create_dir_all(&out)?;
    let charts = [
        ("issues.svg", bar_chart("Recommendations by issue, sessions 1–16 (top 12)", &totals)),
        (
            "issues_positions.svg",
            stacked_bar_chart("Positions by issue, sessions 1–16", &series, &issues, StackScale::Shares),
        ),
        (
            "groups_positions.svg",
            stacked_bar_chart(
                "Positions by regional group of the recommending State",
                &series,
                &groups,
                StackScale::Counts,
            ),
        ),
        ("empty.svg", bar_chart("Recommendations to Tuvalu on <script> & co", &[])),
    ];
    for (name, svg) in charts {
        std::fs::write(out.join(name), svg)?;
    }
    println!("wrote {} charts to {}", 4, out.display());
    Ok(())
}
