//! The message catalogues: one Fluent bundle per language, built once from the `.ftl` files
//! embedded in the binary. A file per part of the interface, so that the parts can be worked on
//! apart; every language has the same files and, checked by the tests, the same keys.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The catalogue files of one language: (file name, contents).
macro_rules! files {
    ($lang:literal: $($name:literal),*) => {
        &[$(($name, include_str!(concat!("../../locales/", $lang, "/", $name, ".ftl")))),*]
    };
}

/// Every file of a language's catalogue. Keep the three lists alike.
pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => {
            files!("en": "common", "home", "states", "calendar", "recommendation", "search", "statistics", "organisation", "account", "submission", "workspace", "smart", "statement")
        }
        Lang::Fr => {
            files!("fr": "common", "home", "states", "calendar", "recommendation", "search", "statistics", "organisation", "account", "submission", "workspace", "smart", "statement")
        }
        Lang::Es => {
            files!("es": "common", "home", "states", "calendar", "recommendation", "search", "statistics", "organisation", "account", "submission", "workspace", "smart", "statement")
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// Builds a language's bundle. A catalogue that does not parse is a bug caught by the tests;
/// at run time its good messages are still used.
fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments would show in attributes and copied text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Fr => format_fr,
        Lang::Es => format_es,
    }));
    for (name, text) in files(lang) {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                tracing::error!(lang = lang.code(), file = name, ?errors, "catalogue has syntax errors");
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(lang = lang.code(), file = name, ?errors, "catalogue repeats a key");
        }
    }
    bundle
}

fn format_number(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(super::format::num_in(lang, n.value as i64))
        }
        _ => None,
    }
}
fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::En)
}
fn format_fr<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::Fr)
}
fn format_es<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::Es)
}

/// Whether `lang`'s catalogue has `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).get_message(key).and_then(|m| m.value()).is_some()
}

/// Every key of `lang`'s catalogue, per file.
pub fn keys(lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (name, text) in files(lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.push((*name, m.id.name.to_string()));
            }
        }
    }
    out
}

/// Syntax errors of `lang`'s files, as "file: error".
pub fn errors(lang: Lang) -> Vec<String> {
    files(lang)
        .iter()
        .filter_map(|(name, text)| {
            FluentResource::try_new(text.to_string()).err().map(|(_, e)| format!("{name}: {e:?}"))
        })
        .collect()
}

/// The message `key` in `lang` with `args`; English when `lang` lacks it, the key itself when
/// no language has it (the tests see to it that none is missing).
pub fn message(lang: Lang, key: &str, args: Option<&[(&str, FluentValue<'static>)]>) -> String {
    let args = args.map(|pairs| {
        let mut a = FluentArgs::new();
        for (k, v) in pairs {
            a.set(*k, v.clone());
        }
        a
    });
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key, lang = lang.code(), ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
    }
    key.to_string()
}
