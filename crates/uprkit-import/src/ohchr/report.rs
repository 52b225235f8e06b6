//! The recommendations of a WG report: its section "Conclusions and/or recommendations", made
//! of paragraphs ("115. The recommendations listed below will be examined by ...") each
//! followed by its numbered recommendations ("115.1 ...", or "1. ..." in cycle 1).

use super::pdf::PdfText;
use super::statement::{already_implemented, list_position, verbs};
use super::suffix::{Split, split_states};
use super::text::{is_furniture, join_lines, word_set};
use super::types::{DocRecommendation, PositionStatement};
use crate::{ImportError, Problem};
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;
use uprkit_core::{NameCorrection, StateDirectory};

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[IVX]+\.\s*)?conclusions\s+and(?:/or)?\s+recommendations\W*$").expect("valid regex")
});
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$").expect("valid regex"));
static BARE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,3})\.\s+(.*)$").expect("valid regex"));

/// A numbered paragraph of the section and the recommendations under it.
#[derive(Debug)]
struct Group {
    number: u32,
    intro: Vec<String>,
    items: Vec<(String, Vec<String>)>,
    next: u32,
    /// `Some(true)` once items are numbered "115.1", `Some(false)` once numbered "1.".
    dotted: Option<bool>,
}

/// Reads every recommendation of a WG report, with the positions the report itself states,
/// and the recommending States' names it read by a near match.
pub(crate) fn recommendations(
    path: &Path,
    text: &PdfText,
    symbol: &str,
    states: &StateDirectory,
) -> Result<(Vec<DocRecommendation>, Vec<NameCorrection>), ImportError> {
    let body: Vec<(&str, bool)> = text
        .body()
        .filter(|l| !is_furniture(&l.text))
        .map(|l| (l.text.as_str(), l.size > text.body_size * 1.1))
        .collect();
    let words = word_set(body.iter().map(|(t, _)| *t));
    // The heading is set large; a body-size line reading exactly so is the fallback (the table
    // of contents' line has dots and page numbers, so it never reads exactly so).
    let start = body.iter().position(|(t, heading)| *heading && HEADING.is_match(t.trim()));
    let Some(start) = start.or_else(|| body.iter().position(|(t, _)| HEADING.is_match(t.trim()))) else {
        return Err(ImportError::file(
            path,
            "a WG report without the section \"Conclusions and/or recommendations\": nothing to read",
        ));
    };
    let section = body[start + 1..].iter().take_while(|(_, heading)| !heading).map(|(t, _)| *t);
    let groups = group(section);
    let mut out = Vec::new();
    let mut corrections = Vec::new();
    let mut problems = Vec::new();
    for g in &groups {
        let position = group_position(&join_lines(g.intro.iter().map(String::as_str), &words), symbol, g.number);
        for (paragraph, lines) in &g.items {
            let full = join_lines(lines.iter().map(String::as_str), &words);
            match split_states(&full, states).or_else(|e| without_states(&full, g.dotted, e)) {
                Ok(split) => {
                    corrections.extend(split.corrections.into_iter().map(|(printed, read_as)| NameCorrection {
                        printed,
                        read_as,
                        at: format!("para. {paragraph}"),
                    }));
                    out.push(DocRecommendation {
                        paragraph: paragraph.clone(),
                        text: split.text,
                        recommending_states: split.states,
                        position: position.clone(),
                    })
                }
                Err(reason) => {
                    problems.push(Problem { row: None, reason: format!("recommendation {paragraph}: {reason}") })
                }
            }
        }
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(ImportError::MAX_PROBLEMS);
        problems.truncate(ImportError::MAX_PROBLEMS);
        return Err(ImportError { file: path.to_path_buf(), problems, more });
    }
    if out.is_empty() {
        return Err(ImportError::file(path, "no numbered recommendation in \"Conclusions and/or recommendations\""));
    }
    Ok((out, corrections))
}

/// The first reports (2008) number items "1.", "2." within a paragraph and sometimes print an
/// item without any State after it: it is read with no recommending State. Everywhere else
/// (and whenever a parenthesis names something that is no State) the error stands.
fn without_states(full: &str, dotted: Option<bool>, error: String) -> Result<Split, String> {
    let text = full.trim().trim_end_matches([';', '.', ',', ' ']);
    let closes = text.ends_with(')');
    if dotted == Some(false) && !closes && !text.is_empty() {
        return Ok(Split { text: text.to_string(), states: Vec::new(), corrections: Vec::new() });
    }
    Err(error)
}

/// Splits the section's lines into paragraphs and recommendations. A number only starts a
/// recommendation when it is the next one expected (so a line that happens to begin with
/// "2010." or "15.3" stays text), and a paragraph only when it is the next paragraph.
fn group<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for line in lines {
        let line = line.trim();
        let dotted = DOTTED.captures(line);
        let bare = BARE.captures(line);
        let num = |c: &regex::Captures, i| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok()).unwrap_or(0);
        let Some(g) = groups.last_mut() else {
            if let Some(c) = &bare {
                groups.push(Group {
                    number: num(c, 1),
                    intro: vec![c[2].to_string()],
                    items: Vec::new(),
                    next: 1,
                    dotted: None,
                });
            }
            continue;
        };
        if let Some(c) = &dotted {
            let (p, s) = (num(c, 1), num(c, 2));
            // A skipped number or two is tolerated here: the group prefix already makes a
            // dotted reference at the start of a line unmistakable.
            if p == g.number && s >= g.next && s <= g.next + 2 && g.dotted != Some(false) {
                let rest = c.get(3).map_or("", |m| m.as_str());
                g.items.push((format!("{p}.{s}"), vec![rest.to_string()]));
                g.next = s + 1;
                g.dotted = Some(true);
                continue;
            }
        }
        if let Some(c) = &bare {
            let n = num(c, 1);
            if n == g.next && g.dotted != Some(true) {
                g.items.push((format!("{}.{n}", g.number), vec![c[2].to_string()]));
                g.next = n + 1;
                g.dotted = Some(false);
                continue;
            }
            if n == g.number + 1 {
                groups.push(Group {
                    number: n,
                    intro: vec![c[2].to_string()],
                    items: Vec::new(),
                    next: 1,
                    dotted: None,
                });
                continue;
            }
        }
        match g.items.last_mut() {
            Some((_, item)) => item.push(line.to_string()),
            None => g.intro.push(line.to_string()),
        }
    }
    groups
}

/// The position a paragraph gives the recommendations under it: "enjoy the support of"
/// (supported), "did not enjoy the support of" / "were noted" (noted), "will be examined"
/// (pending, `None`).
fn group_position(intro: &str, symbol: &str, number: u32) -> Option<PositionStatement> {
    static PENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bwill\s+be\s+examined|\bwill\s+examine|\bwill\s+provide\s+(?:its\s+)?responses?|\bto\s+be\s+examined")
            .expect("valid regex")
    });
    if PENDING.is_match(intro) {
        return None;
    }
    let position = list_position(verbs(intro))?;
    Some(PositionStatement {
        position,
        supported_part: None,
        source: symbol.to_string(),
        source_ref: format!("para. {number}"),
        already_implemented: already_implemented(intro),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use uprkit_core::Position;

    #[test]
    fn numbering_styles() {
        let lines = [
            "111. The recommendations listed below will be examined:",
            "1. To do a (Spain);",
            "2010.",
            "2. To do b",
            "(Peru);",
            "112. All conclusions reflect the position of ...",
        ];
        let g = group(lines.into_iter());
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].items.len(), 2);
        assert_eq!(g[0].items[0], ("111.1".to_string(), vec!["To do a (Spain);".to_string(), "2010.".to_string()]));
        let lines =
            ["121. The recommendations below enjoy the support of X:", "121.1 A (Peru);", "15.3 of the law", "121.2 B"];
        let g = group(lines.into_iter());
        assert_eq!(g[0].items.len(), 2);
        assert_eq!(g[0].items[0].1, ["A (Peru);", "15.3 of the law"]);
    }

    #[test]
    fn group_positions() {
        let p = |s: &str| group_position(s, "A/HRC/1/2", 9).map(|p| (p.position, p.already_implemented));
        assert_eq!(p("The recommendations below will be examined by X, which will provide responses"), None);
        assert_eq!(p("have been examined by X and enjoy the support of X:"), Some((Position::Supported, false)));
        assert_eq!(p("did not enjoy the support of X and are thus noted:"), Some((Position::Noted, false)));
        assert_eq!(
            p("enjoy the support of X, which considers that they are already implemented"),
            Some((Position::Supported, true))
        );
    }
}
