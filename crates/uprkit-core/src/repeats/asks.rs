//! What a recommendation asks for, as comparable parts: its key objects (a treaty and what to
//! do about it, a step on the death penalty, a national human rights institution, a standing
//! invitation) and the rest of its words, stemmed and without boilerplate.

use super::treaties::treaty_asks;
use super::words::{asks_to_ratify, is_boilerplate, stem, tokens};

/// A recommendation taken apart for matching.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Asks {
    /// Key objects, `family:what` (`treaty:ratify:opcat`, `dp:moratorium`, `nhri:`), sorted.
    pub objects: Vec<String>,
    /// The other words that carry meaning, stemmed, sorted, without repeats.
    pub words: Vec<String>,
}

impl Asks {
    /// The key objects of one family (`treaty`, `dp`, `nhri`, `invitation`).
    pub fn family<'a>(&'a self, family: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        self.objects.iter().filter(move |o| o.split(':').next() == Some(family))
    }
}

/// Families of key objects: two recommendations naming different objects of one family ask
/// for different things however many other words they share.
pub const FAMILIES: [&str; 4] = ["treaty", "dp", "nhri", "invitation"];

/// Takes a recommendation apart.
pub fn asks(text: &str) -> Asks {
    let tokens = tokens(text);
    let (treaties, consumed) = treaty_asks(&tokens);
    let rest: Vec<&str> = tokens.iter().zip(&consumed).filter(|(_, used)| !**used).map(|(t, _)| t.as_str()).collect();
    let mut objects: Vec<String> = treaties.into_iter().map(|t| format!("treaty:{t}")).collect();
    let joined = format!(" {} ", rest.join(" "));
    // "Ratify the remaining core human rights instruments": an ask of its own, which a later
    // call to ratify them all repeats and a call to ratify one named treaty does not.
    if tokens.iter().any(|t| asks_to_ratify(t))
        && [" instruments", " treaties", " conventions", " protocols"].iter().any(|p| joined.contains(p))
    {
        objects.push("treaty:ratify:instruments".to_string());
    }
    objects.extend(death_penalty(&joined).into_iter().map(|d| format!("dp:{d}")));
    if [" national human rights institution", " nhri ", " paris principles", " national institution for the promotion"]
        .iter()
        .any(|p| joined.contains(p))
    {
        objects.push("nhri:".to_string());
    }
    if [" standing invitation", " open invitation", "open and standing invitation", "standing and open invitation"]
        .iter()
        .any(|p| joined.contains(p))
    {
        objects.push("invitation:".to_string());
    }
    objects.sort();
    objects.dedup();
    let mut words: Vec<String> = rest.iter().filter(|t| !is_boilerplate(t)).map(|t| stem(t)).collect();
    words.sort();
    words.dedup();
    Asks { objects, words }
}

/// The steps on the death penalty a text asks for. A moratorium, abolition, an end to it for
/// juvenile offenders, fewer capital offences and commuting sentences are different asks; a
/// moratorium "with a view to abolition" asks for the moratorium.
fn death_penalty(joined: &str) -> Vec<&'static str> {
    let about = [
        "death penalty",
        "capital punishment",
        "death sentence",
        "sentenced to death",
        "death row",
        "moratorium on executions",
        "moratorium on all executions",
        "juvenile executions",
        "execution of juvenile",
    ];
    if !about.iter().any(|p| joined.contains(p)) {
        return Vec::new();
    }
    let has = |list: &[&str]| list.iter().any(|p| joined.contains(p));
    let mut steps = Vec::new();
    let juvenile = has(&[
        " juvenile",
        " minors",
        "under 18",
        "age of 18",
        "below 18",
        "under the age",
        "young people",
        "committed by children",
        "committed by persons under",
    ]);
    // "Abolish the death penalty, especially for juveniles" asks for abolition.
    let juvenile_only = juvenile && !has(&["especially for", "particularly for", "in particular for", "including for"]);
    if juvenile {
        steps.push("juvenile");
    }
    if juvenile_only {
        // The moratorium or abolition asked for is the one for juvenile offenders.
    } else if has(&[" moratorium"]) {
        steps.push("moratorium");
    } else if has(&[" abolish", " abolition", " eliminat", " outlaw", " end the death", " end to the death"]) {
        steps.push("abolish");
    }
    if has(&["most serious crimes", " reduce", " reducing", " limit", " restrict", " narrow"]) {
        steps.push("restrict");
    }
    if has(&[" commut"]) {
        steps.push("commute");
    }
    if steps.is_empty() {
        steps.push("other");
    }
    steps
}
