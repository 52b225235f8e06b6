//! What the two SQL baselines share: one flat row per recommendation made from the very index
//! document the engine gets, the facet values coded as small integers (the engine's own
//! trick, given to the baselines too so that they count facets in one pass), and the search
//! filters translated to those rows.

use super::measure::FacetCounts;
use super::queries::BenchQuery;
use std::collections::HashMap;
use uprkit_search::IndexDocument;

/// A recommendation as the baselines store it.
#[derive(Debug, Clone)]
pub struct FlatRow {
    /// Id (the same as in the index and the store).
    pub id: i64,
    /// Text.
    pub text: String,
    /// State under Review.
    pub sur: String,
    /// Its regional group.
    pub sur_regional_group: String,
    /// Cycle.
    pub cycle: i64,
    /// Session.
    pub session: i64,
    /// Position, `unknown` when none (as the engine's facet says).
    pub response: String,
    /// Action category.
    pub action_category: Option<i64>,
    /// Many-valued filters: facet, values.
    pub multi: Vec<(&'static str, Vec<String>)>,
    /// Codes of every (facet, value) of the row.
    pub codes: Vec<u32>,
}

/// Many-valued facets a search can filter on, in [`FlatRow::multi`]'s order.
pub const MULTI: [&str; 6] = ["rs", "rs_regional_group", "issues", "themes", "groups_of_persons", "sdgs"];
/// Single-valued facets a search can filter on: text columns of the same name.
pub const TEXT_COLUMNS: [&str; 3] = ["sur", "sur_regional_group", "response"];
/// Single-valued facets a search can filter on: number columns of the same name.
pub const NUMBER_COLUMNS: [&str; 3] = ["cycle", "session", "action_category"];

/// Codes of facet values, and the way back.
#[derive(Debug, Default)]
pub struct Vocabulary {
    codes: HashMap<(&'static str, String), u32>,
    values: Vec<(&'static str, String)>,
}

impl Vocabulary {
    /// The flat row of a document, coding its facet values.
    pub fn row(&mut self, d: IndexDocument) -> FlatRow {
        let codes = d
            .facet_values()
            .into_iter()
            .map(|key| {
                let next = self.values.len() as u32;
                *self.codes.entry(key.clone()).or_insert_with(|| {
                    self.values.push(key);
                    next
                })
            })
            .collect();
        let sdgs = d.sdgs.iter().map(u8::to_string).collect();
        FlatRow {
            id: d.id,
            sur: d.sur,
            sur_regional_group: d.sur_regional_group,
            cycle: d.cycle.into(),
            session: d.session.into(),
            response: d.response.unwrap_or_else(|| "unknown".into()),
            action_category: d.action_category.map(i64::from),
            multi: vec![
                ("rs", d.rs),
                ("rs_regional_group", d.rs_regional_groups),
                ("issues", d.issues),
                ("themes", d.themes),
                ("groups_of_persons", d.groups_of_persons),
                ("sdgs", sdgs),
            ],
            codes,
            text: d.text,
        }
    }

    /// Counts per code back to counts per facet value.
    pub fn facets(&self, counts: impl Iterator<Item = (i64, u64)>) -> FacetCounts {
        let mut out = FacetCounts::new();
        for (code, n) in counts {
            if let Some((facet, value)) = self.values.get(code as usize) {
                out.entry((*facet).to_string()).or_default().insert(value.clone(), n);
            }
        }
        out
    }

    /// A search's filters with each value spelled as stored: exactly, else ignoring case, as
    /// the engine matches them.
    pub fn filters(&self, query: &BenchQuery) -> Vec<Filter> {
        query
            .facets
            .iter()
            .map(|(facet, values)| {
                let values = values
                    .iter()
                    .map(|v| {
                        if self.codes.contains_key(&(*facet, v.clone())) {
                            return v.clone();
                        }
                        let same = self.values.iter().find(|(f, x)| f == facet && x.eq_ignore_ascii_case(v));
                        same.map(|(_, x)| x.clone()).unwrap_or_else(|| v.clone())
                    })
                    .collect();
                Filter { facet, values }
            })
            .collect()
    }
}

/// One filter of a search: the facet has any of these values.
#[derive(Debug, Clone)]
pub struct Filter {
    /// Facet name, as the engine's filters name it.
    pub facet: &'static str,
    /// Accepted values.
    pub values: Vec<String>,
}

impl Filter {
    /// The values as numbers, for the numeric columns (a value that is no number matches none).
    pub fn numbers(&self) -> Vec<i64> {
        self.values.iter().map(|v| v.parse().unwrap_or(-1)).collect()
    }

    /// How the baselines store the facet.
    pub fn kind(&self) -> anyhow::Result<FilterKind> {
        if MULTI.contains(&self.facet) {
            Ok(FilterKind::Multi)
        } else if TEXT_COLUMNS.contains(&self.facet) {
            Ok(FilterKind::Text)
        } else if NUMBER_COLUMNS.contains(&self.facet) {
            Ok(FilterKind::Number)
        } else {
            anyhow::bail!("the SQL baselines cannot filter on {}", self.facet)
        }
    }
}

/// How the baselines store a facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    /// Many values per recommendation.
    Multi,
    /// A text column.
    Text,
    /// A number column.
    Number,
}

/// The order of the first page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Best match first.
    Rank,
    /// Newest session first.
    Newest,
    /// By State under Review, then newest.
    Sur,
}

impl Order {
    /// The engine's order for a search (newest when no words rank it).
    pub fn of(query: &BenchQuery, has_words: bool) -> Order {
        match query.sort {
            uprkit_search::Sort::Relevance if has_words => Order::Rank,
            uprkit_search::Sort::Sur => Order::Sur,
            _ => Order::Newest,
        }
    }
}
