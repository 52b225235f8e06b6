//! Users, organisations, memberships with roles, coalitions and invitations.

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

fn normal_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Store {
    /// Creates a user; the e-mail address must be new.
    pub async fn create_user(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
        is_admin: bool,
    ) -> Result<i64, StoreError> {
        let email = normal_email(email);
        if !email.contains('@') || email.len() > 254 {
            return Err(StoreError::Invalid(format!("{email:?} is not an e-mail address")));
        }
        if self.user_by_email(&email).await?.is_some() {
            return Err(StoreError::Invalid(format!("a user with the address {email} exists already")));
        }
        let hash = hash_password(password)?;
        let row = sqlx::query(
            "INSERT INTO users (email, display_name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(email.clone())
        .bind(display_name.trim().to_string())
        .bind(hash)
        .bind(i64::from(is_admin))
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        let id: i64 = row.try_get("id")?;
        self.audit(Some(id), None, "create", "user", &id.to_string(), None, Some(serde_json::json!({"email": email})))
            .await?;
        Ok(id)
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

    /// Sets a new password.
    pub async fn set_password(&self, user_id: i64, password: &str) -> Result<(), StoreError> {
        let hash = hash_password(password)?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        // Every other session of this user ends: a changed password locks out whoever had it.
        sqlx::query("DELETE FROM web_sessions WHERE user_id = $1").bind(user_id).execute(&self.pool).await?;
        self.audit(Some(user_id), None, "update", "user_password", &user_id.to_string(), None, None).await
    }

    /// The organisation with this name, created if missing; its id.
    pub async fn organisation_id(&self, name: &str, create: bool) -> Result<Option<i64>, StoreError> {
        let name = name.trim().to_string();
        if let Some(r) = sqlx::query("SELECT id FROM organisations WHERE name = $1")
            .bind(name.clone())
            .fetch_optional(&self.pool)
            .await?
        {
            return Ok(Some(r.try_get("id")?));
        }
        if !create {
            return Ok(None);
        }
        let r = sqlx::query("INSERT INTO organisations (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name.clone())
            .bind(now())
            .fetch_one(&self.pool)
            .await?;
        let id: i64 = r.try_get("id")?;
        self.audit(
            None,
            Some(id),
            "create",
            "organisation",
            &id.to_string(),
            None,
            Some(serde_json::json!({"name": name})),
        )
        .await?;
        Ok(Some(id))
    }

    /// Gives a user a role in an organisation (replacing any earlier role).
    pub async fn grant(
        &self,
        by: Option<i64>,
        user_id: i64,
        organisation_id: i64,
        role: Role,
    ) -> Result<(), StoreError> {
        let before = self.role_of(user_id, organisation_id).await?;
        sqlx::query(
            "INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role",
        )
        .bind(user_id)
        .bind(organisation_id)
        .bind(role.as_str())
        .execute(&self.pool)
        .await?;
        let record = format!("{user_id}@{organisation_id}");
        let before = before.map(|r| serde_json::json!({"role": r.as_str()}));
        self.audit(
            by,
            Some(organisation_id),
            "grant",
            "membership",
            &record,
            before,
            Some(serde_json::json!({"role": role.as_str()})),
        )
        .await
    }

    /// Removes a user from an organisation.
    pub async fn revoke(&self, by: Option<i64>, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        let before = self.role_of(user_id, organisation_id).await?;
        sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2")
            .bind(user_id)
            .bind(organisation_id)
            .execute(&self.pool)
            .await?;
        let record = format!("{user_id}@{organisation_id}");
        let before_json = before.map(|r| serde_json::json!({"role": r.as_str()}));
        self.audit(by, Some(organisation_id), "revoke", "membership", &record, before_json, None).await?;
        Ok(before.is_some())
    }

    /// A user's role in an organisation.
    pub async fn role_of(&self, user_id: i64, organisation_id: i64) -> Result<Option<Role>, StoreError> {
        let r = sqlx::query("SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2")
            .bind(user_id)
            .bind(organisation_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.and_then(|r| r.try_get::<String, _>("role").ok()).and_then(|s| Role::parse(&s)))
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

    /// Creates a coalition of organisations; its id.
    pub async fn create_coalition(
        &self,
        by: Option<i64>,
        name: &str,
        organisation_ids: &[i64],
    ) -> Result<i64, StoreError> {
        let r = sqlx::query("INSERT INTO coalitions (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name.trim().to_string())
            .bind(now())
            .fetch_one(&self.pool)
            .await?;
        let id: i64 = r.try_get("id")?;
        for org in organisation_ids {
            sqlx::query(
                "INSERT INTO coalition_members (coalition_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(*org)
            .execute(&self.pool)
            .await?;
        }
        let after = serde_json::json!({"name": name, "organisations": organisation_ids});
        self.audit(by, organisation_ids.first().copied(), "create", "coalition", &id.to_string(), None, Some(after))
            .await?;
        Ok(id)
    }

    /// Creates a single-use invitation link token, valid for `days`.
    pub async fn create_invitation(
        &self,
        by: i64,
        organisation_id: i64,
        role: Role,
        days: i64,
    ) -> Result<String, StoreError> {
        let token = random_token()?;
        let expires =
            (chrono::Utc::now() + chrono::Duration::days(days)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        sqlx::query(
            "INSERT INTO invitations (token_hash, organisation_id, role, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash(&token))
        .bind(organisation_id)
        .bind(role.as_str())
        .bind(by)
        .bind(expires)
        .execute(&self.pool)
        .await?;
        self.audit(
            Some(by),
            Some(organisation_id),
            "create",
            "invitation",
            "link",
            None,
            Some(serde_json::json!({"role": role.as_str()})),
        )
        .await?;
        Ok(token)
    }

    /// The (organisation id, name, role) an unused, unexpired invitation is for.
    pub async fn invitation(&self, token: &str) -> Result<Option<(i64, String, Role)>, StoreError> {
        let r = sqlx::query(
            "SELECT i.organisation_id, o.name, i.role FROM invitations i JOIN organisations o ON o.id = i.organisation_id \
             WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        r.map(|r| {
            Ok((
                r.try_get("organisation_id")?,
                r.try_get("name")?,
                Role::parse(&r.try_get::<String, _>("role")?).unwrap_or(Role::Viewer),
            ))
        })
        .transpose()
    }

    /// Uses an invitation for a user: they join with its role. `false` if it was used or expired.
    pub async fn accept_invitation(&self, token: &str, user_id: i64) -> Result<bool, StoreError> {
        let Some((org, _, role)) = self.invitation(token).await? else { return Ok(false) };
        let done = sqlx::query("UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
            .bind(now())
            .bind(token_hash(token))
            .execute(&self.pool)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        self.grant(Some(user_id), user_id, org, role).await?;
        Ok(true)
    }
}
