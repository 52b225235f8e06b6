//! Organisations: members and their roles, invitations, coalitions.

use crate::{App, AppError};
use serde::Serialize;
use uprkit_store::{Actor, Role};

/// A coalition as one of its members sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coalition {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// (organisation id, name) of its member organisations, by name.
    pub members: Vec<(i64, String)>,
}

/// Refuses unless the actor owns the organisation. To someone outside it the organisation
/// answers as if it did not exist.
fn require_owner(actor: &Actor, organisation_id: i64) -> Result<(), AppError> {
    if !actor.is_authenticated() {
        return Err(AppError::SignInNeeded);
    }
    match actor.role_in(organisation_id) {
        None => Err(AppError::NotFound),
        Some(Role::Owner) => Ok(()),
        Some(_) => Err(AppError::Forbidden("only the organisation's owners can do this".into())),
    }
}

impl App {
    /// The organisation with this name, created if missing; its id. Only the operator and
    /// platform administrators create organisations.
    pub async fn create_organisation(&self, actor: &Actor, name: &str) -> Result<i64, AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden("only a platform administrator can create organisations".into()));
        }
        let mut uow = self.begin(actor).await?;
        let id = uow
            .organisation_id(name, true)
            .await?
            .ok_or_else(|| AppError::Internal(format!("the organisation {name} was not created")))?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// Gives a user a role in an organisation, replacing any earlier one; refused when it
    /// would demote the last owner. Owners of the organisation (and the operator) decide.
    pub async fn grant_role(
        &self,
        actor: &Actor,
        user_id: i64,
        organisation_id: i64,
        role: Role,
    ) -> Result<(), AppError> {
        require_owner(actor, organisation_id)?;
        let mut uow = self.begin(actor).await?;
        uow.grant(user_id, organisation_id, role).await?;
        self.commit(uow).await
    }

    /// Removes a user from an organisation; `false` when they were not in it. Refused for
    /// its last owner.
    pub async fn revoke_role(&self, actor: &Actor, user_id: i64, organisation_id: i64) -> Result<bool, AppError> {
        require_owner(actor, organisation_id)?;
        let mut uow = self.begin(actor).await?;
        let removed = uow.revoke(user_id, organisation_id).await?;
        self.commit(uow).await?;
        Ok(removed)
    }

    /// Makes a single-use invitation link token into an organisation, valid for `days`. Only
    /// its owners invite (signed in: the link records who).
    pub async fn invite(&self, actor: &Actor, organisation_id: i64, role: Role, days: i64) -> Result<String, AppError> {
        require_owner(actor, organisation_id)?;
        let mut uow = self.begin(actor).await?;
        let token = uow.create_invitation(organisation_id, role, days).await?;
        self.commit(uow).await?;
        Ok(token)
    }

    /// Forms a coalition of organisations; its id. The operator may join any; anyone else
    /// must own every organisation in it (a coalition opens records to its members).
    pub async fn form_coalition(&self, actor: &Actor, name: &str, organisation_ids: &[i64]) -> Result<i64, AppError> {
        if organisation_ids.is_empty() {
            return Err(AppError::Invalid("a coalition needs at least one organisation".into()));
        }
        for org in organisation_ids {
            require_owner(actor, *org).map_err(|e| match e {
                AppError::NotFound | AppError::Forbidden(_) => {
                    AppError::Forbidden("only an owner of every organisation in it can form a coalition".into())
                }
                e => e,
            })?;
        }
        let mut uow = self.begin(actor).await?;
        let id = uow.create_coalition(name, organisation_ids).await?;
        self.commit(uow).await?;
        Ok(id)
    }

    /// The coalitions the actor's organisations belong to, by name, with their members.
    pub async fn coalitions(&self, actor: &Actor) -> Result<Vec<Coalition>, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        let mut out = Vec::new();
        for (id, name) in self.store.coalition_names(actor).await? {
            let members = self.store.coalition_members(id).await?;
            out.push(Coalition { id, name, members });
        }
        Ok(out)
    }

    /// One coalition of the actor's organisations. Any other coalition answers as if it did
    /// not exist: its name and members are its members' business.
    pub async fn coalition(&self, actor: &Actor, id: i64) -> Result<Coalition, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        if !actor.coalitions().contains(&id) {
            return Err(AppError::NotFound);
        }
        self.coalitions(actor).await?.into_iter().find(|c| c.id == id).ok_or(AppError::NotFound)
    }
}
