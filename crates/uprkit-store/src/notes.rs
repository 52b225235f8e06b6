//! An organisation's notes on recommendations: private, shared with a coalition, or public.

use crate::args::{Arg, Sql};
use crate::people::Role;
use crate::visibility::Viewer;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sqlx::Row;

/// Who may see a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The organisation only.
    Private,
    /// The organisation and one coalition.
    Coalition,
    /// Everyone.
    Public,
}

impl Visibility {
    /// Reads `private`, `coalition` or `public`.
    pub fn parse(s: &str) -> Option<Visibility> {
        match s {
            "private" => Some(Visibility::Private),
            "coalition" => Some(Visibility::Coalition),
            "public" => Some(Visibility::Public),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Coalition => "coalition",
            Visibility::Public => "public",
        }
    }
}

/// A note as a viewer sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    /// Id.
    pub id: i64,
    /// Organisation that wrote it.
    pub organisation: String,
    /// Its id.
    pub organisation_id: i64,
    /// The recommendation it is about.
    pub recommendation_id: i64,
    /// Text.
    pub body: String,
    /// Who may see it.
    pub visibility: String,
    /// When it was written.
    pub created_at: String,
}

impl Store {
    /// Writes a note for an organisation; the viewer must be its editor or owner, and a
    /// coalition note must go to a coalition the organisation belongs to.
    pub async fn add_note(
        &self,
        viewer: &Viewer,
        organisation_id: i64,
        recommendation_id: i64,
        body: &str,
        visibility: Visibility,
        coalition_id: Option<i64>,
    ) -> Result<i64, StoreError> {
        let user = viewer.user_id.ok_or_else(|| StoreError::Forbidden("sign in to write notes".into()))?;
        if viewer.role_in(organisation_id) < Some(Role::Editor) {
            return Err(StoreError::Forbidden("only editors and owners of the organisation write its notes".into()));
        }
        let coalition_id = match (visibility, coalition_id) {
            (Visibility::Coalition, Some(c)) if self.coalition_has(c, organisation_id).await? => Some(c),
            (Visibility::Coalition, _) => {
                return Err(StoreError::Invalid("choose a coalition your organisation belongs to".into()));
            }
            _ => None,
        };
        let body = body.trim();
        if body.is_empty() || body.len() > 20_000 {
            return Err(StoreError::Invalid("a note needs some text (at most 20,000 characters)".into()));
        }
        let at = now();
        let r = sqlx::query(
            "INSERT INTO notes (organisation_id, recommendation_id, body, visibility, coalition_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(organisation_id)
        .bind(recommendation_id)
        .bind(body.to_string())
        .bind(visibility.as_str())
        .bind(coalition_id)
        .bind(user)
        .bind(at.clone())
        .bind(at)
        .fetch_one(&self.pool)
        .await?;
        let id: i64 = r.try_get("id")?;
        let after = serde_json::json!({"recommendation_id": recommendation_id, "body": body, "visibility": visibility.as_str()});
        self.audit(Some(user), Some(organisation_id), "create", "note", &id.to_string(), None, Some(after)).await?;
        Ok(id)
    }

    async fn coalition_has(&self, coalition_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        Ok(sqlx::query("SELECT 1 FROM coalition_members WHERE coalition_id = $1 AND organisation_id = $2")
            .bind(coalition_id)
            .bind(organisation_id)
            .fetch_optional(&self.pool)
            .await?
            .is_some())
    }

    /// Notes the viewer may see, on one recommendation or (None) on all.
    pub async fn notes(&self, viewer: &Viewer, recommendation_id: Option<i64>) -> Result<Vec<Note>, StoreError> {
        let mut sql = Sql::default();
        let visible = viewer.clause("n", &mut sql);
        let on = match recommendation_id {
            Some(id) => format!("AND n.recommendation_id = {}", sql.bind(Arg::Int(id))),
            None => String::new(),
        };
        sql.text = format!(
            "SELECT n.id, o.name AS organisation, n.organisation_id, n.recommendation_id, n.body, n.visibility, n.created_at \
             FROM notes n JOIN organisations o ON o.id = n.organisation_id WHERE {visible} {on} ORDER BY n.id"
        );
        sql.query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Note {
                    id: r.try_get("id")?,
                    organisation: r.try_get("organisation")?,
                    organisation_id: r.try_get("organisation_id")?,
                    recommendation_id: r.try_get("recommendation_id")?,
                    body: r.try_get("body")?,
                    visibility: r.try_get("visibility")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// One note, if the viewer may see it (else `None`, exactly as for a missing id).
    pub async fn note(&self, viewer: &Viewer, id: i64) -> Result<Option<Note>, StoreError> {
        Ok(self.notes(viewer, None).await?.into_iter().find(|n| n.id == id))
    }

    /// Deletes a note; the viewer must be an editor or owner of its organisation.
    pub async fn delete_note(&self, viewer: &Viewer, id: i64) -> Result<bool, StoreError> {
        let Some(note) = self.note(viewer, id).await? else { return Ok(false) };
        if viewer.role_in(note.organisation_id) < Some(Role::Editor) {
            return Err(StoreError::Forbidden("only editors and owners of the organisation delete its notes".into()));
        }
        sqlx::query("DELETE FROM notes WHERE id = $1").bind(id).execute(&self.pool).await?;
        let before = serde_json::json!({"body": note.body, "visibility": note.visibility});
        self.audit(viewer.user_id, Some(note.organisation_id), "delete", "note", &id.to_string(), Some(before), None)
            .await?;
        Ok(true)
    }
}
