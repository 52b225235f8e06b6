use super::*;
use crate::submission::CountingRules;
use crate::submission::markup::parse;
use crate::submission::test_fixture::{submission, tuvalu_rows};

/// Each case with the count LibreOffice 7.4 gave for a document holding just that text.
#[test]
fn counts_as_libreoffice_measured() {
    let measured = [
        ("one two three", 3),
        ("one - two", 3),
        ("one – two", 2),
        ("one — two", 2),
        ("one & two", 3),
        ("word—word", 2),
        ("word–word", 2),
        ("word-word", 1),
        ("and/or word", 2),
        ("one . , ; two", 5),
        ("one ( two )", 4),
        ("115.24 2.5 per cent 1,000", 5),
        ("one \" two \u{201c} three", 5),
        ("one … two", 3),
        ("see https://example.org/a-b page", 3),
        ("Key words: one, two", 4),
        ("one\u{2009}two", 2),
        ("one\u{202f}two", 2),
        ("one\u{200b}two", 1),
        ("one\u{2060}two", 1),
        ("one\ttwo", 2),
        ("one -- two", 3),
        ("word —, word", 3),
        ("— – —", 0),
        ("a——b", 2),
        ("one\u{2011}two", 1),
        ("one \u{2212} two", 3),
        ("inter\u{ad}national", 1),
        ("one\u{3000}two", 2),
        ("", 0),
    ];
    for (text, words) in measured {
        assert_eq!(count_text(text), words, "{text:?}");
    }
}

#[test]
fn a_no_break_space_joins_as_in_word() {
    assert_eq!(count_text("article\u{a0}5 of the Covenant"), 4);
}

#[test]
fn formatting_and_footnote_markers_do_not_split_words() {
    let blocks = parse("**bold**text and^[three more words] [115.24](rec:1) [the report](https://a.org)");
    assert_eq!(count_blocks(&blocks, false), 5);
    assert_eq!(count_blocks(&blocks, true), 8);
}

#[test]
fn paragraphs_and_items_are_separate_texts() {
    let blocks = parse("one\ntwo\n\n- three\n- four five");
    assert_eq!(count_blocks(&blocks, true), 5);
}

#[test]
fn a_submission_is_counted_part_by_part() {
    let sub = submission();
    let count = count_submission(&sub);
    // Title 9; "Joint submission by" 3; the organisations 4 + 5; "Key words:" 2 and
    // "climate change, women's rights" 4; "Summary" 1; "The organisations" 2; the theme's
    // title 3.
    assert_eq!(count.frame, 9 + 3 + 9 + 2 + 4 + 1 + 2 + 3);
    assert_eq!(count.sections, vec![6, 5, 4, 10]);
    assert_eq!(count.footnotes, 2);
    let rows = tuvalu_rows(3);
    let row_words: usize = rows
        .iter()
        .map(|row| 1 + row.text.split_whitespace().count() + row.recommending_states.split_whitespace().count() + 1 + 7)
        .sum();
    assert_eq!(count.annex, 5 + 5 + row_words);
    assert_eq!(count.total, count.frame + 25 + 2 + count.annex);
    // Two numbered paragraphs on the organisations, one in the theme and two bullets.
    assert_eq!(count.list_labels, 5);
    assert_eq!(count.libreoffice_total(), count.total + 5);
}

#[test]
fn footnotes_and_annex_count_only_when_the_rules_say_so() {
    let mut sub = submission();
    let all = count_submission(&sub);
    sub.counting = CountingRules { footnotes: false, annex: false };
    let some = count_submission(&sub);
    assert_eq!(some.footnotes, all.footnotes);
    assert_eq!(some.total, all.total - all.footnotes - all.annex);
    sub.annex.clear();
    assert_eq!(count_submission(&sub).annex, 0);
}
