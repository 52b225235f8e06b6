//! Positions from an addendum. Two layouts are known: paragraphs that list recommendations per
//! position ("3. The Government accepts the following recommendations 122.1, 122.12,
//! 122.17-18, ..."), and answers per recommendation ("5., 6., 7. Slovenia accepts these
//! recommendations ...", "110.7 Supported", "Rec. 18 ..."). Lists win over answers.

use super::pdf::PdfText;
use super::statement::{LIST_AFTER_WORD, REF_LIST, already_implemented, expand, item_position, list_position, verbs};
use super::text::{is_furniture, join_lines, word_set};
use super::types::PositionStatement;
use regex::Regex;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;
use uprkit_core::Position;

/// How a block of the addendum starts.
#[derive(Debug, Clone, PartialEq)]
enum Label {
    /// A numbered paragraph of the addendum ("3.").
    Para(u32),
    /// Recommendation references ("122.14–15", "Rec. 18", "5., 6., 7.").
    Refs(Vec<String>),
}

#[derive(Debug)]
struct Block {
    label: Label,
    lines: Vec<String>,
    heading: String,
    /// The position of the section the block stands in ("Georgia partially accepts the
    /// following recommendations:"), when the addendum is laid out so.
    section: Option<Position>,
    /// The reference list ended with a comma and goes on at the start of the next line.
    open: bool,
}

/// Reads the positions of an addendum, as (reference, statement) in reference order.
pub(crate) fn positions(text: &PdfText, symbol: &str) -> Vec<(String, PositionStatement)> {
    let all = join_lines(text.lines.iter().map(|l| l.text.as_str()), &HashSet::new());
    // "The serial numbers of recommendations follow the list in paragraph 115 of the Report":
    // bare numbers then mean 115.n.
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)follows?\s+the\s+(?:list|numbering|order)\s+(?:in|of)\s+paragraph\s+(\d{1,3})")
            .expect("valid regex")
    });
    let prefix = PREFIX.captures(&all).map(|c| c[1].to_string());
    let body: Vec<(&str, bool)> = text
        .body()
        .filter(|l| !is_furniture(&l.text))
        .map(|l| (l.text.as_str(), l.size > text.body_size * 1.1))
        .collect();
    let words = word_set(body.iter().map(|(t, _)| *t));
    let blocks = blocks(&body);
    let joined = |b: &Block| join_lines(b.lines.iter().map(String::as_str), &words);
    let statement = |position, part: Option<String>, source_ref: String, implemented| PositionStatement {
        position,
        supported_part: part,
        source: symbol.to_string(),
        source_ref,
        already_implemented: implemented,
    };
    let mut found: BTreeMap<(u32, u32), (String, PositionStatement)> = BTreeMap::new();
    let key = |r: &str| {
        let (a, b) = r.split_once('.').unwrap_or(("0", r));
        (a.parse().unwrap_or(0), b.parse().unwrap_or(0))
    };
    let full = |r: String| match (&prefix, r.contains('.')) {
        (Some(p), false) => format!("{p}.{r}"),
        _ => r,
    };
    // Lists of references in numbered paragraphs.
    let mut paragraphs = 0;
    for b in &blocks {
        let Label::Para(n) = b.label else { continue };
        paragraphs += 1;
        let text = joined(b);
        for c in LIST_AFTER_WORD.captures_iter(&text) {
            let Some(list) = c.get(1) else { continue };
            // The clause up to the list, with the word "recommendations" ("notes recommendations").
            let clause = text[..list.start()].rsplit(". ").next().unwrap_or("");
            // "supports recommendations 1, 2", else "Recommendations 1, 2 are supported", else
            // the heading ("Noted recommendations").
            let after = text[list.end()..].split(". ").next().unwrap_or("");
            let position = list_position(verbs(clause))
                .or_else(|| list_position(verbs(after)))
                .or_else(|| list_position(verbs(&b.heading)));
            let Some(position) = position else { continue };
            let implemented = already_implemented(&text) || already_implemented(&b.heading);
            for r in expand(list.as_str()).unwrap_or_default() {
                let r = full(r);
                let entry = found
                    .entry(key(&r))
                    .or_insert_with(|| (r.clone(), statement(position, None, format!("para. {n}"), implemented)));
                // Listed as supported in one place and noted in another: supported in part.
                if entry.1.position != position {
                    entry.1.position = Position::PartiallySupported;
                }
            }
        }
    }
    // Numbered paragraphs are answers to the recommendations of the same numbers (cycle 1)
    // only when no list covers them and no answer carries a dotted reference.
    let dotted = blocks.iter().any(|b| matches!(&b.label, Label::Refs(r) if r.iter().any(|x| x.contains('.'))));
    let per_item = found.len() < paragraphs && !dotted;
    for b in &blocks {
        let refs = match &b.label {
            Label::Refs(r) => r.clone(),
            Label::Para(n) if per_item => vec![n.to_string()],
            Label::Para(_) => continue,
        };
        let text = joined(b);
        let v = verbs(&text);
        if let Some(section) = b.section {
            // The section says the position; the answer's words only give the part supported.
            let part = (section == Position::PartiallySupported).then(|| item_position(&text).1).flatten();
            for r in refs {
                let r = full(r);
                let source_ref = format!("para. {r}");
                let entry = found.entry(key(&r)).or_insert_with(|| {
                    (r.clone(), statement(section, part.clone(), source_ref, already_implemented(&text)))
                });
                // Listed in two sections ("partially accepts 106.5", "does not accept
                // 106.1-106.10 apart from ..."): supported in part.
                if entry.1.position != section {
                    entry.1.position = Position::PartiallySupported;
                }
            }
            continue;
        }
        // In a list layout, the notes under each recommendation only count where they say
        // supported or noted in so many words.
        if !per_item && !v.positive && !v.negative {
            continue;
        }
        let (position, part) = item_position(&text);
        for r in refs {
            let r = full(r);
            let source_ref = format!("para. {r}");
            found.entry(key(&r)).or_insert_with(|| {
                (r.clone(), statement(position, part.clone(), source_ref, already_implemented(&text)))
            });
        }
    }
    found.into_values().collect()
}

/// Splits the body into blocks at each label. A single number starts a paragraph only when it
/// is higher than the last one (so "1. Accepted recommendations; 2. ..." quoted at a line
/// start stays text); reference lists start answers anywhere.
fn blocks(body: &[(&str, bool)]) -> Vec<Block> {
    // Capitalised only: a line starting "recommendations 6–13, ..." is a sentence going on.
    static REC: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:Recs?\.|Recommendations?|RECOMMENDATIONS?)\s*(\d.*)$").expect("valid regex"));
    let mut out: Vec<Block> = Vec::new();
    let mut heading = String::new();
    let mut section = None;
    let mut last_para = 0;
    let mut previous = "";
    for (line, is_heading) in body {
        let line = line.trim();
        if *is_heading {
            heading = line.to_string();
            section = None;
            continue;
        }
        let sentence_start = previous.is_empty() || previous.ends_with(['.', ':']);
        if sentence_start && let Some(position) = section_position(line) {
            section = Some(position);
            previous = line;
            continue;
        }
        // A list broken over lines ("122.13,\n122.21, ...", "122.62-\n66") goes on.
        let mid_list = previous.ends_with([',', '-', '–']) || previous.ends_with(" and");
        previous = line;
        if mid_list && !out.last().is_some_and(|b| b.open) {
            if let Some(b) = out.last_mut() {
                b.lines.push(line.to_string());
            }
            continue;
        }
        let (candidate, by_word) = match REC.captures(line) {
            Some(c) => (c.get(1).map_or("", |m| m.as_str()), true),
            None => (line, false),
        };
        let list = REF_LIST.find(candidate).filter(|m| {
            let rest = &candidate[m.end()..];
            rest.is_empty() || rest.starts_with([' ', '\t', ','])
        });
        let Some(m) = list else {
            if let Some(b) = out.last_mut() {
                b.lines.push(line.to_string());
            }
            continue;
        };
        let rest = candidate[m.end()..].trim_start_matches([' ', '\t']);
        let open = rest.starts_with(',');
        let rest = rest.trim_start_matches([',', ' ', '\t']).to_string();
        let refs = expand(m.as_str()).unwrap_or_default();
        let list_text = m.as_str().trim();
        if let Some(b) = out.last_mut().filter(|b| b.open)
            && let Label::Refs(r) = &mut b.label
        {
            r.extend(refs);
            b.open = open;
            b.lines.push(rest);
            continue;
        }
        let single_bare = refs.len() == 1 && !list_text.trim_end_matches('.').contains(['.', ',', '-', '–']);
        let label = if single_bare && !by_word {
            let n: u32 = refs[0].parse().unwrap_or(0);
            if !list_text.ends_with('.') || n <= last_para || n > 500 {
                if let Some(b) = out.last_mut() {
                    b.lines.push(line.to_string());
                }
                continue;
            }
            last_para = n;
            Label::Para(n)
        } else if refs.is_empty() || (!by_word && list_text.split(',').any(|item| !item.contains('.'))) {
            // Without "Rec." before it, a list only labels answers when every item is dotted
            // ("5., 6., 7.", "122.14–15"); "119, 122, 125–130." is the tail of a sentence.
            if let Some(b) = out.last_mut() {
                b.lines.push(line.to_string());
            }
            continue;
        } else {
            Label::Refs(refs)
        };
        out.push(Block { label, lines: vec![rest], heading: heading.clone(), section, open });
    }
    out
}

/// A line that opens a section of answers: "Georgia accepts the following recommendations:",
/// "Georgia partially accepts ...", "Georgia does not accept ...". The colon ends it; a
/// sentence that goes on with the list ("accepts the following recommendations 122.1, ...")
/// is a paragraph's list instead.
fn section_position(line: &str) -> Option<Position> {
    static SECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][^.:;]{0,120}\bthe\s+following\s+recommendations?\s*:$").expect("valid regex")
    });
    if !SECTION.is_match(line) {
        return None;
    }
    list_position(verbs(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(lines: &[&str]) -> Vec<Label> {
        let body: Vec<(&str, bool)> = lines.iter().map(|l| (*l, false)).collect();
        blocks(&body).into_iter().map(|b| b.label).collect()
    }

    #[test]
    fn labels_of_both_layouts() {
        assert_eq!(
            labels(&[
                "2. Text",
                "1. Accepted recommendations; 2. Noted",
                "3. The Government accepts",
                "122.14– 15",
                "x"
            ]),
            [Label::Para(2), Label::Para(3), Label::Refs(vec!["122.14".into(), "122.15".into()])]
        );
        assert_eq!(
            labels(&[
                "40., 41., 42.,\tSlovenia accepts these",
                "43., 44.",
                "45.\tSlovenia accepts",
                "Rec. 18 We",
                "2015."
            ]),
            [
                Label::Refs(vec!["40".into(), "41".into(), "42".into(), "43".into(), "44".into()]),
                Label::Para(45),
                Label::Refs(vec!["18".into()])
            ]
        );
    }
}
