//! "Which State do you work on?": reading what was typed (any UN name in English, French or
//! Spanish, a UPR Info spelling, an ISO3 code), remembering the State in a cookie, and close
//! suggestions when no State has that name.

use crate::labels::{state_name, states};
use axum::http::HeaderMap;
use uprkit_core::Iso3;
use uprkit_core::states::fold_name;

/// The cookie that remembers the State a visitor works on (its ISO3 code).
pub const COUNTRY_COOKIE: &str = "uprkit_country";

/// The `Set-Cookie` value that remembers `iso3` for a year. Not secret, so plain; `Lax` so
/// that it comes along when someone follows a link to uprkit.
pub fn remember(iso3: &Iso3) -> String {
    format!("{COUNTRY_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", iso3.as_str())
}

/// The remembered State, when the cookie names one uprkit knows.
pub fn remembered(headers: &HeaderMap) -> Option<Iso3> {
    let code = crate::auth::cookie(headers, COUNTRY_COOKIE)?;
    states().get(code.trim()).map(|s| s.iso3.clone())
}

/// Edit distance between two short strings, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb)).min(row[j] + 1).min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// How far `typed` (folded) is from an alias: 0 when the alias starts with it or has a word
/// starting with it ("congo", "korea"), else the edit distance to the alias or to its start
/// (a typo in the first words of a long name), `None` when too far to suggest.
fn closeness(typed: &str, alias: &str) -> Option<usize> {
    let typed_len = typed.chars().count();
    if typed_len >= 3 && (alias.starts_with(typed) || alias.contains(&format!(" {typed}"))) {
        return Some(0);
    }
    let start: String = alias.chars().take(typed_len).collect();
    let d = distance(typed, alias).min(distance(typed, &start) + 1);
    // About one typo per four letters, at least one.
    (d <= (typed_len / 4).max(1)).then_some(d)
}

/// Up to `max` States whose names (in any language uprkit knows, or codes) are close to what
/// was typed, closest first, as (ISO3, name in the current language).
pub fn suggestions(typed: &str, max: usize) -> Vec<(String, String)> {
    let typed = fold_name(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<(usize, String, String)> = Vec::new();
    for (alias, iso3) in states().aliases() {
        let Some(d) = closeness(&typed, alias) else { continue };
        match best.iter_mut().find(|(_, code, _)| code == iso3.as_str()) {
            Some(found) => found.0 = found.0.min(d),
            None => best.push((d, iso3.to_string(), state_name(iso3.as_str()))),
        }
    }
    crate::i18n::sort_by_name(&mut best, |(_, _, name)| name.as_str());
    best.sort_by_key(|(d, _, _)| *d);
    best.into_iter().take(max).map(|(_, code, name)| (code, name)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested() {
        let codes = |typed: &str| suggestions(typed, 5).into_iter().map(|(c, _)| c).collect::<Vec<_>>();
        assert_eq!(codes("Sri Lnka").first().map(String::as_str), Some("LKA"));
        assert!(codes("Congo").contains(&"COD".to_string()) && codes("Congo").contains(&"COG".to_string()));
        assert_eq!(codes("Argentinia").first().map(String::as_str), Some("ARG"));
        assert!(codes("Atlantis").is_empty(), "{:?}", codes("Atlantis"));
        assert!(codes("").is_empty());
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("same", "same"), 0);
    }
}
