//! The word count of a submission, as Word and LibreOffice count the exported document.
//!
//! A word is a run of characters between separators. What LibreOffice 7.4 counts (measured
//! with `soffice --headless --convert-to odt` and `meta:word-count` of documents made for
//! the purpose, both ODT and DOCX):
//! - Any white space separates (space, tab, line break, thin, en, figure, ideographic
//!   spaces, narrow no-break space U+202F). A zero-width space U+200B and a word joiner
//!   U+2060 do not.
//! - En dashes and em dashes separate, alone or between words: "one – two" and "one—two" are
//!   two words each, "— – —" none (LibreOffice's default "additional separators").
//! - Every other run counts, punctuation alone included: "one - two" and "one & two" are three
//!   words, "one . , ; two" five, "( two )" three. Hyphens (also U+2011, U+2012, U+2015, U+2212
//!   between words), slashes ("and/or"), soft hyphens and apostrophes join.
//! - Formatting does not split ("**bold**text" is one word), nor does a footnote marker
//!   ("word¹word" is one word); markers are not words, footnote texts are counted.
//! - Table cells are separate texts.
//! - Headers and footers count, once each and not once a page: a footer "Page 1" is two
//!   words for LibreOffice. Word leaves them out, and so does this count.
//! - Two differences from this count, both deliberate:
//!   - A no-break space U+00A0 separates in LibreOffice; here it joins, as in Word, which
//!     OHCHR uses.
//!   - LibreOffice counts each numbering label ("1.") and each bullet as a word, which Word
//!     does not; [`WordCount::list_labels`] says how many there are, and
//!     [`WordCount::libreoffice_total`] adds them, to compare with LibreOffice.

use serde::Serialize;

use super::{Block, Inline, SectionKind, Submission, labels};

/// Whether `c` separates words.
fn separates(c: char) -> bool {
    (c.is_whitespace() && c != '\u{a0}') || c == '\u{2013}' || c == '\u{2014}'
}

/// Words in a text.
pub fn count_text(text: &str) -> usize {
    text.split(separates).filter(|word| !word.is_empty()).count()
}

/// Words in inline runs: the runs are one text (formatting and footnote markers do not break
/// words); each footnote's text is counted on its own when `footnotes` is set.
pub fn count_inlines(inlines: &[Inline], footnotes: bool) -> usize {
    let mut running = String::new();
    let mut notes = Vec::new();
    flatten(inlines, &mut running, &mut notes);
    count_text(&running) + if footnotes { notes.iter().map(|note| count_text(note)).sum() } else { 0 }
}

/// Appends the visible text of `inlines` to `running` and each footnote's text to `notes`.
fn flatten(inlines: &[Inline], running: &mut String, notes: &mut Vec<String>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => running.push_str(text),
            Inline::Bold { content } | Inline::Italic { content } => flatten(content, running, notes),
            Inline::Link { label, .. } => flatten(label, running, notes),
            Inline::Citation { label, .. } => running.push_str(label),
            Inline::Footnote { content } => {
                let mut note = String::new();
                // A footnote in a footnote (never parsed) is read as part of its note.
                let mut inner = Vec::new();
                flatten(content, &mut note, &mut inner);
                for extra in inner {
                    note.push(' ');
                    note.push_str(&extra);
                }
                notes.push(note);
            }
        }
    }
}

/// Words in blocks: each paragraph and each list item is its own text.
pub fn count_blocks(blocks: &[Block], footnotes: bool) -> usize {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph { content } => count_inlines(content, footnotes),
            Block::List { items } => items.iter().map(|item| count_inlines(item, footnotes)).sum(),
        })
        .sum()
}

/// The words of a submission, by part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct WordCount {
    /// What counts towards the OHCHR limit: frame, sections, and footnotes and annex when the
    /// counting rules say they count.
    pub total: usize,
    /// Words of each section's own text (footnotes apart), in the order of `sections`.
    pub sections: Vec<usize>,
    /// Words in all footnotes (in `total` only when footnotes count).
    pub footnotes: usize,
    /// Words of the annex: its title, column headings and rows (in `total` only when the annex
    /// counts; nothing when it has no rows, as then it is not printed).
    pub annex: usize,
    /// The fixed parts: title, "Submission by" or "Joint submission by", the organisations, the
    /// key words line, and the headings.
    pub frame: usize,
    /// Numbering labels of the numbered paragraphs and bullets of list items: not words for
    /// Word, words for LibreOffice.
    pub list_labels: usize,
}

impl WordCount {
    /// The count LibreOffice shows for the exported document (with footnotes and annex as
    /// the counting rules have them): [`WordCount::total`] plus the numbering labels and
    /// bullets. No-break spaces aside (see the module's notes).
    pub fn libreoffice_total(&self) -> usize {
        self.total + self.list_labels
    }
}

/// Counts the document the writers produce from `sub`: the title; "Joint submission by" or
/// "Submission by" and the organisations, one a line; "Key words:" and the key words, comma
/// separated; the summary under [`labels::SUMMARY`], the paragraphs on the organisations under
/// one heading [`labels::ORGANISATIONS`], each thematic section under its title; footnotes;
/// then, when it has rows, the annex: its title, the four column headings and for each row
/// the paragraph number with the text, the recommending States, the position and the
/// assessment. Paragraph numbers and footnote markers are not words.
pub fn count_submission(sub: &Submission) -> WordCount {
    let by = if sub.joint { labels::JOINT_BY } else { labels::SUBMITTED_BY };
    let mut frame = count_text(&sub.title)
        + count_text(by)
        + sub.organisations.iter().map(|name| count_text(name)).sum::<usize>()
        + count_text(labels::KEY_WORDS)
        + count_text(&sub.key_words.join(", "));
    let has = |kind: SectionKind| sub.sections.iter().any(|section| section.kind == kind);
    if has(SectionKind::Summary) {
        frame += count_text(labels::SUMMARY);
    }
    if has(SectionKind::About) {
        frame += count_text(labels::ORGANISATIONS);
    }
    let mut sections = Vec::with_capacity(sub.sections.len());
    let mut footnotes = 0;
    let mut list_labels = 0;
    for section in &sub.sections {
        if section.kind == SectionKind::Theme {
            frame += count_text(&section.title);
        }
        let body = count_blocks(&section.blocks, false);
        sections.push(body);
        footnotes += count_blocks(&section.blocks, true) - body;
        list_labels += section
            .blocks
            .iter()
            .map(|block| match block {
                Block::Paragraph { .. } if section.kind == SectionKind::Summary => 0,
                Block::Paragraph { .. } => 1,
                Block::List { items } => items.len(),
            })
            .sum::<usize>();
    }
    let annex = if sub.annex.is_empty() {
        0
    } else {
        count_text(labels::ANNEX)
            + labels::ANNEX_COLUMNS.iter().map(|heading| count_text(heading)).sum::<usize>()
            + sub
                .annex
                .iter()
                .map(|row| {
                    count_text(&format!("{} {}", row.paragraph, row.text))
                        + count_text(&row.recommending_states)
                        + count_text(&row.position)
                        + count_text(&row.assessment)
                })
                .sum::<usize>()
    };
    let total = frame
        + sections.iter().sum::<usize>()
        + if sub.counting.footnotes { footnotes } else { 0 }
        + if sub.counting.annex { annex } else { 0 };
    WordCount { total, sections, footnotes, annex, frame, list_labels }
}

#[cfg(test)]
mod tests;
