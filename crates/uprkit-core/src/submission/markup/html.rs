//! The page preview of a section: safe HTML from blocks.

use std::fmt::Write as _;

use super::inline::allowed_url;
use crate::submission::{Block, Inline};

/// Escapes text for HTML content and double-quoted attributes.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Renders blocks as HTML for the page preview: `<p>`, `<ul><li>`, `<strong>`, `<em>`, links
/// (`rel="noopener"`, only http, https and mailto addresses: any other link shows its label
/// only), citations as links to `recommendation_href(id)`, footnotes as numbered `<sup>`
/// markers with the notes in an `<ol class="footnotes">` after the blocks. Every text and
/// address is escaped.
pub fn to_html(blocks: &[Block], recommendation_href: &dyn Fn(i64) -> String) -> String {
    let mut html = Html { out: String::new(), notes: Vec::new(), in_note: false, href: recommendation_href };
    for block in blocks {
        match block {
            Block::Paragraph { content } => {
                html.out.push_str("<p>");
                html.inlines(content);
                html.out.push_str("</p>\n");
            }
            Block::List { items } => {
                html.out.push_str("<ul>\n");
                for item in items {
                    html.out.push_str("<li>");
                    html.inlines(item);
                    html.out.push_str("</li>\n");
                }
                html.out.push_str("</ul>\n");
            }
        }
    }
    let notes = std::mem::take(&mut html.notes);
    html.in_note = true;
    if !notes.is_empty() {
        html.out.push_str("<ol class=\"footnotes\">\n");
        for note in &notes {
            html.out.push_str("<li>");
            html.inlines(note);
            html.out.push_str("</li>\n");
        }
        html.out.push_str("</ol>\n");
    }
    html.out
}

struct Html<'a> {
    out: String,
    /// Footnotes met so far, in order; their number is their place here plus one.
    notes: Vec<Vec<Inline>>,
    /// Writing the notes themselves: a footnote in a footnote (never parsed, but blocks may
    /// come from elsewhere) shows its text in place.
    in_note: bool,
    href: &'a dyn Fn(i64) -> String,
}

impl Html<'_> {
    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text { text } => escape(&mut self.out, text),
                Inline::Bold { content } => {
                    self.out.push_str("<strong>");
                    self.inlines(content);
                    self.out.push_str("</strong>");
                }
                Inline::Italic { content } => {
                    self.out.push_str("<em>");
                    self.inlines(content);
                    self.out.push_str("</em>");
                }
                Inline::Link { url, label } if allowed_url(url) => {
                    self.out.push_str("<a href=\"");
                    escape(&mut self.out, url);
                    self.out.push_str("\" rel=\"noopener\">");
                    self.inlines(label);
                    self.out.push_str("</a>");
                }
                Inline::Link { label, .. } => self.inlines(label),
                Inline::Footnote { content } if self.in_note => self.inlines(content),
                Inline::Footnote { content } => {
                    self.notes.push(content.clone());
                    let _ = write!(self.out, "<sup class=\"footnote-ref\">{}</sup>", self.notes.len());
                }
                Inline::Citation { label, recommendation_id: Some(id) } => {
                    self.out.push_str("<a class=\"citation\" href=\"");
                    escape(&mut self.out, &(self.href)(*id));
                    self.out.push_str("\">");
                    escape(&mut self.out, label);
                    self.out.push_str("</a>");
                }
                Inline::Citation { label, recommendation_id: None } => {
                    self.out.push_str("<span class=\"citation\">");
                    escape(&mut self.out, label);
                    self.out.push_str("</span>");
                }
            }
        }
    }
}
