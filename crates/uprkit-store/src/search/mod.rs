//! Recommendation search in SQL: filters, facet counts and one page of results. The search
//! engine (uprkit-search) answers full-text queries; this is the exact, filter-only path and
//! the reference its facet counts are checked against.

use crate::args::{Arg, Sql};
use crate::{Store, StoreError};
use sqlx::Row;
use std::collections::{BTreeMap, HashMap};
use uprkit_core::search::{Filter, RecommendationFilter, RecommendationView, SearchPage, ValueKind};

mod coded;
mod views;

use views::add_coding;

/// The SQL that yields (value, count) rows for a filter's facet, given `WHERE {w}`.
fn facet_sql(filter: Filter) -> String {
    match coded::values_of(filter) {
        Some(values) => coded::facet(values),
        None => plain_facet_sql(filter).into(),
    }
}

/// [`facet_sql`] of the filters whose values are the recommendation's own columns and tables.
fn plain_facet_sql(filter: Filter) -> &'static str {
    match filter {
        Filter::Sur => "SELECT r.sur AS value, COUNT(*) AS n FROM recommendations r WHERE {w} GROUP BY r.sur",
        Filter::Rs => {
            "SELECT x.iso3 AS value, COUNT(*) AS n FROM recommendation_states x JOIN recommendations r ON r.id = x.recommendation_id \
             WHERE {w} GROUP BY x.iso3"
        }
        Filter::SurRegionalGroup => {
            "SELECT s.regional_group AS value, COUNT(*) AS n FROM recommendations r JOIN states s ON s.iso3 = r.sur WHERE {w} \
             GROUP BY s.regional_group"
        }
        Filter::RsRegionalGroup => {
            "SELECT s.regional_group AS value, COUNT(DISTINCT r.id) AS n FROM recommendation_states x \
             JOIN recommendations r ON r.id = x.recommendation_id JOIN states s ON s.iso3 = x.iso3 WHERE {w} \
             GROUP BY s.regional_group"
        }
        Filter::Cycle => {
            "SELECT CAST(r.cycle AS TEXT) AS value, COUNT(*) AS n FROM recommendations r WHERE {w} GROUP BY r.cycle"
        }
        Filter::Session => {
            "SELECT CAST(r.session AS TEXT) AS value, COUNT(*) AS n FROM recommendations r WHERE {w} GROUP BY r.session"
        }
        Filter::Response => {
            "SELECT COALESCE(r.response, 'unknown') AS value, COUNT(*) AS n FROM recommendations r WHERE {w} GROUP BY r.response"
        }
        // Listed in `coded`.
        Filter::ActionCategory | Filter::Issue | Filter::Sdg | Filter::CodedBy | Filter::Repeated => "",
        Filter::Theme => {
            "SELECT t.name AS value, COUNT(*) AS n FROM recommendation_themes x JOIN themes t ON t.id = x.theme_id \
             JOIN recommendations r ON r.id = x.recommendation_id WHERE {w} GROUP BY t.name"
        }
        Filter::GroupsOfPersons => {
            "SELECT g.name AS value, COUNT(*) AS n FROM recommendation_groups x JOIN groups_of_persons g ON g.id = x.group_id \
             JOIN recommendations r ON r.id = x.recommendation_id WHERE {w} GROUP BY g.name"
        }
    }
}

/// The condition of a filter over `recommendations r`, with `{list}` for its bound values.
fn condition(filter: Filter) -> String {
    match coded::values_of(filter) {
        // Issue names are matched ignoring case ("death penalty").
        Some(values) => coded::condition(values, if filter == Filter::Issue { "LOWER(x.value)" } else { "x.value" }),
        None => plain_condition(filter).into(),
    }
}

/// [`condition`] of the filters whose values are the recommendation's own columns and tables.
fn plain_condition(filter: Filter) -> &'static str {
    match filter {
        Filter::Sur => "r.sur IN ({list})",
        Filter::Rs => "r.id IN (SELECT recommendation_id FROM recommendation_states WHERE iso3 IN ({list}))",
        Filter::Cycle => "r.cycle IN ({list})",
        Filter::Session => "r.session IN ({list})",
        Filter::Response => "r.response IN ({list})",
        // Listed in `coded`.
        Filter::ActionCategory | Filter::Issue | Filter::Sdg | Filter::CodedBy | Filter::Repeated => "1 = 0",
        Filter::SurRegionalGroup => "r.sur IN (SELECT iso3 FROM states WHERE regional_group IN ({list}))",
        Filter::RsRegionalGroup => {
            "r.id IN (SELECT x.recommendation_id FROM recommendation_states x JOIN states s ON s.iso3 = x.iso3 \
             WHERE s.regional_group IN ({list}))"
        }
        // Names of the vocabularies are matched ignoring case ("death penalty").
        Filter::Theme => {
            "r.id IN (SELECT x.recommendation_id FROM recommendation_themes x JOIN themes v ON v.id = x.theme_id \
             WHERE LOWER(v.name) IN ({list}))"
        }
        Filter::GroupsOfPersons => {
            "r.id IN (SELECT x.recommendation_id FROM recommendation_groups x JOIN groups_of_persons v ON v.id = x.group_id \
             WHERE LOWER(v.name) IN ({list}))"
        }
    }
}

/// A filter's values as bound arguments: numbers as numbers, vocabulary names in lower case
/// (their condition compares `LOWER(name)`), the rest as the index holds them.
fn arguments(filter: Filter, values: &[String]) -> Vec<Arg> {
    values
        .iter()
        .filter_map(|v| match filter.kind() {
            // Compared with the text values of suggestions and decisions.
            ValueKind::Number { .. } if matches!(filter, Filter::ActionCategory | Filter::Sdg) => {
                v.trim().parse::<u8>().ok().map(|n| Arg::Text(n.to_string()))
            }
            ValueKind::Number { .. } => v.trim().parse().ok().map(Arg::Int),
            ValueKind::Text { .. } => match filter {
                Filter::Issue | Filter::Theme | Filter::GroupsOfPersons => Some(Arg::Text(v.trim().to_lowercase())),
                Filter::Response => Some(Arg::Text(v.trim().to_string())),
                _ => Some(Arg::Text(filter.normalise(v))),
            },
        })
        .collect()
}

/// Builds the WHERE clause of a filter over `recommendations r`.
fn where_clause(filter: &RecommendationFilter, sql: &mut Sql) -> String {
    let mut parts = vec!["1 = 1".to_string()];
    for f in Filter::ALL {
        let values = f.values(filter);
        if values.is_empty() {
            continue;
        }
        let args = arguments(f, &values);
        if args.is_empty() {
            // Nothing readable (cannot happen with typed fields): matches nothing, not all.
            parts.push("1 = 0".to_string());
        } else {
            let list = sql.bind_list(args);
            parts.push(condition(f).replace("{list}", &list));
        }
    }
    if let Some(q) = filter.q.as_deref() {
        // Every word must appear; a plain substring test until the search engine answers.
        for word in q.split_whitespace() {
            let pattern = format!("%{}%", word.to_lowercase().replace(['%', '_'], ""));
            parts.push(format!("LOWER(r.text) LIKE {}", sql.bind(Arg::Text(pattern))));
        }
    }
    parts.join(" AND ")
}

impl Store {
    /// One page of the recommendations matching `filter`, newest session first, with the total
    /// and every facet's counts over all matches.
    pub async fn search(
        &self,
        filter: &RecommendationFilter,
        page: u32,
        per_page: u32,
    ) -> Result<SearchPage, StoreError> {
        let page = page.max(1);
        let per_page = per_page.clamp(1, 1000);
        if let Some(q) = filter.q.as_deref() {
            uprkit_core::search::check_query(q).map_err(|e| StoreError::Invalid(e.to_string()))?;
        }
        let mut base = Sql::default();
        let w = where_clause(filter, &mut base);
        let mut count = base.clone();
        count.text = format!("SELECT COUNT(*) AS n FROM recommendations r WHERE {w}");
        let total: i64 = count.query().fetch_one(&self.pool).await?.try_get("n")?;
        let mut facets = BTreeMap::new();
        for filter in Filter::ALL {
            let mut q = base.clone();
            q.text = facet_sql(filter).replace("{w}", &w);
            let mut counts = BTreeMap::new();
            for row in q.query().fetch_all(&self.pool).await? {
                let value: Option<String> = row.try_get("value")?;
                let n: i64 = row.try_get("n")?;
                counts.insert(value.unwrap_or_default(), n as u64);
            }
            facets.insert(filter.facet().to_string(), counts);
        }
        let mut q = base.clone();
        let limit = q.bind(Arg::Int(per_page.into()));
        // Past the end is an empty page; the offset never exceeds the count, so a huge page
        // number costs nothing more than the last page.
        let offset = q.bind(Arg::Int(((i64::from(page) - 1) * i64::from(per_page)).min(total)));
        q.text = format!(
            "SELECT r.id FROM recommendations r WHERE {w} ORDER BY r.session DESC, r.sur, r.id LIMIT {limit} OFFSET {offset}"
        );
        let ids: Vec<i64> =
            q.query().fetch_all(&self.pool).await?.iter().map(|r| r.try_get("id")).collect::<Result<_, _>>()?;
        let items = self.recommendations_by_id(&ids).await?;
        Ok(SearchPage { total: total as u64, page, per_page, items, facets })
    }

    /// One recommendation, or `None`.
    pub async fn recommendation(&self, id: i64) -> Result<Option<RecommendationView>, StoreError> {
        Ok(self.recommendations_by_id(&[id]).await?.pop())
    }

    /// The recommendation a merged one went into (its old id keeps answering there).
    pub async fn merged_into(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT new_id FROM recommendation_redirects WHERE old_id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| sqlx::Row::try_get(&r, "new_id")).transpose()?)
    }

    /// The recommendations with these ids, in the order given.
    pub async fn recommendations_by_id(&self, ids: &[i64]) -> Result<Vec<RecommendationView>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::default();
        let list = sql.bind_list(ids.iter().map(|i| Arg::Int(*i)));
        let mut views = self.load_views(&sql, &format!("id IN ({list})"), &format!("IN ({list})")).await?;
        Ok(ids.iter().filter_map(|id| views.remove(id)).collect())
    }

    /// Up to `limit` recommendations with ids above `after`, by id: the way to read every
    /// recommendation (for the search index or an export) without holding them all.
    pub async fn recommendations_after(&self, after: i64, limit: u32) -> Result<Vec<RecommendationView>, StoreError> {
        let mut sql = Sql::default();
        let after_arg = sql.bind(Arg::Int(after));
        let limit_arg = sql.bind(Arg::Int(limit.into()));
        sql.text = format!(
            "SELECT id AS last FROM (SELECT id FROM recommendations WHERE id > {after_arg} ORDER BY id LIMIT {limit_arg}) AS page \
             ORDER BY id DESC LIMIT 1"
        );
        let Some(row) = sql.query().fetch_optional(&self.pool).await? else { return Ok(Vec::new()) };
        let last: i64 = row.try_get("last")?;
        let mut sql = Sql::default();
        let (a, b) = (sql.bind(Arg::Int(after)), sql.bind(Arg::Int(last)));
        let range = format!("BETWEEN {a} + 1 AND {b}");
        let mut views = self.load_views(&sql, &format!("id {range}"), &range).await?;
        let mut out: Vec<RecommendationView> = views.drain().map(|(_, v)| v).collect();
        out.sort_by_key(|v| v.id);
        Ok(out)
    }

    /// Reads recommendations matching `rec_where` (over `recommendations`) and their children
    /// matching `recommendation_id {child_cond}`; `sql` holds the bound values of both.
    async fn load_views(
        &self,
        sql: &Sql,
        rec_where: &str,
        child_cond: &str,
    ) -> Result<HashMap<i64, RecommendationView>, StoreError> {
        let mut views: HashMap<i64, RecommendationView> = HashMap::new();
        let mut q = sql.clone();
        q.text = format!(
            "SELECT id, text, sur, cycle, session, paragraph, response, action_category, source, language \
             FROM recommendations WHERE {rec_where}"
        );
        for row in q.query().fetch_all(&self.pool).await? {
            let id: i64 = row.try_get("id")?;
            let view = RecommendationView {
                id,
                text: row.try_get("text")?,
                language: row.try_get("language")?,
                sur: row.try_get("sur")?,
                recommending_states: Vec::new(),
                cycle: row.try_get::<i64, _>("cycle")? as u8,
                session: row.try_get::<i64, _>("session")? as u16,
                paragraph: row.try_get("paragraph")?,
                response: row.try_get("response")?,
                action_category: row.try_get::<Option<i64>, _>("action_category")?.map(|a| a as u8),
                issues: Vec::new(),
                themes: Vec::new(),
                groups_of_persons: Vec::new(),
                sdgs: Vec::new(),
                source: row.try_get("source")?,
                coded_by: Vec::new(),
                recommended_previously: Vec::new(),
            };
            views.insert(id, view);
        }
        let children = [
            (
                "SELECT recommendation_id, iso3 AS name FROM recommendation_states WHERE recommendation_id {c} ORDER BY recommendation_id, ord",
                0,
            ),
            (
                "SELECT x.recommendation_id, v.name FROM recommendation_issues x JOIN issues v ON v.id = x.issue_id \
                 WHERE x.recommendation_id {c} ORDER BY v.name",
                1,
            ),
            (
                "SELECT x.recommendation_id, v.name FROM recommendation_themes x JOIN themes v ON v.id = x.theme_id \
                 WHERE x.recommendation_id {c} ORDER BY v.name",
                2,
            ),
            (
                "SELECT x.recommendation_id, v.name FROM recommendation_groups x JOIN groups_of_persons v ON v.id = x.group_id \
                 WHERE x.recommendation_id {c} ORDER BY v.name",
                3,
            ),
            (
                "SELECT recommendation_id, CAST(goal AS TEXT) AS name FROM recommendation_sdgs WHERE recommendation_id {c} ORDER BY goal",
                4,
            ),
        ];
        for (template, field) in children {
            let mut q = sql.clone();
            q.text = template.replace("{c}", child_cond);
            for row in q.query().fetch_all(&self.pool).await? {
                let id: i64 = row.try_get("recommendation_id")?;
                let value: String = row.try_get("name")?;
                if let Some(v) = views.get_mut(&id) {
                    match field {
                        0 => v.recommending_states.push(value),
                        1 => v.issues.push(value),
                        2 => v.themes.push(value),
                        3 => v.groups_of_persons.push(value),
                        _ => v.sdgs.extend(value.parse::<u8>().ok()),
                    }
                }
            }
        }
        add_coding(&self.pool, sql, child_cond, &mut views).await?;
        Ok(views)
    }

    /// A short description of the database's recommendations (count, last id, last change):
    /// when it differs from the one the search index was built from, the index is stale.
    pub async fn content_stamp(&self) -> Result<String, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, COALESCE((SELECT id FROM recommendations ORDER BY id DESC LIMIT 1), 0) AS last_id, \
                 COALESCE(MAX(updated_at), '') AS last_update FROM recommendations",
        )
        .fetch_one(&self.pool)
        .await?;
        let (n, id, at): (i64, i64, String) = (row.try_get("n")?, row.try_get("last_id")?, row.try_get("last_update")?);
        Ok(format!("{n}:{id}:{at}"))
    }
}
