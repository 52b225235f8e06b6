//! Sorting names the way each language does (ICU4X collation with CLDR data): "Côte d'Ivoire"
//! before "Croatia", "Türkiye" before "Tuvalu", in English, French and Spanish.

use super::{Lang, current};
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;
use std::cmp::Ordering;
use std::sync::OnceLock;

fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
    static COLLATORS: OnceLock<Vec<CollatorBorrowed<'static>>> = OnceLock::new();
    let all = COLLATORS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let locale: Locale = l.code().parse().expect("a valid locale code");
                Collator::try_new(CollatorPreferences::from(&locale), CollatorOptions::default())
                    .expect("compiled collation data for en, fr and es")
            })
            .collect()
    });
    &all[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// Compares two names in `lang`'s order.
pub fn compare_in(lang: Lang, a: &str, b: &str) -> Ordering {
    collator(lang).compare(a, b)
}

/// Sorts `items` by the name `name` gives each, in the current language's order.
pub fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    let c = collator(current());
    items.sort_by(|a, b| c.compare(name(a), name(b)));
}

/// Sorts names in the current language's order.
pub fn sort_names(names: &mut [String]) {
    sort_by_name(names, |s| s.as_str());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_names_sort_with_their_letters() {
        for lang in Lang::ALL {
            assert_eq!(compare_in(lang, "Türkiye", "Tuvalu"), Ordering::Less, "{lang:?}");
            assert_eq!(compare_in(lang, "Côte d'Ivoire", "Czechia"), Ordering::Less, "{lang:?}");
            assert_eq!(compare_in(lang, "Côte d'Ivoire", "Croatia"), Ordering::Less, "{lang:?}");
        }
        // Spanish orders ñ after n, as a letter of its own.
        assert_eq!(compare_in(Lang::Es, "Españaz", "Espanaz"), Ordering::Greater);
        assert_eq!(compare_in(Lang::Es, "ña", "nz"), Ordering::Greater);
        assert_eq!(compare_in(Lang::En, "ña", "nz"), Ordering::Less);
    }
}
