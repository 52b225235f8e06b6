//! What the data holds and where it came from: the query behind `uprkit data report` and
//! `GET /api/v1/data/report`.

use crate::{App, AppError};
use uprkit_store::{Actor, DataReport};

impl App {
    /// Per source: rows read, matched to a paragraph, merged, left on their own and why; and
    /// where editions disagree. It describes public UN data only, so anyone may read it.
    pub async fn data_report(&self, _actor: &Actor) -> Result<DataReport, AppError> {
        Ok(self.store.data_report().await?)
    }
}
