//! The audit log: who changed what and when, with the values before and after.

use crate::args::{Arg, Sql};
use crate::{Store, StoreError, now};
use serde::Serialize;
use sqlx::Row;

/// One entry of the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    /// When.
    pub at: String,
    /// Who (e-mail), when known.
    pub user: Option<String>,
    /// What was done: create, update, delete, grant, revoke, login...
    pub action: String,
    /// Kind of record.
    pub record_type: String,
    /// Which record.
    pub record_id: String,
    /// Values before (JSON).
    pub before: Option<String>,
    /// Values after (JSON).
    pub after: Option<String>,
}

/// An audit entry about to be written.
#[derive(Debug, Clone)]
pub(crate) struct NewAuditEntry {
    pub organisation_id: Option<i64>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl NewAuditEntry {
    /// The INSERT statement for this entry, by `user_id` (none for the command line).
    pub(crate) fn insert(&self, user_id: Option<i64>) -> Sql {
        let mut sql = Sql::default();
        let values = sql.bind_list([
            Arg::Text(now()),
            Arg::OptInt(user_id),
            Arg::OptInt(self.organisation_id),
            Arg::Text(self.action.clone()),
            Arg::Text(self.record_type.clone()),
            Arg::Text(self.record_id.clone()),
            Arg::OptText(self.before.as_ref().map(|v| v.to_string())),
            Arg::OptText(self.after.as_ref().map(|v| v.to_string())),
        ]);
        sql.text = format!(
            "INSERT INTO audit_log (at, user_id, organisation_id, action, record_type, record_id, before_value, after_value) \
             VALUES ({values})"
        );
        sql
    }
}

/// Writes an entry on `executor`: the pool, or the transaction of the change it records (so
/// that the change and its entry are committed together or not at all).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn audit_in<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(
    executor: E,
    user_id: Option<i64>,
    organisation_id: Option<i64>,
    action: &str,
    record_type: &str,
    record_id: &str,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), StoreError> {
    let entry = NewAuditEntry {
        organisation_id,
        action: action.into(),
        record_type: record_type.into(),
        record_id: record_id.into(),
        before,
        after,
    };
    entry.insert(user_id).query().execute(executor).await?;
    Ok(())
}

impl Store {
    /// Writes an entry.
    #[allow(clippy::too_many_arguments)]
    pub async fn audit(
        &self,
        user_id: Option<i64>,
        organisation_id: Option<i64>,
        action: &str,
        record_type: &str,
        record_id: &str,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Result<(), StoreError> {
        audit_in(&self.pool, user_id, organisation_id, action, record_type, record_id, before, after).await
    }

    /// An organisation's audit log, newest first.
    pub async fn audit_log(&self, organisation_id: i64, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.at, u.email, a.action, a.record_type, a.record_id, a.before_value, a.after_value \
             FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.organisation_id = $1 ORDER BY a.id DESC LIMIT $2",
        )
        .bind(organisation_id)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get("at")?,
                    user: r.try_get("email")?,
                    action: r.try_get("action")?,
                    record_type: r.try_get("record_type")?,
                    record_id: r.try_get("record_id")?,
                    before: r.try_get("before_value")?,
                    after: r.try_get("after_value")?,
                })
            })
            .collect()
    }
}
