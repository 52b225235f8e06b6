//! The real text of the tests: the fixture in the builder's markup, and annex rows from the
//! UPR Info export in /work/shared/data.

use std::collections::HashMap;

use uprkit_core::submission::{AnnexRow, Block, CountingRules, Inline, SectionKind, Submission, SubmissionSection};

const SUMMARY: &str = include_str!("../fixtures/slovenia_stakeholders_summary.txt");
const ANNEX: &str = include_str!("../fixtures/annex_slovenia_cycle1.tsv");

/// A joint submission on Slovenia with the fixture's sections and annex (about 3,300 words).
pub fn slovenia_submission() -> Submission {
    Submission {
        title: "Joint submission to the Universal Periodic Review of Slovenia".to_owned(),
        state: "Slovenia".to_owned(),
        cycle: 4,
        session: None,
        joint: true,
        organisations: vec![
            "ERA-LGBTI Equal Rights Association for Western Balkans and Turkey".to_owned(),
            "The Peace Institute".to_owned(),
            "Institute on Statelessness and Inclusion".to_owned(),
        ],
        key_words: ["statelessness", "discrimination", "hate speech", "Roma"].map(str::to_owned).to_vec(),
        sections: sections(),
        annex: annex_rows(),
        counting: CountingRules::default(),
    }
}

/// The sections of the fixture.
pub fn sections() -> Vec<SubmissionSection> {
    let mut sections: Vec<SubmissionSection> = Vec::new();
    for line in SUMMARY.lines().filter(|line| !line.starts_with('%')) {
        if let Some(heading) = line.strip_prefix("== ") {
            let (kind, title) = heading.split_once(": ").expect("== KIND: TITLE");
            sections.push(SubmissionSection {
                title: title.to_owned(),
                kind: SectionKind::parse(kind).expect("summary, about or theme"),
                blocks: Vec::new(),
                word_budget: None,
            });
            continue;
        }
        let blocks = &mut sections.last_mut().expect("a section first").blocks;
        if let Some(item) = line.strip_prefix("- ") {
            match blocks.last_mut() {
                Some(Block::List { items }) => items.push(inlines(item)),
                _ => blocks.push(Block::List { items: vec![inlines(item)] }),
            }
        } else if !line.trim().is_empty() {
            blocks.push(Block::Paragraph { content: inlines(line) });
        }
    }
    sections
}

/// Parses the builder's inline markup: `^[note]`, `**bold**`, `_italic_`, `[label](url)`,
/// `{{citation}}`.
pub fn inlines(s: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let (inline, after) = if let Some(after) = rest.strip_prefix("^[") {
            let (inner, after) = bracketed(after);
            (Inline::Footnote { content: inlines(inner) }, after)
        } else if let Some(after) = rest.strip_prefix("**") {
            let (inner, after) = after.split_once("**").expect("closing **");
            (Inline::Bold { content: inlines(inner) }, after)
        } else if let Some(after) = rest.strip_prefix('_') {
            let (inner, after) = after.split_once('_').expect("closing _");
            (Inline::Italic { content: inlines(inner) }, after)
        } else if let Some(after) = rest.strip_prefix("{{") {
            let (label, after) = after.split_once("}}").expect("closing }}");
            (Inline::Citation { label: label.to_owned(), recommendation_id: None }, after)
        } else if let Some(after) = rest.strip_prefix('[') {
            let (label, after) = bracketed(after);
            let after = after.strip_prefix('(').expect("[label](url)");
            let (url, after) = after.split_once(')').expect("closing )");
            (Inline::Link { url: url.to_owned(), label: inlines(label) }, after)
        } else {
            text.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        if !text.is_empty() {
            out.push(Inline::Text { text: std::mem::take(&mut text) });
        }
        out.push(inline);
        rest = after;
    }
    if !text.is_empty() {
        out.push(Inline::Text { text });
    }
    out
}

/// Splits `s` after an opening `[` at its matching `]`.
fn bracketed(s: &str) -> (&str, &str) {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return (&s[..i], &s[i + 1..]),
            ']' => depth -= 1,
            _ => {}
        }
    }
    panic!("no closing ] in {s:?}")
}

/// The annex rows of the fixture, with text, State and response from the UPR Info export.
pub fn annex_rows() -> Vec<AnnexRow> {
    let path = uprkit_core::testing::shared_data("upr-info/recommendations_sessions01-16.csv");
    let mut reader = csv::Reader::from_path(&path).expect("the UPR Info export opens");
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (id, text, state, response) =
        (column("rec_id"), column("recommendation"), column("recommending_state"), column("response"));
    let mut by_id = HashMap::new();
    for record in reader.records() {
        let record = record.expect("a CSV row");
        by_id.insert(record[id].to_owned(), record);
    }
    ANNEX
        .lines()
        .filter(|line| !line.starts_with('%'))
        .map(|line| {
            let mut fields = line.split('\t');
            let mut field = || fields.next().expect("rec_id, paragraph, assessment").to_owned();
            let (rec_id, paragraph, assessment) = (field(), field(), field());
            let record = by_id.get(&rec_id).unwrap_or_else(|| panic!("{rec_id} not in the CSV"));
            AnnexRow {
                paragraph,
                text: record[text].to_owned(),
                recommending_states: record[state].to_owned(),
                // UPR Info says "Accepted" where OHCHR says "Supported".
                position: match &record[response] {
                    "Accepted" => "Supported".to_owned(),
                    other => other.to_owned(),
                },
                assessment,
            }
        })
        .collect()
}
