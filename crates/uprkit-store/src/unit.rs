//! A unit of work: one transaction that carries its audit entries and the recommendations it
//! changed. Every write of a use-case runs inside one; the audit rows are written in the same
//! transaction just before it commits, so a write and its audit entry exist together or not at
//! all, and the changed ids come back only once the data is committed (for the search index).

use crate::actor::Actor;
use crate::args::Sql;
use crate::audit::NewAuditEntry;
use crate::{DatabaseEngine, Store, StoreError};
use sqlx::any::{AnyQueryResult, AnyRow};
use sqlx::{Any, Transaction};
use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a committed unit of work changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committed {
    /// Recommendations whose searchable values changed: the index refreshes these.
    pub changed_recommendations: Vec<i64>,
}

/// Makes the n-th statement of every unit of work fail, to prove that a write interrupted
/// half-way leaves nothing behind. Shared by the clones of one [`Store`]; 0 means off.
#[derive(Debug, Clone, Default)]
pub(crate) struct FaultPlan(Arc<AtomicUsize>);

impl FaultPlan {
    pub(crate) fn set(&self, statement: Option<usize>) {
        self.0.store(statement.unwrap_or(0), Ordering::SeqCst);
    }

    fn fails_at(&self, statement: usize) -> bool {
        let n = self.0.load(Ordering::SeqCst);
        n != 0 && n == statement
    }
}

/// A transaction in progress on behalf of an actor.
pub struct UnitOfWork {
    tx: Transaction<'static, Any>,
    actor: Actor,
    engine: DatabaseEngine,
    audit: Vec<NewAuditEntry>,
    changed: BTreeSet<i64>,
    statements: usize,
    faults: FaultPlan,
    stand_in: Option<i64>,
}

impl std::fmt::Debug for UnitOfWork {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnitOfWork").field("actor", &self.actor).field("statements", &self.statements).finish()
    }
}

impl Store {
    /// Starts a unit of work for `actor`. On SQLite the transaction takes the write lock at
    /// once (`BEGIN IMMEDIATE`): a second writer then waits (busy timeout) instead of failing
    /// when it would upgrade a read lock half-way.
    pub async fn begin(&self, actor: &Actor) -> Result<UnitOfWork, StoreError> {
        let tx = self.begin_write().await?;
        Ok(UnitOfWork {
            tx,
            actor: actor.clone(),
            engine: self.engine,
            audit: Vec::new(),
            changed: BTreeSet::new(),
            statements: 0,
            faults: self.faults.clone(),
            stand_in: None,
        })
    }
}

impl UnitOfWork {
    /// Who acts.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The engine, for the few statements that differ between SQLite and PostgreSQL.
    pub fn engine(&self) -> DatabaseEngine {
        self.engine
    }

    /// Records an audit entry, written with the transaction's other statements at commit.
    pub fn audit(
        &mut self,
        organisation_id: Option<i64>,
        action: &str,
        record_type: &str,
        record_id: &str,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) {
        self.audit.push(NewAuditEntry {
            organisation_id,
            action: action.into(),
            record_type: record_type.into(),
            record_id: record_id.into(),
            before,
            after,
        });
    }

    /// Names the user who acts when the actor is nobody signed in: a stranger who accepts an
    /// invitation becomes this account inside the unit of work, and its audit entries name it.
    pub(crate) fn act_as(&mut self, user_id: i64) {
        if self.actor.user_id().is_none() && !self.actor.is_operator() {
            self.stand_in = Some(user_id);
        }
    }

    /// Notes recommendations whose searchable values this unit of work changes.
    pub fn changed(&mut self, ids: impl IntoIterator<Item = i64>) {
        self.changed.extend(ids);
    }

    /// Counts a statement and fails it if a fault is planned there.
    fn next_statement(&mut self) -> Result<(), StoreError> {
        self.statements += 1;
        if self.faults.fails_at(self.statements) {
            return Err(StoreError::Invalid(format!("fault injected at statement {}", self.statements)));
        }
        Ok(())
    }

    /// The transaction's connection, for the store's own statements. Each call counts as one
    /// statement for fault injection.
    pub(crate) fn conn(&mut self) -> Result<&mut sqlx::AnyConnection, StoreError> {
        self.next_statement()?;
        Ok(&mut self.tx)
    }

    /// Runs a built statement.
    pub(crate) async fn execute(&mut self, sql: &Sql) -> Result<AnyQueryResult, StoreError> {
        let conn = self.conn()?;
        Ok(sql.query().execute(conn).await?)
    }

    /// Runs a built query that returns at most one row.
    pub(crate) async fn fetch_optional(&mut self, sql: &Sql) -> Result<Option<AnyRow>, StoreError> {
        let conn = self.conn()?;
        Ok(sql.query().fetch_optional(conn).await?)
    }

    /// Runs a built query that returns exactly one row.
    pub(crate) async fn fetch_one(&mut self, sql: &Sql) -> Result<AnyRow, StoreError> {
        let conn = self.conn()?;
        Ok(sql.query().fetch_one(conn).await?)
    }

    /// Writes the audit entries and commits; what changed, for the search index.
    pub async fn commit(mut self) -> Result<Committed, StoreError> {
        let user = self.actor.user_id().or(self.stand_in);
        for entry in std::mem::take(&mut self.audit) {
            self.execute(&entry.insert(user)).await?;
        }
        self.tx.commit().await?;
        Ok(Committed { changed_recommendations: self.changed.into_iter().collect() })
    }
}
