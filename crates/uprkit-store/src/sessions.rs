//! Web sessions and login throttling.

use crate::people::{User, random_token, token_hash};
use crate::{Store, StoreError, now};
use sqlx::Row;

/// How long a session lasts.
pub const SESSION_HOURS: i64 = 12;

/// The same, in seconds, for the cookie.
pub const SESSION_SECONDS: i64 = SESSION_HOURS * 3600;

/// Failures (per account or per address) within the window after which logins slow down.
pub const FREE_FAILURES: i64 = 5;

/// The window failures are counted in.
pub const FAILURE_WINDOW_MINUTES: i64 = 15;

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct WebSession {
    /// Who.
    pub user: User,
    /// The token forms must send back.
    pub csrf_token: String,
}

fn at_offset(minutes: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::minutes(minutes)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Store {
    /// Starts a session; returns the cookie value (never stored as such).
    pub async fn create_session(&self, user_id: i64) -> Result<String, StoreError> {
        let token = random_token()?;
        sqlx::query("INSERT INTO web_sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash(&token))
            .bind(user_id)
            .bind(random_token()?)
            .bind(now())
            .bind(at_offset(SESSION_HOURS * 60))
            .execute(&self.pool)
            .await?;
        Ok(token)
    }

    /// The live session of a cookie value.
    pub async fn session(&self, token: &str) -> Result<Option<WebSession>, StoreError> {
        let r = sqlx::query(
            "SELECT u.id, u.email, u.display_name, u.is_admin, s.csrf_token FROM web_sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        r.map(|r| {
            Ok(WebSession {
                user: User {
                    id: r.try_get("id")?,
                    email: r.try_get("email")?,
                    display_name: r.try_get("display_name")?,
                    is_admin: r.try_get::<i64, _>("is_admin")? != 0,
                },
                csrf_token: r.try_get("csrf_token")?,
            })
        })
        .transpose()
    }

    /// Ends a session.
    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM web_sessions WHERE token_hash = $1")
            .bind(token_hash(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records a failed login.
    pub async fn record_login_failure(&self, account: &str, address: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO login_failures (account, address, at) VALUES ($1, $2, $3)")
            .bind(account.trim().to_lowercase())
            .bind(address.to_string())
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Recent failures for this account and for this address: the larger count.
    pub async fn recent_login_failures(&self, account: &str, address: &str) -> Result<i64, StoreError> {
        let since = at_offset(-FAILURE_WINDOW_MINUTES);
        let count = |column: &'static str, value: String| {
            let sql = if column == "account" {
                "SELECT COUNT(*) AS n FROM login_failures WHERE account = $1 AND at > $2"
            } else {
                "SELECT COUNT(*) AS n FROM login_failures WHERE address = $1 AND at > $2"
            };
            sqlx::query(sql).bind(value).bind(since.clone()).fetch_one(&self.pool)
        };
        let a: i64 = count("account", account.trim().to_lowercase()).await?.try_get("n")?;
        let b: i64 = count("address", address.to_string()).await?.try_get("n")?;
        Ok(a.max(b))
    }

    /// Forgets an account's failures after a successful login.
    pub async fn clear_login_failures(&self, account: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE account = $1")
            .bind(account.trim().to_lowercase())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
