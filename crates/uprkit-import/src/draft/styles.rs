//! What the draft reader needs from `word/styles.xml` and `word/numbering.xml`: which
//! paragraph styles are headings (by name, "Title", or outline level, inherited through
//! `basedOn`), which carry a list, whether a list level is a bullet, and which character
//! styles are bold or italic.

use super::xml::{attr, next, skip, toggle};
use quick_xml::events::Event;
use std::collections::HashMap;

/// A list reference: numbering id and level.
pub(super) type NumRef = (String, u8);

#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// The styles of a document.
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: HashMap<String, Style>,
}

/// How far `basedOn` is followed: real documents go three or four deep; a cycle ends here.
const MAX_INHERITANCE: usize = 32;

impl Styles {
    /// Reads `word/styles.xml`.
    pub fn parse(xml: &str) -> Result<Styles, String> {
        let mut reader = super::xml::reader(xml);
        let mut styles = HashMap::new();
        let mut current: Option<(String, Style)> = None;
        let (mut in_ppr, mut in_rpr) = (false, false);
        loop {
            let (e, empty) = match next(&mut reader)? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "style" => {
                            if let Some((id, style)) = current.take() {
                                styles.insert(id, style);
                            }
                        }
                        "pPr" => in_ppr = false,
                        "rPr" => in_rpr = false,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = e.local_name();
            match (name.as_ref(), current.as_mut()) {
                ("style", _) if !empty => {
                    current = attr(&e, "styleId").map(|id| (id, Style::default()));
                }
                // Formatting of table parts and former formatting (track changes) are not the style's.
                ("tblStylePr" | "pPrChange" | "rPrChange", _) if !empty => skip(&mut reader, &e)?,
                ("pPr", Some(_)) if !empty => in_ppr = true,
                ("rPr", Some(_)) if !empty => in_rpr = true,
                ("name", Some((_, s))) => s.name = attr(&e, "val").unwrap_or_default(),
                ("basedOn", Some((_, s))) => s.based_on = attr(&e, "val"),
                ("outlineLvl", Some((_, s))) if in_ppr => s.outline = attr(&e, "val").and_then(|v| v.parse().ok()),
                ("numId", Some((_, s))) if in_ppr => s.num_id = attr(&e, "val"),
                ("ilvl", Some((_, s))) if in_ppr => s.ilvl = attr(&e, "val").and_then(|v| v.parse().ok()),
                ("b", Some((_, s))) if in_rpr => s.bold = Some(toggle(&e)),
                ("i", Some((_, s))) if in_rpr => s.italic = Some(toggle(&e)),
                _ => {}
            }
        }
        Ok(Styles { styles })
    }

    /// The first value `get` finds along the style and what it is based on.
    fn inherited<T>(&self, id: &str, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = id;
        for _ in 0..MAX_INHERITANCE {
            let style = self.styles.get(id)?;
            if let Some(v) = get(style) {
                return Some(v);
            }
            id = style.based_on.as_deref()?;
        }
        None
    }

    fn name(&self, id: &str) -> String {
        self.styles.get(id).map(|s| s.name.to_lowercase()).unwrap_or_default()
    }

    /// `true` for the Title style (by id or by name; localised Word keeps English names).
    pub fn is_title(&self, id: &str) -> bool {
        id.eq_ignore_ascii_case("title") || self.name(id) == "title"
    }

    /// The heading level (0 = Heading 1) of a paragraph style, if it is a heading: a
    /// "heading N" name, or an outline level of 0-8 (9 means body text).
    pub fn heading_level(&self, id: &str) -> Option<u8> {
        let by_name = |s: &str| {
            let s = s.to_lowercase().replace(' ', "");
            s.strip_prefix("heading").and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=9).contains(n)).map(|n| n - 1)
        };
        by_name(&self.name(id))
            .or_else(|| by_name(id))
            .or_else(|| self.inherited(id, |s| s.outline))
            .filter(|level| *level < 9)
    }

    /// The list a paragraph style puts its paragraphs in.
    pub fn list(&self, id: &str) -> Option<NumRef> {
        let num = self.inherited(id, |s| s.num_id.clone())?;
        Some((num, self.inherited(id, |s| s.ilvl).unwrap_or(0)))
    }

    /// `true` when the style's name says it is a bullet list ("List Bullet", "List Bullet 2").
    pub fn named_bullet(&self, id: &str) -> bool {
        self.name(id).starts_with("list bullet")
    }

    /// Bold and italic of a character style.
    pub fn character(&self, id: &str) -> (Option<bool>, Option<bool>) {
        (self.inherited(id, |s| s.bold), self.inherited(id, |s| s.italic))
    }
}

/// The lists of a document: for each numbering id, the format of each level.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// Abstract list id → level → format ("bullet", "decimal", ...).
    formats: HashMap<String, HashMap<u8, String>>,
    /// Numbering id → abstract list id.
    nums: HashMap<String, String>,
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub fn parse(xml: &str) -> Result<Numbering, String> {
        let mut reader = super::xml::reader(xml);
        let mut numbering = Numbering::default();
        let (mut abstract_id, mut level, mut num_id): (Option<String>, Option<u8>, Option<String>) = (None, None, None);
        loop {
            let (e, empty) = match next(&mut reader)? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abstract_id = None,
                        "lvl" => level = None,
                        "num" => num_id = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            match e.local_name().as_ref() {
                "abstractNum" if !empty => abstract_id = attr(&e, "abstractNumId"),
                "lvl" if !empty => level = attr(&e, "ilvl").and_then(|v| v.parse().ok()),
                "numFmt" => {
                    if let (Some(a), Some(l), Some(f)) = (&abstract_id, level, attr(&e, "val")) {
                        numbering.formats.entry(a.clone()).or_default().entry(l).or_insert(f);
                    }
                }
                "num" if !empty => num_id = attr(&e, "numId"),
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num_id, attr(&e, "val")) {
                        numbering.nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// `true` when this list level shows a bullet rather than a number.
    pub fn is_bullet(&self, (num, level): &NumRef) -> bool {
        self.nums
            .get(num)
            .and_then(|a| self.formats.get(a))
            .and_then(|levels| levels.get(level).or_else(|| levels.get(&0)))
            .is_some_and(|f| f == "bullet")
    }
}
