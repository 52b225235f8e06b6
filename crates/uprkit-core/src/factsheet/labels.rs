//! The fixed words of the documents uprkit prints for diplomats and the Council (factsheets,
//! statements), in English, French and Spanish. The user's own text is never translated.

use crate::Position;
use serde::Serialize;

/// A language a document's labels can be printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentLanguage {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl DocumentLanguage {
    /// Every language, English first.
    pub const ALL: [DocumentLanguage; 3] = [DocumentLanguage::En, DocumentLanguage::Fr, DocumentLanguage::Es];

    /// Reads `en`, `fr` or `es` (any case, a region ignored: `fr-CH`).
    pub fn parse(tag: &str) -> Option<DocumentLanguage> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        DocumentLanguage::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The BCP 47 code: `en`, `fr`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            DocumentLanguage::En => "en",
            DocumentLanguage::Fr => "fr",
            DocumentLanguage::Es => "es",
        }
    }
}

/// The headings and fixed words of a factsheet in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactsheetLabels {
    /// The document's language code, for hyphenation and the PDF's metadata.
    pub language: &'static str,
    /// Kicker above the title: "Universal Periodic Review".
    pub review: &'static str,
    /// "cycle" as in "4th cycle" (printed after the cycle number).
    pub cycle: &'static str,
    /// Heading of the previous recommendations.
    pub previous_recommendations: &'static str,
    /// Column: the recommendation.
    pub recommendation: &'static str,
    /// Column: recommending State(s).
    pub recommending_states: &'static str,
    /// Column: the State's position.
    pub position: &'static str,
    /// Column: what became of it.
    pub assessment: &'static str,
    /// Heading: national framework.
    pub national_framework: &'static str,
    /// Heading: challenges.
    pub challenges: &'static str,
    /// Heading: questions.
    pub questions: &'static str,
    /// Heading: draft recommendations.
    pub draft_recommendations: &'static str,
    /// Heading: contacts.
    pub contacts: &'static str,
    /// Positions, by [`Position`]: supported, partially supported, noted, pending.
    pub positions: [&'static str; 4],
    /// Printed when no previous recommendation was chosen.
    pub no_recommendations: &'static str,
}

impl FactsheetLabels {
    /// The labels in `language`.
    pub fn new(language: DocumentLanguage) -> FactsheetLabels {
        match language {
            DocumentLanguage::En => FactsheetLabels {
                language: "en",
                review: "Universal Periodic Review",
                cycle: "cycle",
                previous_recommendations: "Previous recommendations",
                recommendation: "Recommendation",
                recommending_states: "Recommended by",
                position: "Position",
                assessment: "What became of it",
                national_framework: "National framework",
                challenges: "Challenges",
                questions: "Questions",
                draft_recommendations: "Suggested recommendations",
                contacts: "Contacts",
                positions: ["Supported", "Partially supported", "Noted", "Pending"],
                no_recommendations: "No recommendation on this theme in the previous cycle.",
            },
            DocumentLanguage::Fr => FactsheetLabels {
                language: "fr",
                review: "Examen périodique universel",
                cycle: "cycle",
                previous_recommendations: "Recommandations précédentes",
                recommendation: "Recommandation",
                recommending_states: "Recommandée par",
                position: "Position",
                assessment: "Mise en œuvre",
                national_framework: "Cadre national",
                challenges: "Défis",
                questions: "Questions",
                draft_recommendations: "Recommandations proposées",
                contacts: "Contacts",
                positions: ["Acceptée", "Partiellement acceptée", "Notée", "En attente"],
                no_recommendations: "Aucune recommandation sur ce thème au cycle précédent.",
            },
            DocumentLanguage::Es => FactsheetLabels {
                language: "es",
                review: "Examen Periódico Universal",
                cycle: "ciclo",
                previous_recommendations: "Recomendaciones anteriores",
                recommendation: "Recomendación",
                recommending_states: "Recomendada por",
                position: "Posición",
                assessment: "Aplicación",
                national_framework: "Marco nacional",
                challenges: "Desafíos",
                questions: "Preguntas",
                draft_recommendations: "Recomendaciones propuestas",
                contacts: "Contactos",
                positions: ["Aceptada", "Aceptada en parte", "Tomada en nota", "Pendiente"],
                no_recommendations: "Ninguna recomendación sobre este tema en el ciclo anterior.",
            },
        }
    }

    /// The label of a position.
    pub fn position_label(&self, position: Position) -> &'static str {
        match position {
            Position::Supported => self.positions[0],
            Position::PartiallySupported => self.positions[1],
            Position::Noted => self.positions[2],
            Position::Pending => self.positions[3],
        }
    }
}
