//! Who is acting: the one value every use-case takes, and the one place where visibility of
//! organisation records is decided.
//!
//! An [`Actor`] cannot be forged: its fields are private and it has no `Default`. Outside this
//! crate it comes only from authentication ([`Store::authenticate_session`],
//! [`Store::authenticate_bearer`]), from [`Actor::anonymous`] (who may see public records
//! only) or from [`Actor::command_line`] (the operator of this installation, who holds the
//! database anyway).

use crate::args::{Arg, Sql};
use crate::people::Role;
use crate::{Store, StoreError};
use sqlx::Row;

/// Who the actor is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Anonymous,
    Person { user_id: i64, is_admin: bool },
    Operator,
}

/// The person (or program) on whose behalf a use-case runs, with what they belong to.
#[derive(Debug, Clone)]
pub struct Actor {
    who: Who,
    organisations: Vec<(i64, Role)>,
    coalitions: Vec<i64>,
}

impl Actor {
    /// Nobody signed in: public records only, no writes.
    pub fn anonymous() -> Actor {
        Actor { who: Who::Anonymous, organisations: Vec::new(), coalitions: Vec::new() }
    }

    /// The operator at the command line of this installation (`uprkit user add`, imports):
    /// whoever can run the program on the data directory or database URL can read and change
    /// everything in it anyway, so the command line acts with every right. The audit log
    /// records its changes without a user.
    pub fn command_line() -> Actor {
        Actor { who: Who::Operator, organisations: Vec::new(), coalitions: Vec::new() }
    }

    /// The signed-in user's id (`None` for anonymous visitors and the command line).
    pub fn user_id(&self) -> Option<i64> {
        match self.who {
            Who::Person { user_id, .. } => Some(user_id),
            _ => None,
        }
    }

    /// Whether this is the command line's operator.
    pub fn is_operator(&self) -> bool {
        self.who == Who::Operator
    }

    /// Whether a platform administrator or the operator acts.
    pub fn is_admin(&self) -> bool {
        matches!(self.who, Who::Operator | Who::Person { is_admin: true, .. })
    }

    /// Whether anyone is signed in (or the command line acts).
    pub fn is_authenticated(&self) -> bool {
        self.who != Who::Anonymous
    }

    /// The role in an organisation; the operator is an owner of every organisation.
    pub fn role_in(&self, organisation_id: i64) -> Option<Role> {
        if self.is_operator() {
            return Some(Role::Owner);
        }
        self.organisations.iter().find(|(o, _)| *o == organisation_id).map(|(_, r)| *r)
    }

    /// Organisations and the role in each.
    pub fn organisations(&self) -> &[(i64, Role)] {
        &self.organisations
    }

    /// Coalitions of the actor's organisations.
    pub fn coalitions(&self) -> &[i64] {
        &self.coalitions
    }

    /// Refuses unless the actor has at least `role` in the organisation.
    pub fn require(&self, organisation_id: i64, role: Role, what: &str) -> Result<(), StoreError> {
        if !self.is_authenticated() {
            return Err(StoreError::Forbidden(format!("sign in to {what}")));
        }
        if self.role_in(organisation_id) < Some(role) {
            return Err(StoreError::Forbidden(format!("only {}s of the organisation {what}", role.as_str())));
        }
        Ok(())
    }

    /// SQL condition over a table aliased `alias` (with columns `organisation_id`,
    /// `visibility`, `coalition_id`) that keeps what this actor may see.
    pub(crate) fn clause(&self, alias: &str, sql: &mut Sql) -> String {
        if self.is_operator() {
            return "(1 = 1)".into();
        }
        let mut parts = vec![format!("{alias}.visibility = 'public'")];
        if !self.organisations.is_empty() {
            let orgs = sql.bind_list(self.organisations.iter().map(|(o, _)| Arg::Int(*o)));
            parts.push(format!("{alias}.organisation_id IN ({orgs})"));
        }
        if !self.coalitions.is_empty() {
            let coalitions = sql.bind_list(self.coalitions.iter().map(|c| Arg::Int(*c)));
            parts.push(format!("({alias}.visibility = 'coalition' AND {alias}.coalition_id IN ({coalitions}))"));
        }
        format!("({})", parts.join(" OR "))
    }
}

impl Store {
    /// The actor for a user whose identity has just been proven (password, session cookie,
    /// bearer token): memberships and coalitions as they are now.
    pub(crate) async fn actor_for(&self, user_id: i64, is_admin: bool) -> Result<Actor, StoreError> {
        let organisations: Vec<(i64, Role)> =
            self.memberships(user_id).await?.into_iter().map(|(id, _, role)| (id, role)).collect();
        let mut coalitions = Vec::new();
        if !organisations.is_empty() {
            let mut sql = Sql::default();
            let orgs = sql.bind_list(organisations.iter().map(|(o, _)| Arg::Int(*o)));
            sql.text = format!(
                "SELECT DISTINCT coalition_id FROM coalition_members WHERE organisation_id IN ({orgs}) ORDER BY coalition_id"
            );
            for r in sql.query().fetch_all(&self.pool).await? {
                coalitions.push(r.try_get("coalition_id")?);
            }
        }
        Ok(Actor { who: Who::Person { user_id, is_admin }, organisations, coalitions })
    }
}

impl Store {
    /// Authentication by session cookie: the live session and the actor it stands for.
    pub async fn authenticate_session(&self, cookie: &str) -> Result<Option<(crate::WebSession, Actor)>, StoreError> {
        let Some(session) = self.session(cookie).await? else { return Ok(None) };
        let actor = self.actor_for(session.user.id, session.user.is_admin).await?;
        Ok(Some((session, actor)))
    }

    /// (id, name) of the actor's coalitions.
    pub async fn coalition_names(&self, actor: &Actor) -> Result<Vec<(i64, String)>, StoreError> {
        if actor.coalitions.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::default();
        let ids = sql.bind_list(actor.coalitions.iter().map(|c| Arg::Int(*c)));
        sql.text = format!("SELECT id, name FROM coalitions WHERE id IN ({ids}) ORDER BY name");
        sql.query().fetch_all(&self.pool).await?.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
    }
}
