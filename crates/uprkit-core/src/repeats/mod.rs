//! Repeated recommendations: which recommendations a State under review received again in a
//! later cycle, asking for the same thing as one it received before.
//!
//! "The same thing" is the same ask, not the same topic: cycle 2's "Ratify the Optional
//! Protocol to the Convention against Torture" repeats cycle 1's "Consider ratifying OP-CAT"
//! (a weaker or stronger verb is still the ask), but "Combat violence against women" does not
//! repeat "Ratify the Istanbul Convention", and "Ratify CRPD" does not repeat "Ratify OP-CAT".
//! A later recommendation that repeats one of the asks of an earlier one that asked several
//! things ("Ratify OP-CAT, CED and ICRMW") repeats it.
//!
//! Method: each text is taken apart ([`asks`]) into key objects (treaties with what is asked
//! about them, steps on the death penalty, a national human rights institution, a standing
//! invitation) and its other words, stemmed and without boilerplate ("continue to",
//! "consider", "take measures to"). Words are weighted by their rarity in the corpus and
//! compared by cosine; a shared key object lifts the score, different objects of one kind
//! sink it ([`RepeatMatcher::score`]). [`find_repeats`] compares each State's recommendations
//! through an inverted index, so all 40,000 of the UPR Info export take seconds.
//!
//! How well this works is measured on a labelled sample of real pairs,
//! `crates/uprkit-core/data/repeats_sample.csv` (how it was drawn and labelled:
//! `crates/uprkit-core/data/repeats_sample.md`), by `tests/repeats_sample.rs`.

mod asks;
mod find;
mod matcher;
mod treaties;
mod words;

#[cfg(test)]
mod tests;

pub use asks::{Asks, asks};
pub use find::{MAX_PER_RECOMMENDATION, find_repeats};
pub use matcher::{RepeatMatcher, THRESHOLD};

/// A recommendation offered to the matcher.
#[derive(Debug, Clone, PartialEq)]
pub struct RepeatCandidate {
    /// The recommendation's id.
    pub id: i64,
    /// The State under review (ISO3); only recommendations to the same State are compared.
    pub sur: String,
    /// The UPR cycle it was made in (1, 2, 3, ...).
    pub cycle: u8,
    /// Its text.
    pub text: String,
}

/// `id` asks again what `earlier_id` (same State under review, earlier cycle) asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Repeat {
    /// The later recommendation.
    pub id: i64,
    /// The earlier recommendation it repeats.
    pub earlier_id: i64,
    /// How surely, from [`THRESHOLD`] to 1.
    pub score: f32,
}
