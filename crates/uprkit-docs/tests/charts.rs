//! SVG charts: well formed, accessible, escaped, and showing the numbers.

mod common;

use common::{assert_well_formed, micro};
use std::collections::BTreeMap;
use uprkit_core::Position;
use uprkit_docs::charts::{StackScale, bar_chart, position_series, stacked_bar_chart};

/// Recommendations per issue in the micro fixture, most first.
fn by_issue() -> Vec<(String, u64)> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for r in micro() {
        for issue in r.issues {
            *counts.entry(issue).or_default() += 1;
        }
    }
    let mut bars: Vec<(String, u64)> = counts.into_iter().collect();
    bars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    bars
}

/// The `id`s that `aria-labelledby` names must exist in the chart.
fn assert_accessible(svg: &str, title: &str) {
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("role=\"img\""));
    let labelledby = svg.split("aria-labelledby=\"").nth(1).and_then(|s| s.split('"').next());
    for id in labelledby.expect("aria-labelledby").split(' ') {
        assert!(svg.contains(&format!("id=\"{id}\"")), "missing element {id}");
    }
    assert!(svg.contains(&format!("-title\">{title}</title>")));
}

#[test]
fn bar_chart_of_real_issues_shows_every_value() {
    let bars = by_issue();
    let women = bars.iter().find(|(l, _)| l == "Women's rights").expect("issue").1;
    let svg = bar_chart("Recommendations by issue", &bars);
    assert_well_formed(&svg);
    assert_accessible(&svg, "Recommendations by issue");
    assert_eq!(svg.matches("<rect x=").count(), bars.len());
    // The apostrophe in "Women's rights" is escaped everywhere.
    assert!(svg.contains(&format!("Women&#39;s rights: {women}")));
    assert!(!svg.contains("Women's"));
    for (_, n) in &bars {
        assert!(svg.contains(&format!(">{n}</text>")));
    }
}

#[test]
fn labels_cannot_inject_markup() {
    let evil = r#"<script>alert("x")</script> & 'co'"#.to_string();
    let svg = bar_chart("Title <b>&</b>", &[(evil, 3), ("Torture and other CID treatment".into(), 1_234)]);
    assert_well_formed(&svg);
    assert!(!svg.contains("<script") && !svg.contains("<b>"));
    assert!(svg.contains("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;"));
    assert!(svg.contains(">1,234</text>"));
}

#[test]
fn long_labels_are_cut_and_kept_whole_in_a_tooltip() {
    let long = "Freedom of association and peaceful assembly".to_string();
    let svg = bar_chart("Issues", &[(long.clone(), 2)]);
    assert_well_formed(&svg);
    assert!(svg.contains(&format!("<title>{long}</title>")));
    assert!(svg.contains("Freedom of association a…</text>"));
}

#[test]
fn empty_and_zero_data() {
    let svg = bar_chart("Nothing yet", &[]);
    assert_well_formed(&svg);
    assert_accessible(&svg, "Nothing yet");
    assert!(svg.contains(">No data</text>"));

    let svg = bar_chart("Zeros", &[("Noted".into(), 0)]);
    assert_well_formed(&svg);
    assert!(svg.contains(">0</text>") && !svg.contains("NaN") && !svg.contains("inf"));

    let svg = stacked_bar_chart("Nothing", &position_series(), &[], StackScale::Shares);
    assert!(svg.contains(">No data</text>"));
}

#[test]
fn stacked_positions_by_action_category() {
    // Supported against noted in the fixture, by action category (1 = minimal, 5 = specific).
    let mut by_category: BTreeMap<u8, Vec<u64>> = BTreeMap::new();
    for r in micro() {
        let position = r.response.as_deref().and_then(Position::parse).expect("position");
        let slot = Position::ALL.iter().position(|p| *p == position).expect("known position");
        let counts = by_category.entry(r.action_category.expect("category")).or_insert_with(|| vec![0; 4]);
        counts[slot] += 1;
    }
    let categories: Vec<(String, Vec<u64>)> =
        by_category.iter().map(|(c, v)| (format!("Category {c}"), v.clone())).collect();
    for scale in [StackScale::Shares, StackScale::Counts] {
        let svg = stacked_bar_chart("Positions by action category", &position_series(), &categories, scale);
        assert_well_formed(&svg);
        assert_accessible(&svg, "Positions by action category");
        assert!(svg.contains(">Supported</text>") && svg.contains(">Noted</text>"));
        for (label, values) in &categories {
            let total: u64 = values.iter().sum();
            let expected = match scale {
                StackScale::Shares => format!(">n = {total}</text>"),
                StackScale::Counts => format!(">{total}</text>"),
            };
            assert!(svg.contains(&expected), "{label}: {expected}");
            let noted = values[2];
            let share = (noted as f64 * 100.0 / total as f64).round();
            assert!(svg.contains(&format!("{label} — Noted: {noted} ({share}%)")));
        }
    }
}

#[test]
fn series_without_any_value_stay_out_of_the_legend() {
    // Sessions 1-16 in the shared UPR Info file: 297 accepted, 970 noted, nothing else.
    let categories = [("Death penalty".to_string(), vec![297, 0, 970, 0])];
    let svg = stacked_bar_chart("Death penalty", &position_series(), &categories, StackScale::Shares);
    assert_well_formed(&svg);
    assert!(svg.contains(">Supported</text>") && svg.contains(">Noted</text>"));
    assert!(!svg.contains("Pending") && !svg.contains("Partially"));
    assert!(svg.contains("Death penalty: Supported 297 (23%), Noted 970 (77%)."));
}
