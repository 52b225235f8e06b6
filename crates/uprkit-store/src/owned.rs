//! Owned records: everything an organisation creates (notes, and every kind of CSO record
//! after them) is declared once as an [`OwnedRecord`] and gets from this module its
//! visibility, the role check, the audit entry (before and after) and the transaction.
//!
//! Every owned table has the ownership columns `id`, `organisation_id`, `visibility`,
//! `coalition_id`, `created_by`, `created_at`, `updated_at`, and the record's own columns.
//! Reads add the actor's visibility condition in the same query, so a record the actor may not
//! see answers exactly like a record that does not exist.

use crate::actor::Actor;
use crate::args::{Arg, Sql};
use crate::people::Role;
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Who may see a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The organisation only.
    Private,
    /// The organisation and one coalition.
    Coalition,
    /// Everyone.
    Public,
}

impl Visibility {
    /// Reads `private`, `coalition` or `public`.
    pub fn parse(s: &str) -> Option<Visibility> {
        match s {
            "private" => Some(Visibility::Private),
            "coalition" => Some(Visibility::Coalition),
            "public" => Some(Visibility::Public),
            _ => None,
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Coalition => "coalition",
            Visibility::Public => "public",
        }
    }
}

/// A value of a record's own column.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// An integer.
    Int(i64),
    /// An integer or NULL.
    OptInt(Option<i64>),
    /// A text.
    Text(String),
    /// A text or NULL.
    OptText(Option<String>),
}

impl From<Field> for Arg {
    fn from(f: Field) -> Arg {
        match f {
            Field::Int(v) => Arg::Int(v),
            Field::OptInt(v) => Arg::OptInt(v),
            Field::Text(v) => Arg::Text(v),
            Field::OptText(v) => Arg::OptText(v),
        }
    }
}

/// A kind of record an organisation owns. Implementing it (plus its migrations and a line in
/// [`OWNED_RECORDS`]) is all a new record type needs.
pub trait OwnedRecord: Serialize + Clone + Send + Sync + Sized + 'static {
    /// Name in the audit log, the API and the authorisation tests ("note").
    const KIND: &'static str;
    /// Its table.
    const TABLE: &'static str;
    /// Its own columns (beyond the ownership columns), in the order of [`OwnedRecord::fields`].
    const COLUMNS: &'static [&'static str];
    /// Whether it may be made public (contacts may not: they can endanger people).
    const MAY_BE_PUBLIC: bool = true;
    /// Whether, once shared with a coalition, editors of any member organisation may change it
    /// (a workspace's sections: each member writes its own). Its visibility stays the owner's
    /// to change, and only the owner deletes it.
    const COALITION_EDITS: bool = false;

    /// Reads the record's own columns from a row, by name.
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error>;

    /// The values of [`OwnedRecord::COLUMNS`], in that order.
    fn fields(&self) -> Vec<Field>;

    /// Checks the values before they are written (lengths, required texts).
    fn check(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Who owns a record and who may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Ownership {
    /// The organisation that owns it.
    pub organisation_id: i64,
    /// Who may see it.
    pub visibility: Visibility,
    /// The coalition it is shared with (only with [`Visibility::Coalition`]).
    pub coalition_id: Option<i64>,
}

impl Ownership {
    /// A coalition is kept only for records shared with one (forms send it in any case).
    fn normalised(self) -> Ownership {
        match self.visibility {
            Visibility::Coalition => self,
            _ => Ownership { coalition_id: None, ..self },
        }
    }
}

/// A stored owned record as an actor sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Owned<R> {
    /// Id.
    pub id: i64,
    /// The owning organisation's name.
    pub organisation: String,
    /// Owner and visibility.
    #[serde(flatten)]
    pub ownership: Ownership,
    /// Who created it.
    pub created_by: Option<i64>,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When it was last changed (RFC 3339).
    pub updated_at: String,
    /// The record's own values.
    #[serde(flatten)]
    pub record: R,
}

const OWNERSHIP_COLUMNS: &str = "t.id, t.organisation_id, t.visibility, t.coalition_id, t.created_by, t.created_at, t.updated_at, o.name AS organisation_name";

fn owned_from_row<R: OwnedRecord>(row: &AnyRow) -> Result<Owned<R>, StoreError> {
    let visibility: String = row.try_get("visibility")?;
    Ok(Owned {
        id: row.try_get("id")?,
        organisation: row.try_get("organisation_name")?,
        ownership: Ownership {
            organisation_id: row.try_get("organisation_id")?,
            visibility: Visibility::parse(&visibility)
                .ok_or_else(|| StoreError::Invalid(format!("unknown visibility {visibility:?}")))?,
            coalition_id: row.try_get("coalition_id")?,
        },
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        record: R::from_row(row)?,
    })
}

/// The SELECT of visible records of `R`, with `filters` on its own columns.
fn select<R: OwnedRecord>(actor: &Actor, filters: &[(&'static str, Field)]) -> Result<Sql, StoreError> {
    let mut sql = Sql::default();
    let visible = actor.clause("t", &mut sql);
    let mut conditions = vec![visible];
    for (column, value) in filters {
        // Column names are static and checked against the declaration: never user text.
        if !R::COLUMNS.contains(column) && *column != "id" && *column != "organisation_id" {
            return Err(StoreError::Invalid(format!("{} has no column {column}", R::KIND)));
        }
        let p = sql.bind(value.clone().into());
        conditions.push(format!("t.{column} = {p}"));
    }
    let own: Vec<String> = R::COLUMNS.iter().map(|c| format!("t.{c}")).collect();
    sql.text = format!(
        "SELECT {OWNERSHIP_COLUMNS}, {} FROM {} t JOIN organisations o ON o.id = t.organisation_id WHERE {} ORDER BY t.id",
        own.join(", "),
        R::TABLE,
        conditions.join(" AND ")
    );
    Ok(sql)
}

impl Store {
    /// The records of `R` the actor may see, with equality `filters` on its own columns.
    pub async fn list_owned<R: OwnedRecord>(
        &self,
        actor: &Actor,
        filters: &[(&'static str, Field)],
    ) -> Result<Vec<Owned<R>>, StoreError> {
        let sql = select::<R>(actor, filters)?;
        sql.query().fetch_all(&self.pool).await?.iter().map(owned_from_row).collect()
    }

    /// One record, if the actor may see it (else `None`, exactly as for a missing id).
    pub async fn get_owned<R: OwnedRecord>(&self, actor: &Actor, id: i64) -> Result<Option<Owned<R>>, StoreError> {
        let sql = select::<R>(actor, &[("id", Field::Int(id))])?;
        sql.query().fetch_optional(&self.pool).await?.as_ref().map(owned_from_row).transpose()
    }
}

impl UnitOfWork {
    /// Checks that the actor may write a record with this ownership.
    async fn check_ownership<R: OwnedRecord>(&mut self, ownership: &Ownership) -> Result<(), StoreError> {
        self.actor().require(ownership.organisation_id, Role::Editor, &format!("write its {}s", R::KIND))?;
        match (ownership.visibility, ownership.coalition_id) {
            (Visibility::Public, _) if !R::MAY_BE_PUBLIC => {
                Err(StoreError::Invalid(format!("a {} is never public: share it with a coalition at most", R::KIND)))
            }
            (Visibility::Coalition, Some(c)) => {
                let mut sql = Sql::default();
                let (c, o) = (sql.bind(Arg::Int(c)), sql.bind(Arg::Int(ownership.organisation_id)));
                sql.text = format!(
                    "SELECT 1 AS member FROM coalition_members WHERE coalition_id = {c} AND organisation_id = {o}"
                );
                match self.fetch_optional(&sql).await? {
                    Some(_) => Ok(()),
                    None => Err(StoreError::Invalid("choose a coalition your organisation belongs to".into())),
                }
            }
            (Visibility::Coalition, None) => {
                Err(StoreError::Invalid("choose a coalition your organisation belongs to".into()))
            }
            _ => Ok(()),
        }
    }

    /// Whether the actor is an editor of an organisation of the coalition a record is (to
    /// be) shared with, and its owner is a member of that coalition too (its owner's editors
    /// pass the ordinary check).
    async fn edits_for_coalition(&mut self, ownership: &Ownership) -> Result<bool, StoreError> {
        let (Visibility::Coalition, Some(coalition)) = (ownership.visibility, ownership.coalition_id) else {
            return Ok(false);
        };
        let editing: Vec<i64> =
            self.actor().organisations().iter().filter(|(_, r)| *r >= Role::Editor).map(|(o, _)| *o).collect();
        if editing.is_empty() || !self.member_of(coalition, &[ownership.organisation_id]).await? {
            return Ok(false);
        }
        self.member_of(coalition, &editing).await
    }

    /// Whether one of `organisations` belongs to the coalition.
    async fn member_of(&mut self, coalition: i64, organisations: &[i64]) -> Result<bool, StoreError> {
        let mut sql = Sql::default();
        let c = sql.bind(Arg::Int(coalition));
        let orgs = sql.bind_list(organisations.iter().map(|o| Arg::Int(*o)));
        sql.text = format!(
            "SELECT 1 AS member FROM coalition_members WHERE coalition_id = {c} AND organisation_id IN ({orgs})"
        );
        Ok(self.fetch_optional(&sql).await?.is_some())
    }

    /// The record as the actor sees it inside this transaction.
    async fn visible<R: OwnedRecord>(&mut self, id: i64) -> Result<Option<Owned<R>>, StoreError> {
        let sql = select::<R>(self.actor(), &[("id", Field::Int(id))])?;
        self.fetch_optional(&sql).await?.as_ref().map(owned_from_row).transpose()
    }

    /// Creates a record owned by an organisation; its id.
    pub async fn create_owned<R: OwnedRecord>(&mut self, ownership: Ownership, record: &R) -> Result<i64, StoreError> {
        record.check()?;
        let ownership = ownership.normalised();
        if !(R::COALITION_EDITS && self.edits_for_coalition(&ownership).await?) {
            self.check_ownership::<R>(&ownership).await?;
        }
        let at = now();
        let mut sql = Sql::default();
        let mut values = vec![
            Arg::Int(ownership.organisation_id),
            Arg::Text(ownership.visibility.as_str().into()),
            Arg::OptInt(ownership.coalition_id),
            Arg::OptInt(self.actor().user_id()),
            Arg::Text(at.clone()),
            Arg::Text(at),
        ];
        values.extend(record.fields().into_iter().map(Arg::from));
        let placeholders = sql.bind_list(values);
        sql.text = format!(
            "INSERT INTO {} (organisation_id, visibility, coalition_id, created_by, created_at, updated_at, {}) VALUES ({placeholders}) RETURNING id",
            R::TABLE,
            R::COLUMNS.join(", ")
        );
        let id: i64 = self.fetch_one(&sql).await?.try_get("id")?;
        let after = audit_value(&ownership, record)?;
        self.audit(Some(ownership.organisation_id), "create", R::KIND, &id.to_string(), None, Some(after));
        Ok(id)
    }

    /// Replaces a record's values and visibility (its organisation stays). `false` if the
    /// actor cannot see it.
    pub async fn update_owned<R: OwnedRecord>(
        &mut self,
        id: i64,
        visibility: Visibility,
        coalition_id: Option<i64>,
        record: &R,
    ) -> Result<bool, StoreError> {
        let Some(before) = self.visible::<R>(id).await? else { return Ok(false) };
        record.check()?;
        let ownership =
            Ownership { organisation_id: before.ownership.organisation_id, visibility, coalition_id }.normalised();
        if !(R::COALITION_EDITS && ownership == before.ownership && self.edits_for_coalition(&before.ownership).await?)
        {
            self.check_ownership::<R>(&ownership).await?;
        }
        let mut sql = Sql::default();
        let mut sets = vec![
            format!("visibility = {}", sql.bind(Arg::Text(visibility.as_str().into()))),
            format!("coalition_id = {}", sql.bind(Arg::OptInt(ownership.coalition_id))),
            format!("updated_at = {}", sql.bind(Arg::Text(now()))),
        ];
        for (column, value) in R::COLUMNS.iter().zip(record.fields()) {
            sets.push(format!("{column} = {}", sql.bind(value.into())));
        }
        let id_p = sql.bind(Arg::Int(id));
        sql.text = format!("UPDATE {} SET {} WHERE id = {id_p}", R::TABLE, sets.join(", "));
        self.execute(&sql).await?;
        let (b, a) = (audit_value(&before.ownership, &before.record)?, audit_value(&ownership, record)?);
        self.audit(Some(ownership.organisation_id), "update", R::KIND, &id.to_string(), Some(b), Some(a));
        Ok(true)
    }

    /// Deletes a record. `false` if the actor cannot see it.
    pub async fn delete_owned<R: OwnedRecord>(&mut self, id: i64) -> Result<bool, StoreError> {
        let Some(before) = self.visible::<R>(id).await? else { return Ok(false) };
        let org = before.ownership.organisation_id;
        self.actor().require(org, Role::Editor, &format!("delete its {}s", R::KIND))?;
        let mut sql = Sql::default();
        let id_p = sql.bind(Arg::Int(id));
        sql.text = format!("DELETE FROM {} WHERE id = {id_p}", R::TABLE);
        self.execute(&sql).await?;
        let b = audit_value(&before.ownership, &before.record)?;
        self.audit(Some(org), "delete", R::KIND, &id.to_string(), Some(b), None);
        Ok(true)
    }
}

fn audit_value<R: OwnedRecord>(ownership: &Ownership, record: &R) -> Result<serde_json::Value, StoreError> {
    let mut value = serde_json::to_value(record).map_err(|e| StoreError::Invalid(e.to_string()))?;
    if let Some(map) = value.as_object_mut() {
        map.insert("visibility".into(), ownership.visibility.as_str().into());
        map.insert("coalition_id".into(), ownership.coalition_id.into());
    }
    Ok(value)
}

/// Every kind of owned record, declared once: the authorisation matrix test covers each one,
/// and a test checks that every table with a `visibility` column is listed here.
pub const OWNED_RECORDS: &[(&str, &str)] = &[
    (crate::Note::KIND, crate::Note::TABLE),
    (crate::Workspace::KIND, crate::Workspace::TABLE),
    (crate::Section::KIND, crate::Section::TABLE),
    (crate::Consultation::KIND, crate::Consultation::TABLE),
    (crate::Statement::KIND, crate::Statement::TABLE),
];
