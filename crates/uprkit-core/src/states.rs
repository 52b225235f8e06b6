//! States (193 Member States and 2 observers) and the one alias table that resolves every
//! spelling of their names found in UN and UPR Info data to an ISO3 code.

use crate::ids::Iso3;
use serde::Serialize;
use std::collections::HashMap;

const MEMBER_STATES_CSV: &str = include_str!("../data/un_member_states_regional_groups.csv");
const UNTERM_NAMES_CSV: &str = include_str!("../data/unterm_country_names_6lang.csv");
const EXTRA_ALIASES_CSV: &str = include_str!("../data/state_aliases_extra.csv");

/// A UN Member State or observer State.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct State {
    /// ISO 3166-1 alpha-3 code.
    #[schema(value_type = String, example = "SVN")]
    pub iso3: Iso3,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// UN M49 numeric code.
    pub m49: String,
    /// UN short name (UNSD).
    pub name: String,
    /// UN formal name (UNTERM), when known.
    pub formal_name: Option<String>,
    /// UN short name in French (UNTERM, without its article: "Afghanistan", not "Afghanistan (l')").
    pub name_fr: Option<String>,
    /// UN short name in Spanish (UNTERM, without its article).
    pub name_es: Option<String>,
    /// Spelling used by UPR Info.
    pub name_upr_info: String,
    /// UN regional group as UPR Info spells it: Africa, Asia, EEG, GRULAC, WEOG or Observer.
    pub regional_group: String,
    /// Intergovernmental organisations (AU, EU, OIC, OIF, ...).
    pub organisations: Vec<String>,
    /// `true` for the Holy See and the State of Palestine.
    pub observer: bool,
}

/// A State name that the alias table does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown State {0:?}: not a UN Member State or observer name known to uprkit")]
pub struct UnknownState(pub String);

/// All States and every known spelling of their names.
#[derive(Debug, Clone)]
pub struct StateDirectory {
    states: Vec<State>,
    by_iso3: HashMap<String, usize>,
    aliases: HashMap<String, Iso3>,
}

/// Folds a State name to the key used by the alias table: no accents, no case, no
/// punctuation, `&` read as "and", a leading "the" and UNTERM's "(the)" and footnote stars
/// dropped. "Bosnia & Herzegovina" and "Bosnia and Herzegovina" fold to the same key.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = crate::text::strip_accent(c);
        if c == '&' {
            out.push_str(" and ");
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' {
            out.push(' ');
        }
    }
    let words: Vec<&str> = out.split_whitespace().filter(|w| *w != "the").collect();
    words.join(" ")
}

/// A UNTERM short name as people write it: without the footnote stars and the trailing
/// article UNTERM adds for sorting ("Bahamas (Les)" is "Bahamas", "Türkiye (la)" "Türkiye"),
/// keeping the parentheses that are part of the name ("Bolivie (État plurinational de)").
fn short_name(unterm: &str) -> String {
    let name = unterm.trim().trim_end_matches('*').trim_end();
    let articles = ["(the)", "(l')", "(l’)", "(la)", "(le)", "(les)", "(el)", "(los)", "(las)"];
    let lower = name.to_lowercase();
    for article in articles {
        if lower.ends_with(article) {
            return name[..name.len() - article.len()].trim_end().to_string();
        }
    }
    name.to_string()
}

impl StateDirectory {
    /// Builds the directory from the embedded reference tables.
    pub fn load() -> Self {
        let mut dir = StateDirectory { states: Vec::new(), by_iso3: HashMap::new(), aliases: HashMap::new() };
        for row in read_rows(MEMBER_STATES_CSV) {
            let Ok(iso3) = Iso3::parse(&row["iso3"]) else {
                continue;
            };
            let state = State {
                iso3: iso3.clone(),
                iso2: row["iso2"].clone(),
                m49: row["m49"].clone(),
                name: row["name_unsd"].clone(),
                formal_name: None,
                name_fr: None,
                name_es: None,
                name_upr_info: row["name_upr_info"].clone(),
                regional_group: row["regional_group_upr_info"].clone(),
                organisations: row["organisations_upr_info"]
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                observer: row["status"] != "member_state",
            };
            for key in ["name_unsd", "name_internacia", "name_upr_info"] {
                dir.add_alias(&row[key], &iso3);
            }
            dir.add_alias(iso3.as_str(), &iso3);
            dir.by_iso3.insert(iso3.as_str().to_string(), dir.states.len());
            dir.states.push(state);
        }
        // UNTERM rows carry no code: they are matched on their English short name.
        for row in read_rows(UNTERM_NAMES_CSV) {
            let Some(iso3) = dir.aliases.get(&fold_name(&row["English short"])).cloned() else {
                continue;
            };
            let formal = row["English formal"].trim();
            if let Some(i) = dir.by_iso3.get(iso3.as_str()) {
                let formal = formal.strip_prefix("the ").unwrap_or(formal);
                dir.states[*i].formal_name = Some(formal.to_string());
                dir.states[*i].name_fr = Some(short_name(&row["French short"]));
                dir.states[*i].name_es = Some(short_name(&row["Spanish short"]));
            }
            for key in
                ["English short", "English formal", "French short", "French formal", "Spanish short", "Spanish formal"]
            {
                dir.add_alias(&row[key], &iso3);
            }
            // Short names as people type them, without UNTERM's sorting article: "Allemagne".
            for key in ["French short", "Spanish short"] {
                dir.add_alias(&short_name(&row[key]), &iso3);
            }
        }
        for row in read_rows(EXTRA_ALIASES_CSV) {
            if let Ok(iso3) = Iso3::parse(&row["iso3"]) {
                dir.add_alias(&row["alias"], &iso3);
            }
        }
        dir
    }

    fn add_alias(&mut self, name: &str, iso3: &Iso3) {
        let key = fold_name(name);
        if !key.is_empty() {
            self.aliases.entry(key).or_insert_with(|| iso3.clone());
        }
    }

    /// Resolves any known spelling (or an ISO3 code) to the State's code.
    pub fn resolve(&self, name: &str) -> Result<Iso3, UnknownState> {
        self.aliases.get(&fold_name(name)).cloned().ok_or_else(|| UnknownState(name.trim().to_string()))
    }

    /// The State with this code.
    pub fn get(&self, iso3: &str) -> Option<&State> {
        self.by_iso3.get(&iso3.to_ascii_uppercase()).map(|i| &self.states[*i])
    }

    /// All States, in the order of the reference table (alphabetical, observers last).
    pub fn states(&self) -> &[State] {
        &self.states
    }

    /// Every (folded alias, ISO3) pair, for storing the alias table in the database.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &Iso3)> {
        self.aliases.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// Reads an embedded CSV into header-keyed rows; the embedded files are part of the build, so a
/// malformed row is skipped rather than failing at run time (a unit test checks none is).
fn read_rows(text: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return Vec::new(),
    };
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| headers.iter().zip(r.iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect())
        .filter(|row: &HashMap<String, String>| row.len() == headers.len())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_193_members_and_2_observers() {
        let dir = StateDirectory::load();
        assert_eq!(dir.states().iter().filter(|s| !s.observer).count(), 193);
        assert_eq!(dir.states().iter().filter(|s| s.observer).count(), 2);
    }

    #[test]
    fn resolves_upr_info_un_and_former_names() {
        let dir = StateDirectory::load();
        let r = |n: &str| dir.resolve(n).map(|i| i.to_string());
        assert_eq!(r("Bosnia & Herzegovina"), Ok("BIH".into()));
        assert_eq!(r("DPR Korea"), Ok("PRK".into()));
        assert_eq!(r("Democratic People's Republic of Korea"), Ok("PRK".into()));
        assert_eq!(r("Turkey"), Ok("TUR".into()));
        assert_eq!(r("Türkiye"), Ok("TUR".into()));
        assert_eq!(r("Swaziland"), Ok("SWZ".into()));
        assert_eq!(r("Bolivarian Republic of Venezuela"), Ok("VEN".into()));
        assert_eq!(r("the Republic of Slovenia"), Ok("SVN".into()));
        assert_eq!(r("Côte d’Ivoire"), Ok("CIV".into()));
        assert_eq!(r("Bolivia (Plurinational State of)"), Ok("BOL".into()));
        assert_eq!(r("svn"), Ok("SVN".into()));
        assert_eq!(r("Atlantis"), Err(UnknownState("Atlantis".into())));
    }

    #[test]
    fn french_and_spanish_names_come_from_unterm_without_articles() {
        let dir = StateDirectory::load();
        let name = |iso3: &str| {
            let s = dir.get(iso3).expect("a known State");
            (s.name_fr.clone().expect("French name"), s.name_es.clone().expect("Spanish name"))
        };
        assert_eq!(name("AFG"), ("Afghanistan".into(), "Afganistán".into()));
        assert_eq!(name("BHS"), ("Bahamas".into(), "Bahamas".into()));
        assert_eq!(name("BOL"), ("Bolivie (État plurinational de)".into(), "Bolivia (Estado Plurinacional de)".into()));
        assert_eq!(name("PSE"), ("État de Palestine".into(), "Estado de Palestina".into()));
        // As people type them, without the article.
        for (typed, iso3) in [("Allemagne", "DEU"), ("Alemania", "DEU"), ("Afganistán", "AFG"), ("Türkiye", "TUR")] {
            assert_eq!(dir.resolve(typed).map(|c| c.to_string()), Ok(iso3.to_string()), "{typed}");
        }
        let missing: Vec<_> = dir
            .states()
            .iter()
            .filter(|s| s.name_fr.is_none() || s.name_es.is_none())
            .map(|s| s.iso3.as_str().to_string())
            .collect();
        assert!(missing.is_empty(), "States without a French or Spanish name: {missing:?}");
    }

    #[test]
    fn formal_names_come_from_unterm() {
        let dir = StateDirectory::load();
        assert_eq!(dir.get("SVN").and_then(|s| s.formal_name.clone()).as_deref(), Some("Republic of Slovenia"));
    }
}
