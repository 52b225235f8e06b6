//! Users, their passwords and their roles in organisations.

use crate::actor::Actor;
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// A role in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads the organisation's records.
    Viewer,
    /// Also writes them.
    Editor,
    /// Also manages members, invitations and reads the audit log.
    Owner,
}

impl Role {
    /// Reads `owner`, `editor` or `viewer`.
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "owner" => Some(Role::Owner),
            "editor" => Some(Role::Editor),
            "viewer" => Some(Role::Viewer),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::Viewer => "viewer",
        }
    }
}

/// A user account.
#[derive(Debug, Clone, Serialize)]
pub struct User {
    /// Id.
    pub id: i64,
    /// Login e-mail address.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// Platform administrator.
    pub is_admin: bool,
}

/// 32 random bytes as hex: session cookies, CSRF tokens, invitation links.
pub fn random_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Invalid(format!("no randomness available: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// SHA-256 of a token: tables keep only this, so a copy of the database opens no session.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// An argon2id hash of a password.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    if password.chars().count() < 10 {
        return Err(StoreError::Invalid("a password needs at least 10 characters".into()));
    }
    Ok(password_auth::generate_hash(password))
}

pub(crate) fn normal_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A hash that takes as long to check as a real one: unknown addresses cost the same time as
/// wrong passwords, so timing does not tell which e-mail addresses have accounts.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| password_auth::generate_hash("not a password of anyone"))
}

/// Checks a password against a hash on a blocking thread (argon2 takes tens of
/// milliseconds, which would hold up a runtime worker and every request on it).
async fn password_matches(password: &str, hash: String) -> Result<bool, StoreError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .map_err(|e| StoreError::Invalid(format!("password check stopped: {e}")))
}

impl UnitOfWork {
    /// Adds a user and audits it; `None` when the address has an account already. The check
    /// and the insert are one statement, so a second writer cannot slip in between.
    /// `password_hash` comes from [`hash_password`].
    pub async fn create_user(
        &mut self,
        email: &str,
        display_name: &str,
        password_hash: &str,
        is_admin: bool,
    ) -> Result<Option<i64>, StoreError> {
        let email = normal_email(email);
        if !email.contains('@') || email.len() > 254 {
            return Err(StoreError::Invalid(format!("{email:?} is not an e-mail address")));
        }
        let row = sqlx::query(
            "INSERT INTO users (email, display_name, password_hash, is_admin, created_at) \
             SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM users WHERE email = $1) RETURNING id",
        )
        .bind(email.clone())
        .bind(display_name.trim().to_string())
        .bind(password_hash.to_string())
        .bind(i64::from(is_admin))
        .bind(now())
        .fetch_optional(self.conn()?)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        // Someone who signs up has no account yet: their audit entries name the new one.
        self.act_as(id);
        let after = Some(serde_json::json!({"email": email}));
        self.audit(None, "create", "user", &id.to_string(), None, after);
        Ok(Some(id))
    }

    /// Sets a new password hash and ends every session of the user, in this unit of work: a
    /// changed password locks out whoever had the old one, with no moment where both hold.
    pub async fn set_password(&mut self, user_id: i64, password_hash: &str) -> Result<(), StoreError> {
        let changed = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash.to_string())
            .bind(user_id)
            .execute(self.conn()?)
            .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::Invalid(format!("no user with the id {user_id}")));
        }
        sqlx::query("DELETE FROM web_sessions WHERE user_id = $1").bind(user_id).execute(self.conn()?).await?;
        self.audit(None, "update", "user_password", &user_id.to_string(), None, None);
        Ok(())
    }
}

impl Store {
    /// Creates a user as the command line does (tests, seeding); the e-mail address must be
    /// new. Use-cases go through [`UnitOfWork::create_user`].
    #[cfg(any(test, feature = "testing"))]
    pub async fn create_user(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
        is_admin: bool,
    ) -> Result<i64, StoreError> {
        let hash = hash_password(password)?;
        let mut uow = self.begin(&Actor::command_line()).await?;
        let Some(id) = uow.create_user(email, display_name, &hash, is_admin).await? else {
            return Err(StoreError::Invalid(format!("a user with the address {} exists already", normal_email(email))));
        };
        uow.commit().await?;
        Ok(id)
    }

    /// Authentication by password: the user and the actor they stand for, or `None` when the
    /// address has no account or the password is wrong (both take as long).
    pub async fn authenticate_password(
        &self,
        email: &str,
        password: &str,
    ) -> Result<Option<(User, Actor)>, StoreError> {
        let user = self.user_by_email(email).await?;
        let hash = user.as_ref().map(|(_, h)| h.clone()).unwrap_or_else(|| dummy_hash().to_string());
        let valid = password_matches(password, hash).await?;
        match user {
            Some((user, _)) if valid => {
                let actor = self.actor_for(user.id, user.is_admin).await?;
                Ok(Some((user, actor)))
            }
            _ => Ok(None),
        }
    }

    /// Whether `password` is the current password of the user.
    pub async fn is_password_of(&self, user_id: i64, password: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            // As long as a real check, like a sign-in with an unknown address.
            password_matches(password, dummy_hash().to_string()).await?;
            return Ok(false);
        };
        password_matches(password, row.try_get("password_hash")?).await
    }

    /// The user with this e-mail address, and their password hash.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<(User, String)>, StoreError> {
        let row = sqlx::query("SELECT id, email, display_name, is_admin, password_hash FROM users WHERE email = $1")
            .bind(normal_email(email))
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok((
                User {
                    id: r.try_get("id")?,
                    email: r.try_get("email")?,
                    display_name: r.try_get("display_name")?,
                    is_admin: r.try_get::<i64, _>("is_admin")? != 0,
                },
                r.try_get("password_hash")?,
            ))
        })
        .transpose()
    }

    /// (organisation id, name, role) of every membership of a user.
    pub async fn memberships(&self, user_id: i64) -> Result<Vec<(i64, String, Role)>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id \
             WHERE m.user_id = $1 ORDER BY o.name",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("name")?,
                    Role::parse(&r.try_get::<String, _>("role")?).unwrap_or(Role::Viewer),
                ))
            })
            .collect()
    }

    /// (user id, name, e-mail, role) of an organisation's members.
    pub async fn members(&self, organisation_id: i64) -> Result<Vec<(i64, String, String, Role)>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.display_name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.organisation_id = $1 ORDER BY u.display_name",
        )
        .bind(organisation_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("display_name")?,
                    r.try_get("email")?,
                    Role::parse(&r.try_get::<String, _>("role")?).unwrap_or(Role::Viewer),
                ))
            })
            .collect()
    }
}
