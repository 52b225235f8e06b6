//! The interface in English, French and Spanish.
//!
//! Each request runs in the language it asked for ([`negotiate`]: the `uprkit_lang` cookie set by
//! the switcher, else the browser's `Accept-Language`), held in a task-local for the request so
//! that templates and labels translate without every template struct carrying it.
//! Messages come from Fluent catalogues (`locales/{en,fr,es}/*.ftl`, [`catalogue`]); State names
//! from the UN's names file in each language; dates and numbers as each language writes them
//! ([`format`]); lists of names sorted by each language's collation ([`collate`]).
//!
//! In templates: `{{ crate::i18n::t("key") }}`, with arguments
//! `{{ crate::i18n::t1("key", "n", count) }}` (up to [`t3`]). Tests fail when a template holds a
//! user-visible string outside these calls, or a key is missing from a language.

pub mod catalogue;
pub mod collate;
pub mod format;
pub mod negotiate;

pub use collate::{sort_by_name, sort_names};
pub use format::{date, date_str, num};
pub use negotiate::{LANGUAGE_COOKIE, language_layer, router};

use fluent_bundle::FluentValue;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The BCP 47 code: `en`, `fr`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The language of a code or tag (`fr`, `fr-CH`, `ES`); `None` for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

tokio::task_local! {
    static CURRENT: Lang;
}

/// The language of the request being answered; English outside a request.
pub fn current() -> Lang {
    CURRENT.try_with(|l| *l).unwrap_or(Lang::En)
}

/// Runs `fut` with `lang` as the current language (what the middleware does per request;
/// tests and background renders use it directly).
pub async fn scope<F: std::future::Future>(lang: Lang, fut: F) -> F::Output {
    CURRENT.scope(lang, fut).await
}

/// Runs `f` synchronously in `lang`.
pub fn sync_scope<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(lang, f)
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    catalogue::message(current(), key, None)
}

/// A value given to a message: numbers (for plurals, written as the language writes them) or text.
pub trait Arg {
    /// The value as Fluent takes it.
    fn fluent(&self) -> FluentValue<'static>;
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

impl Arg for str {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
impl Arg for String {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn fluent(&self) -> FluentValue<'static> {
        (**self).fluent()
    }
}
impl<T: Arg> Arg for Option<T> {
    fn fluent(&self) -> FluentValue<'static> {
        match self {
            Some(v) => v.fluent(),
            None => FluentValue::from(String::new()),
        }
    }
}

/// The message `key` with one argument.
pub fn t1(key: &str, name: &str, value: impl Arg) -> String {
    catalogue::message(current(), key, Some(&[(name, value.fluent())]))
}

/// The message `key` with two arguments.
pub fn t2(key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
    catalogue::message(current(), key, Some(&[(n1, v1.fluent()), (n2, v2.fluent())]))
}

/// The message `key` with three arguments.
pub fn t3(key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg, n3: &str, v3: impl Arg) -> String {
    catalogue::message(current(), key, Some(&[(n1, v1.fluent()), (n2, v2.fluent()), (n3, v3.fluent())]))
}

/// The name of a State in the current language (UN short name), or the code when unknown.
pub fn state_name(iso3: &str) -> String {
    crate::labels::states()
        .get(iso3)
        .map(|s| match current() {
            Lang::En => s.name.clone(),
            Lang::Fr => s.name_fr.clone().unwrap_or_else(|| s.name.clone()),
            Lang::Es => s.name_es.clone().unwrap_or_else(|| s.name.clone()),
        })
        .unwrap_or_else(|| iso3.to_string())
}

/// The current language's code, for `<html lang>`.
pub fn code() -> &'static str {
    current().code()
}
