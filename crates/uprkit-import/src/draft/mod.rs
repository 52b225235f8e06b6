//! A draft submission read from a Word (DOCX) file, for organisations that started in Word:
//! headings start sections, paragraphs, bullet lists, bold, italic, links and footnotes are
//! kept, tables are read row by row so nothing is lost silently. The builder then numbers the
//! paragraphs and recognises the citations.
//!
//! The file comes from a user: it is opened with the same limits as the OHCHR readers
//! (file size, number of parts, what each part really expands to), and a DOCTYPE or an entity
//! Word never writes is refused, so a hostile file ends as a [`DraftError`], quickly.

mod body;
mod inlines;
mod package;
mod styles;
mod xml;

use body::Paragraph;
use inlines::{build, plain, trim};
use styles::{Numbering, Styles};
use uprkit_core::submission::{Block, Inline};

/// A draft read from Word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The document's title: its first paragraph in the Title style, else the title in its
    /// properties.
    pub title: Option<String>,
    /// The sections, in order.
    pub sections: Vec<DraftSection>,
}

/// A section of a draft: a heading and what follows it up to the next heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSection {
    /// The heading's text ("Introduction" for text before the first heading).
    pub title: String,
    /// Paragraphs and bullet lists. Inlines come in one shape: a link outside, bold inside
    /// it, italic inside bold; neighbouring runs with the same formatting joined.
    pub blocks: Vec<Block>,
}

/// Title of the section that holds the text before the first heading.
pub const INTRODUCTION: &str = "Introduction";

/// Why a file could not be read as a draft.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// Not a Word (DOCX) file: another kind of file, or a zip without a Word document.
    #[error("not a Word (DOCX) file: {0}")]
    NotWord(String),
    /// Larger than the readers take, or a zip that expands to far more than it holds.
    #[error("{0}")]
    Refused(String),
    /// A part of the Word file is damaged or broken XML.
    #[error("the Word file is damaged: {part}: {reason}")]
    Damaged {
        /// The part (`word/document.xml`, ...).
        part: String,
        /// What is wrong, and where.
        reason: String,
    },
}

/// Reads a draft from the bytes of a DOCX file.
pub fn read_draft_docx(bytes: &[u8]) -> Result<Draft, DraftError> {
    let mut parts = package::Parts::open(bytes)?;
    let styles = match parts.text("word/styles.xml")? {
        Some(xml) => Styles::parse(&xml).map_err(damaged("word/styles.xml"))?,
        None => Styles::default(),
    };
    let numbering = match parts.text("word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml).map_err(damaged("word/numbering.xml"))?,
        None => Numbering::default(),
    };
    let empty = Default::default();
    let mut notes = Vec::new();
    for name in ["word/footnotes.xml", "word/endnotes.xml"] {
        let links = parts.links(name)?;
        let cx = body::Context { links: &links, footnotes: &empty, endnotes: &empty, styles: &styles };
        notes.push(match parts.text(name)? {
            Some(xml) => body::notes(&xml, &cx).map_err(damaged(name))?,
            None => Default::default(),
        });
    }
    let name = "word/document.xml";
    let xml = parts.text(name)?.ok_or_else(|| DraftError::NotWord("a zip archive without word/document.xml".into()))?;
    let links = parts.links(name)?;
    let cx = body::Context { links: &links, footnotes: &notes[0], endnotes: &notes[1], styles: &styles };
    let paragraphs = body::paragraphs(&xml, &cx).map_err(damaged(name))?;
    let mut draft = sections(paragraphs, &styles, &numbering);
    if draft.title.is_none() {
        draft.title = parts.core_title()?;
    }
    Ok(draft)
}

/// The footnotes among inlines, wherever they are nested.
fn notes(inlines: &[Inline]) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Footnote { .. } => out.push(inline.clone()),
            Inline::Bold { content } | Inline::Italic { content } => out.extend(notes(content)),
            Inline::Link { label, .. } => out.extend(notes(label)),
            Inline::Text { .. } | Inline::Citation { .. } => {}
        }
    }
    out
}

/// Turns a parser's reason into the error naming the part.
fn damaged(part: &str) -> impl Fn(String) -> DraftError + '_ {
    move |reason| DraftError::Damaged { part: part.to_string(), reason }
}

/// What a paragraph is in the draft.
enum Kind {
    /// A heading; `true` for the Title style.
    Heading(bool),
    ListItem,
    Paragraph,
}

fn kind(p: &Paragraph, styles: &Styles, numbering: &Numbering) -> Kind {
    if p.row {
        return Kind::Paragraph;
    }
    let style = p.style.as_deref().unwrap_or("Normal");
    if styles.is_title(style) {
        return Kind::Heading(true);
    }
    if p.outline.map_or_else(|| styles.heading_level(style).is_some(), |level| level < 9) {
        return Kind::Heading(false);
    }
    match p.list(styles) {
        Some(list) if numbering.is_bullet(&list) => Kind::ListItem,
        None if styles.named_bullet(style) => Kind::ListItem,
        _ => Kind::Paragraph,
    }
}

/// Groups the paragraphs into sections at the headings.
fn sections(paragraphs: Vec<Paragraph>, styles: &Styles, numbering: &Numbering) -> Draft {
    let mut draft = Draft { title: None, sections: Vec::new() };
    let mut current = DraftSection { title: INTRODUCTION.to_string(), blocks: Vec::new() };
    let mut started = false;
    for mut p in paragraphs {
        let kind = kind(&p, styles, numbering);
        trim(&mut p.segments);
        let content: Vec<Inline> = build(std::mem::take(&mut p.segments));
        if content.is_empty() {
            continue;
        }
        match kind {
            Kind::Heading(is_title) => {
                let title = plain(&content).split_whitespace().collect::<Vec<_>>().join(" ");
                if title.is_empty() {
                    // A heading of only a footnote: its text stays, as a paragraph.
                    current.blocks.push(Block::Paragraph { content });
                    continue;
                }
                if is_title && draft.title.is_none() {
                    draft.title = Some(title.clone());
                }
                let done = std::mem::replace(&mut current, DraftSection { title, blocks: Vec::new() });
                if started || !done.blocks.is_empty() {
                    draft.sections.push(done);
                }
                started = true;
                // A title is plain text; a footnote on the heading (UN documents put the
                // previous recommendations there) opens the section instead of being lost.
                let notes = notes(&content);
                if !notes.is_empty() {
                    current.blocks.push(Block::Paragraph { content: notes });
                }
            }
            Kind::ListItem => match current.blocks.last_mut() {
                Some(Block::List { items }) => items.push(content),
                _ => current.blocks.push(Block::List { items: vec![content] }),
            },
            Kind::Paragraph => current.blocks.push(Block::Paragraph { content }),
        }
    }
    if started || !current.blocks.is_empty() {
        draft.sections.push(current);
    }
    draft
}
