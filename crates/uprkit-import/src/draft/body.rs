//! The paragraphs of a story (the document body, the footnotes, the endnotes) with their
//! style, list and outline level, and their text as segments: runs with bold, italic and
//! link, and the notes at their references. Table rows come out as one paragraph each, the
//! cells joined with " | ", so that a table's text is never lost.

use super::inlines::{Segment, append, linkable, push_text};
use super::styles::{NumRef, Styles};
use super::xml::{attr, next, reference, skip, toggle};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use uprkit_core::submission::Inline;

/// One paragraph (or table row) of a story.
#[derive(Debug, Default)]
pub(super) struct Paragraph {
    /// Paragraph style id.
    pub style: Option<String>,
    /// List given on the paragraph itself (numbering id, level).
    pub num: Option<(String, Option<u8>)>,
    /// Outline level given on the paragraph itself.
    pub outline: Option<u8>,
    /// A table row, cells joined.
    pub row: bool,
    /// The text.
    pub segments: Vec<Segment>,
}

impl Paragraph {
    /// The list the paragraph is in, from itself or its style (numbering id "0" is none).
    pub fn list(&self, styles: &Styles) -> Option<NumRef> {
        let from_style = self.style.as_deref().and_then(|s| styles.list(s));
        let list = match &self.num {
            Some((num, level)) => Some((num.clone(), level.or(from_style.as_ref().map(|s| s.1)).unwrap_or(0))),
            None => from_style,
        };
        list.filter(|(num, _)| num != "0")
    }
}

/// What a story refers to: its hyperlinks' addresses, the notes, the styles.
pub(super) struct Context<'a> {
    /// Relationship id → external address.
    pub links: &'a HashMap<String, String>,
    /// Footnote id → text.
    pub footnotes: &'a HashMap<String, Vec<Inline>>,
    /// Endnote id → text.
    pub endnotes: &'a HashMap<String, Vec<Inline>>,
    /// The styles.
    pub styles: &'a Styles,
}

/// A field being read (`w:fldChar` begin … separate … end).
struct Field {
    instruction: String,
    linked: bool,
}

#[derive(Default)]
struct Run {
    bold: Option<bool>,
    italic: Option<bool>,
    style: (Option<bool>, Option<bool>),
}

/// The address of a HYPERLINK field (`HYPERLINK "https://…" \o "tip"`); none for a link
/// inside the document (`\l`).
fn field_link(instruction: &str) -> Option<String> {
    let rest = instruction.trim().strip_prefix("HYPERLINK")?.trim_start();
    if rest.starts_with("\\l") {
        return None;
    }
    let url = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split_whitespace().next()?,
    };
    linkable(url).then(|| url.to_string())
}

/// Reads the paragraphs of a story part. `notes` (the footnotes or endnotes part) returns
/// one paragraph per note paragraph with the note's id in `style`.
pub(super) fn paragraphs(xml: &str, cx: &Context<'_>) -> Result<Vec<Paragraph>, String> {
    let mut reader = super::xml::reader(xml);
    let mut out = Vec::new();
    let mut stack: Vec<Paragraph> = Vec::new();
    let (mut in_ppr, mut in_rpr, mut in_text, mut in_instruction) = (false, false, false, false);
    let mut run: Option<Run> = None;
    let mut links: Vec<Option<String>> = Vec::new();
    let mut fields: Vec<Field> = Vec::new();
    let mut tables = 0usize;
    let (mut row, mut cell): (Vec<Vec<Segment>>, Vec<Segment>) = (Vec::new(), Vec::new());
    loop {
        let link = links.iter().rev().find_map(|l| l.as_deref()).map(str::to_string);
        let format = |run: &Option<Run>| {
            run.as_ref().map_or((false, false), |r| {
                (r.bold.or(r.style.0).unwrap_or(false), r.italic.or(r.style.1).unwrap_or(false))
            })
        };
        let event = next(&mut reader)?;
        let (e, empty): (BytesStart<'_>, bool) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::Text(t) if in_text => {
                if let Some(p) = stack.last_mut() {
                    let (bold, italic) = format(&run);
                    push_text(&mut p.segments, &t.xml10_content(), bold, italic, link.as_deref());
                }
                continue;
            }
            Event::GeneralRef(r) if in_text || in_instruction => {
                let text = reference(&r)?;
                if in_instruction {
                    if let Some(f) = fields.last_mut() {
                        f.instruction.push_str(&text);
                    }
                } else if let Some(p) = stack.last_mut() {
                    let (bold, italic) = format(&run);
                    push_text(&mut p.segments, &text, bold, italic, link.as_deref());
                }
                continue;
            }
            Event::GeneralRef(r) => {
                reference(&r)?;
                continue;
            }
            Event::Text(t) if in_instruction => {
                if let Some(f) = fields.last_mut() {
                    f.instruction.push_str(&t.xml10_content());
                }
                continue;
            }
            Event::End(e) => {
                match e.local_name().as_ref() {
                    "p" => {
                        if let Some(mut p) = stack.pop() {
                            if tables > 0 && stack.is_empty() {
                                if !cell.is_empty() && !p.segments.is_empty() {
                                    push_text(&mut cell, " ", false, false, None);
                                }
                                append(&mut cell, std::mem::take(&mut p.segments));
                            } else {
                                out.push(p);
                            }
                        }
                    }
                    "pPr" => in_ppr = false,
                    "rPr" => in_rpr = false,
                    "r" => run = None,
                    "t" => in_text = false,
                    "instrText" => in_instruction = false,
                    "hyperlink" | "fldSimple" => {
                        links.pop();
                    }
                    "tc" if tables == 1 => row.push(std::mem::take(&mut cell)),
                    "tr" if tables == 1 => {
                        let cells = std::mem::take(&mut row);
                        if cells.iter().any(|c| !c.is_empty()) {
                            let mut segments = Vec::new();
                            for (i, c) in cells.into_iter().enumerate() {
                                if i > 0 {
                                    push_text(&mut segments, " | ", false, false, None);
                                }
                                append(&mut segments, c);
                            }
                            out.push(Paragraph { row: true, segments, ..Paragraph::default() });
                        }
                    }
                    "tbl" => tables = tables.saturating_sub(1),
                    _ => {}
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = e.local_name();
        let in_run = run.is_some() && !in_rpr;
        match name.as_ref() {
            // The other of two alternatives (the same text box twice), former formatting kept
            // by track changes, deleted text, and content-control settings are not the text.
            "Fallback" | "pPrChange" | "rPrChange" | "del" | "moveFrom" | "sdtPr" | "sdtEndPr" if !empty => {
                skip(&mut reader, &e)?
            }
            "p" if !empty => stack.push(Paragraph::default()),
            "pPr" if !empty => in_ppr = true,
            "rPr" if !empty => in_rpr = true,
            "r" if !empty => run = Some(Run::default()),
            "t" if !empty && run.is_some() => in_text = true,
            "instrText" if !empty => in_instruction = true,
            "tbl" if !empty => tables += 1,
            "pStyle" if in_ppr && !in_rpr => {
                if let Some(p) = stack.last_mut() {
                    p.style = attr(&e, "val");
                }
            }
            "numId" if in_ppr => {
                if let Some(p) = stack.last_mut() {
                    let level = p.num.as_ref().and_then(|n| n.1);
                    p.num = attr(&e, "val").map(|n| (n, level));
                }
            }
            "ilvl" if in_ppr => {
                if let Some(p) = stack.last_mut() {
                    let level = attr(&e, "val").and_then(|v| v.parse().ok());
                    let num = p.num.take().map(|n| n.0).unwrap_or_default();
                    p.num = Some((num, level));
                }
            }
            "outlineLvl" if in_ppr => {
                if let Some(p) = stack.last_mut() {
                    p.outline = attr(&e, "val").and_then(|v| v.parse().ok());
                }
            }
            "b" if in_rpr && !in_ppr => {
                if let Some(r) = run.as_mut() {
                    r.bold = Some(toggle(&e));
                }
            }
            "i" if in_rpr && !in_ppr => {
                if let Some(r) = run.as_mut() {
                    r.italic = Some(toggle(&e));
                }
            }
            "rStyle" if in_rpr && !in_ppr => {
                if let (Some(r), Some(id)) = (run.as_mut(), attr(&e, "val")) {
                    r.style = cx.styles.character(&id);
                }
            }
            "hyperlink" if !empty => {
                let url = attr(&e, "id").and_then(|id| cx.links.get(&id).cloned()).filter(|u| linkable(u));
                links.push(url);
            }
            "fldSimple" if !empty => links.push(attr(&e, "instr").and_then(|i| field_link(&i))),
            "fldChar" => match attr(&e, "fldCharType").as_deref() {
                Some("begin") => fields.push(Field { instruction: String::new(), linked: false }),
                Some("separate") => {
                    if let Some(f) = fields.last_mut()
                        && let Some(url) = field_link(&f.instruction)
                    {
                        f.linked = true;
                        links.push(Some(url));
                    }
                }
                Some("end") => {
                    // The field's end also ends the link its result was.
                    let linked = fields.pop().is_some_and(|f| f.linked);
                    if linked {
                        links.pop();
                    }
                }
                _ => {}
            },
            "tab" | "ptab" if in_run => text(&mut stack, "\t", format(&run), &link),
            "br" | "cr" if in_run => text(&mut stack, "\n", format(&run), &link),
            "noBreakHyphen" if in_run => text(&mut stack, "-", format(&run), &link),
            "footnoteReference" | "endnoteReference" => {
                let notes = if name.as_ref() == "footnoteReference" { cx.footnotes } else { cx.endnotes };
                if let (Some(p), Some(content)) = (stack.last_mut(), attr(&e, "id").and_then(|id| notes.get(&id))) {
                    p.segments.push(Segment::Note(content.clone()));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn text(stack: &mut [Paragraph], s: &str, (bold, italic): (bool, bool), link: &Option<String>) {
    if let Some(p) = stack.last_mut() {
        push_text(&mut p.segments, s, bold, italic, link.as_deref());
    }
}

/// Reads a notes part (`word/footnotes.xml`, `word/endnotes.xml`): note id → its text, the
/// note's paragraphs joined by a space. Separators and continuation notices are left out.
pub(super) fn notes(xml: &str, cx: &Context<'_>) -> Result<HashMap<String, Vec<Inline>>, String> {
    let mut reader = super::xml::reader(xml);
    let mut out = HashMap::new();
    loop {
        match next(&mut reader)? {
            Event::Start(e) if matches!(e.local_name().as_ref(), "footnote" | "endnote") => {
                let id = attr(&e, "id").unwrap_or_default();
                let special = attr(&e, "type").is_some_and(|t| t != "normal");
                // The note's own XML, read as a story of its own.
                let span = reader.read_to_end(e.name()).map_err(|err| format!("broken XML in note {id}: {err}"))?;
                if special {
                    continue;
                }
                let inner = xml.get(span.start as usize..span.end as usize).unwrap_or_default();
                let mut segments = Vec::new();
                for mut p in paragraphs(inner, cx)? {
                    super::inlines::trim(&mut p.segments);
                    if !segments.is_empty() && !p.segments.is_empty() {
                        push_text(&mut segments, " ", false, false, None);
                    }
                    append(&mut segments, std::mem::take(&mut p.segments));
                }
                out.insert(id, super::inlines::build(segments));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}
