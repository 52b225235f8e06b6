//! The interface is whole in English, French and Spanish: no template holds a user-visible
//! string outside the message catalogue, every key a template or the code asks for is in the
//! three catalogues, and the three have the same keys.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use uprkit_web::i18n::{Lang, catalogue};

/// Words that are the same in every language: the product's name.
const UNTRANSLATED_OK: [&str; 1] = ["uprkit"];

/// Attributes people read (or hear, with a screen reader).
const VISIBLE_ATTRIBUTES: [&str; 5] = ["title", "alt", "placeholder", "aria-label", "aria-description"];

fn templates() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("templates folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).expect("template")))
        .collect();
    out.sort();
    out
}

/// `text` without everything between `open` and `close` (inclusive), each replaced by a space.
fn strip(text: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        out.push(' ');
        match rest[start + open.len()..].find(close) {
            Some(end) => rest = &rest[start + open.len() + end + close.len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Letters left once the allowed words are taken out: what a person would read untranslated.
fn words_left(text: &str) -> Option<String> {
    let text = strip(text, "&", ";");
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic) && !UNTRANSLATED_OK.contains(w))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The untranslated strings of one template: text between tags and readable attributes.
fn untranslated(source: &str) -> Vec<String> {
    // Template code first (expressions, tags, comments), then scripts and HTML comments.
    let mut text = strip(source, "{#", "#}");
    text = strip(&text, "{%", "%}");
    text = strip(&text, "{{", "}}");
    text = strip(&text, "<!--", "-->");
    text = strip(&text, "<script", "</script>");
    text = strip(&text, "<style", "</style>");
    let mut found = Vec::new();
    // Attributes inside tags.
    let mut rest = text.as_str();
    let mut between = String::new();
    while let Some(start) = rest.find('<') {
        between.push_str(&rest[..start]);
        between.push(' ');
        let Some(end) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + end];
        for attribute in VISIBLE_ATTRIBUTES {
            let needle = format!(" {attribute}=\"");
            if let Some(at) = tag.find(&needle) {
                let value = &tag[at + needle.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                if let Some(w) = words_left(value) {
                    found.push(format!("{attribute}=\"{value}\" ({w})"));
                }
            }
        }
        rest = &rest[start + end + 1..];
    }
    between.push_str(rest);
    for line in between.lines() {
        if let Some(w) = words_left(line) {
            found.push(format!("text {:?} ({w})", line.trim()));
        }
    }
    found
}

#[test]
fn no_template_holds_an_untranslated_string() {
    let mut wrong = BTreeMap::new();
    for (name, source) in templates() {
        let found = untranslated(&source);
        if !found.is_empty() {
            wrong.insert(name, found);
        }
    }
    assert!(
        wrong.is_empty(),
        "user-visible strings outside the catalogue (use crate::i18n::t(\"key\")):\n{}",
        wrong.iter().map(|(n, f)| format!("{n}:\n  {}", f.join("\n  "))).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_checker_finds_strings_in_text_and_attributes() {
    assert!(untranslated("<p>{{ crate::i18n::t(\"x\") }} · uprkit &amp; {{ n }}</p>").is_empty());
    assert_eq!(untranslated("<p>Hello {{ name }}</p>").len(), 1);
    assert_eq!(untranslated("<input placeholder=\"Type a name\">").len(), 1);
    assert_eq!(untranslated("<a title=\"{{ t }}\" href=\"/search?sur=LKA\">{{ x }}</a>").len(), 0);
}

/// Keys asked for literally: `t("key"`, `t1("key"`, `t2(`, `t3(` in templates and code.
fn keys_asked_for() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("templates"), root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).expect("folder").filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "html" || x == "rs") {
                files.push(path);
            }
        }
    }
    let mut keys = BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("file");
        for call in ["t(\"", "t1(\"", "t2(\"", "t3(\""] {
            for (at, _) in text.match_indices(call) {
                // Only the i18n functions: preceded by `::` or a non-identifier character.
                let before = text[..at].chars().last().unwrap_or(' ');
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                if before.is_alphanumeric() || before == '_' || text[line_start..at].trim_start().starts_with("//") {
                    continue;
                }
                let rest = &text[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    keys.insert(key.to_string(), path.file_name().expect("a file name").to_string_lossy().into_owned());
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_asked_for_is_in_every_language() {
    let asked = keys_asked_for();
    assert!(asked.len() > 20, "the scan found only {} keys", asked.len());
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for (key, file) in &asked {
            if !catalogue::has(lang, key) {
                missing.push(format!("{}: {key} (asked for in {file})", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "keys missing from a catalogue:\n{}", missing.join("\n"));
}

#[test]
fn the_three_catalogues_parse_and_have_the_same_keys() {
    for lang in Lang::ALL {
        assert!(catalogue::errors(lang).is_empty(), "{}: {:?}", lang.code(), catalogue::errors(lang));
    }
    let keys = |lang| catalogue::keys(lang).into_iter().collect::<BTreeSet<_>>();
    let english = keys(Lang::En);
    let mut seen = BTreeSet::new();
    let repeated: Vec<_> = english.iter().filter(|(_, k)| !seen.insert(k.clone())).collect();
    assert!(repeated.is_empty(), "keys defined twice: {repeated:?}");
    for lang in [Lang::Fr, Lang::Es] {
        let other = keys(lang);
        let only_en: Vec<_> = english.difference(&other).collect();
        let only_other: Vec<_> = other.difference(&english).collect();
        assert!(
            only_en.is_empty() && only_other.is_empty(),
            "{}: missing {only_en:?}; not in English {only_other:?}",
            lang.code()
        );
    }
}
