//! Accounts: adding users, passwords, taking up invitations.

use crate::{App, AppError};
use uprkit_store::{Acceptance, Actor, Invitee};

/// What came of a password change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordChange {
    /// The new password holds; every session of the user has ended.
    Changed,
    /// The current password given was wrong; nothing changed.
    CurrentWrong,
}

/// Who takes up an invitation.
#[derive(Debug, Clone)]
pub enum Joining {
    /// The actor's own account (signed in, or whose password was just checked).
    AsActor,
    /// A new account, created with the membership or not at all.
    NewAccount {
        /// Login e-mail address.
        email: String,
        /// Name shown to others.
        display_name: String,
        /// The chosen password (10 characters or more).
        password: String,
    },
}

impl App {
    /// The argon2 hash of a password, computed on a blocking thread: it takes tens of
    /// milliseconds that a runtime worker would otherwise spend away from other requests.
    async fn hash(&self, password: &str) -> Result<String, AppError> {
        let password = password.to_string();
        self.blocking(move || Ok(uprkit_store::hash_password(&password)?)).await
    }

    /// Adds a user; its id. Only the operator and platform administrators add users.
    pub async fn add_user(
        &self,
        actor: &Actor,
        email: &str,
        display_name: &str,
        password: &str,
        is_admin: bool,
    ) -> Result<i64, AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden("only a platform administrator can add users".into()));
        }
        let hash = self.hash(password).await?;
        let mut uow = self.begin(actor).await?;
        let Some(id) = uow.create_user(email, display_name, &hash, is_admin).await? else {
            let email = email.trim().to_lowercase();
            return Err(AppError::Invalid(format!("a user with the address {email} exists already")));
        };
        self.commit(uow).await?;
        Ok(id)
    }

    /// Changes the actor's own password, once the current one is proven; every session of
    /// theirs ends with it.
    pub async fn change_own_password(
        &self,
        actor: &Actor,
        current: &str,
        new: &str,
    ) -> Result<PasswordChange, AppError> {
        let user_id = actor.user_id().ok_or(AppError::SignInNeeded)?;
        if !self.store.is_password_of(user_id, current).await? {
            return Ok(PasswordChange::CurrentWrong);
        }
        let hash = self.hash(new).await?;
        let mut uow = self.begin(actor).await?;
        uow.set_password(user_id, &hash).await?;
        self.commit(uow).await?;
        Ok(PasswordChange::Changed)
    }

    /// Sets the password of the user with this address (someone who lost theirs); every
    /// session of theirs ends. Only the operator and platform administrators do this.
    pub async fn reset_password(&self, actor: &Actor, email: &str, new: &str) -> Result<(), AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden("only a platform administrator can set another user's password".into()));
        }
        let (user, _) = self
            .store
            .user_by_email(email)
            .await?
            .ok_or_else(|| AppError::Invalid(format!("no user with the address {email}")))?;
        let hash = self.hash(new).await?;
        let mut uow = self.begin(actor).await?;
        uow.set_password(user.id, &hash).await?;
        self.commit(uow).await
    }

    /// Takes up an invitation link: the link is used, the account created if asked for and
    /// the membership added, all in one transaction. When the link is unavailable or the
    /// address taken, nothing changes (the link can still be used).
    pub async fn accept_invitation(
        &self,
        actor: &Actor,
        token: &str,
        joining: Joining,
    ) -> Result<Acceptance, AppError> {
        let invitee = match joining {
            Joining::AsActor => Invitee::User(actor.user_id().ok_or(AppError::SignInNeeded)?),
            Joining::NewAccount { email, display_name, password } => {
                let password_hash = self.hash(&password).await?;
                Invitee::NewAccount { email, display_name, password_hash }
            }
        };
        let mut uow = self.begin(actor).await?;
        let done = uow.accept_invitation(token, invitee).await?;
        if matches!(done, Acceptance::Joined { .. }) {
            self.commit(uow).await?;
        }
        Ok(done)
    }
}
