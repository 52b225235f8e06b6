//! Readers that turn the files people have into records for the store. Every reader reports
//! bad input as an [`ImportError`] naming the file, the row and the reason, and never returns
//! a partial result.

pub mod dihr;
pub mod draft;
mod error;
pub mod hostile;
pub mod limits;
pub mod ohchr;
pub mod upr_info;

pub use error::{ImportError, Problem};
