//! The recommending States of a recommendation: the parenthesised names that end it
//! ("... (Maldives) (Portugal);", "... (Portugal, Slovakia);") and, in joint recommendations,
//! the names that end each part ("... (Egypt); continue ... (Peru); ..." or, in cycle 1,
//! "To examine (Algeria)/sign and ratify (Egypt) ...").

use super::names::{NameProblem, Reading, problem_message, read};
use uprkit_core::{Iso3, StateDirectory};

/// A recommendation's text without the State suffix, and its recommending States in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Split {
    pub text: String,
    pub states: Vec<Iso3>,
    /// Names printed damaged and read by a unique near match: (as printed, read as).
    pub corrections: Vec<(String, Iso3)>,
}

/// Splits the State suffix off a recommendation. Every name in the final parentheses must be
/// a known State; elsewhere a parenthesis counts when all its names are States (a mix of
/// known and unknown names is a misspelt State and an error too).
pub(crate) fn split_states(text: &str, states: &StateDirectory) -> Result<Split, String> {
    let body = text.trim().trim_end_matches([';', '.', ',', ' ']);
    let groups = groups(body);
    let Some(last) = groups.last() else {
        return Err("no recommending State in parentheses at its end".into());
    };
    if last.1 != body.len() {
        return Err("no recommending State in parentheses at its end".into());
    }
    let mut found: Vec<Iso3> = Vec::new();
    let mut corrections: Vec<(String, Iso3)> = Vec::new();
    let mut push = |named: Vec<Named>| {
        for (printed, reading) in named {
            if let Reading::Corrected(i) = &reading
                && !corrections.iter().any(|(p, _)| *p == printed)
            {
                corrections.push((printed, i.clone()));
            }
            let i = reading.iso3().clone();
            if !found.contains(&i) {
                found.push(i);
            }
        }
    };
    // The trailing run of groups, separated only by spaces: the last one must be States.
    let mut cut = last.0;
    let mut trailing: Vec<Vec<Named>> = vec![resolve_all(&body[last.0 + 1..last.1 - 1], states)?];
    for g in groups.iter().rev().skip(1) {
        if !body[g.1..cut].trim().is_empty() {
            break;
        }
        match resolve_some(&body[g.0 + 1..g.1 - 1], states)? {
            Some(iso) => {
                trailing.push(iso);
                cut = g.0;
            }
            None => break,
        }
    }
    for g in groups.iter().filter(|g| g.1 <= cut) {
        if let Some(iso) = resolve_some(&body[g.0 + 1..g.1 - 1], states)? {
            push(iso);
        }
    }
    for iso in trailing.into_iter().rev() {
        push(iso);
    }
    // The 2008 reports put the States after the full stop: "... Racial Discrimination. (Algeria)".
    let text = body[..cut].trim_end().trim_end_matches([';', '.', ',', ' ']).to_string();
    Ok(Split { text, states: found, corrections })
}

/// Byte ranges (open paren, one past the close paren) of the outermost parentheses.
fn groups(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((start, i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Names separated by commas outside inner parentheses ("Venezuela (Bolivarian Republic of)").
pub(crate) fn names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out.into_iter().map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|n| !n.is_empty()).collect()
}

/// A name as printed and how it was read.
type Named = (String, Reading);

fn resolve_all(s: &str, states: &StateDirectory) -> Result<Vec<Named>, String> {
    let names = names(s);
    if names.is_empty() {
        return Err("empty parentheses where the recommending States should be".into());
    }
    names.into_iter().map(|n| read(&n, states).map(|r| (n.clone(), r)).map_err(|p| problem_message(&n, &p))).collect()
}

/// `Some` when every name is a State, `None` when none is (ordinary text in parentheses).
/// A name near several States is an error wherever it stands.
fn resolve_some(s: &str, states: &StateDirectory) -> Result<Option<Vec<Named>>, String> {
    let names = names(s);
    let resolved: Vec<Result<Reading, NameProblem>> = names.iter().map(|n| read(n, states)).collect();
    if let Some((n, Err(p))) = names.iter().zip(&resolved).find(|(_, r)| matches!(r, Err(NameProblem::Ambiguous(_)))) {
        return Err(problem_message(n, p));
    }
    if !resolved.is_empty() && resolved.iter().all(Result::is_ok) {
        return Ok(Some(names.into_iter().zip(resolved.into_iter().flatten()).collect()));
    }
    if resolved.iter().any(Result::is_ok) {
        let unknown = names.iter().zip(&resolved).find(|(_, r)| r.is_err()).map(|(n, _)| n.as_str()).unwrap_or("");
        return Err(format!("unknown recommending State {unknown:?}"));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Result<(String, Vec<String>), String> {
        let dir = StateDirectory::load();
        split_states(s, &dir).map(|s| (s.text, s.states.iter().map(|i| i.to_string()).collect()))
    }

    #[test]
    fn suffix_styles() {
        assert_eq!(
            split("Ratify the Convention (France) (Lithuania);"),
            Ok(("Ratify the Convention".into(), vec!["FRA".into(), "LTU".into()]))
        );
        assert_eq!(
            split("Ratify ICRMW (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of), Peru, Uruguay);"),
            Ok(("Ratify ICRMW".into(), vec!["SEN".into(), "SLE".into(), "VEN".into(), "PER".into(), "URY".into()]))
        );
        assert_eq!(
            split("Ratify the Protocol, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);"),
            Ok(("Ratify the Protocol, 1930 (No. 29)".into(), vec!["GBR".into()]))
        );
        assert_eq!(split("Ratify (Iran (Islamic Republic of))."), Ok(("Ratify".into(), vec!["IRN".into()])));
        assert_eq!(split("Respect (Holy See) (State of Palestine)").map(|s| s.1), Ok(vec!["VAT".into(), "PSE".into()]));
    }

    #[test]
    fn joint_recommendations_name_every_state_once() {
        let (text, states) =
            split("Ensure compliance (Egypt); continue the efforts (Peru); take measures (Azerbaijan);")
                .expect("splits");
        assert_eq!(text, "Ensure compliance (Egypt); continue the efforts (Peru); take measures");
        assert_eq!(states, ["EGY", "PER", "AZE"]);
        let (_, states) = split(
            "To examine joining (Algeria)/sign and ratify (Egypt)/ratify (Bosnia and Herzegovina) the Convention \
             on Migrant Workers (Algeria, Egypt, Bosnia and Herzegovina, Argentina);",
        )
        .expect("splits");
        assert_eq!(states, ["DZA", "EGY", "BIH", "ARG"]);
        let (_, states) =
            split("Ratify (Spain) the Convention (Spain, Argentina) and accept (Argentina);").expect("ok");
        assert_eq!(states, ["ESP", "ARG"]);
    }

    #[test]
    fn unknown_names_are_errors() {
        assert_eq!(split("Do it (Atlantis);"), Err("unknown recommending State \"Atlantis\"".into()));
        assert_eq!(split("Do it (Portugal, Atlantis);"), Err("unknown recommending State \"Atlantis\"".into()));
        assert!(split("Do it (ICRMW) and more (Spain, Atlantis) (Portugal)").is_err());
        assert!(split("Do it without a State;").is_err());
    }
}
