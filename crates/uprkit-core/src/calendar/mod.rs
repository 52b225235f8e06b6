//! The review calendar: sessions and the States they review, and each review's key moments
//! with dates or windows, guidance and the basis of every date.

pub mod geneva;
pub mod hrc;
pub mod moments;
pub mod rotation;

pub use moments::{Basis, Moment, MomentKind, ReviewDates, timeline};
pub use rotation::{SessionPlan, session_plans};

#[cfg(test)]
mod tests;
