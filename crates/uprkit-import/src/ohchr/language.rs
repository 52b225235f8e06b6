//! UPR documents in French or Spanish. OHCHR publishes every document in the six UN
//! languages; the readers know the English wording only (headings, "enjoy the support of",
//! "Supported"/"Noted"), so a document in another language is refused with the language it is
//! in and where to find the English one, never half-read.

/// Words that mark a UPR document in French or Spanish, lower case.
const MARKS: [(&str, &str); 6] = [
    ("French", "examen périodique universel"),
    ("French", "recommandations"),
    ("French", "epu de"),
    ("Spanish", "examen periódico universal"),
    ("Spanish", "recomendaciones"),
    ("Spanish", "epu de"),
];

/// The language of a UPR document that is not in English: "French" or "Spanish", by the
/// first of its texts that names the review (or its recommendations) in that language.
pub(crate) fn upr_language<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    for text in texts {
        let t = text.to_lowercase();
        // "EPU de" is both languages' short form; the accents tell them apart.
        let spanish = ["ó", "ñ", "í", " del ", "posición", "recomendación"].iter().any(|w| t.contains(w));
        for (language, mark) in MARKS {
            if t.contains(mark) {
                let language = if mark == "epu de" && spanish { "Spanish" } else { language };
                return Some(language);
            }
        }
    }
    None
}

/// The refusal for a document in `language`.
pub(crate) fn refusal(language: &str) -> String {
    format!(
        "a UPR document in {language}: uprkit reads the English version only; download the English document \
         from OHCHR (same symbol, language \"English\") and import that"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        assert_eq!(upr_language(["Rapport du Groupe de travail sur l'Examen périodique universel"]), Some("French"));
        assert_eq!(upr_language(["Informe del Grupo de Trabajo sobre el Examen Periódico Universal"]), Some("Spanish"));
        assert_eq!(upr_language(["EPU de Chile (2º ciclo – 18ª sesión)", "Posición"]), Some("Spanish"));
        assert_eq!(upr_language(["EPU de France (2e cycle)"]), Some("French"));
        assert_eq!(upr_language(["Universal Periodic Review"]), None);
    }
}
