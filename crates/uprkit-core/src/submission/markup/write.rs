//! Blocks back to markup (a DOCX draft imported becomes the text the builder edits).

use super::inline::allowed_url;
use crate::submission::{Block, Inline};

/// Writes blocks as markup, escaping what would otherwise be read as markup. Reading the
/// result with [`super::parse`] gives back the blocks when they are in the form
/// [`super::normalise`] gives them; line breaks inside a paragraph become spaces.
pub fn write(blocks: &[Block]) -> String {
    let written: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph { content } => {
                let mut line = String::new();
                write_inlines(&mut line, content);
                // A paragraph that begins like a list item must not become one.
                if line.starts_with('-') { format!("\\{line}") } else { line }
            }
            Block::List { items } => items
                .iter()
                .map(|item| {
                    let mut line = String::from("- ");
                    write_inlines(&mut line, item);
                    line
                })
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    written.join("\n\n")
}

/// Appends text with every character that means something in the markup escaped.
fn write_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '[' | ']' | '^' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
}

fn write_inlines(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => write_text(out, text),
            Inline::Bold { content } => {
                out.push_str("**");
                write_inlines(out, content);
                out.push_str("**");
            }
            Inline::Italic { content } => {
                let mut inner = String::new();
                write_inlines(&mut inner, content);
                // `_` is the safe delimiter except inside a word ("a_b" is no opener there);
                // there the content starts with a letter, so `*` touches no other star.
                let inside_word = out.chars().next_back().is_some_and(char::is_alphanumeric)
                    && inner.chars().next().is_some_and(char::is_alphanumeric);
                let delimiter = if inside_word { '*' } else { '_' };
                out.push(delimiter);
                out.push_str(&inner);
                out.push(delimiter);
            }
            Inline::Link { url, label } => {
                if allowed_url(url) {
                    out.push('[');
                    write_inlines(out, label);
                    out.push_str("](");
                    out.push_str(url);
                    out.push(')');
                } else {
                    write_inlines(out, label);
                }
            }
            Inline::Footnote { content } => {
                out.push_str("^[");
                write_inlines(out, content);
                out.push(']');
            }
            Inline::Citation { label, recommendation_id } => {
                out.push('[');
                write_text(out, label);
                out.push_str("](rec:");
                if let Some(id) = recommendation_id {
                    out.push_str(&id.to_string());
                }
                out.push(')');
            }
        }
    }
}
