//! The words of a recommendation that say what it asks for: folded, lightly stemmed, without
//! the boilerplate every recommendation carries ("continue to", "consider", "take measures to",
//! "the Government"), so that "Consider ratifying X" and "Ratify X" come out the same.

use crate::text::strip_accent;

/// The tokens of a text: lower case, accents folded, split at anything that is not a letter or
/// a digit ("OP-CAT" gives `op`, `cat`; "18" stays).
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let c = if c.is_ascii() { c } else { strip_accent(c) };
        if c.is_ascii_alphanumeric() {
            current.push(c.to_ascii_lowercase());
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Words that say nothing about what is asked: grammar, the verbs of degree UPR texts wrap
/// every ask in ("continue", "consider", "strengthen efforts"), and the State itself.
const BOILERPLATE: &[&str] = &[
    "a",
    "about",
    "alia",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "consider",
    "considering",
    "continue",
    "continued",
    "continuing",
    "could",
    "country",
    "do",
    "due",
    "each",
    "effective",
    "effectively",
    "effort",
    "efforts",
    "enhance",
    "ensure",
    "ensuring",
    "especially",
    "etc",
    "even",
    "every",
    "expedite",
    "field",
    "for",
    "from",
    "full",
    "fully",
    "further",
    "government",
    "has",
    "have",
    "in",
    "including",
    "intensify",
    "inter",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "made",
    "make",
    "may",
    "measure",
    "measures",
    "more",
    "most",
    "necessary",
    "no",
    "not",
    "notably",
    "of",
    "on",
    "or",
    "order",
    "other",
    "particular",
    "particularly",
    "possibility",
    "possible",
    "priority",
    "promptly",
    "pursue",
    "recommended",
    "redouble",
    "regard",
    "relevant",
    "s",
    "same",
    "should",
    "so",
    "soon",
    "specific",
    "state",
    "states",
    "step",
    "steps",
    "strengthen",
    "strengthening",
    "study",
    "such",
    "sustain",
    "take",
    "taking",
    "than",
    "that",
    "the",
    "their",
    "them",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "towards",
    "undertake",
    "up",
    "upon",
    "view",
    "was",
    "were",
    "which",
    "while",
    "who",
    "will",
    "with",
    "within",
    "would",
];

/// Whether a folded token is boilerplate.
pub fn is_boilerplate(token: &str) -> bool {
    BOILERPLATE.binary_search(&token).is_ok()
}

/// Verbs and nouns that all ask a State to become party to a treaty: one stem, because a
/// weaker or stronger verb is still the same ask ("accede to OP-CAT" = "ratify OP-CAT").
/// Not "party": "the instruments to which it is a party" are already ratified.
const RATIFY: &[&str] = &[
    "accede",
    "acceding",
    "accession",
    "adhere",
    "adhering",
    "adhesion",
    "become",
    "becoming",
    "join",
    "joining",
    "ratification",
    "ratifications",
    "ratified",
    "ratifies",
    "ratifiy",
    "ratify",
    "ratifying",
    "sign",
    "signature",
    "signing",
];

/// Whether a folded token asks to become party to a treaty ("the ratified conventions" are
/// not an ask).
pub fn asks_to_ratify(token: &str) -> bool {
    token != "ratified" && is_ratify(token)
}

/// Whether a folded token is a word for becoming party to a treaty.
pub fn is_ratify(token: &str) -> bool {
    RATIFY.binary_search(&token).is_ok()
}

/// Stems of words that say what form an ask takes rather than what it is about.
const FORM_WORDS: &[&str] = &[
    "action",
    "adopt",
    "develop",
    "establish",
    "framework",
    "guarante",
    "implement",
    "implementat",
    "improv",
    "law",
    "legislat",
    "mechanism",
    "national",
    "plan",
    "policy",
    "programm",
    "promot",
    "protect",
    "respect",
    "secur",
    "strategy",
    "uphold",
];

/// Whether a stem only says what form an ask takes (a national plan, a law, a programme).
pub fn is_form_word(stem: &str) -> bool {
    FORM_WORDS.binary_search(&stem).is_ok()
}

/// Irregular words and synonyms the suffix rules cannot join.
fn irregular(token: &str) -> Option<&'static str> {
    Some(match token {
        "woman" | "women" | "womens" => "women",
        "child" | "children" | "childrens" | "childs" => "child",
        "abolish" | "abolishing" | "abolished" | "abolition" | "abolitionist" => "abolish",
        // Eliminating, eradicating, combating or ending something are one ask.
        "eradicate" | "eradicating" | "eradication" | "eliminate" | "eliminating" | "elimination" => "combat",
        "combat" | "combating" | "combatting" | "fight" | "fighting" | "tackle" | "tackling" | "counter"
        | "countering" | "end" | "ending" => "combat",
        "capital" => "death",
        "executions" | "execution" => "death",
        "people" | "peoples" => "people",
        "man" | "men" => "men",
        "offences" | "offenses" | "offence" | "offense" | "crimes" | "crime" => "offence",
        _ => return None,
    })
}

/// Suffixes and what replaces them, longest first.
const SUFFIXES: &[(&str, &str)] = &[
    ("ifications", "if"),
    ("ification", "if"),
    ("ifying", "if"),
    ("ified", "if"),
    ("ifies", "if"),
    ("ify", "if"),
    ("ies", "y"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("tions", "t"),
    ("tion", "t"),
    ("ings", ""),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
];

/// A light stem: one form for the inflections and derivations recommendations use
/// ("ratifying", "ratification" -> `ratif`; "protection" -> `protect`).
pub fn stem(token: &str) -> String {
    if is_ratify(token) {
        return "ratif".to_string();
    }
    if let Some(word) = irregular(token) {
        return word.to_string();
    }
    if token.len() <= 4 || token.bytes().any(|b| b.is_ascii_digit()) {
        return token.to_string();
    }
    let mut w = token.to_string();
    // Every suffix ends in one of these letters, and most words end otherwise.
    let suffixes: &[(&str, &str)] =
        if matches!(w.as_bytes().last(), Some(b's' | b'n' | b'g' | b'd' | b'y')) { SUFFIXES } else { &[] };
    for &(suffix, replacement) in suffixes {
        if let Some(base) = w.strip_suffix(suffix)
            && base.len() >= 3
            && !(suffix == "s" && (base.ends_with('s') || base.ends_with('u')))
        {
            w = format!("{base}{replacement}");
            break;
        }
    }
    // "educate"/"educat", "ensure"/"ensur": the final e is the most common difference left.
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_list_is_sorted_for_binary_search() {
        assert!(BOILERPLATE.windows(2).all(|p| p[0] < p[1]), "BOILERPLATE must be sorted");
        assert!(RATIFY.windows(2).all(|p| p[0] < p[1]), "RATIFY must be sorted");
        assert!(FORM_WORDS.windows(2).all(|p| p[0] < p[1]), "FORM_WORDS must be sorted");
        for word in ["action", "national", "plans", "programmes", "guarantee", "implementation", "legislation"] {
            assert!(is_form_word(&stem(word)), "{word} is a form word");
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(stem("ratifying"), stem("ratification"));
        assert_eq!(stem("accede"), stem("ratify"));
        assert_eq!(stem("protection"), stem("protect"));
        assert_eq!(stem("educate"), stem("education"));
        assert_eq!(stem("abolition"), stem("abolishing"));
        assert_eq!(stem("institutions"), stem("institution"));
        assert_eq!(tokens("OP-CAT, à 18"), vec!["op", "cat", "a", "18"]);
    }
}
