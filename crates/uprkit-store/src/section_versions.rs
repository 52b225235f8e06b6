//! The saved versions of a submission section, and the annex's assessments of cited
//! recommendations. Both belong to a record the actor was first allowed to see (the section,
//! the workspace): the application checks that, then reads or writes here.

use crate::args::{Arg, Sql};
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeMap;

/// One saved text of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SectionVersion {
    /// The section.
    pub section_id: i64,
    /// 1 for the text the section was created with, then one more per save.
    pub version: i64,
    /// The heading at that time.
    pub title: String,
    /// The text at that time.
    pub body: String,
    /// Who saved it (none for the command line).
    pub saved_by: Option<i64>,
    /// Their name as it was then ("command line" for the operator).
    pub saved_by_name: String,
    /// When (RFC 3339).
    pub saved_at: String,
    /// How it came ("created", "edited", "restored version 3", "imported from draft.docx").
    pub remark: String,
}

fn version_from_row(row: &AnyRow) -> Result<SectionVersion, StoreError> {
    Ok(SectionVersion {
        section_id: row.try_get("section_id")?,
        version: row.try_get("version")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        saved_by: row.try_get("saved_by")?,
        saved_by_name: row.try_get("saved_by_name")?,
        saved_at: row.try_get("saved_at")?,
        remark: row.try_get("remark")?,
    })
}

const VERSION_COLUMNS: &str = "section_id, version, title, body, saved_by, saved_by_name, saved_at, remark";

impl UnitOfWork {
    /// Records a saved text as version `version` of a section. Two saves of the same version
    /// (two people saving at once on top of the same text) cannot both be recorded: the second
    /// is refused as a conflict, and its transaction rolls back.
    pub async fn record_section_version(
        &mut self,
        section_id: i64,
        version: i64,
        title: &str,
        body: &str,
        remark: &str,
    ) -> Result<(), StoreError> {
        let name = match self.actor().user_id() {
            Some(user) => {
                let mut sql = Sql::default();
                let u = sql.bind(Arg::Int(user));
                sql.text = format!("SELECT display_name FROM users WHERE id = {u}");
                match self.fetch_optional(&sql).await? {
                    Some(row) => row.try_get("display_name")?,
                    None => String::new(),
                }
            }
            None => "command line".to_string(),
        };
        let mut sql = Sql::default();
        let values = sql.bind_list([
            Arg::Int(section_id),
            Arg::Int(version),
            Arg::Text(title.to_string()),
            Arg::Text(body.to_string()),
            Arg::OptInt(self.actor().user_id()),
            Arg::Text(name),
            Arg::Text(now()),
            Arg::Text(remark.to_string()),
        ]);
        sql.text = format!("INSERT INTO section_versions ({VERSION_COLUMNS}) VALUES ({values})");
        match self.execute(&sql).await {
            Err(StoreError::Sql(sqlx::Error::Database(e))) if e.is_unique_violation() => Err(StoreError::Conflict(
                format!("someone else saved this section (version {version}) while you were editing it"),
            )),
            other => other.map(|_| ()),
        }
    }

    /// Sets what the submission says became of a cited recommendation (empty text clears it).
    pub async fn set_citation_assessment(
        &mut self,
        workspace_id: i64,
        recommendation_id: i64,
        assessment: &str,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::default();
        let (w, r) = (sql.bind(Arg::Int(workspace_id)), sql.bind(Arg::Int(recommendation_id)));
        sql.text = format!("DELETE FROM citation_assessments WHERE workspace_id = {w} AND recommendation_id = {r}");
        self.execute(&sql).await?;
        let assessment = assessment.trim();
        if assessment.is_empty() {
            return Ok(());
        }
        if assessment.len() > 5_000 {
            return Err(StoreError::Invalid("an assessment is at most 5,000 characters".into()));
        }
        let mut sql = Sql::default();
        let values = sql.bind_list([
            Arg::Int(workspace_id),
            Arg::Int(recommendation_id),
            Arg::Text(assessment.to_string()),
            Arg::Text(now()),
        ]);
        sql.text = format!(
            "INSERT INTO citation_assessments (workspace_id, recommendation_id, assessment, updated_at) VALUES ({values})"
        );
        self.execute(&sql).await?;
        Ok(())
    }
}

impl Store {
    /// Every saved version of a section, oldest first.
    pub async fn section_versions(&self, section_id: i64) -> Result<Vec<SectionVersion>, StoreError> {
        let mut sql = Sql::default();
        let s = sql.bind(Arg::Int(section_id));
        sql.text = format!("SELECT {VERSION_COLUMNS} FROM section_versions WHERE section_id = {s} ORDER BY version");
        sql.query().fetch_all(&self.pool).await?.iter().map(version_from_row).collect()
    }

    /// One saved version of a section.
    pub async fn section_version(&self, section_id: i64, version: i64) -> Result<Option<SectionVersion>, StoreError> {
        let mut sql = Sql::default();
        let (s, v) = (sql.bind(Arg::Int(section_id)), sql.bind(Arg::Int(version)));
        sql.text = format!("SELECT {VERSION_COLUMNS} FROM section_versions WHERE section_id = {s} AND version = {v}");
        sql.query().fetch_optional(&self.pool).await?.as_ref().map(version_from_row).transpose()
    }

    /// The annex's assessments of a workspace, by recommendation id.
    pub async fn citation_assessments(&self, workspace_id: i64) -> Result<BTreeMap<i64, String>, StoreError> {
        let mut sql = Sql::default();
        let w = sql.bind(Arg::Int(workspace_id));
        sql.text = format!("SELECT recommendation_id, assessment FROM citation_assessments WHERE workspace_id = {w}");
        sql.query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("recommendation_id")?, r.try_get("assessment")?)))
            .collect()
    }
}

impl Store {
    /// The recommendations of one State's review cycle that OHCHR numbered, by paragraph
    /// ("115.24" -> id): what a number typed in a submission can refer to.
    pub async fn paragraphs_of(&self, sur: &str, cycle: i64) -> Result<BTreeMap<String, i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, paragraph FROM recommendations WHERE sur = $1 AND cycle = $2 AND paragraph IS NOT NULL ORDER BY id",
        )
        .bind(sur.to_string())
        .bind(cycle)
        .fetch_all(&self.pool)
        .await?;
        let mut out = BTreeMap::new();
        for r in rows {
            let paragraph: String = r.try_get("paragraph")?;
            // A trailing dot ("186.28.") is how some matrices print the number.
            out.entry(paragraph.trim().trim_end_matches('.').to_string()).or_insert(r.try_get("id")?);
        }
        Ok(out)
    }
}
