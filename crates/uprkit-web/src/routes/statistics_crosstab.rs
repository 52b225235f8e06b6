//! Cross-tabulations of the statistics page: one facet's values in rows (the most frequent
//! under the page's filters), another's in columns, each cell the number of recommendations
//! with both values and a link to the search that lists them.
//!
//! A cell is counted as the search it links to counts it: the row's search (the page's filters
//! with the row's value) gives the column facet's counts, so a table of 15 rows is 15 searches.

use super::charts::{filter_of, linkable, search_href, with_values};
use crate::i18n::{t, t1};
use crate::labels::{facet_label, facet_value_label, thousands};
use std::collections::BTreeMap;
use uprkit_core::search::{Filter, RecommendationFilter};
use uprkit_search::{Engine, SearchError, SearchResult, Sort, facet_filters};

/// Rows shown at most: the most frequent values.
const TOP_ROWS: usize = 15;

/// A cross-tabulation the page offers, chosen with `?crosstab=<key>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crosstab {
    /// Issues by position of the State under review.
    IssuePosition,
    /// Issues by cycle.
    IssueCycle,
    /// Positions by cycle.
    PositionCycle,
    /// Action categories by position.
    ActionPosition,
    /// Recommending States by position.
    RsPosition,
    /// States under review by position.
    SurPosition,
}

/// What a cell's share is a part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// The row's total: "62 % of recommendations on this issue were supported".
    Row,
    /// The column's total: "5 % of cycle 1's recommendations were on this issue", which
    /// compares cycles of different sizes.
    Column,
}

impl Crosstab {
    /// Every cross-tabulation, in the order of the page's menu; the first is the default.
    pub const ALL: [Crosstab; 6] = [
        Crosstab::IssuePosition,
        Crosstab::IssueCycle,
        Crosstab::PositionCycle,
        Crosstab::ActionPosition,
        Crosstab::RsPosition,
        Crosstab::SurPosition,
    ];

    /// The URL value.
    pub fn key(self) -> &'static str {
        match self {
            Crosstab::IssuePosition => "issue-position",
            Crosstab::IssueCycle => "issue-cycle",
            Crosstab::PositionCycle => "position-cycle",
            Crosstab::ActionPosition => "action-position",
            Crosstab::RsPosition => "rs-position",
            Crosstab::SurPosition => "sur-position",
        }
    }

    /// The cross-tabulation of a URL value.
    pub fn parse(key: &str) -> Option<Crosstab> {
        Crosstab::ALL.into_iter().find(|c| c.key() == key.trim())
    }

    /// The facets in rows and in columns.
    pub fn facets(self) -> (&'static str, &'static str) {
        match self {
            Crosstab::IssuePosition => ("issues", "response"),
            Crosstab::IssueCycle => ("issues", "cycle"),
            Crosstab::PositionCycle => ("response", "cycle"),
            Crosstab::ActionPosition => ("action_category", "response"),
            Crosstab::RsPosition => ("rs", "response"),
            Crosstab::SurPosition => ("sur", "response"),
        }
    }

    /// Shares of cycles are of the cycle's total; shares of positions of the row's.
    pub fn share(self) -> Share {
        if self.facets().1 == "cycle" { Share::Column } else { Share::Row }
    }

    /// The name in the current language ("Issue × position").
    pub fn title(self) -> String {
        match self {
            Crosstab::IssuePosition => t("statistics-crosstab-issue-position"),
            Crosstab::IssueCycle => t("statistics-crosstab-issue-cycle"),
            Crosstab::PositionCycle => t("statistics-crosstab-position-cycle"),
            Crosstab::ActionPosition => t("statistics-crosstab-action-position"),
            Crosstab::RsPosition => t("statistics-crosstab-rs-position"),
            Crosstab::SurPosition => t("statistics-crosstab-sur-position"),
        }
    }
}

/// A cross-tabulation's numbers, before labels (counted on a blocking thread, where the
/// request's language is not known).
pub struct Counts {
    /// Column values with their totals under the page's filters.
    pub columns: Vec<(String, u64)>,
    /// Row values with their totals and their counts per column value.
    pub rows: Vec<(String, u64, BTreeMap<String, u64>)>,
    /// Every recommendation under the page's filters.
    pub total: u64,
}

/// Counts `kind` under `filter`, given the page's own search `page` (whose facets choose the
/// rows and columns).
pub fn count(
    engine: &Engine,
    filter: &RecommendationFilter,
    page: &SearchResult,
    kind: Crosstab,
) -> Result<Counts, SearchError> {
    let (row_facet, column_facet) = kind.facets();
    let (Some(row_filter), Some(_)) = (filter_of(row_facet), filter_of(column_facet)) else {
        return Ok(Counts { columns: Vec::new(), rows: Vec::new(), total: page.total });
    };
    let columns = linkable(filter, column_facet, page.facets.get(column_facet));
    let mut rows = Vec::new();
    for (value, _) in linkable(filter, row_facet, page.facets.get(row_facet)).into_iter().take(TOP_ROWS) {
        let row = with_values(filter, &[(row_filter, value.as_str())]);
        let mut result = engine.search(row.q.as_deref(), &facet_filters(&row), Sort::Newest, 0, 1)?;
        let cells = result.facets.remove(column_facet).unwrap_or_default();
        rows.push((value, result.total, cells));
    }
    Ok(Counts { columns, rows, total: page.total })
}

/// One cell: a count, its share and the search it counts.
pub struct Cell {
    /// The count, with the language's digit grouping.
    pub count: String,
    /// Its share ("62 %"), of the row or the column as [`Crosstab::share`] says.
    pub share: String,
    /// The search listing these recommendations; `None` for "no position recorded", which no
    /// filter selects.
    pub href: Option<String>,
    /// The count as a number (CSV, tests).
    pub n: u64,
}

/// One row of a table.
pub struct Row {
    /// The value as the search filters it (ISO3 code, issue name, ...).
    pub value: String,
    /// Its name in the current language.
    pub label: String,
    /// The row's cells, one per column.
    pub cells: Vec<Cell>,
    /// The row's total, as a cell (its share is of the page's total).
    pub total: Cell,
}

/// A cross-tabulation ready for the page or a CSV file.
pub struct Table {
    /// Which one.
    pub kind: Crosstab,
    /// Its name.
    pub title: String,
    /// The name of the row facet, heading the first column.
    pub row_heading: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// A share as the current language writes a percentage, whole; "<1 %" for a small one.
fn share(n: u64, of: u64) -> String {
    if of == 0 {
        return String::new();
    }
    let pct = n as f64 * 100.0 / of as f64;
    let text = if n > 0 && pct < 0.5 { "<1".to_string() } else { format!("{}", pct.round() as u64) };
    t1("statistics-share", "pct", text)
}

impl Table {
    /// Labels and links for `counts` of `kind` under `filter`, in the current language. A
    /// column "no position recorded" is added when rows have recommendations without one, so
    /// that every row's cells add up to its total.
    pub fn new(kind: Crosstab, filter: &RecommendationFilter, counts: &Counts) -> Table {
        let (row_facet, column_facet) = kind.facets();
        let (row_filter, column_filter) = (filter_of(row_facet), filter_of(column_facet));
        let unknown = |total: u64, cells: &BTreeMap<String, u64>| {
            total.saturating_sub(counts.columns.iter().map(|(c, _)| cells.get(c).copied().unwrap_or(0)).sum())
        };
        let has_unknown = counts.rows.iter().any(|(_, total, cells)| unknown(*total, cells) > 0);
        let unknown_total = counts.total.saturating_sub(counts.columns.iter().map(|(_, n)| n).sum());
        let mut columns: Vec<String> = counts.columns.iter().map(|(v, _)| facet_value_label(column_facet, v)).collect();
        if has_unknown {
            columns.push(t("statistics-not-recorded"));
        }
        let rows = counts
            .rows
            .iter()
            .map(|(value, total, cells)| {
                let of = |column_total: u64| match kind.share() {
                    Share::Row => *total,
                    Share::Column => column_total,
                };
                let mut row_cells: Vec<Cell> = counts
                    .columns
                    .iter()
                    .map(|(column, column_total)| {
                        let n = cells.get(column).copied().unwrap_or(0);
                        let set: Vec<(Filter, &str)> = row_filter
                            .iter()
                            .map(|f| (*f, value.as_str()))
                            .chain(column_filter.iter().map(|f| (*f, column.as_str())))
                            .collect();
                        Cell {
                            count: thousands(n),
                            share: share(n, of(*column_total)),
                            href: Some(search_href(&with_values(filter, &set))),
                            n,
                        }
                    })
                    .collect();
                if has_unknown {
                    let n = unknown(*total, cells);
                    row_cells.push(Cell { count: thousands(n), share: share(n, of(unknown_total)), href: None, n });
                }
                let set: Vec<(Filter, &str)> = row_filter.iter().map(|f| (*f, value.as_str())).collect();
                Row {
                    value: value.clone(),
                    label: facet_value_label(row_facet, value),
                    cells: row_cells,
                    total: Cell {
                        count: thousands(*total),
                        share: share(*total, counts.total),
                        href: Some(search_href(&with_values(filter, &set))),
                        n: *total,
                    },
                }
            })
            .collect();
        Table { kind, title: kind.title(), row_heading: facet_label(row_facet), columns, rows }
    }

    /// The caption's explanation: which rows, what the shares are of.
    pub fn explanation(&self) -> String {
        // Positions and action categories are few and listed in their own order, all of them.
        let rows = match self.kind.facets().0 {
            "response" | "action_category" => t("statistics-crosstab-rows-all"),
            _ => t1("statistics-crosstab-rows", "n", TOP_ROWS),
        };
        let shares = match self.kind.share() {
            Share::Row => t("statistics-crosstab-share-row"),
            Share::Column => t("statistics-crosstab-share-column"),
        };
        format!("{rows} {shares} {}", t("statistics-crosstab-share-total"))
    }

    /// The table as CSV (UTF-8 with a byte order mark, which Excel needs to read accents):
    /// the value as the search filters it, its name, one column per column value, the total.
    pub fn csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
        let mut header = vec![t("statistics-csv-value"), self.row_heading.clone()];
        header.extend(self.columns.iter().cloned());
        header.push(t("statistics-total"));
        out.write_record(&header)?;
        for row in &self.rows {
            let mut record = vec![row.value.clone(), row.label.clone()];
            record.extend(row.cells.iter().map(|c| c.n.to_string()));
            record.push(row.total.n.to_string());
            out.write_record(&record)?;
        }
        out.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}
