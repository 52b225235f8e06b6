//! Who may see an organisation's records: the one place where visibility is decided. Every
//! query of organisation-created records takes a [`Viewer`] and adds [`Viewer::clause`].

use crate::args::{Arg, Sql};
use crate::people::Role;
use crate::{Store, StoreError};
use sqlx::Row;

/// The person looking, with what they belong to. Anonymous visitors see public records only.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    /// The user, if signed in.
    pub user_id: Option<i64>,
    /// Organisations and the role in each.
    pub organisations: Vec<(i64, Role)>,
    /// Coalitions of those organisations.
    pub coalitions: Vec<i64>,
}

impl Viewer {
    /// Nobody signed in.
    pub fn anonymous() -> Viewer {
        Viewer::default()
    }

    /// The role in an organisation.
    pub fn role_in(&self, organisation_id: i64) -> Option<Role> {
        self.organisations.iter().find(|(o, _)| *o == organisation_id).map(|(_, r)| *r)
    }

    /// SQL condition over a table aliased `alias` (with columns `organisation_id`,
    /// `visibility`, `coalition_id`) that keeps what this viewer may see.
    pub(crate) fn clause(&self, alias: &str, sql: &mut Sql) -> String {
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
    /// The viewer for a signed-in user.
    pub async fn viewer(&self, user_id: i64) -> Result<Viewer, StoreError> {
        let organisations: Vec<(i64, Role)> =
            self.memberships(user_id).await?.into_iter().map(|(id, _, role)| (id, role)).collect();
        let mut coalitions = Vec::new();
        if !organisations.is_empty() {
            let mut sql = Sql::default();
            let orgs = sql.bind_list(organisations.iter().map(|(o, _)| Arg::Int(*o)));
            sql.text = format!("SELECT DISTINCT coalition_id FROM coalition_members WHERE organisation_id IN ({orgs})");
            for r in sql.query().fetch_all(&self.pool).await? {
                coalitions.push(r.try_get("coalition_id")?);
            }
        }
        Ok(Viewer { user_id: Some(user_id), organisations, coalitions })
    }
}

impl Store {
    /// (id, name) of the viewer's coalitions.
    pub async fn coalition_names(&self, viewer: &Viewer) -> Result<Vec<(i64, String)>, StoreError> {
        if viewer.coalitions.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::default();
        let ids = sql.bind_list(viewer.coalitions.iter().map(|c| Arg::Int(*c)));
        sql.text = format!("SELECT id, name FROM coalitions WHERE id IN ({ids}) ORDER BY name");
        sql.query().fetch_all(&self.pool).await?.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
    }
}
