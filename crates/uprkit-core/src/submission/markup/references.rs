//! Recommendations cited by their paragraph number typed as text ("115.24", "rec. 89.3").

use crate::submission::{Block, Inline};

/// Paragraph numbers typed in `text`, in order: two or three digits, a dot, one to three
/// digits, standing alone. Not when part of a longer number ("1.115.24", "115.245.1"), a date
/// ("12.05.2020"), a word ("A115.24", "115.24a") or a range ("115.24-115.26", whose ends are
/// left alone rather than linked as if they were the only ones cited). Decimals such as "12.5"
/// are candidates too: the caller's resolver decides which are real paragraphs.
pub fn typed_references(text: &str) -> Vec<String> {
    spans(text).into_iter().map(|(start, end)| text[start..end].to_string()).collect()
}

/// Byte ranges of the candidates in `text`.
fn spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let digit = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !digit(i) || (i > 0 && digit(i - 1)) {
            i += 1;
            continue;
        }
        let whole = (i..).take_while(|&j| digit(j)).count();
        let dot = i + whole;
        let fraction = (dot + 1..).take_while(|&j| digit(j)).count();
        let end = dot + 1 + fraction;
        let shape = (2..=3).contains(&whole) && at(dot) == Some('.') && (1..=3).contains(&fraction);
        if shape && stands_alone(&at, &digit, i, end) {
            let start_byte = chars[i].0;
            let end_byte = chars.get(end).map_or(text.len(), |&(byte, _)| byte);
            found.push((start_byte, end_byte));
        }
        // Skip the rest of this number, dots and digits alike, so that "1.115.24" yields nothing.
        let mut j = i + whole;
        while at(j) == Some('.') && digit(j + 1) || digit(j) {
            j += 1;
        }
        i = j.max(i + 1);
    }
    found
}

/// Whether the number at `start..end` (char positions) is not part of something longer.
fn stands_alone(at: &dyn Fn(usize) -> Option<char>, digit: &dyn Fn(usize) -> bool, start: usize, end: usize) -> bool {
    let joins = |c: char| matches!(c, '.' | ',' | '-' | '\u{2013}' | '/');
    let before_ok = match start.checked_sub(1).and_then(at) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if joins(c) => !start.checked_sub(2).is_some_and(digit),
        Some(_) => true,
    };
    let after_ok = match at(end) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if joins(c) => !digit(end + 1),
        Some(_) => true,
    };
    before_ok && after_ok
}

/// Replaces each typed paragraph number that `resolve` knows by a citation of that
/// recommendation, labelled with the typed text. Text inside links and citations is left
/// alone; text in emphasis and footnotes is searched.
pub fn link_typed_references(blocks: &mut [Block], resolve: &dyn Fn(&str) -> Option<i64>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } => link_inlines(content, resolve),
            Block::List { items } => items.iter_mut().for_each(|item| link_inlines(item, resolve)),
        }
    }
}

fn link_inlines(inlines: &mut Vec<Inline>, resolve: &dyn Fn(&str) -> Option<i64>) {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines.drain(..) {
        match inline {
            Inline::Text { text } => split_text(&text, resolve, &mut out),
            Inline::Bold { mut content } => {
                link_inlines(&mut content, resolve);
                out.push(Inline::Bold { content });
            }
            Inline::Italic { mut content } => {
                link_inlines(&mut content, resolve);
                out.push(Inline::Italic { content });
            }
            Inline::Footnote { mut content } => {
                link_inlines(&mut content, resolve);
                out.push(Inline::Footnote { content });
            }
            other @ (Inline::Link { .. } | Inline::Citation { .. }) => out.push(other),
        }
    }
    *inlines = out;
}

fn split_text(text: &str, resolve: &dyn Fn(&str) -> Option<i64>, out: &mut Vec<Inline>) {
    let mut last = 0;
    for (start, end) in spans(text) {
        let Some(id) = resolve(&text[start..end]) else { continue };
        if start > last {
            out.push(Inline::Text { text: text[last..start].to_string() });
        }
        out.push(Inline::Citation { label: text[start..end].to_string(), recommendation_id: Some(id) });
        last = end;
    }
    if last < text.len() {
        out.push(Inline::Text { text: text[last..].to_string() });
    }
}
