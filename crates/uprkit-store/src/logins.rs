//! Web sessions and login throttling.

use crate::people::{User, random_token, token_hash};
use crate::{Store, StoreError, now};
use sqlx::Row;

/// How long a session lasts.
pub const SESSION_HOURS: i64 = 12;

/// The same, in seconds, for the cookie.
pub const SESSION_SECONDS: i64 = SESSION_HOURS * 3600;

/// Failures of one account within the window after which its sign-ins slow down.
pub const FREE_FAILURES: i64 = 5;

/// Failures from one address within the window after which its sign-ins slow down. Higher
/// than per account: many people can share an address (an office, a NAT).
pub const FREE_ADDRESS_FAILURES: i64 = 10;

/// The longest wait an account can be put under. Short on purpose: anyone can fail sign-ins
/// for someone else's account, so a long wait would let them keep its owner out.
pub const MAX_ACCOUNT_DELAY_SECONDS: i64 = 4;

/// The longest wait an address can be put under (it only slows whoever is at that address).
pub const MAX_ADDRESS_DELAY_SECONDS: i64 = 300;

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

/// Seconds of slow-down after `failures` recent failures: none for the first `free`, then
/// doubling from one second up to `max`.
pub fn delay_after(failures: i64, free: i64, max: i64) -> i64 {
    if failures < free { 0 } else { (1i64 << (failures - free).min(20)).min(max) }
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

    /// Records a failed sign-in for the e-mail address `account` from `address`.
    pub async fn record_login_failure(&self, account: &str, address: &str) -> Result<(), StoreError> {
        // Failures older than the window no longer count: the table stays small under attack.
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(at_offset(-FAILURE_WINDOW_MINUTES))
            .execute(&self.pool)
            .await?;
        sqlx::query("INSERT INTO login_failures (account, address, at) VALUES ($1, $2, $3)")
            .bind(account.trim().to_lowercase())
            .bind(address.to_string())
            .bind(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// How many seconds (rounded up) a sign-in for `account` from `address` must still wait:
    /// 0 when it may go ahead. The account and the address are throttled separately, each as
    /// a "not before" time after its latest failure, so a request after the wait is checked
    /// normally. The account's wait stays short ([`MAX_ACCOUNT_DELAY_SECONDS`]).
    pub async fn login_wait(&self, account: &str, address: &str) -> Result<u64, StoreError> {
        let since = at_offset(-FAILURE_WINDOW_MINUTES);
        let account = account.trim().to_lowercase();
        let mut until = chrono::Utc::now();
        for (sql, key, free, max) in [
            (
                "SELECT COUNT(*) AS n, MAX(at) AS latest FROM login_failures WHERE account = $1 AND at > $2",
                account,
                FREE_FAILURES,
                MAX_ACCOUNT_DELAY_SECONDS,
            ),
            (
                "SELECT COUNT(*) AS n, MAX(at) AS latest FROM login_failures WHERE address = $1 AND at > $2",
                address.to_string(),
                FREE_ADDRESS_FAILURES,
                MAX_ADDRESS_DELAY_SECONDS,
            ),
        ] {
            let r = sqlx::query(sql).bind(key).bind(since.clone()).fetch_one(&self.pool).await?;
            let count: i64 = r.try_get("n")?;
            let latest: Option<String> = r.try_get("latest")?;
            let delay = delay_after(count, free, max);
            if let (true, Some(latest)) = (delay > 0, latest) {
                let latest = chrono::DateTime::parse_from_rfc3339(&latest)
                    .map_err(|e| StoreError::Invalid(format!("bad time {latest:?} in login_failures: {e}")))?;
                until = until.max(latest.to_utc() + chrono::Duration::seconds(delay));
            }
        }
        let left = (until - chrono::Utc::now()).num_milliseconds();
        // Rounded up, so that a client that waits exactly this long is let through.
        Ok(if left > 0 { (left as u64).div_ceil(1000) } else { 0 })
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
