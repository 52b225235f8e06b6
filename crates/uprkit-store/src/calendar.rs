//! Official dates of review moments, entered by people to replace uprkit's estimates.

#[cfg(feature = "testing")]
use crate::actor::Actor;
use crate::unit::UnitOfWork;
use crate::{Store, StoreError, now};
use sqlx::Row;
use std::collections::BTreeMap;

impl Store {
    /// The official dates entered for the review of `sur` in `session`: moment name -> ISO date.
    pub async fn official_dates(&self, sur: &str, session: u16) -> Result<BTreeMap<String, String>, StoreError> {
        let rows = sqlx::query("SELECT moment, date FROM official_dates WHERE sur = $1 AND session = $2")
            .bind(sur.to_string())
            .bind(i64::from(session))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok((r.try_get("moment")?, r.try_get("date")?))).collect()
    }

    /// Records (or replaces) an official date as the command line (tests; use-cases go
    /// through [`UnitOfWork::set_official_date`]).
    #[cfg(any(test, feature = "testing"))]
    pub async fn set_official_date(
        &self,
        sur: &str,
        session: u16,
        moment: &str,
        date: &str,
        note: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut uow = self.begin(&Actor::command_line()).await?;
        uow.set_official_date(sur, session, moment, date, note).await?;
        uow.commit().await?;
        Ok(())
    }
}

impl UnitOfWork {
    /// Records (or replaces) an official date, audited with the date it replaces.
    pub async fn set_official_date(
        &mut self,
        sur: &str,
        session: u16,
        moment: &str,
        date: &str,
        note: Option<&str>,
    ) -> Result<(), StoreError> {
        let before = sqlx::query("SELECT date FROM official_dates WHERE sur = $1 AND session = $2 AND moment = $3")
            .bind(sur.to_string())
            .bind(i64::from(session))
            .bind(moment.to_string())
            .fetch_optional(self.conn()?)
            .await?
            .map(|r| r.try_get::<String, _>("date"))
            .transpose()?;
        sqlx::query(
            "INSERT INTO official_dates (sur, session, moment, date, note, set_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (sur, session, moment) DO UPDATE SET date = excluded.date, note = excluded.note, set_at = excluded.set_at",
        )
        .bind(sur.to_string())
        .bind(i64::from(session))
        .bind(moment.to_string())
        .bind(date.to_string())
        .bind(note.map(String::from))
        .bind(now())
        .execute(self.conn()?)
        .await?;
        let record = format!("{sur}/{session}/{moment}");
        let before = before.map(|d| serde_json::json!({ "date": d }));
        self.audit(None, "set", "official_date", &record, before, Some(serde_json::json!({ "date": date })));
        Ok(())
    }
}
