//! Domain types and rules of the Universal Periodic Review, without any I/O.
//!
//! Reference data (States, their names in the UN languages, cycles and sessions) is embedded
//! in the crate so that a fresh install works without any download.

pub mod calendar;
pub mod classification;
pub mod factsheet;
pub mod ids;
pub mod imported;
pub mod merge;
pub mod recommendation;
pub mod repeats;
pub mod search;
pub mod sessions;
pub mod smart;
pub mod statement;
pub mod states;
pub mod submission;
pub mod testing;
pub mod text;

pub use ids::{CycleNo, Iso3, SessionNo};
pub use imported::{
    DocPosition, DocRecommendationInput, ImportBatch, NameCorrection, NewPledge, NewRecommendation, Origin, Publisher,
    ReviewDocument, SdgLink,
};
pub use recommendation::{ActionCategory, Position};
pub use states::{State, StateDirectory, UnknownState};
