//! Recommending States' names as documents print them. The alias table is exact (after
//! folding case, accents and punctuation); documents converted by their publishers sometimes
//! print a name damaged ("Bolivia (Plurinational S tate of)", "Venezuela (Bolivarian Republic
//! o f)"). Such a name is read as a State only when exactly one State is near it, and the
//! reader reports it as a correction so that a person can check it.

use uprkit_core::states::fold_name;
use uprkit_core::{Iso3, StateDirectory};

/// How a printed name was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The alias table knows it as printed.
    Exact(Iso3),
    /// A unique near match: the name as printed differs from one State's alias.
    Corrected(Iso3),
}

impl Reading {
    /// The State read.
    pub fn iso3(&self) -> &Iso3 {
        match self {
            Reading::Exact(i) | Reading::Corrected(i) => i,
        }
    }
}

/// Why a printed name is no State.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NameProblem {
    /// Nothing near it.
    Unknown,
    /// Near several States: guessing would be a silent error.
    Ambiguous(Vec<Iso3>),
}

/// Shorter names are never corrected: acronyms in parentheses ("CAT", "ICRMW") are one
/// letter away from some ISO code or short name, and must stay text.
const MIN_NEAR: usize = 6;
/// One edit only on names at least this long (without spaces), where one letter cannot turn
/// one real word into another State's name.
const MIN_EDIT: usize = 8;

/// Reads a printed name: exactly, else by a unique near match (equal once spaces are
/// removed, else one letter added, dropped or changed).
pub(crate) fn read(name: &str, states: &StateDirectory) -> Result<Reading, NameProblem> {
    if let Ok(iso) = states.resolve(name) {
        return Ok(Reading::Exact(iso));
    }
    let key: String = fold_name(name).chars().filter(|c| !c.is_whitespace()).collect();
    let len = key.chars().count();
    if !(MIN_NEAR..=80).contains(&len) {
        return Err(NameProblem::Unknown);
    }
    let mut same: Vec<Iso3> = Vec::new();
    let mut near: Vec<Iso3> = Vec::new();
    for (alias, iso) in states.aliases() {
        let alias: String = alias.chars().filter(|c| !c.is_whitespace()).collect();
        // Three-letter aliases are ISO codes, not names.
        if alias.chars().count() <= 3 {
            continue;
        }
        if alias == key {
            push_once(&mut same, iso);
        } else if len >= MIN_EDIT && one_edit(&alias, &key) {
            push_once(&mut near, iso);
        }
    }
    let mut found = if same.is_empty() { near } else { same };
    match found.len() {
        0 => Err(NameProblem::Unknown),
        1 => Ok(Reading::Corrected(found.swap_remove(0))),
        _ => Err(NameProblem::Ambiguous(found)),
    }
}

/// The message for a name that is no State, as the readers word it.
pub(crate) fn problem_message(name: &str, problem: &NameProblem) -> String {
    match problem {
        NameProblem::Unknown => format!("unknown recommending State {name:?}"),
        NameProblem::Ambiguous(isos) => {
            let list: Vec<&str> = isos.iter().map(Iso3::as_str).collect();
            format!(
                "recommending State {name:?} is not a known name and is near several States ({}): correct the \
                 document",
                list.join(", ")
            )
        }
    }
}

fn push_once(list: &mut Vec<Iso3>, iso: &Iso3) {
    if !list.contains(iso) {
        list.push(iso.clone());
    }
}

/// `true` when `a` and `b` differ by exactly one letter added, dropped or changed.
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if prefix == short.len() {
        return long.len() != short.len();
    }
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_name(s: &str) -> Result<Reading, NameProblem> {
        read(s, &StateDirectory::load())
    }

    fn iso(s: &str) -> Iso3 {
        Iso3::parse(s).expect("iso3")
    }

    #[test]
    fn exact_names_and_unique_near_matches() {
        assert_eq!(read_name("Slovenia"), Ok(Reading::Exact(iso("SVN"))));
        assert_eq!(read_name("Bolivia (Plurinational S tate of)"), Ok(Reading::Corrected(iso("BOL"))));
        assert_eq!(read_name("Sw itzerland"), Ok(Reading::Corrected(iso("CHE"))));
        assert_eq!(read_name("Switzerlandd"), Ok(Reading::Corrected(iso("CHE"))));
        assert_eq!(read_name("Atlantis"), Err(NameProblem::Unknown));
        // Acronyms stay text, even one letter away from a code.
        assert_eq!(read_name("CAT"), Err(NameProblem::Unknown));
        assert_eq!(read_name("ICRMW"), Err(NameProblem::Unknown));
    }

    #[test]
    fn a_name_near_two_states_is_ambiguous() {
        // One letter from "South Korea" and one from "North Korea".
        let Err(NameProblem::Ambiguous(mut isos)) = read_name("Nouth Korea") else { panic!("ambiguous") };
        isos.sort();
        assert_eq!(isos, [iso("KOR"), iso("PRK")]);
        let message = problem_message("Nouth Korea", &NameProblem::Ambiguous(isos));
        assert!(message.contains("\"Nouth Korea\"") && message.contains("near several States"), "{message}");
        assert!(matches!(read_name("Slovekia"), Err(NameProblem::Ambiguous(_))));
    }

    #[test]
    fn one_letter_apart() {
        assert!(one_edit("austria", "austriaa"));
        assert!(one_edit("kuwait", "kuwai"));
        assert!(one_edit("slovekia", "slovenia"));
        assert!(!one_edit("niger", "nigeria"));
        assert!(!one_edit("same", "same"));
    }
}
