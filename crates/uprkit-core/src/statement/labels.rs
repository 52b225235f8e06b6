//! The fixed words of a statement's document in English, French and Spanish (the user's own
//! text is printed as written).

use super::{Accreditation, StatementKind};
use crate::factsheet::DocumentLanguage;
use serde::Serialize;

/// The headings and fixed words of a statement in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementLabels {
    /// The document's language code.
    pub language: &'static str,
    /// "Human Rights Council".
    pub council: &'static str,
    /// "session" as in "58th session" (printed after the number).
    pub session: &'static str,
    /// The agenda item of UPR outcomes: "Item 6: Universal Periodic Review".
    pub item: &'static str,
    /// "Adoption of the outcome of the Universal Periodic Review of" (the State follows).
    pub adoption_of: &'static str,
    /// "Oral statement".
    pub oral: &'static str,
    /// "Written statement".
    pub written: &'static str,
    /// "Check against delivery".
    pub check_against_delivery: &'static str,
    /// "Delivered by" (the speaker follows).
    pub delivered_by: &'static str,
    /// "on behalf of" (the organisation follows).
    pub on_behalf_of: &'static str,
    /// "submitted by" (the organisation follows).
    pub submitted_by: &'static str,
    /// "words".
    pub words: &'static str,
    /// "minutes".
    pub minutes: &'static str,
    /// Statuses by [`Accreditation`]: general, special, roster, not accredited.
    pub statuses: [&'static str; 4],
}

impl StatementLabels {
    /// The labels in `language`.
    pub fn new(language: DocumentLanguage) -> StatementLabels {
        match language {
            DocumentLanguage::En => StatementLabels {
                language: "en",
                council: "Human Rights Council",
                session: "session",
                item: "Item 6: Universal Periodic Review",
                adoption_of: "Adoption of the outcome of the Universal Periodic Review of",
                oral: "Oral statement",
                written: "Written statement",
                check_against_delivery: "Check against delivery",
                delivered_by: "Delivered by",
                on_behalf_of: "on behalf of",
                submitted_by: "Submitted by",
                words: "words",
                minutes: "minutes",
                statuses: [
                    "non-governmental organization in general consultative status",
                    "non-governmental organization in special consultative status",
                    "non-governmental organization on the roster",
                    "through an organization in consultative status",
                ],
            },
            DocumentLanguage::Fr => StatementLabels {
                language: "fr",
                council: "Conseil des droits de l'homme",
                session: "session",
                item: "Point 6 : Examen périodique universel",
                adoption_of: "Adoption du document final de l'Examen périodique universel de",
                oral: "Déclaration orale",
                written: "Exposé écrit",
                check_against_delivery: "Seul le texte prononcé fait foi",
                delivered_by: "Prononcée par",
                on_behalf_of: "au nom de",
                submitted_by: "Présenté par",
                words: "mots",
                minutes: "minutes",
                statuses: [
                    "organisation non gouvernementale dotée du statut consultatif général",
                    "organisation non gouvernementale dotée du statut consultatif spécial",
                    "organisation non gouvernementale inscrite sur la Liste",
                    "par l'intermédiaire d'une organisation dotée du statut consultatif",
                ],
            },
            DocumentLanguage::Es => StatementLabels {
                language: "es",
                council: "Consejo de Derechos Humanos",
                session: "período de sesiones",
                item: "Tema 6: Examen Periódico Universal",
                adoption_of: "Aprobación del resultado del Examen Periódico Universal de",
                oral: "Declaración oral",
                written: "Exposición escrita",
                check_against_delivery: "Cotejar con el discurso pronunciado",
                delivered_by: "Pronunciada por",
                on_behalf_of: "en nombre de",
                submitted_by: "Presentada por",
                words: "palabras",
                minutes: "minutos",
                statuses: [
                    "organización no gubernamental reconocida como entidad consultiva general",
                    "organización no gubernamental reconocida como entidad consultiva especial",
                    "organización no gubernamental incluida en la lista",
                    "por medio de una organización reconocida como entidad consultiva",
                ],
            },
        }
    }

    /// The document's heading for a kind of statement.
    pub fn kind(&self, kind: StatementKind) -> &'static str {
        match kind {
            StatementKind::Oral => self.oral,
            StatementKind::Written => self.written,
        }
    }

    /// The words for a status.
    pub fn status(&self, status: Accreditation) -> &'static str {
        match status {
            Accreditation::General => self.statuses[0],
            Accreditation::Special => self.statuses[1],
            Accreditation::Roster => self.statuses[2],
            Accreditation::ThroughPartner => self.statuses[3],
        }
    }
}
