//! How alike two recommendation texts are, for matching rows of different sources. UPR Info
//! shortens some texts ("Ratify ICRMW"), splits others into parts, and corrects spelling
//! between exports, so exact equality is not enough; word overlap is, once the words every
//! recommendation shares are left out.

use crate::text::strip_accent;
use std::collections::BTreeSet;

/// Words too common in recommendations to tell two apart.
const COMMON: [&str; 24] = [
    "a", "an", "and", "as", "at", "all", "by", "for", "from", "in", "into", "its", "of", "on", "or", "that", "the",
    "their", "to", "which", "with", "be", "is", "are",
];

/// The words of a text that tell it apart: lower case, accents stripped, split at anything
/// that is not a letter or digit, common words left out.
pub fn words(text: &str) -> BTreeSet<String> {
    let folded: String = text.chars().map(|c| strip_accent(c).to_ascii_lowercase()).collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !COMMON.contains(w))
        .map(str::to_string)
        .collect()
}

/// The key of a text for grouping rows that print it identically: its words in order, common
/// words included, punctuation and case ignored.
pub fn text_key(text: &str) -> String {
    let folded: String = text.chars().map(|c| strip_accent(c).to_ascii_lowercase()).collect();
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Similarity of a row's text to a recommendation's, from 0 to 1: the larger of the Dice
/// coefficient of their words and the share of the row's words found in the recommendation
/// (a part of a paragraph is still that paragraph), the latter discounted a little so that a
/// whole match outranks a part.
pub fn similarity(row: &BTreeSet<String>, recommendation: &BTreeSet<String>) -> f32 {
    if row.is_empty() || recommendation.is_empty() {
        return 0.0;
    }
    let shared = row.intersection(recommendation).count() as f32;
    let dice = 2.0 * shared / (row.len() + recommendation.len()) as f32;
    let contained = shared / row.len() as f32;
    // Containment of a very short row says little ("Ratify CAT" is in many paragraphs).
    let contained = if row.len() >= 4 { contained * 0.95 } else { contained * 0.6 };
    dice.max(contained)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_case_accents_punctuation_and_common_words() {
        let w = words("Ratify the Convention, à la lettre!");
        assert!(w.contains("ratify") && w.contains("convention") && w.contains("la") && w.contains("lettre"));
        assert!(!w.contains("the"));
        assert_eq!(text_key("Ratify  the CAT."), "ratify the cat");
    }

    #[test]
    fn a_part_of_a_paragraph_scores_high_and_a_stranger_low() {
        let paragraph = words(
            "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism",
        );
        let part = words("Establish a national preventive mechanism");
        let other = words("Combat trafficking in women and girls");
        assert!(similarity(&part, &paragraph) > 0.7);
        assert!(similarity(&other, &paragraph) < 0.1);
        assert_eq!(similarity(&paragraph, &paragraph), 1.0);
    }
}
