//! Official dates of review moments, replacing uprkit's estimates.

use crate::{App, AppError};
use uprkit_core::calendar::MomentKind;
use uprkit_store::Actor;

impl App {
    /// Records (or replaces) the official date of a moment of the review of `sur` in
    /// `session`. Only the operator and platform administrators enter official dates: every
    /// organisation's calendar follows them.
    pub async fn set_official_date(
        &self,
        actor: &Actor,
        sur: &str,
        session: u16,
        moment: &str,
        date: &str,
        note: Option<&str>,
    ) -> Result<(), AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden("only a platform administrator can enter official dates".into()));
        }
        let kind = MomentKind::parse(moment).ok_or_else(|| AppError::Invalid(format!("unknown moment {moment:?}")))?;
        let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::Invalid(format!("{date:?} is not a date like 2025-01-28")))?;
        let mut uow = self.begin(actor).await?;
        uow.set_official_date(sur, session, &kind.name(), &date.to_string(), note).await?;
        self.commit(uow).await
    }
}
