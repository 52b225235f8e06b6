//! Personal API tokens: a script or a coalition's tool acts as a user on the JSON API with
//! `Authorization: Bearer TOKEN`. Tokens are random, shown once, kept only as a hash, can
//! expire and be revoked; making and revoking them is audited.

use crate::actor::Actor;
use crate::args::{Arg, Sql};
use crate::people::{random_token, token_hash};
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// What every token starts with, so that secret scanners and people recognise one.
pub const TOKEN_PREFIX: &str = "uprkit_";

/// Longest lifetime a token may be given, in days.
pub const MAX_TOKEN_DAYS: u32 = 3650;

/// A token as its user sees it (never the token itself).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApiToken {
    /// Id.
    pub id: i64,
    /// The user it acts as.
    pub user_id: i64,
    /// What it is for.
    pub name: String,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// When it stops working, if ever.
    pub expires_at: Option<String>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
    /// When it was last used.
    pub last_used_at: Option<String>,
}

const COLUMNS: &str = "id, user_id, name, created_at, expires_at, revoked_at, last_used_at";

fn from_row(r: &AnyRow) -> Result<ApiToken, StoreError> {
    Ok(ApiToken {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
        revoked_at: r.try_get("revoked_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

impl UnitOfWork {
    /// Makes a token for `user_id` (the actor themselves, or anyone for the command line);
    /// returns its id and the token, which is never shown again.
    pub async fn create_api_token(
        &mut self,
        user_id: i64,
        name: &str,
        expires_in_days: Option<u32>,
    ) -> Result<(i64, String), StoreError> {
        if !self.actor().is_operator() && self.actor().user_id() != Some(user_id) {
            return Err(StoreError::Forbidden("people make tokens for themselves only".into()));
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(StoreError::Invalid("a token needs a name of 1 to 100 characters".into()));
        }
        let expires_at = match expires_in_days {
            Some(d) if d == 0 || d > MAX_TOKEN_DAYS => {
                return Err(StoreError::Invalid(format!("a token lasts 1 to {MAX_TOKEN_DAYS} days")));
            }
            Some(d) => Some(
                (chrono::Utc::now() + chrono::Duration::days(i64::from(d)))
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ),
            None => None,
        };
        let token = format!("{TOKEN_PREFIX}{}", random_token()?);
        let mut sql = Sql::default();
        let values = sql.bind_list([
            Arg::Int(user_id),
            Arg::Text(name.into()),
            Arg::Text(token_hash(&token)),
            Arg::Text(now()),
            Arg::OptText(expires_at.clone()),
        ]);
        sql.text = format!(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES ({values}) RETURNING id"
        );
        let id: i64 = self.fetch_one(&sql).await?.try_get("id")?;
        let after = serde_json::json!({"user_id": user_id, "name": name, "expires_at": expires_at});
        self.audit(None, "create", "api_token", &id.to_string(), None, Some(after));
        Ok((id, token))
    }

    /// Revokes a token of the actor's (any token for the command line). `false` if there is
    /// no such live token of theirs.
    pub async fn revoke_api_token(&mut self, id: i64) -> Result<bool, StoreError> {
        let mut sql = Sql::default();
        let at = sql.bind(Arg::Text(now()));
        let id_p = sql.bind(Arg::Int(id));
        let mut text = format!("UPDATE api_tokens SET revoked_at = {at} WHERE id = {id_p} AND revoked_at IS NULL");
        if !self.actor().is_operator() {
            let user = self.actor().user_id().ok_or_else(|| StoreError::Forbidden("sign in first".into()))?;
            text.push_str(&format!(" AND user_id = {}", sql.bind(Arg::Int(user))));
        }
        sql.text = text;
        if self.execute(&sql).await?.rows_affected() != 1 {
            return Ok(false);
        }
        self.audit(None, "revoke", "api_token", &id.to_string(), None, None);
        Ok(true)
    }
}

impl Store {
    /// Authentication by bearer token: the actor of a live token (not revoked, not expired).
    pub async fn authenticate_bearer(&self, token: &str) -> Result<Option<Actor>, StoreError> {
        if !token.starts_with(TOKEN_PREFIX) || token.len() > 200 {
            return Ok(None);
        }
        let at = now();
        let row = sqlx::query(
            "SELECT t.id AS token_id, u.id AS user_id, u.is_admin FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)",
        )
        .bind(token_hash(token))
        .bind(at.clone())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let (token_id, user_id): (i64, i64) = (row.try_get("token_id")?, row.try_get("user_id")?);
        let is_admin = row.try_get::<i64, _>("is_admin")? != 0;
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(at)
            .bind(token_id)
            .execute(&self.pool)
            .await?;
        Ok(Some(self.actor_for(user_id, is_admin).await?))
    }

    /// The tokens of the actor (every token for the command line), newest first.
    pub async fn api_tokens(&self, actor: &Actor) -> Result<Vec<ApiToken>, StoreError> {
        let mut sql = Sql::default();
        let condition = match (actor.is_operator(), actor.user_id()) {
            (true, _) => "1 = 1".to_string(),
            (false, Some(user)) => format!("user_id = {}", sql.bind(Arg::Int(user))),
            (false, None) => return Ok(Vec::new()),
        };
        sql.text = format!("SELECT {COLUMNS} FROM api_tokens WHERE {condition} ORDER BY id DESC");
        sql.query().fetch_all(&self.pool).await?.iter().map(from_row).collect()
    }
}

impl Store {
    /// The e-mail address of a user.
    pub async fn user_email(&self, user_id: i64) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT email FROM users WHERE id = $1").bind(user_id).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get("email")).transpose()?)
    }
}
