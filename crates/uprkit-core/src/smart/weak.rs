//! Weak verbs ("consider", "continue", "take measures", "strive") and the stronger verb to
//! use instead, suited to the object where the draft names one: "Consider ratifying X" becomes
//! "Ratify X"; "take measures on the budget for ..." suggests "allocate".

use super::lead::{Token, starts_with};

/// A weak opening and what kind of weakness it is.
struct Weak {
    phrase: &'static str,
    /// "consider"-like openings hide the real verb behind them (a gerund, a noun):
    /// the draft can be rewritten with that verb.
    hides_verb: bool,
}

/// Weak openings, longest first so that "continue its efforts" wins over "continue". "Take
/// (all necessary, urgent, ...) measures/steps/action" is found by [`take_measures`].
const WEAK: &[Weak] = &[
    Weak { phrase: "consider the possibility of", hides_verb: true },
    Weak { phrase: "explore the possibility of", hides_verb: true },
    Weak { phrase: "study the possibility of", hides_verb: true },
    Weak { phrase: "examine the possibility of", hides_verb: true },
    Weak { phrase: "give consideration to", hides_verb: true },
    Weak { phrase: "give positive consideration to", hides_verb: true },
    Weak { phrase: "consider", hides_verb: true },
    Weak { phrase: "envisage", hides_verb: true },
    Weak { phrase: "continue its efforts", hides_verb: false },
    Weak { phrase: "continue efforts", hides_verb: false },
    Weak { phrase: "continue", hides_verb: false },
    Weak { phrase: "pursue its efforts", hides_verb: false },
    Weak { phrase: "pursue efforts", hides_verb: false },
    Weak { phrase: "make every effort", hides_verb: false },
    Weak { phrase: "make efforts", hides_verb: false },
    Weak { phrase: "intensify its efforts", hides_verb: false },
    Weak { phrase: "intensify efforts", hides_verb: false },
    Weak { phrase: "redouble its efforts", hides_verb: false },
    Weak { phrase: "redouble efforts", hides_verb: false },
    Weak { phrase: "step up its efforts", hides_verb: false },
    Weak { phrase: "step up efforts", hides_verb: false },
    Weak { phrase: "strengthen its efforts", hides_verb: false },
    Weak { phrase: "strengthen efforts", hides_verb: false },
    Weak { phrase: "strive", hides_verb: false },
    Weak { phrase: "endeavour", hides_verb: false },
    Weak { phrase: "endeavor", hides_verb: false },
    Weak { phrase: "promote", hides_verb: false },
    Weak { phrase: "encourage", hides_verb: false },
];

/// The verb behind a gerund or a noun of action ("ratifying", "the ratification of").
const HIDDEN_VERBS: &[(&str, &str)] = &[
    ("ratifying", "ratify"),
    ("ratification", "ratify"),
    ("acceding", "accede"),
    ("accession", "accede"),
    ("adopting", "adopt"),
    ("adoption", "adopt"),
    ("establishing", "establish"),
    ("establishment", "establish"),
    ("abolishing", "abolish"),
    ("abolition", "abolish"),
    ("amending", "amend"),
    ("amendment", "amend"),
    ("enacting", "enact"),
    ("enactment", "enact"),
    ("creating", "create"),
    ("creation", "create"),
    ("introducing", "introduce"),
    ("introduction", "introduce"),
    ("extending", "extend"),
    ("issuing", "issue"),
    ("signing", "sign"),
    ("repealing", "repeal"),
    ("repeal", "repeal"),
    ("removing", "remove"),
    ("withdrawing", "withdraw"),
    ("withdrawal", "withdraw"),
    ("lifting", "lift"),
    ("decriminalizing", "decriminalize"),
    ("decriminalising", "decriminalise"),
    ("decriminalization", "decriminalize"),
    ("decriminalisation", "decriminalise"),
    ("criminalizing", "criminalize"),
    ("criminalising", "criminalise"),
    ("criminalization", "criminalize"),
    ("criminalisation", "criminalise"),
    ("revising", "revise"),
    ("revision", "revise"),
    ("reviewing", "review"),
    ("developing", "develop"),
    ("development", "develop"),
    ("joining", "join"),
    ("becoming", "become"),
    ("incorporating", "incorporate"),
    ("incorporation", "incorporate"),
    ("implementing", "implement"),
    ("implementation", "implement"),
    ("providing", "provide"),
    ("granting", "grant"),
    ("inviting", "invite"),
    ("accepting", "accept"),
    ("acceptance", "accept"),
    ("conducting", "conduct"),
    ("publishing", "publish"),
    ("publication", "publish"),
    ("allocating", "allocate"),
    ("allocation", "allocate"),
    ("investigating", "investigate"),
    ("launching", "launch"),
    ("recognizing", "recognize"),
    ("recognising", "recognise"),
    ("recognition", "recognize"),
    ("prohibiting", "prohibit"),
    ("prohibition", "prohibit"),
    ("banning", "ban"),
    ("raising", "raise"),
    ("increasing", "increase"),
    ("harmonizing", "harmonize"),
    ("harmonization", "harmonize"),
    ("aligning", "align"),
    ("submitting", "submit"),
    ("finalizing", "finalize"),
    ("commuting", "commute"),
    ("commutation", "commute"),
    ("declaring", "declare"),
    ("imposing", "impose"),
    ("making", "make"),
    ("setting", "set"),
    ("elaborating", "elaborate"),
    ("elaboration", "elaborate"),
    ("designating", "designate"),
    ("designation", "designate"),
];

/// Stronger verbs for an object, by a word of the object.
const BY_OBJECT: &[(&[&str], &[&str])] = &[
    (
        &[
            "convention",
            "covenant",
            "protocol",
            "statute",
            "treaty",
            "op-cat",
            "opcat",
            "icrmw",
            "cedaw",
            "crpd",
            "ced",
        ],
        &["ratify", "accede to"],
    ),
    (&["death", "penalty", "capital"], &["abolish", "establish a moratorium on"]),
    (&["law", "laws", "legislation", "bill", "code", "act", "legal", "legislative"], &["enact", "amend", "adopt"]),
    (&["plan", "strategy", "policy", "programme", "program"], &["adopt", "publish"]),
    (
        &["institution", "commission", "ombudsman", "mechanism", "body", "office", "nhri", "unit", "committee"],
        &["establish"],
    ),
    (&["budget", "resources", "funds", "funding", "financial"], &["allocate"]),
    (
        &["allegations", "killings", "cases", "disappearances", "abuses", "violations", "torture", "attacks"],
        &["investigate", "prosecute"],
    ),
    (&["data", "statistics", "information", "report", "reports"], &["collect", "publish"]),
    (&["invitation", "visit", "visits"], &["extend", "accept"]),
    (&["training", "campaign", "campaigns", "survey", "study"], &["conduct"]),
];

/// Stronger verbs when the object gives no clue.
pub(crate) const GENERAL_ALTERNATIVES: &[&str] =
    &["adopt", "enact", "amend", "establish", "allocate", "investigate", "publish", "abolish", "criminalise"];

/// How far after the weak words the object may name what the draft is about.
const OBJECT_REACH: usize = 12;

/// A weak opening found in a draft.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WeakVerb {
    /// The weak words as written.
    pub words: String,
    /// Stronger verbs suited to the object.
    pub alternatives: Vec<String>,
    /// The draft rewritten with the verb it hides, when it hides one.
    pub rewrite: Option<String>,
}

/// The weak opening of the action starting at token `at`, if it has one.
pub(crate) fn weak_verb(text: &str, tokens: &[Token], at: usize) -> Option<WeakVerb> {
    let words: Vec<&str> = tokens.iter().skip(at).map(|t| t.lower.as_str()).collect();
    let (n, hides_verb) = match take_measures(&words) {
        Some(n) => (n, false),
        None => {
            let weak = WEAK.iter().find(|w| starts_with(&words, w.phrase))?;
            (weak.phrase.split(' ').count(), weak.hides_verb)
        }
    };
    let last = tokens.get(at + n - 1)?;
    let as_written = text[tokens[at].start..last.end].to_string();
    let rest: Vec<&str> = words.iter().skip(n).copied().take(OBJECT_REACH).collect();
    let mut alternatives: Vec<String> = Vec::new();
    let mut rewrite = None;
    if hides_verb && let Some((verb, to)) = hidden_verb(&rest) {
        alternatives.push(verb.to_string());
        // The object starts after the hidden verb (and its "the"/"of"); keep the rest.
        let object = tokens.get(at + n + to).map_or("", |t| &text[t.start..]);
        let before = &text[..tokens[at].start];
        let verb = if before.trim().is_empty() { capitalise(verb) } else { verb.to_string() };
        rewrite = Some(format!("{before}{verb} {object}").trim_end().to_string());
    }
    for (clues, verbs) in BY_OBJECT {
        if rest.iter().any(|w| clues.contains(w)) {
            alternatives.extend(verbs.iter().map(|v| v.to_string()));
        }
    }
    if alternatives.is_empty() {
        alternatives = GENERAL_ALTERNATIVES.iter().map(|v| v.to_string()).collect();
    }
    let mut seen = std::collections::BTreeSet::new();
    alternatives.retain(|v| seen.insert(v.clone()));
    Some(WeakVerb { words: as_written, alternatives, rewrite })
}

/// Words of vague action that may follow "take" after a few adjectives.
const VAGUE_ACTION: &[&str] = &["measures", "steps", "action", "actions"];

/// How many words "take ... measures" spans at the start of `words`, if it starts so.
fn take_measures(words: &[&str]) -> Option<usize> {
    if words.first() != Some(&"take") {
        return None;
    }
    words.iter().take(5).position(|w| VAGUE_ACTION.contains(w)).map(|p| p + 1)
}

/// The verb hidden at the start of `rest` and how many words it took ("ratifying" = 1,
/// "the ratification of" = 3).
fn hidden_verb(rest: &[&str]) -> Option<(&'static str, usize)> {
    let (skip, word) = match rest {
        ["the" | "an" | "a", w, ..] => (1, *w),
        [w, ..] => (0, *w),
        [] => return None,
    };
    let verb = HIDDEN_VERBS.iter().find(|(form, _)| *form == word).map(|(_, v)| *v)?;
    let of = usize::from(matches!(rest.get(skip + 1), Some(&"of") | Some(&"to")) && skip == 1);
    Some((verb, skip + 1 + of))
}

/// "ratify" → "Ratify".
fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::lead::{action_start, tokens};
    use super::*;

    fn weak(text: &str) -> Option<WeakVerb> {
        let t = tokens(text);
        weak_verb(text, &t, action_start(&t))
    }

    // Real recommendations from data/upr-info/recommendations_sessions01-16.csv.
    #[test]
    fn rewrites_consider_with_the_verb_it_hides() {
        let w = weak("Consider ratifying the International Convention for the Protection of All Persons from Enforced Disappearance").expect("a weak verb");
        assert_eq!(w.words, "Consider");
        assert_eq!(
            w.rewrite.as_deref(),
            Some("Ratify the International Convention for the Protection of All Persons from Enforced Disappearance")
        );
        assert_eq!(w.alternatives[0], "ratify");
        let w = weak("Consider the ratification of the Optional Protocol to the Convention against Torture")
            .expect("a weak verb");
        assert_eq!(w.rewrite.as_deref(), Some("Ratify the Optional Protocol to the Convention against Torture"));
    }

    #[test]
    fn suggests_a_verb_suited_to_the_object() {
        let w = weak("Take urgent measures to ensure that adequate resources are allocated for education.")
            .expect("a weak verb");
        assert_eq!(w.words, "Take urgent measures");
        assert!(w.alternatives.contains(&"allocate".to_string()), "{:?}", w.alternatives);
        assert!(w.rewrite.is_none());
        let w = weak("Continue its efforts to combat trafficking in human beings").expect("a weak verb");
        assert_eq!(w.words, "Continue its efforts");
        assert_eq!(w.alternatives, GENERAL_ALTERNATIVES);
    }

    #[test]
    fn strong_verbs_are_not_weak() {
        assert!(weak("Ratify the Rome Statute of the International Criminal Court").is_none());
        assert!(weak("Abolish the death penalty").is_none());
    }
}
