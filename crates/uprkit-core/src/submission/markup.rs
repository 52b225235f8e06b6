//! The builder's text markup, which the store keeps per section.
//!
//! Blocks are separated by blank lines. Consecutive lines starting with `- ` or `* ` are a
//! bulleted list; the other lines of a block join with a space into one paragraph. Inside:
//! `**bold**`, `*italic*` or `_italic_`, `[label](https://...)` links (http, https and mailto
//! only; any other address stays plain text), footnotes `^[note]` (no footnote in a footnote),
//! citations of previous recommendations `[label](rec:123)`, and backslash escapes (`\*`, `\[`,
//! `\^`, `\\`, any ASCII punctuation). Unclosed markers are plain text, and so is an underscore
//! inside a word ("upr_info", "snake_case"); nothing panics.
//!
//! [`write`] is the inverse, used when a DOCX draft is imported: for blocks in the form
//! [`normalise`] gives them, `parse(&write(blocks)) == blocks`.

mod html;
mod inline;
mod normalise;
mod references;
mod write;

#[cfg(test)]
mod tests;

pub use html::to_html;
pub use normalise::normalise;
pub use references::{link_typed_references, typed_references};
pub use write::write;

use crate::submission::{Block, Inline};

/// Reads a section's markup into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    // The lines of the current block: (is a list item, its text).
    let mut pending: Vec<(bool, &str)> = Vec::new();
    for line in text.split('\n').chain(std::iter::once("")) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut pending, &mut blocks);
            continue;
        }
        let start = line.trim_start();
        match start.strip_prefix("- ").or_else(|| start.strip_prefix("* ")) {
            Some(item) => pending.push((true, item.trim())),
            None => pending.push((false, trimmed)),
        }
    }
    blocks
}

/// Turns the lines of one block into a paragraph or list per run of lines of one kind.
fn flush(pending: &mut Vec<(bool, &str)>, blocks: &mut Vec<Block>) {
    let mut lines = pending.drain(..).peekable();
    while let Some((is_item, first)) = lines.next() {
        let mut run = vec![first];
        while let Some(&(next_is_item, next)) = lines.peek() {
            if next_is_item != is_item {
                break;
            }
            run.push(next);
            lines.next();
        }
        if is_item {
            let items: Vec<Vec<Inline>> =
                run.into_iter().map(inline::parse_inlines).filter(|item| !item.is_empty()).collect();
            if !items.is_empty() {
                blocks.push(Block::List { items });
            }
        } else {
            let content = inline::parse_inlines(&run.join(" "));
            if !content.is_empty() {
                blocks.push(Block::Paragraph { content });
            }
        }
    }
}

/// The recommendations cited, by id, in order of first appearance, each once (citations in
/// footnotes and emphasis included).
pub fn citations(blocks: &[Block]) -> Vec<i64> {
    let mut ids = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } => collect_citations(content, &mut ids),
            Block::List { items } => items.iter().for_each(|item| collect_citations(item, &mut ids)),
        }
    }
    ids
}

fn collect_citations(inlines: &[Inline], ids: &mut Vec<i64>) {
    for inline in inlines {
        match inline {
            Inline::Text { .. } => {}
            Inline::Bold { content } | Inline::Italic { content } | Inline::Footnote { content } => {
                collect_citations(content, ids)
            }
            Inline::Link { label, .. } => collect_citations(label, ids),
            Inline::Citation { recommendation_id: Some(id), .. } => {
                if !ids.contains(id) {
                    ids.push(*id);
                }
            }
            Inline::Citation { recommendation_id: None, .. } => {}
        }
    }
}
