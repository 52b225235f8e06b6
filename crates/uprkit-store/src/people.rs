//! Users, organisations, memberships with roles, coalitions and invitations.

use crate::audit::audit_in;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
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

/// Adds a user on `conn` (inside the caller's transaction) and audits it; `None` when the
/// address has an account already. The check and the insert are one statement, so a second
/// writer cannot slip in between.
pub(crate) async fn insert_user(
    conn: &mut AnyConnection,
    email: &str,
    display_name: &str,
    hash: &str,
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
    .bind(hash.to_string())
    .bind(i64::from(is_admin))
    .bind(now())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let id: i64 = row.try_get("id")?;
    audit_in(
        &mut *conn,
        Some(id),
        None,
        "create",
        "user",
        &id.to_string(),
        None,
        Some(serde_json::json!({"email": email})),
    )
    .await?;
    Ok(Some(id))
}

/// Takes the organisation's row lock for the rest of the transaction. Role changes of one
/// organisation then run one after the other, so two owners removing each other at the same
/// moment cannot both succeed. It is a write (not a read) so that SQLite takes its write lock
/// first instead of failing a read-then-write transaction.
async fn lock_organisation(conn: &mut AnyConnection, organisation_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE organisations SET name = name WHERE id = $1").bind(organisation_id).execute(conn).await?;
    Ok(())
}

async fn role_in(conn: &mut AnyConnection, user_id: i64, organisation_id: i64) -> Result<Option<Role>, StoreError> {
    let r = sqlx::query("SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2")
        .bind(user_id)
        .bind(organisation_id)
        .fetch_optional(conn)
        .await?;
    Ok(r.and_then(|r| r.try_get::<String, _>(0).ok()).and_then(|s| Role::parse(&s)))
}

/// Refuses a change that would leave the organisation without an owner (checked after the
/// change, inside its transaction, under the organisation's lock).
async fn keep_an_owner(conn: &mut AnyConnection, organisation_id: i64) -> Result<(), StoreError> {
    let owners: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE organisation_id = $1 AND role = 'owner'")
            .bind(organisation_id)
            .fetch_one(conn)
            .await?
            .try_get("n")?;
    if owners == 0 {
        return Err(StoreError::Invalid(
            "this is the organisation's last owner: make another member owner first, so that someone can still \
             manage it"
                .into(),
        ));
    }
    Ok(())
}

/// How a new role meets an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Granting {
    /// The new role replaces the old one (an owner's or administrator's decision).
    Replace,
    /// The higher of the two is kept (an invitation never lowers a role).
    AtLeast,
}

/// Gives a role inside the caller's transaction, audited, refusing to leave no owner.
pub(crate) async fn grant_in(
    conn: &mut AnyConnection,
    by: Option<i64>,
    user_id: i64,
    organisation_id: i64,
    role: Role,
    how: Granting,
) -> Result<Role, StoreError> {
    lock_organisation(&mut *conn, organisation_id).await?;
    let before = role_in(&mut *conn, user_id, organisation_id).await?;
    let role = match (how, before) {
        (Granting::AtLeast, Some(old)) => old.max(role),
        _ => role,
    };
    if before == Some(role) {
        return Ok(role);
    }
    sqlx::query(
        "INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user_id)
    .bind(organisation_id)
    .bind(role.as_str())
    .execute(&mut *conn)
    .await?;
    if before == Some(Role::Owner) {
        keep_an_owner(&mut *conn, organisation_id).await?;
    }
    let record = format!("{user_id}@{organisation_id}");
    let before = before.map(|r| serde_json::json!({"role": r.as_str()}));
    let after = Some(serde_json::json!({"role": role.as_str()}));
    audit_in(&mut *conn, by, Some(organisation_id), "grant", "membership", &record, before, after).await?;
    Ok(role)
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
        let hash = hash_password(password)?;
        let mut tx = self.begin_write().await?;
        let Some(id) = insert_user(&mut tx, email, display_name, &hash, is_admin).await? else {
            return Err(StoreError::Invalid(format!("a user with the address {} exists already", normal_email(email))));
        };
        tx.commit().await?;
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

    /// Sets a new password and ends every session of the user, in one transaction: a changed
    /// password locks out whoever had the old one, with no moment where both hold.
    pub async fn set_password(&self, user_id: i64, password: &str) -> Result<(), StoreError> {
        let hash = hash_password(password)?;
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM web_sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        audit_in(&mut *tx, Some(user_id), None, "update", "user_password", &user_id.to_string(), None, None).await?;
        tx.commit().await?;
        Ok(())
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

    /// Gives a user a role in an organisation, replacing any earlier role. Refused when it
    /// would demote the organisation's last owner.
    pub async fn grant(
        &self,
        by: Option<i64>,
        user_id: i64,
        organisation_id: i64,
        role: Role,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        grant_in(&mut tx, by, user_id, organisation_id, role, Granting::Replace).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a user from an organisation; `false` if they were not in it. Refused when they
    /// are its last owner.
    pub async fn revoke(&self, by: Option<i64>, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        lock_organisation(&mut tx, organisation_id).await?;
        let before = role_in(&mut tx, user_id, organisation_id).await?;
        let Some(before) = before else { return Ok(false) };
        sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2")
            .bind(user_id)
            .bind(organisation_id)
            .execute(&mut *tx)
            .await?;
        if before == Role::Owner {
            keep_an_owner(&mut tx, organisation_id).await?;
        }
        let record = format!("{user_id}@{organisation_id}");
        let before_json = Some(serde_json::json!({"role": before.as_str()}));
        audit_in(&mut *tx, by, Some(organisation_id), "revoke", "membership", &record, before_json, None).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A user's role in an organisation.
    pub async fn role_of(&self, user_id: i64, organisation_id: i64) -> Result<Option<Role>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        role_in(&mut conn, user_id, organisation_id).await
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
        // The coalition, its members and the audit entry are written together or not at all.
        let mut tx = self.begin_write().await?;
        let r = sqlx::query("INSERT INTO coalitions (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name.trim().to_string())
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let id: i64 = r.try_get("id")?;
        for org in organisation_ids {
            sqlx::query(
                "INSERT INTO coalition_members (coalition_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(*org)
            .execute(&mut *tx)
            .await?;
        }
        let after = serde_json::json!({"name": name, "organisations": organisation_ids});
        let first = organisation_ids.first().copied();
        audit_in(&mut *tx, by, first, "create", "coalition", &id.to_string(), None, Some(after)).await?;
        tx.commit().await?;
        Ok(id)
    }
}
