//! Organisations, memberships with roles, and coalitions: the writes run in the caller's
//! [`UnitOfWork`], so a use-case's change, its checks and its audit entries are one transaction.

use crate::actor::Actor;
use crate::people::Role;
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use sqlx::{AnyConnection, Row};

/// A user's role in an organisation, read on `conn`.
pub(crate) async fn role_in(
    conn: &mut AnyConnection,
    user_id: i64,
    organisation_id: i64,
) -> Result<Option<Role>, StoreError> {
    let r = sqlx::query("SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2")
        .bind(user_id)
        .bind(organisation_id)
        .fetch_optional(conn)
        .await?;
    Ok(r.and_then(|r| r.try_get::<String, _>(0).ok()).and_then(|s| Role::parse(&s)))
}

/// How a new role meets an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Granting {
    /// The new role replaces the old one (an owner's or administrator's decision).
    Replace,
    /// The higher of the two is kept (an invitation never lowers a role).
    AtLeast,
}

impl UnitOfWork {
    /// Takes the organisation's row lock for the rest of the transaction. Role changes of one
    /// organisation then run one after the other, so two owners removing each other at the
    /// same moment cannot both succeed. It is a write (not a read) so that SQLite takes its
    /// write lock first instead of failing a read-then-write transaction.
    async fn lock_organisation(&mut self, organisation_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE organisations SET name = name WHERE id = $1")
            .bind(organisation_id)
            .execute(self.conn()?)
            .await?;
        Ok(())
    }

    /// Refuses a change that would leave the organisation without an owner (checked after
    /// the change, inside its transaction, under the organisation's lock).
    async fn keep_an_owner(&mut self, organisation_id: i64) -> Result<(), StoreError> {
        let owners: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE organisation_id = $1 AND role = 'owner'")
                .bind(organisation_id)
                .fetch_one(self.conn()?)
                .await?
                .try_get("n")?;
        if owners == 0 {
            return Err(StoreError::Invalid(
                "this is the organisation's last owner: make another member owner first, so that someone can \
                 still manage it"
                    .into(),
            ));
        }
        Ok(())
    }

    /// The organisation with this name, created (and audited) if missing and `create`; its id.
    pub async fn organisation_id(&mut self, name: &str, create: bool) -> Result<Option<i64>, StoreError> {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(StoreError::Invalid("an organisation needs a name".into()));
        }
        if let Some(r) = sqlx::query("SELECT id FROM organisations WHERE name = $1")
            .bind(name.clone())
            .fetch_optional(self.conn()?)
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
            .fetch_one(self.conn()?)
            .await?;
        let id: i64 = r.try_get("id")?;
        self.audit(Some(id), "create", "organisation", &id.to_string(), None, Some(serde_json::json!({"name": name})));
        Ok(Some(id))
    }

    /// Gives a user a role in an organisation, replacing any earlier role; audited. Refused
    /// when it would demote the organisation's last owner.
    pub async fn grant(&mut self, user_id: i64, organisation_id: i64, role: Role) -> Result<Role, StoreError> {
        self.grant_how(user_id, organisation_id, role, Granting::Replace).await
    }

    /// Gives a role, audited, refusing to leave no owner; the role the user has now.
    pub(crate) async fn grant_how(
        &mut self,
        user_id: i64,
        organisation_id: i64,
        role: Role,
        how: Granting,
    ) -> Result<Role, StoreError> {
        self.lock_organisation(organisation_id).await?;
        let before = role_in(self.conn()?, user_id, organisation_id).await?;
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
        .execute(self.conn()?)
        .await?;
        if before == Some(Role::Owner) {
            self.keep_an_owner(organisation_id).await?;
        }
        let record = format!("{user_id}@{organisation_id}");
        let before = before.map(|r| serde_json::json!({"role": r.as_str()}));
        let after = Some(serde_json::json!({"role": role.as_str()}));
        self.audit(Some(organisation_id), "grant", "membership", &record, before, after);
        Ok(role)
    }

    /// Removes a user from an organisation; `false` if they were not in it. Refused when they
    /// are its last owner.
    pub async fn revoke(&mut self, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        self.lock_organisation(organisation_id).await?;
        let Some(before) = role_in(self.conn()?, user_id, organisation_id).await? else { return Ok(false) };
        sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2")
            .bind(user_id)
            .bind(organisation_id)
            .execute(self.conn()?)
            .await?;
        if before == Role::Owner {
            self.keep_an_owner(organisation_id).await?;
        }
        let record = format!("{user_id}@{organisation_id}");
        let before = Some(serde_json::json!({"role": before.as_str()}));
        self.audit(Some(organisation_id), "revoke", "membership", &record, before, None);
        Ok(true)
    }

    /// Creates a coalition of organisations with its members; its id.
    pub async fn create_coalition(&mut self, name: &str, organisation_ids: &[i64]) -> Result<i64, StoreError> {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(StoreError::Invalid("a coalition needs a name".into()));
        }
        let r = sqlx::query("INSERT INTO coalitions (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name.clone())
            .bind(now())
            .fetch_one(self.conn()?)
            .await?;
        let id: i64 = r.try_get("id")?;
        for org in organisation_ids {
            sqlx::query(
                "INSERT INTO coalition_members (coalition_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(*org)
            .execute(self.conn()?)
            .await?;
        }
        let after = serde_json::json!({"name": name, "organisations": organisation_ids});
        self.audit(organisation_ids.first().copied(), "create", "coalition", &id.to_string(), None, Some(after));
        Ok(id)
    }
}

/// Shortcuts for tests and seeding: each runs one unit of work on behalf of the user `by`
/// (the command line when `None`), without the use-cases' role checks.
impl Store {
    /// The actor a shortcut acts as.
    #[cfg(any(test, feature = "testing"))]
    pub(crate) async fn acting(&self, by: Option<i64>) -> Result<Actor, StoreError> {
        match by {
            Some(user_id) => self.actor_for(user_id, false).await,
            None => Ok(Actor::command_line()),
        }
    }

    /// The organisation with this name (created if missing and `create`); its id.
    pub async fn organisation_id(&self, name: &str, create: bool) -> Result<Option<i64>, StoreError> {
        if !create {
            let r = sqlx::query("SELECT id FROM organisations WHERE name = $1")
                .bind(name.trim().to_string())
                .fetch_optional(&self.pool)
                .await?;
            return r.map(|r| Ok(r.try_get("id")?)).transpose();
        }
        let mut uow = self.begin(&Actor::command_line()).await?;
        let id = uow.organisation_id(name, true).await?;
        uow.commit().await?;
        Ok(id)
    }

    /// Gives a user a role in an organisation ([`UnitOfWork::grant`]).
    #[cfg(any(test, feature = "testing"))]
    pub async fn grant(
        &self,
        by: Option<i64>,
        user_id: i64,
        organisation_id: i64,
        role: Role,
    ) -> Result<(), StoreError> {
        let mut uow = self.begin(&self.acting(by).await?).await?;
        uow.grant(user_id, organisation_id, role).await?;
        uow.commit().await?;
        Ok(())
    }

    /// Removes a user from an organisation ([`UnitOfWork::revoke`]).
    #[cfg(any(test, feature = "testing"))]
    pub async fn revoke(&self, by: Option<i64>, user_id: i64, organisation_id: i64) -> Result<bool, StoreError> {
        let mut uow = self.begin(&self.acting(by).await?).await?;
        let removed = uow.revoke(user_id, organisation_id).await?;
        uow.commit().await?;
        Ok(removed)
    }

    /// Creates a coalition ([`UnitOfWork::create_coalition`]).
    #[cfg(any(test, feature = "testing"))]
    pub async fn create_coalition(
        &self,
        by: Option<i64>,
        name: &str,
        organisation_ids: &[i64],
    ) -> Result<i64, StoreError> {
        let mut uow = self.begin(&self.acting(by).await?).await?;
        let id = uow.create_coalition(name, organisation_ids).await?;
        uow.commit().await?;
        Ok(id)
    }

    /// (organisation id, name) of a coalition's member organisations, by name.
    pub async fn coalition_members(&self, coalition_id: i64) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.name FROM coalition_members m JOIN organisations o ON o.id = m.organisation_id \
             WHERE m.coalition_id = $1 ORDER BY o.name",
        )
        .bind(coalition_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
    }

    /// An organisation's name.
    pub async fn organisation_name(&self, organisation_id: i64) -> Result<Option<String>, StoreError> {
        let r = sqlx::query("SELECT name FROM organisations WHERE id = $1")
            .bind(organisation_id)
            .fetch_optional(&self.pool)
            .await?;
        r.map(|r| Ok(r.try_get("name")?)).transpose()
    }

    /// The coalition with this name, if there is exactly one (names of coalitions are not
    /// unique: two networks may choose the same one).
    pub async fn coalition_named(&self, name: &str) -> Result<Option<i64>, StoreError> {
        let rows = sqlx::query("SELECT id FROM coalitions WHERE name = $1")
            .bind(name.trim().to_string())
            .fetch_all(&self.pool)
            .await?;
        match rows.as_slice() {
            [one] => Ok(Some(one.try_get("id")?)),
            [] => Ok(None),
            _ => Err(StoreError::Invalid(format!("several coalitions are named {name:?}: give its number instead"))),
        }
    }

    /// A user's role in an organisation.
    pub async fn role_of(&self, user_id: i64, organisation_id: i64) -> Result<Option<Role>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        role_in(&mut conn, user_id, organisation_id).await
    }
}
