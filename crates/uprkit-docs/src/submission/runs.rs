//! Runs: the authors' inline text (bold, italic, links, footnotes, citations) as
//! WordprocessingML runs. Word has no nesting of formats: a run carries its own bold and
//! italic, and a hyperlink wraps runs. So the inline tree is first flattened into pieces,
//! each with everything that applies to it, then written.

use super::xml::{escape, run_text};
use uprkit_core::submission::Inline;

/// The hyperlinks of one part (the body, or the footnotes): each address gets one
/// relationship in that part's `.rels`.
#[derive(Debug)]
pub(crate) struct Links {
    /// Prefix of the relationship ids, unique within the part.
    prefix: &'static str,
    /// Addresses, in order of first use; the id of the n-th is `{prefix}{n+1}`.
    pub urls: Vec<String>,
}

impl Links {
    pub fn new(prefix: &'static str) -> Links {
        Links { prefix, urls: Vec::new() }
    }

    /// The relationship id for `url`, added on first use.
    fn id(&mut self, url: &str) -> String {
        let n = match self.urls.iter().position(|u| u == url) {
            Some(n) => n,
            None => {
                self.urls.push(url.to_string());
                self.urls.len() - 1
            }
        };
        self.id_of(n)
    }

    /// The relationship id of the n-th address.
    pub fn id_of(&self, n: usize) -> String {
        format!("{}{}", self.prefix, n + 1)
    }
}

/// The footnotes of the document, in order: the n-th has id n+1 in `word/footnotes.xml`.
#[derive(Debug)]
pub(crate) struct Footnotes {
    /// Each note's `w:footnote` element.
    pub notes: Vec<String>,
    /// The links inside the notes.
    pub links: Links,
}

impl Footnotes {
    pub fn new() -> Footnotes {
        Footnotes { notes: Vec::new(), links: Links::new("rIdNoteLink") }
    }

    /// Adds a note and returns its id.
    fn add(&mut self, content: &[Inline]) -> usize {
        let id = self.notes.len() + 1;
        let mut xml = format!(
            "<w:footnote w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle \
             w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
        );
        let mut pieces = Vec::new();
        flatten(content, Format::default(), true, &mut pieces);
        write_pieces(&mut xml, &pieces, &mut self.links, &mut |_| None);
        xml.push_str("</w:p></w:footnote>");
        self.notes.push(xml);
        id
    }
}

/// What applies to a piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Format<'a> {
    bold: bool,
    italic: bool,
    link: Option<&'a str>,
}

#[derive(Debug)]
enum Piece<'a> {
    Text(&'a str, Format<'a>),
    Note(&'a [Inline]),
}

/// Only web and mail addresses become links (the markup allows no others; a `javascript:` or
/// `file:` address in a document sent to the UN would be a trap for its readers).
fn linkable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|s| lower.starts_with(s)) && !url.trim().is_empty()
}

/// Flattens the inline tree. Inside a footnote (`in_note`) a footnote cannot be one, so its
/// text stays in the note where it was written.
fn flatten<'a>(inlines: &'a [Inline], format: Format<'a>, in_note: bool, out: &mut Vec<Piece<'a>>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push(Piece::Text(text, format)),
            Inline::Bold { content } => flatten(content, Format { bold: true, ..format }, in_note, out),
            Inline::Italic { content } => flatten(content, Format { italic: true, ..format }, in_note, out),
            Inline::Link { url, label } => {
                let link = if format.link.is_none() && linkable(url) { Some(url.trim()) } else { format.link };
                flatten(label, Format { link, ..format }, in_note, out);
            }
            Inline::Footnote { content } if in_note => flatten(content, format, in_note, out),
            Inline::Footnote { content } => out.push(Piece::Note(content)),
            Inline::Citation { label, .. } => out.push(Piece::Text(label, format)),
        }
    }
}

fn write_run(out: &mut String, text: &str, format: Format<'_>) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if format.bold || format.italic || format.link.is_some() {
        out.push_str("<w:rPr>");
        if format.link.is_some() {
            out.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
        }
        if format.bold {
            out.push_str("<w:b/>");
        }
        if format.italic {
            out.push_str("<w:i/>");
        }
        out.push_str("</w:rPr>");
    }
    run_text(out, text);
    out.push_str("</w:r>");
}

/// Writes the pieces; consecutive pieces with the same link share one `w:hyperlink`.
/// `note` adds a footnote and returns its id (None inside a footnote, where pieces have none).
fn write_pieces(
    out: &mut String,
    pieces: &[Piece<'_>],
    links: &mut Links,
    note: &mut dyn FnMut(&[Inline]) -> Option<usize>,
) {
    let mut open: Option<&str> = None;
    for piece in pieces {
        let link = match piece {
            Piece::Text(_, f) => f.link,
            Piece::Note(_) => None,
        };
        if open != link {
            if open.is_some() {
                out.push_str("</w:hyperlink>");
            }
            if let Some(url) = link {
                out.push_str(&format!("<w:hyperlink r:id=\"{}\" w:history=\"1\">", escape(&links.id(url))));
            }
            open = link;
        }
        match piece {
            Piece::Text(text, format) => write_run(out, text, *format),
            Piece::Note(content) => {
                if let Some(id) = note(content) {
                    out.push_str(&format!(
                        "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference \
                         w:id=\"{id}\"/></w:r>"
                    ));
                }
            }
        }
    }
    if open.is_some() {
        out.push_str("</w:hyperlink>");
    }
}

/// The runs of a body paragraph; its footnotes go to `notes`, its links to `links`.
pub(crate) fn body_runs(inlines: &[Inline], links: &mut Links, notes: &mut Footnotes) -> String {
    let mut pieces = Vec::new();
    flatten(inlines, Format::default(), false, &mut pieces);
    let mut out = String::new();
    write_pieces(&mut out, &pieces, links, &mut |content| Some(notes.add(content)));
    out
}

/// A run of fixed text (a label of the document), bold or not.
pub(crate) fn label_run(text: &str, bold: bool) -> String {
    let mut out = String::new();
    write_run(&mut out, text, Format { bold, ..Format::default() });
    out
}

/// `true` when the inlines show nothing: no text but spaces and no footnote.
pub(crate) fn blank(inlines: &[Inline]) -> bool {
    inlines.iter().all(|i| match i {
        Inline::Text { text } => text.trim().is_empty(),
        Inline::Bold { content } | Inline::Italic { content } => blank(content),
        Inline::Link { label, .. } => blank(label),
        Inline::Footnote { .. } => false,
        Inline::Citation { label, .. } => label.trim().is_empty(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn formats_links_and_notes() {
        let inlines = vec![
            text("See "),
            Inline::Link {
                url: "https://example.org/?a=1&b=2".into(),
                label: vec![Inline::Bold { content: vec![text("this")] }, text(" page")],
            },
            Inline::Footnote { content: vec![text("A note"), Inline::Footnote { content: vec![text(" inside")] }] },
            Inline::Link { url: "javascript:alert(1)".into(), label: vec![text(" not a link")] },
        ];
        let (mut links, mut notes) = (Links::new("rIdLink"), Footnotes::new());
        let xml = body_runs(&inlines, &mut links, &mut notes);
        assert!(
            xml.starts_with("<w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:hyperlink r:id=\"rIdLink1\""),
            "{xml}"
        );
        assert!(xml.contains("<w:rStyle w:val=\"Hyperlink\"/><w:b/>"), "{xml}");
        assert!(xml.contains("</w:hyperlink><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/>"), "{xml}");
        assert!(xml.ends_with("<w:r><w:t xml:space=\"preserve\"> not a link</w:t></w:r>"), "{xml}");
        assert_eq!(links.urls, ["https://example.org/?a=1&b=2"]);
        assert_eq!(notes.notes.len(), 1);
        assert!(
            notes.notes[0].contains("A note</w:t></w:r><w:r><w:t xml:space=\"preserve\"> inside"),
            "{}",
            notes.notes[0]
        );
    }

    #[test]
    fn blank_paragraphs() {
        assert!(blank(&[text("  "), Inline::Bold { content: vec![] }]));
        assert!(!blank(&[Inline::Footnote { content: vec![] }]));
    }
}
