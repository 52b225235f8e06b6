//! `GET /api/v1/states` and `GET /api/v1/sessions`: reference data.

use axum::Json;
use uprkit_core::State as UnState;
use uprkit_core::StateDirectory;
use uprkit_core::sessions::{Session, sessions as all_sessions};

/// Every State with codes, names, regional group and organisations.
pub async fn states() -> Json<Vec<UnState>> {
    Json(StateDirectory::load().states().to_vec())
}

/// Sessions 1-54 with dates where known.
pub async fn sessions() -> Json<Vec<Session>> {
    Json(all_sessions())
}
