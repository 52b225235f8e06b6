//! The line above a factsheet's title, in the labels' language.

use super::{DocumentLanguage, FactsheetLabels};

impl FactsheetLabels {
    /// "Universal Periodic Review of Ghana — 4th cycle", "Examen périodique universel — Ghana —
    /// 4e cycle", "Examen Periódico Universal — Ghana — 4.º ciclo": the review, the State (as
    /// given, in this language) and the cycle as an ordinal. French and Spanish leave out the
    /// preposition, whose article depends on the State ("du Ghana", "de la France").
    pub fn kicker(&self, state: &str, cycle: u8) -> String {
        match DocumentLanguage::parse(self.language) {
            Some(DocumentLanguage::Fr) => {
                let ordinal = if cycle == 1 { "1er".to_owned() } else { format!("{cycle}e") };
                format!("{} — {state} — {ordinal} {}", self.review, self.cycle)
            }
            Some(DocumentLanguage::Es) => format!("{} — {state} — {cycle}.º {}", self.review, self.cycle),
            _ => {
                let suffix = match (cycle % 100, cycle % 10) {
                    (11..=13, _) => "th",
                    (_, 1) => "st",
                    (_, 2) => "nd",
                    (_, 3) => "rd",
                    _ => "th",
                };
                format!("{} of {state} — {cycle}{suffix} {}", self.review, self.cycle)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DocumentLanguage, FactsheetLabels};

    #[test]
    fn the_kicker_names_the_cycle_in_each_language() {
        let kicker = |language, cycle| FactsheetLabels::new(language).kicker("Ghana", cycle);
        assert_eq!(kicker(DocumentLanguage::En, 4), "Universal Periodic Review of Ghana — 4th cycle");
        assert_eq!(kicker(DocumentLanguage::En, 1), "Universal Periodic Review of Ghana — 1st cycle");
        assert_eq!(kicker(DocumentLanguage::En, 2), "Universal Periodic Review of Ghana — 2nd cycle");
        assert_eq!(kicker(DocumentLanguage::En, 3), "Universal Periodic Review of Ghana — 3rd cycle");
        assert_eq!(kicker(DocumentLanguage::En, 11), "Universal Periodic Review of Ghana — 11th cycle");
        assert_eq!(kicker(DocumentLanguage::Fr, 4), "Examen périodique universel — Ghana — 4e cycle");
        assert_eq!(kicker(DocumentLanguage::Fr, 1), "Examen périodique universel — Ghana — 1er cycle");
        assert_eq!(kicker(DocumentLanguage::Es, 4), "Examen Periódico Universal — Ghana — 4.º ciclo");
    }
}
