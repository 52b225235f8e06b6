//! Which treaties a recommendation names, and what it asks about each: "Ratify OP-CAT",
//! "Accede to the Optional Protocol to the Convention against Torture" and "CAT-OP" are one
//! object (`opcat`), and "ratify" or "implement" it are two different asks.

use super::words::asks_to_ratify;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A treaty, by the word sequences that name it. `keys` ("against torture") name the treaty
/// only right after a word such as "convention" or "protocol" and other words of treaty names
/// (so "combat discrimination against women" is not CEDAW); `names` need no context.
struct Treaty {
    tag: &'static str,
    keys: &'static [&'static [&'static str]],
    names: &'static [&'static [&'static str]],
}

const TREATIES: &[Treaty] = &[
    Treaty { tag: "cat", keys: &[&["against", "torture"]], names: &[&["cat"], &["uncat"], &["opcat"]] },
    Treaty {
        tag: "cedaw",
        keys: &[&["discrimination", "against", "women"], &["discriminations", "against", "women"]],
        names: &[&["cedaw"]],
    },
    Treaty { tag: "crpd", keys: &[&["persons", "with", "disabilities"]], names: &[&["crpd"]] },
    Treaty {
        tag: "ced",
        keys: &[&["enforced", "disappearance"], &["enforced", "disappearances"]],
        names: &[&["ced"], &["cped"], &["iced"], &["icped"], &["icpped"], &["icced"]],
    },
    Treaty {
        tag: "icrmw",
        keys: &[&["migrant", "workers"], &["migrants", "workers"], &["migrant", "worker"]],
        names: &[&["icrmw"], &["cmw"], &["icmw"], &["icpmw"]],
    },
    Treaty { tag: "iccpr", keys: &[&["civil", "and", "political", "rights"]], names: &[&["iccpr"], &["ccpr"]] },
    Treaty {
        tag: "icescr",
        keys: &[
            &["economic", "social", "and", "cultural", "rights"],
            &["social", "economic", "and", "cultural", "rights"],
        ],
        names: &[&["icescr"]],
    },
    Treaty {
        tag: "crc",
        keys: &[&["rights", "of", "the", "child"]],
        names: &[&["crc"], &["opic"], &["opsc"], &["opac"]],
    },
    Treaty { tag: "cerd", keys: &[&["forms", "of", "racial", "discrimination"]], names: &[&["icerd"]] },
    Treaty {
        tag: "rome",
        keys: &[&["international", "criminal", "court"]],
        names: &[&["rome", "statute"], &["statute", "of", "the", "international", "criminal", "court"]],
    },
    Treaty { tag: "kampala", keys: &[], names: &[&["kampala", "amendments"], &["kampala", "amendment"]] },
    Treaty {
        tag: "istanbul",
        keys: &[&["preventing", "and", "combating", "violence"]],
        names: &[&["istanbul", "convention"]],
    },
    Treaty { tag: "achr", keys: &[], names: &[&["american", "convention"]] },
    Treaty {
        tag: "refugees",
        keys: &[&["status", "of", "refugees"]],
        names: &[&["refugee", "convention"], &["refugees", "convention"]],
    },
    Treaty { tag: "stateless54", keys: &[&["status", "of", "stateless", "persons"]], names: &[] },
    Treaty {
        tag: "stateless61",
        keys: &[&["reduction", "of", "statelessness"], &["reduce", "statelessness"]],
        names: &[],
    },
    Treaty { tag: "ilo169", keys: &[&["169"], &["indigenous", "and", "tribal", "peoples"]], names: &[] },
    Treaty { tag: "ilo189", keys: &[&["189"], &["domestic", "workers"]], names: &[] },
    Treaty { tag: "ilo138", keys: &[&["138"]], names: &[] },
    Treaty { tag: "ilo182", keys: &[&["182"]], names: &[] },
    Treaty { tag: "unesco_education", keys: &[&["discrimination", "in", "education"]], names: &[] },
    Treaty {
        tag: "undrip",
        keys: &[],
        names: &[&["declaration", "on", "the", "rights", "of", "indigenous", "peoples"], &["undrip"]],
    },
];

/// Words after which a context key names a treaty.
const CONTEXT: &[&str] =
    &["convention", "conventions", "covenant", "covenants", "protocol", "protocols", "statute", "op", "ilo", "no"];

/// Words that make up treaty names; a run of them around a key belongs to the name.
const NAME_WORDS: &[&str] = &[
    "a",
    "against",
    "all",
    "and",
    "cedaw",
    "child",
    "concerning",
    "relating",
    "relative",
    "civil",
    "convention",
    "conventions",
    "covenant",
    "covenants",
    "cruel",
    "cultural",
    "degrading",
    "discrimination",
    "economic",
    "elimination",
    "families",
    "first",
    "for",
    "forms",
    "from",
    "ilo",
    "inhuman",
    "international",
    "its",
    "members",
    "no",
    "of",
    "on",
    "op",
    "optional",
    "or",
    "other",
    "persons",
    "political",
    "protection",
    "protocol",
    "protocols",
    "punishment",
    "rights",
    "second",
    "social",
    "the",
    "their",
    "thereto",
    "third",
    "to",
    "treatment",
    "un",
    "united",
    "nations",
    "women",
    "workers",
];

/// Words after the Second Optional Protocol to the ICCPR that only repeat its purpose.
const OP2_PURPOSE: &[&str] =
    &["aimed", "aiming", "at", "abolition", "abolishing", "abolish", "death", "penalty", "the", "of", "on"];

/// A treaty named in a text: its tag (with the protocol resolved) and the token span.
#[derive(Debug, Clone)]
struct Mention {
    tag: String,
    /// Named as "Optional Protocol(s) to ...", which a list of treaties after it shares.
    protocol_word: bool,
    start: usize,
    end: usize,
}

/// Word sequences by their first word: (treaty, sequence, whether it needs context).
type KeyIndex = HashMap<&'static str, Vec<(usize, &'static [&'static str], bool)>>;

/// First token -> (treaty, key) index, so a text is scanned once whatever the table size.
fn keys_by_first_token() -> &'static KeyIndex {
    static INDEX: OnceLock<KeyIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = KeyIndex::new();
        for (t, treaty) in TREATIES.iter().enumerate() {
            for key in treaty.keys {
                index.entry(key[0]).or_default().push((t, key, true));
            }
            for name in treaty.names {
                index.entry(name[0]).or_default().push((t, name, false));
            }
        }
        index
    })
}

/// Whether the words before a key end in a treaty name's opening ("Convention on the
/// Elimination of All Forms of"): a context word followed only by name words.
fn after_context(before: &[String]) -> bool {
    for w in before.iter().rev() {
        if CONTEXT.contains(&w.as_str()) {
            return true;
        }
        if !NAME_WORDS.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// Treaties with optional protocols.
const HAVE_PROTOCOLS: &[&str] = &["cat", "cedaw", "crpd", "iccpr", "icescr", "crc"];

fn is_protocol(token: &str) -> bool {
    matches!(token, "protocol" | "protocols" | "op" | "opt")
}

/// The treaties a text names, each as `action:treaty` (`ratify:opcat`, `apply:crpd`), and a
/// mask of the tokens that belong to treaty names (they say which treaty, not what is asked).
pub fn treaty_asks(tokens: &[String]) -> (Vec<String>, Vec<bool>) {
    let mentions = mentions(tokens);
    let mut consumed = vec![false; tokens.len()];
    let mut asks = Vec::new();
    let mut previous_actions: Vec<&str> = Vec::new();
    let mut segment_start = 0;
    for (m, mention) in mentions.iter().enumerate() {
        mark_name(tokens, mention, &mut consumed);
        let mut actions = actions(&tokens[segment_start..mention.start]);
        if actions.is_empty() {
            actions = previous_actions.clone();
        }
        if actions.is_empty() {
            let next = mentions.get(m + 1).map_or(tokens.len(), |n| n.start);
            actions = self::actions(&tokens[mention.end.min(next)..next]);
        }
        if actions.is_empty() {
            actions.push("other");
        }
        for action in &actions {
            asks.push(format!("{action}:{}", mention.tag));
        }
        previous_actions = actions;
        segment_start = mention.end;
    }
    asks.sort();
    asks.dedup();
    (asks, consumed)
}

/// What a run of words asks about a treaty named next to it.
fn actions(words: &[String]) -> Vec<&'static str> {
    let mut found = Vec::new();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if words.iter().any(|w| asks_to_ratify(w)) {
        found.push("ratify");
    }
    if has(&["reservation", "reservations", "declaration", "declarations"]) {
        found.push("reserve");
    }
    if has(&[
        "implement",
        "implementing",
        "implementation",
        "incorporate",
        "incorporating",
        "incorporation",
        "harmonize",
        "harmonise",
        "harmonizing",
        "harmonization",
        "align",
        "aligning",
        "alignment",
        "comply",
        "compliance",
        "conformity",
        "domesticate",
        "domesticating",
        "domestication",
        "legislation",
        "law",
        "laws",
        "apply",
        "application",
        "obligations",
        "provisions",
        "accordance",
        "respect",
    ]) {
        found.push("apply");
    }
    if has(&["report", "reports", "reporting"]) {
        found.push("report");
    }
    found
}

fn mentions(tokens: &[String]) -> Vec<Mention> {
    let index = keys_by_first_token();
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut matched = None;
        if let Some(candidates) = index.get(tokens[i].as_str()) {
            for &(t, key, needs_context) in candidates {
                let fits = tokens.len() >= i + key.len() && key.iter().zip(&tokens[i..]).all(|(k, w)| k == w);
                let in_context = !needs_context || after_context(&tokens[i.saturating_sub(10)..i]);
                if fits && in_context {
                    matched = Some((t, key.len()));
                    break;
                }
            }
        }
        match matched {
            Some((t, len)) => {
                let tag = resolve_protocol(tokens, i, i + len, TREATIES[t].tag, found.last());
                let from = found.last().map_or(0, |p| p.end).max(i.saturating_sub(10));
                let protocol_word = tag != TREATIES[t].tag
                    && (found.last().is_some_and(|p| p.protocol_word)
                        || tokens[from..i].iter().any(|w| w == "protocol" || w == "protocols"));
                // A name and its acronym ("... Disappearance (CED)") are one mention.
                let same_name = found.last().is_some_and(|last| {
                    last.tag == tag && tokens[last.end..i].iter().all(|w| NAME_WORDS.contains(&w.as_str()))
                });
                if same_name {
                    if let Some(last) = found.last_mut() {
                        last.end = i + len;
                    }
                } else {
                    found.push(Mention { tag, protocol_word, start: i, end: i + len });
                }
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// `opcat` for CAT named after "Optional Protocol to" or before "-OP", and so on.
fn resolve_protocol(tokens: &[String], start: usize, end: usize, treaty: &str, previous: Option<&Mention>) -> String {
    let from = previous.map_or(0, |p| p.end).max(start.saturating_sub(10));
    let before = &tokens[from..start];
    let protocol_before =
        before.iter().any(|w| is_protocol(w)) || matches!(tokens[start].as_str(), "opcat" | "opic" | "opsc" | "opac");
    // "Ratify the Optional Protocols to the ICCPR, the ICESCR and CEDAW": the list shares the
    // protocol word (not an "OP-" prefix: "OP-CAT and the Rome Statute").
    let listed = previous.is_some_and(|p| {
        p.protocol_word
            && HAVE_PROTOCOLS.contains(&treaty)
            && tokens[p.end..start].iter().all(|w| NAME_WORDS.contains(&w.as_str()))
    });
    let after = &tokens[end..(end + 3).min(tokens.len())];
    let protocol_right_after = after.first().is_some_and(|w| is_protocol(w) || w == "op2");
    if !(protocol_before || listed || protocol_right_after) {
        return treaty.to_string();
    }
    let near = &tokens[from..(end + 14).min(tokens.len())];
    let has = |list: &[&str]| near.iter().any(|w| list.contains(&w.as_str()));
    match treaty {
        "cat" => "opcat".to_string(),
        "iccpr" if has(&["second", "2", "op2", "ii"]) => "iccpr_op2".to_string(),
        "iccpr" => "iccpr_op1".to_string(),
        "crc" if has(&["communications", "communication", "complaints", "ic", "opic", "third", "individual"]) => {
            "crc_opic".to_string()
        }
        "crc" if has(&["sale", "sc", "prostitution", "pornography"]) => "crc_opsc".to_string(),
        "crc" if has(&["armed", "ac", "involvement"]) => "crc_opac".to_string(),
        other => format!("{other}_op"),
    }
}

/// Marks the mention and the name words around it ("the International Convention for the
/// Protection of All Persons from ..."), and the purpose words after the ICCPR's OP2.
fn mark_name(tokens: &[String], mention: &Mention, consumed: &mut [bool]) {
    let is_name = |w: &str| NAME_WORDS.contains(&w);
    let mut start = mention.start;
    while start > 0 && mention.start - start < 14 && is_name(&tokens[start - 1]) {
        start -= 1;
    }
    let mut end = mention.end;
    let op2 = mention.tag == "iccpr_op2";
    while end < tokens.len()
        && end - mention.end < 12
        && (is_name(&tokens[end]) || tokens[end] == "op2" || (op2 && OP2_PURPOSE.contains(&tokens[end].as_str())))
    {
        end += 1;
    }
    for flag in &mut consumed[start..end] {
        *flag = true;
    }
}
