//! Personal API tokens: make, list, revoke.

use crate::{App, AppError};
use uprkit_store::{Actor, ApiToken};

/// A token just made: the only time the token itself is shown.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NewToken {
    /// Its id (to revoke it).
    pub id: i64,
    /// The bearer token.
    pub token: String,
}

impl App {
    /// Makes a token for the user with this e-mail address (the actor themselves; the command
    /// line for anyone).
    pub async fn create_token(
        &self,
        actor: &Actor,
        email: &str,
        name: &str,
        expires_in_days: Option<u32>,
    ) -> Result<NewToken, AppError> {
        let (user, _) = self.store.user_by_email(email).await?.ok_or_else(|| {
            // The command line needs to know; a signed-in person only ever names themselves.
            AppError::Invalid(format!("no user with the address {email}"))
        })?;
        let mut uow = self.begin(actor).await?;
        let (id, token) = uow.create_api_token(user.id, name, expires_in_days).await?;
        self.commit(uow).await?;
        Ok(NewToken { id, token })
    }

    /// The actor's tokens.
    pub async fn tokens(&self, actor: &Actor) -> Result<Vec<ApiToken>, AppError> {
        Ok(self.store.api_tokens(actor).await?)
    }

    /// Revokes one of the actor's tokens.
    pub async fn revoke_token(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        let mut uow = self.begin(actor).await?;
        if !uow.revoke_api_token(id).await? {
            return Err(AppError::NotFound);
        }
        self.commit(uow).await
    }

    /// Authentication by bearer token (`Authorization: Bearer TOKEN`).
    pub async fn authenticate_bearer(&self, token: &str) -> Result<Option<Actor>, AppError> {
        Ok(self.store.authenticate_bearer(token).await?)
    }
}
