//! The stakeholder submission as PDF, read back with poppler: a real draft (Slovenia,
//! about 3,300 words, 70 footnotes, an annex from the UPR Info export) and hostile text.

mod common;

use std::time::Instant;

use common::fixture::{self, slovenia_submission};
use common::poppler::{self, flat};
use uprkit_core::submission::{Block, Inline, SectionKind, Submission, labels};
use uprkit_typeset::{Pdf, submission_pdf};

/// The text a reader sees of some runs, without their footnotes.
fn plain(runs: &[Inline]) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Text { text } => out.push_str(text),
            Inline::Bold { content } | Inline::Italic { content } => out.push_str(&plain(content)),
            Inline::Link { label, .. } => out.push_str(&plain(label)),
            Inline::Citation { label, .. } => out.push_str(label),
            Inline::Footnote { .. } => {}
        }
    }
    out
}

/// Every footnote of some runs, in order.
fn footnotes(runs: &[Inline]) -> Vec<String> {
    runs.iter()
        .filter_map(|run| match run {
            Inline::Footnote { content } => Some(plain(content)),
            _ => None,
        })
        .collect()
}

/// The numbered paragraphs of a submission (about, then theme sections), in order.
fn numbered_paragraphs(sub: &Submission) -> Vec<&[Inline]> {
    [SectionKind::About, SectionKind::Theme]
        .iter()
        .flat_map(|kind| sub.sections.iter().filter(move |s| s.kind == *kind))
        .flat_map(|section| &section.blocks)
        .filter_map(|block| match block {
            Block::Paragraph { content } => Some(content.as_slice()),
            Block::List { .. } => None,
        })
        .collect()
}

/// Every footnote of the submission in document order (summary first).
fn all_footnotes(sub: &Submission) -> Vec<String> {
    [SectionKind::Summary, SectionKind::About, SectionKind::Theme]
        .iter()
        .flat_map(|kind| sub.sections.iter().filter(move |s| s.kind == *kind))
        .flat_map(|section| &section.blocks)
        .flat_map(|block| match block {
            Block::Paragraph { content } => footnotes(content),
            Block::List { items } => items.iter().flat_map(|item| footnotes(item)).collect(),
        })
        .collect()
}

/// `text` without white space and hyphens: pdftotext joins a word hyphenated at the end of a
/// line ("word-\nlimit" reads "wordlimit"), and lines may break after a slash, without a space.
fn dense(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

/// The first `n` words of `text`.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// Writes the PDF into UPRKIT_TYPESET_KEEP (a folder), to look at it.
fn keep(pdf: &Pdf, name: &str) {
    if let Some(dir) = std::env::var_os("UPRKIT_TYPESET_KEEP") {
        let path = std::path::Path::new(&dir).join(format!("{name}.pdf"));
        std::fs::write(&path, &pdf.bytes).expect("the kept PDF is written");
        eprintln!("kept {}", path.display());
    }
}

#[test]
fn a_real_submission_reads_back_as_the_un_document_it_is() {
    let sub = slovenia_submission();
    let pdf = submission_pdf(&sub).expect("typesets");
    keep(&pdf, "slovenia-submission");
    assert!(pdf.pages >= 6, "{} pages", pdf.pages);
    let Some(file) = poppler::open(&pdf) else { return };
    assert_eq!(file.pages(), pdf.pages, "pdfinfo and typst agree on the page count");
    let text = file.text();
    let all = flat(&text);

    // Title, organisations one a line, key words.
    assert!(all.starts_with(&format!("{} {}", sub.title, labels::JOINT_BY)), "{}", &all[..200]);
    for organisation in &sub.organisations {
        assert!(text.lines().any(|line| line.trim() == organisation), "{organisation} on its own line");
    }
    assert!(all.contains(&format!("{} {}", labels::KEY_WORDS, sub.key_words.join(", "))));
    assert!(!all.contains(labels::SUBMITTED_BY), "a joint submission says {:?}", labels::JOINT_BY);

    // The summary: its heading, then its paragraph without a number.
    let summary = &sub.sections[0];
    assert_eq!(summary.kind, SectionKind::Summary);
    let Block::Paragraph { content } = &summary.blocks[0] else { panic!("a paragraph") };
    assert!(all.contains(&format!("{} {}", labels::SUMMARY, first_words(&plain(content), 6))));

    // The organisations under one heading, their titles not printed; theme titles printed.
    assert!(all.contains(labels::ORGANISATIONS));
    for section in &sub.sections {
        match section.kind {
            SectionKind::About => assert!(
                !text.lines().any(|line| line.trim() == section.title),
                "the about section's title {:?} is not printed",
                section.title
            ),
            SectionKind::Theme => assert!(all.contains(&section.title), "{}", section.title),
            SectionKind::Summary => {}
        }
    }

    // Paragraphs numbered 1., 2., ... in order across sections, each before its own text.
    let body = dense(&text);
    let paragraphs = numbered_paragraphs(&sub);
    assert_eq!(paragraphs.len(), 46);
    let mut from = 0;
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let expected = dense(&format!("{}. {}", i + 1, first_words(&plain(paragraph), 3)));
        let at = body[from..].find(&expected).unwrap_or_else(|| {
            panic!("paragraph {expected:?} not found after byte {from}: {}", &body[from..from + 300])
        });
        from += at + expected.len();
    }
    let past = format!("{}.", paragraphs.len() + 1);
    assert!(!text.lines().any(|line| line.starts_with(&past)), "no paragraph numbered past the last");

    // The list continues its paragraph with bullets, not numbers.
    assert!(all.contains("CoE-ACFC recommended that Slovenia: • intensified efforts to combat"));
    assert_eq!(all.matches("• ").count(), 4);

    // Citations and links print their labels; the link is a real link.
    assert!(all.contains("115.18 (Turkey; supported)"));
    assert!(all.contains("www.ohchr.org"));
    assert!(pdf.bytes.windows(21).any(|w| w == b"https://www.ohchr.org"), "a link annotation");

    // Every footnote, numbered through the document: "N text" at the foot of the pages, in
    // order (pdftotext reads each page's notes after its text).
    let notes = all_footnotes(&sub);
    assert_eq!(notes.len(), 69);
    let mut from = 0;
    for (i, note) in notes.iter().enumerate() {
        let expected = dense(&format!("{}{note}", i + 1));
        let at = body[from..].find(&expected).unwrap_or_else(|| panic!("footnote {expected:?}"));
        from += at + expected.len();
    }

    // The annex: title, columns, one row per recommendation, after the last paragraph.
    let annex = body.find(&dense(labels::ANNEX)).expect("the annex title");
    assert!(annex > from, "the annex comes after the last note");
    let annex_text = &body[annex..];
    for column in labels::ANNEX_COLUMNS {
        assert!(annex_text.contains(&dense(column)), "{column}");
    }
    for row in &sub.annex {
        let first = if row.paragraph.is_empty() {
            first_words(&row.text, 5)
        } else {
            format!("{} {}", row.paragraph, first_words(&row.text, 4))
        };
        assert!(annex_text.contains(&dense(&first)), "annex row {first:?}");
        assert!(annex_text.contains(&dense(&row.recommending_states)), "{}", row.recommending_states);
        assert!(annex_text.contains(&dense(&row.assessment)), "{}", row.assessment);
    }
    assert!(annex_text.contains("Supported") && annex_text.contains("Noted"));

    // A page number at the foot of every page.
    for page in 1..=pdf.pages {
        let page_text = file.page_text(page);
        let last = page_text.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("");
        assert_eq!(last.trim(), page.to_string(), "page {page} ends with its number");
    }

    // Fonts embedded, A4.
    for (name, embedded) in file.fonts() {
        assert!(embedded, "{name} is embedded");
    }
}

#[test]
fn render_time_of_a_3000_word_submission() {
    let sub = slovenia_submission();
    let words: usize = sub
        .sections
        .iter()
        .flat_map(|section| &section.blocks)
        .map(|block| match block {
            Block::Paragraph { content } => {
                plain(content).split_whitespace().count()
                    + footnotes(content).iter().map(|n| n.split_whitespace().count()).sum::<usize>()
            }
            Block::List { items } => items.iter().map(|i| plain(i).split_whitespace().count()).sum(),
        })
        .sum();
    let annex_words: usize =
        sub.annex.iter().map(|row| (row.text.clone() + " " + &row.assessment).split_whitespace().count()).sum();
    let timed = |sub: &Submission| {
        let started = Instant::now();
        let pdf = submission_pdf(sub).expect("typesets");
        (pdf, started.elapsed())
    };
    let (cold, cold_time) = timed(&sub);
    let (warm, warm_time) = timed(&sub);
    // An edit, as between two exports: typst's memoisation cannot reuse the whole document.
    let mut edited = sub.clone();
    edited.title.push_str(" (revised)");
    if let Some(Block::Paragraph { content }) = edited.sections.last_mut().and_then(|s| s.blocks.first_mut()) {
        content.insert(0, Inline::Text { text: "Revised: ".to_owned() });
    }
    let (_, edited_time) = timed(&edited);
    println!(
        "submission of {words} words (+{annex_words} in the annex), {} pages: first render \
         {cold_time:.2?} (may include loading fonts and typst's library), the same again \
         {warm_time:.2?}, after an edit {edited_time:.2?} (debug build, dependencies at opt-level 1)",
        cold.pages
    );
    assert_eq!(cold, warm, "the same submission gives the same PDF");
}

#[test]
fn a_single_submission_prints_only_the_parts_it_has() {
    let mut sub = slovenia_submission();
    sub.joint = false;
    sub.title = "Submission to the Universal Periodic Review of Slovenia".to_owned();
    sub.organisations.truncate(1);
    sub.key_words.clear();
    sub.sections.retain(|section| section.kind == SectionKind::Theme);
    sub.sections.truncate(2);
    sub.annex.clear();
    let pdf = submission_pdf(&sub).expect("typesets");
    let Some(file) = poppler::open(&pdf) else { return };
    assert_eq!(file.pages(), pdf.pages);
    let all = flat(&file.text());
    assert!(all.contains(&format!("{} {}", labels::SUBMITTED_BY, sub.organisations[0])), "{all}");
    for absent in [labels::JOINT_BY, labels::KEY_WORDS, labels::SUMMARY, labels::ORGANISATIONS, labels::ANNEX] {
        assert!(!all.contains(absent), "{absent:?} is not printed");
    }
    // Numbering starts at 1 with the first thematic paragraph.
    let Some(Block::Paragraph { content }) = sub.sections[0].blocks.first() else { panic!("a paragraph") };
    let first = format!("{} 1. {}", sub.sections[0].title, first_words(&plain(content), 3));
    assert!(dense(&all).contains(&dense(&first)), "{first:?}");
}

/// Everything typst markup gives a meaning to: if any of it were taken as markup, the page
/// would change, a note would appear, or the text would differ.
const HOSTILE: &str = r#"#set page(width: 3cm) *not bold* _not italic_ $x^2$ [not](a link) \ <label> @ref `raw` ``` // not a comment /* not a block */ #footnote[not a note] #panic("no") = not a heading "quoted" 'single' ~ -- --- ... <https://example.org> #{ 1 + 1 }"#;

#[test]
fn hostile_text_is_printed_verbatim_and_never_interpreted() {
    let hostile = || Inline::Text { text: HOSTILE.to_owned() };
    let mut sub = slovenia_submission();
    sub.title = HOSTILE.to_owned();
    sub.organisations = vec![HOSTILE.to_owned()];
    sub.key_words = vec![HOSTILE.to_owned()];
    sub.sections.truncate(4); // summary, two about, one theme
    sub.sections[3].title = HOSTILE.to_owned();
    sub.sections[3].blocks = vec![
        Block::Paragraph {
            content: vec![
                hostile(),
                Inline::Bold { content: vec![hostile()] },
                Inline::Footnote { content: vec![hostile()] },
                Inline::Link { url: HOSTILE.to_owned(), label: vec![hostile()] },
                Inline::Citation { label: HOSTILE.to_owned(), recommendation_id: None },
            ],
        },
        Block::List { items: vec![vec![hostile()]] },
    ];
    sub.annex.truncate(1);
    sub.annex[0].assessment = HOSTILE.to_owned();
    let pdf = submission_pdf(&sub).expect("typesets");
    keep(&pdf, "hostile");
    let Some(file) = poppler::open(&pdf) else { return };
    assert_eq!(file.pages(), pdf.pages);
    let all = dense(&file.text());
    // title, organisation, key word, heading, paragraph (4 runs), footnote, list item, annex
    let printed = all.matches(&dense(HOSTILE)).count();
    assert_eq!(printed, 11, "every hostile text printed verbatim: {all}");
    // Footnotes: the summary's one and the hostile one, nothing injected.
    // Footnotes: the summary's (1) and the hostile one (2), its marker and its entry; no other.
    let numbered: Vec<(usize, usize)> = (1..=9)
        .map(|n| (n, all.matches(&dense(&format!("{n}{HOSTILE}"))).count()))
        .filter(|(_, count)| *count > 0)
        .collect();
    assert_eq!(numbered, vec![(2, 2)], "the hostile footnote is note 2, and no note is injected");
    assert_eq!(all.matches(&dense("not a note")).count(), printed);
}

#[test]
fn fixture_parses_into_every_kind_of_run() {
    // The parser of the test fixture itself: a wrong parse would make the tests above weaker.
    let runs = fixture::inlines("a **b** _c_ [d](https://e.org) {{f}}^[g [h](mailto:i@j.org)] k");
    assert_eq!(runs.len(), 10, "{runs:?}");
    assert_eq!(plain(&runs), "a b c d f k");
    assert_eq!(footnotes(&runs), vec!["g h".to_owned()]);
}
