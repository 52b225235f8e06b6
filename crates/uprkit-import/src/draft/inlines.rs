//! From runs to [`Inline`]s. Word stores formatting per run; the draft gets it back as the
//! submission's inline tree in one canonical shape: a link outside, bold inside it, italic
//! inside bold, text inside; neighbouring runs with the same formatting joined.

use uprkit_core::submission::Inline;

/// A piece of a paragraph as the runs give it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Segment {
    /// Text with its formatting and link.
    Text { text: String, bold: bool, italic: bool, link: Option<String> },
    /// A footnote (or endnote) at its reference.
    Note(Vec<Inline>),
}

/// Appends text, joining it to the previous segment when the formatting is the same.
pub(super) fn push_text(segments: &mut Vec<Segment>, text: &str, bold: bool, italic: bool, link: Option<&str>) {
    if text.is_empty() {
        return;
    }
    if let Some(Segment::Text { text: last, bold: b, italic: i, link: l }) = segments.last_mut()
        && *b == bold
        && *i == italic
        && l.as_deref() == link
    {
        last.push_str(text);
        return;
    }
    segments.push(Segment::Text { text: text.to_string(), bold, italic, link: link.map(str::to_string) });
}

/// Appends `more`, joining text to text of the same formatting where they meet.
pub(super) fn append(segments: &mut Vec<Segment>, more: Vec<Segment>) {
    for segment in more {
        match segment {
            Segment::Text { text, bold, italic, link } => push_text(segments, &text, bold, italic, link.as_deref()),
            note => segments.push(note),
        }
    }
}

/// Removes the spaces at the start and the end of a paragraph.
pub(super) fn trim(segments: &mut Vec<Segment>) {
    while let Some(Segment::Text { text, .. }) = segments.first_mut() {
        let trimmed = text.trim_start();
        if trimmed.is_empty() {
            segments.remove(0);
        } else {
            *text = trimmed.to_string();
            break;
        }
    }
    while let Some(Segment::Text { text, .. }) = segments.last_mut() {
        let trimmed = text.trim_end();
        if trimmed.is_empty() {
            segments.pop();
        } else {
            text.truncate(trimmed.len());
            break;
        }
    }
}

fn formatted(text: String, bold: bool, italic: bool) -> Inline {
    let mut inline = Inline::Text { text };
    if italic {
        inline = Inline::Italic { content: vec![inline] };
    }
    if bold {
        inline = Inline::Bold { content: vec![inline] };
    }
    inline
}

/// The canonical inline tree of the segments.
pub(super) fn build(segments: Vec<Segment>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut link: Option<(String, Vec<Inline>)> = None;
    for segment in segments {
        match segment {
            Segment::Note(content) => {
                if let Some((url, label)) = link.take() {
                    out.push(Inline::Link { url, label });
                }
                out.push(Inline::Footnote { content });
            }
            Segment::Text { text, bold, italic, link: url } => {
                let inline = formatted(text, bold, italic);
                match (&mut link, url) {
                    (Some((open, label)), Some(url)) if *open == url => label.push(inline),
                    (_, url) => {
                        if let Some((url, label)) = link.take() {
                            out.push(Inline::Link { url, label });
                        }
                        match url {
                            Some(url) => link = Some((url, vec![inline])),
                            None => out.push(inline),
                        }
                    }
                }
            }
        }
    }
    if let Some((url, label)) = link {
        out.push(Inline::Link { url, label });
    }
    out
}

/// The plain text of inlines (a heading's title), footnotes left out.
pub(super) fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(text),
            Inline::Bold { content } | Inline::Italic { content } => out.push_str(&plain(content)),
            Inline::Link { label, .. } => out.push_str(&plain(label)),
            Inline::Citation { label, .. } => out.push_str(label),
            Inline::Footnote { .. } => {}
        }
    }
    out
}

/// Only web and mail addresses are kept as links, as the submission's markup allows.
pub(super) fn linkable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|s| lower.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_shape() {
        let mut s = Vec::new();
        push_text(&mut s, "  See ", false, false, None);
        push_text(&mut s, "the ", true, false, Some("https://a"));
        push_text(&mut s, "page", true, true, Some("https://a"));
        s.push(Segment::Note(vec![Inline::Text { text: "n".into() }]));
        push_text(&mut s, " ", false, false, None);
        trim(&mut s);
        let t = |s: &str| Inline::Text { text: s.into() };
        assert_eq!(
            build(s),
            vec![
                t("See "),
                Inline::Link {
                    url: "https://a".into(),
                    label: vec![
                        Inline::Bold { content: vec![t("the ")] },
                        Inline::Bold { content: vec![Inline::Italic { content: vec![t("page")] }] }
                    ]
                },
                Inline::Footnote { content: vec![t("n")] },
            ]
        );
    }
}
