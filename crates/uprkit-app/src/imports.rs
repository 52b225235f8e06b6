//! Importing UPR Info exports: the use-case behind `uprkit import upr-info` (and the demo set
//! of `uprkit serve --demo`).

use crate::{App, AppError};
use uprkit_core::ImportBatch;
use uprkit_store::{Actor, ImportReport};

impl App {
    /// Writes a batch of UPR Info rows in one unit of work (every record or none, with the
    /// run's audit entry), then refreshes the search index for the recommendations it created
    /// or changed. `progress` is called with the number of records handled so far; it reaches
    /// the batch's size once everything is written, before the index catches up.
    ///
    /// UPR Info data replaces what the whole installation shows: only the command line's
    /// operator and platform administrators may import it.
    pub async fn import_upr_info(
        &self,
        actor: &Actor,
        batch: ImportBatch,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport, AppError> {
        if !actor.is_authenticated() {
            return Err(AppError::SignInNeeded);
        }
        if !actor.is_admin() {
            return Err(AppError::Forbidden("importing UPR Info data is for platform administrators".into()));
        }
        let surs: std::collections::BTreeSet<String> =
            batch.recommendations.iter().map(|r| r.sur.to_string()).collect();
        let mut uow = self.begin(actor).await?;
        let report = uow.import(batch, progress).await?;
        self.commit(uow).await?;
        // New and changed records get the classifier's suggestions and their repeats.
        self.classify_after_import(actor, surs.into_iter().collect()).await;
        Ok(report)
    }
}
