//! A stakeholder submission of real length built from real UN text, for the DOCX tests: the
//! paragraphs and endnotes of OHCHR's summary of stakeholders' submissions on Slovenia (2019)
//! as thematic sections, the organisations named in it, bullet lists of the recommendations
//! Slovenia received in its first cycle (UPR Info), and an annex of the second-cycle
//! recommendations (OHCHR thematic list) that the summary's notes cite by paragraph number.
#![allow(dead_code)] // each test uses a different part

use std::path::Path;
use uprkit_core::StateDirectory;
use uprkit_core::submission::{AnnexRow, Block, CountingRules, Inline, SectionKind, Submission, SubmissionSection};
use uprkit_import::ohchr::{self, OhchrDocument};

/// A section of the fixture: title and paragraphs, each paragraph as text and notes.
pub struct FixtureSection {
    pub title: String,
    /// The endnote on the heading: "For relevant recommendations see A/HRC/28/15, paras. ...".
    pub previous_recommendations: String,
    pub paragraphs: Vec<Vec<Inline>>,
}

pub fn text(s: &str) -> Inline {
    Inline::Text { text: s.to_string() }
}

/// Reads `tests/fixtures/svn_stakeholders_summary_2019.txt`.
pub fn summary_sections() -> Vec<FixtureSection> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/svn_stakeholders_summary_2019.txt");
    let source = std::fs::read_to_string(&path).expect("fixture");
    let mut sections: Vec<FixtureSection> = Vec::new();
    for block in source.split("\n\n") {
        for line in block.lines().filter(|l| !l.starts_with("# ") && !l.trim().is_empty()) {
            if let Some(title) = line.strip_prefix("## ") {
                sections.push(FixtureSection {
                    title: title.to_string(),
                    previous_recommendations: String::new(),
                    paragraphs: Vec::new(),
                });
                continue;
            }
            if let Some(note) = line.strip_prefix("% ") {
                sections.last_mut().expect("a section first").previous_recommendations = note.to_string();
                continue;
            }
            let mut inlines = Vec::new();
            let mut rest = line;
            while let Some(at) = rest.find("{{") {
                let end = rest[at..].find("}}").expect("closed note") + at;
                inlines.push(text(&rest[..at]));
                inlines.push(Inline::Footnote { content: vec![text(&rest[at + 2..end])] });
                rest = &rest[end + 2..];
            }
            if !rest.is_empty() {
                inlines.push(text(rest));
            }
            sections.last_mut().expect("a section first").paragraphs.push(inlines);
        }
    }
    sections
}

/// Makes a paragraph's opening stakeholder name bold ("JS3 noted ..."), its treaty names in
/// italic and "www.ohchr.org" a link, as an author would.
fn dress(mut inlines: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { text: first }) = inlines.first().cloned() {
        let word_end = first.find(' ').unwrap_or(first.len());
        let word = &first[..word_end];
        if word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/')
        {
            inlines[0] = text(&first[word_end..]);
            inlines.insert(0, Inline::Bold { content: vec![text(word)] });
        }
    }
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text { text: t } if t.contains("as recommended") => {
                // A citation as the builder inserts it from the search.
                let (before, after) = t.split_once("as recommended").expect("found");
                out.push(text(&format!("{before}as recommended (")));
                out.push(Inline::Citation { label: "115.18 (Turkey; supported)".into(), recommendation_id: None });
                out.push(text(&format!("){after}")));
            }
            Inline::Text { text: t } if t.contains("1961 Convention") => {
                let (before, after) = t.split_once("1961 Convention").expect("found");
                out.push(text(before));
                out.push(Inline::Italic { content: vec![text("1961 Convention")] });
                out.push(text(after));
            }
            Inline::Footnote { content } => {
                let note = match content.as_slice() {
                    [Inline::Text { text: t }] if t.contains("www.ohchr.org") => {
                        let (before, after) = t.split_once("www.ohchr.org").expect("found");
                        vec![
                            text(before),
                            Inline::Link { url: "https://www.ohchr.org".into(), label: vec![text("www.ohchr.org")] },
                            text(after),
                        ]
                    }
                    _ => content,
                };
                out.push(Inline::Footnote { content: note });
            }
            other => out.push(other),
        }
    }
    out.retain(|i| !matches!(i, Inline::Text { text } if text.is_empty()));
    out
}

/// Recommendations Slovenia received in its first review (UPR Info), those naming `word`.
fn first_cycle_recommendations(word: &str, n: usize) -> Vec<Vec<Inline>> {
    let path = uprkit_core::testing::shared_data("upr-info/recommendations_sessions01-16.csv");
    let mut reader = csv::Reader::from_path(path).expect("UPR Info CSV");
    let headers = reader.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (sur, text_col, rs) = (col("state_under_review"), col("recommendation"), col("recommending_state"));
    reader
        .records()
        .map(|r| r.expect("row"))
        .filter(|r| &r[sur] == "Slovenia" && r[text_col].contains(word))
        .take(n)
        .map(|r| vec![text(&format!("{} ({})", r[text_col].trim(), &r[rs]))])
        .collect()
}

/// The second-cycle recommendations to Slovenia (OHCHR thematic list, A/HRC/28/15).
pub fn second_cycle_rows() -> Vec<uprkit_import::ohchr::ThematicRow> {
    let path =
        uprkit_core::testing::shared_data("ohchr/slovenia/cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx");
    match ohchr::read_file(&path, &StateDirectory::load()).expect("thematic list reads") {
        OhchrDocument::ThematicList(list) => list.rows,
        other => panic!("not a thematic list: {other:?}"),
    }
}

/// `true` when `note` cites paragraph `paragraph` ("115.18", not "115.180" or "2115.18").
fn cites(note: &str, paragraph: &str) -> bool {
    note.match_indices(paragraph).any(|(at, _)| {
        let before = note[..at].chars().next_back();
        let after = note[at + paragraph.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.') && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// The annex: the second-cycle recommendations that the summary's headings cite (endnotes
/// "For relevant recommendations see A/HRC/28/15, paras. ..."), each assessed with the first
/// paragraph of the section that cites it.
fn annex(sections: &[FixtureSection]) -> Vec<AnnexRow> {
    let states = StateDirectory::load();
    second_cycle_rows()
        .into_iter()
        .filter_map(|row| {
            let section = sections.iter().find(|s| cites(&s.previous_recommendations, &row.paragraph))?;
            let assessment = section.paragraphs.first().map(|p| plain(p)).unwrap_or_default();
            Some(AnnexRow {
                paragraph: row.paragraph.clone(),
                text: row.text.clone(),
                recommending_states: row
                    .recommending_states
                    .iter()
                    .map(|c| states.get(c.as_str()).map_or(c.to_string(), |s| s.name.clone()))
                    .collect::<Vec<_>>()
                    .join(", "),
                position: row.position.as_ref().map_or("Pending".into(), |p| p.position.label().to_string()),
                assessment,
            })
        })
        .collect()
}

/// The text of inlines without their notes.
pub fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone(),
            Inline::Bold { content } | Inline::Italic { content } => plain(content),
            Inline::Link { label, .. } => plain(label),
            Inline::Citation { label, .. } => label.clone(),
            Inline::Footnote { .. } => String::new(),
        })
        .collect()
}

/// The organisations of the joint submission: the partners of the summary's JS2.
pub const ORGANISATIONS: [&str; 3] =
    ["The Peace Institute", "Institute on Statelessness and Inclusion", "European Network on Statelessness"];

/// A joint submission of about real length: `themes` thematic sections of the summary.
pub fn slovenia_submission(themes: usize) -> Submission {
    let sections = summary_sections();
    let about = |name: &str, place: &str| SubmissionSection {
        title: name.to_string(),
        kind: SectionKind::About,
        blocks: vec![Block::Paragraph { content: vec![text(&format!("{name}, {place}."))] }],
        word_budget: None,
    };
    let mut out = vec![SubmissionSection {
        title: "Summary".into(),
        kind: SectionKind::Summary,
        // The summary's endnote is OHCHR's list of all stakeholders, a page long: its first
        // sentence is the footnote here.
        blocks: sections[0]
            .paragraphs
            .iter()
            .cloned()
            .map(|p| {
                let p = p
                    .into_iter()
                    .map(|i| match i {
                        Inline::Footnote { content } => {
                            let note = plain(&content);
                            let first = note.split_inclusive("www.ohchr.org.").next().unwrap_or(&note).to_string();
                            Inline::Footnote { content: vec![text(&first)] }
                        }
                        other => other,
                    })
                    .collect();
                Block::Paragraph { content: dress(p) }
            })
            .collect(),
        word_budget: None,
    }];
    out.push(about(ORGANISATIONS[0], "Ljubljana, Slovenia"));
    out.push(about(ORGANISATIONS[1], "Eindhoven, Netherlands"));
    out.push(about(ORGANISATIONS[2], "London, United Kingdom"));
    for (i, section) in sections.iter().skip(1).take(themes).enumerate() {
        let mut blocks: Vec<Block> =
            section.paragraphs.iter().cloned().map(|p| Block::Paragraph { content: dress(p) }).collect();
        if i == 2 {
            // After "Equality and non-discrimination": what Slovenia was asked in 2010.
            let items = first_cycle_recommendations("discrimination", 3);
            assert_eq!(items.len(), 3, "three first-cycle recommendations on discrimination");
            blocks.insert(1, Block::List { items });
        }
        out.push(SubmissionSection {
            title: section.title.clone(),
            kind: SectionKind::Theme,
            blocks,
            word_budget: Some(600),
        });
    }
    Submission {
        title: "Joint submission to the Universal Periodic Review of Slovenia".into(),
        state: "Slovenia".into(),
        cycle: 4,
        session: None,
        joint: true,
        organisations: ORGANISATIONS.iter().map(|s| s.to_string()).collect(),
        key_words: vec!["statelessness".into(), "the erased".into(), "non-discrimination".into()],
        annex: annex(&sections[..=themes.min(sections.len() - 1)]),
        sections: out,
        counting: CountingRules::default(),
    }
}
