//! The submission DOCX as a package: the parts Word needs, well-formed XML, real numbering,
//! footnotes and links; and read back by uprkit's own draft import, it gives the submission's
//! sections, paragraphs, footnotes, bold, italic and links again.

mod submission_fixture;

use std::io::{Cursor, Read};
use submission_fixture::{ORGANISATIONS, slovenia_submission, text};
use uprkit_core::submission::{Block, Inline, SectionKind, Submission, labels};
use uprkit_docs::submission::write_docx;
use uprkit_import::draft::read_draft_docx;

fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).expect("entry");
            let mut xml = String::new();
            entry.read_to_string(&mut xml).expect("UTF-8 text");
            (entry.name().expect("a name").into_owned(), xml)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}")).1
}

/// Parses the whole part with quick-xml: any broken markup or bad escape fails.
fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let known = r.is_char_ref() || ["amp", "lt", "gt", "quot", "apos"].contains(&r.as_ref());
                assert!(known, "{name}: unknown entity {:?}", r.as_ref());
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: broken XML at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "{name}: unbalanced");
}

fn count_notes(blocks: &[Block]) -> usize {
    fn inl(i: &[Inline]) -> usize {
        i.iter()
            .map(|x| match x {
                Inline::Footnote { .. } => 1,
                Inline::Bold { content } | Inline::Italic { content } => inl(content),
                Inline::Link { label, .. } => inl(label),
                _ => 0,
            })
            .sum()
    }
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => inl(content),
            Block::List { items } => items.iter().map(|i| inl(i)).sum(),
        })
        .sum()
}

#[test]
fn the_package_holds_what_word_needs() {
    let sub = slovenia_submission(6);
    let bytes = write_docx(&sub).expect("writes");
    let parts = parts(&bytes);
    assert_eq!(parts[0].0, "[Content_Types].xml", "content types first");
    for (name, xml) in &parts {
        assert_well_formed(name, xml);
    }
    let numbering = part(&parts, "word/numbering.xml");
    assert!(numbering.contains("<w:numFmt w:val=\"decimal\"/>") && numbering.contains("<w:lvlText w:val=\"%1.\"/>"));
    assert!(numbering.contains("<w:numFmt w:val=\"bullet\"/>"));
    let document = part(&parts, "word/document.xml");
    let notes: usize = sub.sections.iter().map(|s| count_notes(&s.blocks)).sum();
    assert!(notes > 30, "the fixture has footnotes: {notes}");
    assert_eq!(document.matches("<w:footnoteReference ").count(), notes);
    let footnotes = part(&parts, "word/footnotes.xml");
    assert!(footnotes.contains("w:type=\"separator\" w:id=\"-1\"") && footnotes.contains("continuationSeparator"));
    assert_eq!(footnotes.matches("<w:footnoteRef/>").count(), notes);
    // Numbered: every about and theme paragraph; the summary is not.
    let numbered: usize = sub
        .sections
        .iter()
        .filter(|s| s.kind != SectionKind::Summary)
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .count();
    assert_eq!(document.matches("<w:numId w:val=\"1\"/>").count(), numbered);
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading1\"/>").count(),
        2 + 6 + 1,
        "summary, organisations, themes, annex"
    );
    assert!(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    assert!(part(&parts, "word/footer1.xml").contains(" PAGE "));
    assert!(
        part(&parts, "word/_rels/footnotes.xml.rels")
            .contains("Target=\"https://www.ohchr.org\" TargetMode=\"External\"")
    );
    assert!(part(&parts, "word/styles.xml").contains("<w:lang w:val=\"en-GB\""));
    let core = part(&parts, "docProps/core.xml");
    assert!(core.contains(&format!("<dc:title>{}</dc:title>", sub.title)) && core.contains("<dc:language>en-GB<"));
    assert!(sub.annex.len() >= 3, "the summary cites second-cycle recommendations: {}", sub.annex.len());
    assert_eq!(document.matches("<w:tr>").count() + document.matches("<w:tr ").count(), sub.annex.len() + 1);
}

/// What the draft import gives back for inlines: citations become their label's text, and
/// runs are in the reader's one shape (link, then bold, then italic, then text; neighbours
/// with the same formatting joined).
fn canonical(inlines: &[Inline]) -> Vec<Inline> {
    #[derive(Clone, PartialEq)]
    struct Seg(String, bool, bool, Option<String>);
    fn flat(i: &[Inline], b: bool, it: bool, link: Option<&str>, out: &mut Vec<Result<Seg, Vec<Inline>>>) {
        for x in i {
            match x {
                Inline::Text { text } => out.push(Ok(Seg(text.clone(), b, it, link.map(String::from)))),
                Inline::Citation { label, .. } => out.push(Ok(Seg(label.clone(), b, it, link.map(String::from)))),
                Inline::Bold { content } => flat(content, true, it, link, out),
                Inline::Italic { content } => flat(content, b, true, link, out),
                Inline::Link { url, label } => flat(label, b, it, Some(link.unwrap_or(url)), out),
                Inline::Footnote { content } => out.push(Err(canonical(content))),
            }
        }
    }
    let mut segs = Vec::new();
    flat(inlines, false, false, None, &mut segs);
    let mut merged: Vec<Result<Seg, Vec<Inline>>> = Vec::new();
    for s in segs {
        match (merged.last_mut(), s) {
            (Some(Ok(last)), Ok(s)) if (last.1, last.2, &last.3) == (s.1, s.2, &s.3) => last.0.push_str(&s.0),
            (_, s) => merged.push(s),
        }
    }
    let mut out: Vec<Inline> = Vec::new();
    for s in merged {
        match s {
            Err(note) => out.push(Inline::Footnote { content: note }),
            Ok(Seg(t, b, it, link)) => {
                let mut x = text(&t);
                if it {
                    x = Inline::Italic { content: vec![x] };
                }
                if b {
                    x = Inline::Bold { content: vec![x] };
                }
                match (link, out.last_mut()) {
                    (Some(url), Some(Inline::Link { url: u, label })) if *u == url => label.push(x),
                    (Some(url), _) => out.push(Inline::Link { url, label: vec![x] }),
                    (None, _) => out.push(x),
                }
            }
        }
    }
    out
}

fn canonical_blocks(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => Block::Paragraph { content: canonical(content) },
            Block::List { items } => Block::List { items: items.iter().map(|i| canonical(i)).collect() },
        })
        .collect()
}

fn round_trip(sub: &Submission) {
    let draft = read_draft_docx(&write_docx(sub).expect("writes")).expect("reads back");
    assert_eq!(draft.title.as_deref(), Some(sub.title.as_str()));
    let titles: Vec<&str> = draft.sections.iter().map(|s| s.title.as_str()).collect();
    let mut expected = vec![sub.title.as_str(), labels::SUMMARY, labels::ORGANISATIONS];
    expected.extend(sub.sections.iter().filter(|s| s.kind == SectionKind::Theme).map(|s| s.title.as_str()));
    expected.push(labels::ANNEX);
    assert_eq!(titles, expected);
    // The front matter: organisations block and key words, as paragraphs.
    let front: Vec<String> = draft.sections[0]
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => plain(content),
            other => panic!("a list in the front matter: {other:?}"),
        })
        .collect();
    let mut expected_front = vec![labels::JOINT_BY.to_string()];
    expected_front.extend(ORGANISATIONS.iter().map(|s| s.to_string()));
    expected_front.push(format!("{} {}", labels::KEY_WORDS, sub.key_words.join(", ")));
    assert_eq!(front, expected_front);
    let of = |kind: SectionKind| -> Vec<Block> {
        canonical_blocks(
            &sub.sections.iter().filter(|s| s.kind == kind).flat_map(|s| s.blocks.clone()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(draft.sections[1].blocks, of(SectionKind::Summary));
    assert_eq!(draft.sections[2].blocks, of(SectionKind::About));
    for (read, written) in draft.sections[3..].iter().zip(sub.sections.iter().filter(|s| s.kind == SectionKind::Theme))
    {
        assert_eq!(read.blocks, canonical_blocks(&written.blocks), "section {}", written.title);
    }
    let annex = &draft.sections.last().expect("annex").blocks;
    assert_eq!(annex.len(), sub.annex.len() + 1);
    assert_eq!(plain_block(&annex[0]), labels::ANNEX_COLUMNS.join(" | "));
    for (row, block) in sub.annex.iter().zip(&annex[1..]) {
        let cells = [
            format!("{} {}", row.paragraph, row.text),
            row.recommending_states.clone(),
            row.position.clone(),
            row.assessment.clone(),
        ];
        assert_eq!(plain_block(block), cells.join(" | "));
    }
}

fn plain(inlines: &[Inline]) -> String {
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

fn plain_block(b: &Block) -> String {
    match b {
        Block::Paragraph { content } => plain(content),
        Block::List { .. } => panic!("a list where a table row was expected"),
    }
}

#[test]
fn the_draft_import_reads_back_what_was_written() {
    let sub = slovenia_submission(16);
    // The fixture exercises every kind of inline.
    let all = format!("{:?}", sub.sections);
    for kind in ["Bold", "Italic", "Link", "Footnote", "Citation", "List"] {
        assert!(all.contains(kind), "the fixture has no {kind}");
    }
    round_trip(&sub);
}

#[test]
fn markup_characters_and_control_characters_in_the_text_are_escaped() {
    let mut sub = slovenia_submission(1);
    sub.title = "Rights & \"wrongs\" <in> Slovenia's schools".into();
    sub.organisations[0] = "Amnesty <International> & Co".into();
    sub.sections[4].blocks.push(Block::Paragraph {
        content: vec![
            text("Line one\u{1}\u{8}"),
            Inline::Link { url: "https://example.org/?a=1&b=\"2\"".into(), label: vec![text("a <link>")] },
            text(" ]]> end"),
        ],
    });
    let bytes = write_docx(&sub).expect("writes");
    for (name, xml) in parts(&bytes) {
        assert_well_formed(&name, &xml);
    }
    let draft = read_draft_docx(&bytes).expect("reads back");
    assert_eq!(draft.title.as_deref(), Some("Rights & \"wrongs\" <in> Slovenia's schools"));
    let last = draft.sections[3].blocks.last().expect("the paragraph");
    assert_eq!(
        last,
        &Block::Paragraph {
            content: vec![
                text("Line one"),
                Inline::Link { url: "https://example.org/?a=1&b=\"2\"".into(), label: vec![text("a <link>")] },
                text(" ]]> end"),
            ]
        }
    );
}

#[test]
fn a_single_submission_says_submission_by_and_leaves_out_empty_parts() {
    let mut sub = slovenia_submission(2);
    sub.joint = false;
    sub.organisations.truncate(1);
    sub.key_words.clear();
    sub.annex.clear();
    sub.sections.retain(|s| s.kind == SectionKind::Theme);
    let draft = read_draft_docx(&write_docx(&sub).expect("writes")).expect("reads back");
    let titles: Vec<&str> = draft.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, [sub.title.as_str(), sub.sections[0].title.as_str(), sub.sections[1].title.as_str()]);
    let front: Vec<String> = draft.sections[0].blocks.iter().map(plain_block).collect();
    assert_eq!(front, [labels::SUBMITTED_BY, ORGANISATIONS[0]]);
}
