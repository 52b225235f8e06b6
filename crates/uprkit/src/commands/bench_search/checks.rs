//! Correctness guards: a benchmark that compares different answers measures nothing, so the
//! systems' answers are compared where they must agree.

use super::measure::Measured;
use super::queries::BenchQuery;

/// One guard and how it went.
#[derive(Debug, Clone)]
pub struct Check {
    /// What was checked.
    pub name: String,
    /// Whether it held.
    pub ok: bool,
    /// The first differences, when it did not.
    pub detail: String,
}

/// What to compare.
#[derive(Debug, Clone, Copy)]
pub struct Compare {
    /// Only searches without words (the baselines read words differently).
    pub filters_only: bool,
    /// The first page's ids too (only the API must give the engine's page).
    pub hits: bool,
}

/// Compares the warm-up answers of two systems.
pub fn agree(a_name: &str, a: &Measured, b_name: &str, b: &Measured, queries: &[BenchQuery], how: Compare) -> Check {
    let mut compared = 0;
    let mut differences = Vec::new();
    for (i, q) in queries.iter().enumerate() {
        if how.filters_only && q.text().is_some() {
            continue;
        }
        compared += 1;
        let (x, y) = (&a.answers[i], &b.answers[i]);
        let mut what = Vec::new();
        if x.total != y.total {
            what.push(format!("total {} vs {}", x.total, y.total));
        }
        if x.facets != y.facets {
            let facet = x
                .facets
                .keys()
                .chain(y.facets.keys())
                .find(|f| x.facets.get(*f) != y.facets.get(*f))
                .cloned()
                .unwrap_or_default();
            what.push(format!("facet {facet} counts differ"));
        }
        if how.hits && x.hits != y.hits {
            what.push("first page differs".into());
        }
        if !what.is_empty() {
            differences.push(format!("{}: {}", q.line, what.join(", ")));
        }
    }
    let scope = if how.filters_only { "searches without words" } else { "searches" };
    let parts = if how.hits { "totals, first pages and facet counts" } else { "totals and facet counts" };
    Check {
        name: format!("{a_name} and {b_name} agree on {parts} ({compared} {scope})"),
        ok: differences.is_empty() && compared > 0,
        detail: differences.into_iter().take(5).collect::<Vec<_>>().join("; "),
    }
}

/// Compares the totals of searches with words, where the systems' languages differ a little
/// (stemmers, stop words, phrase rules): each total must be within `tolerance` (a fraction)
/// of the other's.
pub fn totals_close(
    a_name: &str,
    a: &Measured,
    b_name: &str,
    b: &Measured,
    queries: &[BenchQuery],
    tolerance: f64,
) -> Check {
    let mut compared = 0;
    let mut differences = Vec::new();
    for (i, q) in queries.iter().enumerate().filter(|(_, q)| q.text().is_some()) {
        compared += 1;
        let (x, y) = (a.answers[i].total, b.answers[i].total);
        if x.abs_diff(y) as f64 > tolerance * x.max(y) as f64 {
            differences.push(format!("{}: {x} vs {y}", q.line));
        }
    }
    Check {
        name: format!(
            "{a_name} and {b_name} find about as many matches (within {:.0}%, {compared} searches with words)",
            tolerance * 100.0
        ),
        ok: differences.is_empty() && compared > 0,
        detail: differences.into_iter().take(6).collect::<Vec<_>>().join("; "),
    }
}
