//! The inline half of the markup: emphasis, links, citations and footnotes inside one
//! paragraph or list item.
//!
//! Brackets (links, citations, footnotes) are found by balancing `[` and `]`, so they bind
//! tighter than emphasis and are atoms for it. Emphasis is found by looking for the closer of
//! each opener: a `*` run of one opens italic and of two bold; inside italic a lone `*` (or the
//! first star of a longer run) closes it and `**` opens bold; inside bold `**` closes it and a
//! lone `*` opens italic. This reads the forms [`super::write`] produces without ambiguity.
//! An opener whose closer never comes is plain text. Every attempt is remembered by position,
//! so backtracking cannot go exponential, and nesting is capped so that hostile input cannot
//! exhaust the stack.

use std::collections::HashMap;

use crate::submission::Inline;

/// Deeper nesting than this is read as plain text (no real text nests this deep).
const MAX_DEPTH: usize = 24;

/// Where a span is parsed, which decides what may appear in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
struct Context {
    /// Inside a footnote: no footnote in a footnote.
    in_footnote: bool,
    /// Inside a link's label: no link, citation or footnote.
    in_label: bool,
}

/// The delimiters of emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Delim {
    /// `*italic*`
    Star,
    /// `**bold**`
    DoubleStar,
    /// `_italic_`
    Underscore,
    /// `[label](url)` (a bracket atom, remembered like the others)
    Bracket,
    /// `^[note]`
    Footnote,
}

/// Parses one paragraph's or list item's text into inline runs.
pub(super) fn parse_inlines(text: &str) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    let brackets = matching_brackets(&chars);
    let source = Source { chars: &chars, brackets: &brackets };
    Span::new(source, 0, chars.len(), Context::default(), 0).parse()
}

/// For each `[`, the `]` that closes it (brackets balanced, escaped ones skipped): found once
/// for the whole text, so that hostile text full of `[` costs no more than its length.
fn matching_brackets(chars: &[char]) -> Vec<Option<usize>> {
    let mut matches = vec![None; chars.len()];
    let mut open = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => open.push(i),
            ']' => {
                if let Some(start) = open.pop() {
                    matches[start] = Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    matches
}

/// The whole text being parsed.
#[derive(Clone, Copy)]
struct Source<'a> {
    chars: &'a [char],
    brackets: &'a [Option<usize>],
}

/// Removes the backslash escapes from a citation's label.
fn unescape(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\\' && chars.get(i + 1).is_some_and(|c| c.is_ascii_punctuation()) {
            out.push(chars[i + 1]);
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Whether a link address has a scheme the markup allows (http, https, mailto).
pub(crate) fn allowed_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || matches!(c, ')' | '[' | ']' | '\\'))
}

/// Appends text, merging with a Text run just before.
pub(super) fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text { text: text.to_string() });
    }
}

/// One span of the source (a whole item, a link's label, a footnote's text).
struct Span<'a> {
    source: Source<'a>,
    chars: &'a [char],
    end: usize,
    context: Context,
    depth: usize,
    start: usize,
    /// Attempts already made: (what, where) -> the node and where it ends. Kept whatever the
    /// depth, so that every opener is tried once; attempts cut off by the depth are not kept.
    memo: HashMap<(Delim, usize), Option<(Inline, usize)>>,
}

impl<'a> Span<'a> {
    fn new(source: Source<'a>, start: usize, end: usize, context: Context, depth: usize) -> Span<'a> {
        Span { source, chars: source.chars, end, context, depth, start, memo: HashMap::new() }
    }

    fn parse(&mut self) -> Vec<Inline> {
        self.sequence(self.start, None, self.depth).map(|(out, _)| out).unwrap_or_default()
    }

    fn at(&self, i: usize) -> Option<char> {
        if i < self.end { Some(self.chars[i]) } else { None }
    }

    fn star_run(&self, i: usize) -> usize {
        (i..self.end).take_while(|&j| self.chars[j] == '*').count()
    }

    /// Reads inlines from `pos` until `closer` (or the end of the span when there is none).
    /// Returns the inlines and the position after the closer; None when the closer never comes.
    fn sequence(&mut self, mut pos: usize, closer: Option<Delim>, depth: usize) -> Option<(Vec<Inline>, usize)> {
        let mut out = Vec::new();
        while pos < self.end {
            let c = self.chars[pos];
            match c {
                '\\' => match self.at(pos + 1) {
                    Some(next) if next.is_ascii_punctuation() => {
                        push_text(&mut out, next.encode_utf8(&mut [0; 4]));
                        pos += 2;
                    }
                    _ => {
                        push_text(&mut out, "\\");
                        pos += 1;
                    }
                },
                '*' => {
                    let run = self.star_run(pos);
                    match closer {
                        Some(Delim::Star) if run != 2 => return close(out, pos + 1),
                        Some(Delim::DoubleStar) if run >= 2 => return close(out, pos + 2),
                        Some(Delim::Star) => pos = self.emphasis(&mut out, pos, &[Delim::DoubleStar], 2, depth),
                        Some(Delim::DoubleStar) => pos = self.emphasis(&mut out, pos, &[Delim::Star], 1, depth),
                        _ => {
                            let tries: &[Delim] = match run {
                                1 => &[Delim::Star],
                                2 => &[Delim::DoubleStar],
                                _ => &[Delim::DoubleStar, Delim::Star],
                            };
                            pos = self.emphasis(&mut out, pos, tries, run, depth);
                        }
                    }
                }
                '_' if closer == Some(Delim::Underscore) => return close(out, pos + 1),
                '_' => {
                    // An underscore between two letters or digits is part of a word
                    // ("snake_case", an address), never an opener.
                    let inside_word = pos > 0
                        && self.chars[pos - 1].is_alphanumeric()
                        && self.at(pos + 1).is_some_and(char::is_alphanumeric);
                    let tries: &[Delim] = if inside_word { &[] } else { &[Delim::Underscore] };
                    pos = self.emphasis(&mut out, pos, tries, 1, depth);
                }
                '^' if self.at(pos + 1) == Some('[') && !self.context.in_footnote && !self.context.in_label => {
                    pos = self.atom(&mut out, pos, Delim::Footnote, 1, depth);
                }
                '[' if !self.context.in_label => pos = self.atom(&mut out, pos, Delim::Bracket, 1, depth),
                _ => {
                    push_text(&mut out, c.encode_utf8(&mut [0; 4]));
                    pos += 1;
                }
            }
        }
        if closer.is_some() { None } else { Some((out, pos)) }
    }

    /// Tries the openers at `pos` in turn; when none closes, `literal` characters are text.
    fn emphasis(&mut self, out: &mut Vec<Inline>, pos: usize, tries: &[Delim], literal: usize, depth: usize) -> usize {
        for &delim in tries {
            if let Some((node, after)) = self.attempt(delim, pos, depth) {
                out.push(node);
                return after;
            }
        }
        let text: String = self.chars[pos..pos + literal].iter().collect();
        push_text(out, &text);
        pos + literal
    }

    /// A bracket atom at `pos`, or its first `literal` characters as text.
    fn atom(&mut self, out: &mut Vec<Inline>, pos: usize, delim: Delim, literal: usize, depth: usize) -> usize {
        self.emphasis(out, pos, &[delim], literal, depth)
    }

    /// One attempt, remembered.
    fn attempt(&mut self, delim: Delim, pos: usize, depth: usize) -> Option<(Inline, usize)> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let key = (delim, pos);
        if let Some(known) = self.memo.get(&key) {
            return known.clone();
        }
        let result = match delim {
            Delim::Star | Delim::Underscore => self
                .sequence(pos + 1, Some(delim), depth + 1)
                .map(|(content, after)| (Inline::Italic { content }, after)),
            Delim::DoubleStar => {
                self.sequence(pos + 2, Some(delim), depth + 1).map(|(content, after)| (Inline::Bold { content }, after))
            }
            Delim::Bracket => self.bracket(pos, depth + 1),
            Delim::Footnote => self.footnote(pos, depth + 1),
        };
        self.memo.insert(key, result.clone());
        result
    }

    /// The `]` matching the `[` at `open`, brackets balanced, escapes skipped.
    fn matching_bracket(&self, open: usize) -> Option<usize> {
        self.source.brackets[open].filter(|&close| close < self.end)
    }

    /// `[label](url)` at `pos`: a link, a citation (`rec:ID`), or nothing.
    fn bracket(&mut self, pos: usize, depth: usize) -> Option<(Inline, usize)> {
        let close = self.matching_bracket(pos)?;
        if self.at(close + 1) != Some('(') {
            return None;
        }
        let mut paren = close + 2;
        while self.at(paren)? != ')' {
            if self.chars[paren].is_whitespace() {
                return None;
            }
            paren += 1;
        }
        let url: String = self.chars[close + 2..paren].iter().collect();
        let after = paren + 1;
        if url.get(..4).is_some_and(|scheme| scheme.eq_ignore_ascii_case("rec:")) {
            let id = &url[4..];
            let recommendation_id = if id.is_empty() { None } else { Some(id.parse::<i64>().ok()?) };
            let label = unescape(&self.chars[pos + 1..close]);
            return Some((Inline::Citation { label, recommendation_id }, after));
        }
        if !allowed_url(&url) {
            return None;
        }
        let context = Context { in_label: true, ..self.context };
        let label = Span::new(self.source, pos + 1, close, context, depth).parse();
        Some((Inline::Link { url, label }, after))
    }

    /// `^[note]` at `pos`.
    fn footnote(&mut self, pos: usize, depth: usize) -> Option<(Inline, usize)> {
        let close = self.matching_bracket(pos + 1)?;
        let context = Context { in_footnote: true, ..self.context };
        let content = Span::new(self.source, pos + 2, close, context, depth).parse();
        if content.is_empty() { None } else { Some((Inline::Footnote { content }, close + 1)) }
    }
}

/// Ends an emphasis: empty emphasis is not emphasis.
fn close(out: Vec<Inline>, after: usize) -> Option<(Vec<Inline>, usize)> {
    if out.is_empty() { None } else { Some((out, after)) }
}
