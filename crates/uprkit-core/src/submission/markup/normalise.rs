//! The one form of each text that the markup can hold, so that writing and reading it back
//! changes nothing.

use super::inline::{allowed_url, push_text};
use crate::submission::{Block, Inline};

/// What encloses the inlines being normalised.
#[derive(Debug, Clone, Copy, Default)]
struct Within {
    bold: bool,
    italic: bool,
    footnote: bool,
    label: bool,
}

/// Brings blocks to the form [`super::parse`] produces: adjacent text runs merged, line breaks
/// inside a paragraph made spaces, paragraphs and list items trimmed, empty runs, paragraphs,
/// items and lists dropped, bold in bold and italic in italic flattened (and adjacent bold or
/// italic runs joined), no footnote in a footnote and no link, citation or footnote in a link's
/// label (their text stays), a link to an address the markup does not allow replaced by its
/// label.
pub fn normalise(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter_map(|block| match block {
            Block::Paragraph { content } => {
                let content = trimmed(inlines(content, Within::default()));
                (!content.is_empty()).then_some(Block::Paragraph { content })
            }
            Block::List { items } => {
                let items: Vec<Vec<Inline>> = items
                    .into_iter()
                    .map(|item| trimmed(inlines(item, Within::default())))
                    .filter(|item| !item.is_empty())
                    .collect();
                (!items.is_empty()).then_some(Block::List { items })
            }
        })
        .collect()
}

/// Trims the white space at both ends of a paragraph or item, as reading a line does.
fn trimmed(mut content: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { text }) = content.first_mut() {
        *text = text.trim_start().to_string();
        if text.is_empty() {
            content.remove(0);
        }
    }
    if let Some(Inline::Text { text }) = content.last_mut() {
        *text = text.trim_end().to_string();
        if text.is_empty() {
            content.pop();
        }
    }
    content
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn inlines(content: Vec<Inline>, within: Within) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in content {
        match inline {
            Inline::Text { text } => push_text(&mut out, &one_line(&text)),
            Inline::Bold { content } => {
                let content = inlines(content, Within { bold: true, ..within });
                if within.bold {
                    extend(&mut out, content);
                } else if !content.is_empty() {
                    if let Some(Inline::Bold { content: last }) = out.last_mut() {
                        extend(last, content);
                    } else {
                        out.push(Inline::Bold { content });
                    }
                }
            }
            Inline::Italic { content } => {
                let content = inlines(content, Within { italic: true, ..within });
                if within.italic {
                    extend(&mut out, content);
                } else if !content.is_empty() {
                    if let Some(Inline::Italic { content: last }) = out.last_mut() {
                        extend(last, content);
                    } else {
                        out.push(Inline::Italic { content });
                    }
                }
            }
            Inline::Link { url, label } => {
                let label = inlines(label, Within { label: true, ..within });
                if within.label || !allowed_url(&url) {
                    extend(&mut out, label);
                } else {
                    out.push(Inline::Link { url, label });
                }
            }
            Inline::Footnote { content } => {
                let content = inlines(content, Within { footnote: true, ..within });
                if within.footnote || within.label {
                    extend(&mut out, content);
                } else if !content.is_empty() {
                    out.push(Inline::Footnote { content });
                }
            }
            Inline::Citation { label, recommendation_id } => {
                if within.label {
                    push_text(&mut out, &one_line(&label));
                } else {
                    out.push(Inline::Citation { label: one_line(&label), recommendation_id });
                }
            }
        }
    }
    out
}

/// Appends runs, merging text (and bold or italic) at the joint.
fn extend(out: &mut Vec<Inline>, more: Vec<Inline>) {
    for inline in more {
        match (out.last_mut(), inline) {
            (_, Inline::Text { text }) => push_text(out, &text),
            (Some(Inline::Bold { content: last }), Inline::Bold { content }) => extend(last, content),
            (Some(Inline::Italic { content: last }), Inline::Italic { content }) => extend(last, content),
            (_, other) => out.push(other),
        }
    }
}
