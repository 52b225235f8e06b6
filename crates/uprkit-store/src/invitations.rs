//! Single-use invitation links to join an organisation.

#[cfg(feature = "testing")]
use crate::actor::Actor;
use crate::organisations::Granting;
use crate::people::{Role, random_token, token_hash};
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use sqlx::Row;

/// Who takes up an invitation.
#[derive(Debug, Clone)]
pub enum Invitee {
    /// An existing account (signed in, or whose password was checked).
    User(i64),
    /// A new account, created with the membership or not at all.
    NewAccount {
        /// Login e-mail address.
        email: String,
        /// Name shown to others.
        display_name: String,
        /// The argon2 hash of the chosen password ([`crate::hash_password`]).
        password_hash: String,
    },
}

/// What came of an acceptance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Acceptance {
    /// The user is a member, with this role (never lower than the one they had).
    Joined {
        /// Who.
        user_id: i64,
        /// Their role now.
        role: Role,
    },
    /// The link was used (perhaps a moment ago by a concurrent request) or has expired.
    Unavailable,
    /// A new account was asked for an address that has one; nothing was changed.
    AddressTaken,
}

impl UnitOfWork {
    /// Creates a single-use invitation link token, valid for `days`, made by the actor (a
    /// signed-in person: the link records who invited).
    pub async fn create_invitation(
        &mut self,
        organisation_id: i64,
        role: Role,
        days: i64,
    ) -> Result<String, StoreError> {
        let Some(by) = self.actor().user_id() else {
            return Err(StoreError::Forbidden("an invitation is made by a signed-in owner".into()));
        };
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
        .execute(self.conn()?)
        .await?;
        let after = Some(serde_json::json!({"role": role.as_str()}));
        self.audit(Some(organisation_id), "create", "invitation", "link", None, after);
        Ok(token)
    }

    /// Uses an invitation: the link is taken (a conditional update that only one of several
    /// simultaneous requests can win), the account is created if asked for, and the
    /// membership added, keeping the higher role when the user is a member already. All of
    /// it is in this unit of work: one link, one membership, and no account without its
    /// membership. On [`Acceptance::Unavailable`] and [`Acceptance::AddressTaken`] the caller
    /// drops the unit of work, which gives the link back.
    pub async fn accept_invitation(&mut self, token: &str, invitee: Invitee) -> Result<Acceptance, StoreError> {
        if let Invitee::User(id) = invitee
            && self.actor().user_id() != Some(id)
        {
            return Err(StoreError::Forbidden("an invitation is taken up by the invited person only".into()));
        }
        let taken = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING organisation_id, role",
        )
        .bind(now())
        .bind(token_hash(token))
        .fetch_optional(self.conn()?)
        .await?;
        let Some(taken) = taken else { return Ok(Acceptance::Unavailable) };
        let organisation_id: i64 = taken.try_get("organisation_id")?;
        let role = Role::parse(&taken.try_get::<String, _>("role")?).unwrap_or(Role::Viewer);
        let user_id = match invitee {
            Invitee::User(id) => id,
            Invitee::NewAccount { email, display_name, password_hash } => {
                match self.create_user(&email, &display_name, &password_hash, false).await? {
                    Some(id) => id,
                    None => return Ok(Acceptance::AddressTaken),
                }
            }
        };
        let role = self.grant_how(user_id, organisation_id, role, Granting::AtLeast).await?;
        let after = Some(serde_json::json!({"user_id": user_id, "role": role.as_str()}));
        self.audit(Some(organisation_id), "accept", "invitation", "link", None, after);
        Ok(Acceptance::Joined { user_id, role })
    }
}

impl Store {
    /// Creates an invitation made by the user `by` (tests, seeding; use-cases go through
    /// [`UnitOfWork::create_invitation`]).
    #[cfg(any(test, feature = "testing"))]
    pub async fn create_invitation(
        &self,
        by: i64,
        organisation_id: i64,
        role: Role,
        days: i64,
    ) -> Result<String, StoreError> {
        let mut uow = self.begin(&self.acting(Some(by)).await?).await?;
        let token = uow.create_invitation(organisation_id, role, days).await?;
        uow.commit().await?;
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
            let role = Role::parse(&r.try_get::<String, _>("role")?).unwrap_or(Role::Viewer);
            Ok((r.try_get("organisation_id")?, r.try_get("name")?, role))
        })
        .transpose()
    }

    /// Uses an invitation on behalf of the invitee (tests, seeding; use-cases go through
    /// [`UnitOfWork::accept_invitation`]), committed only when they joined.
    #[cfg(any(test, feature = "testing"))]
    pub async fn accept_invitation(&self, token: &str, invitee: Invitee) -> Result<Acceptance, StoreError> {
        let actor = match &invitee {
            Invitee::User(id) => self.acting(Some(*id)).await?,
            Invitee::NewAccount { .. } => Actor::anonymous(),
        };
        let mut uow = self.begin(&actor).await?;
        let done = uow.accept_invitation(token, invitee).await?;
        if matches!(done, Acceptance::Joined { .. }) {
            uow.commit().await?;
        }
        Ok(done)
    }
}
