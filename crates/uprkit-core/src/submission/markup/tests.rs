use proptest::prelude::*;

use super::*;
use crate::submission::{Block, Inline};

fn text(t: &str) -> Inline {
    Inline::Text { text: t.to_string() }
}

fn paragraph(content: Vec<Inline>) -> Block {
    Block::Paragraph { content }
}

#[test]
fn blocks_are_separated_by_blank_lines_and_lines_join() {
    let blocks = parse("First line\nsecond line  \n\n  \nNext paragraph\n- one\n* two\nafter\n\n- alone");
    assert_eq!(
        blocks,
        vec![
            paragraph(vec![text("First line second line")]),
            paragraph(vec![text("Next paragraph")]),
            Block::List { items: vec![vec![text("one")], vec![text("two")]] },
            paragraph(vec![text("after")]),
            Block::List { items: vec![vec![text("alone")]] },
        ]
    );
}

#[test]
fn windows_line_ends_are_line_ends() {
    assert_eq!(parse("a\r\nb\r\n\r\nc"), vec![paragraph(vec![text("a b")]), paragraph(vec![text("c")])]);
}

#[test]
fn emphasis_links_footnotes_and_citations() {
    let blocks = parse(
        "The **State** has *not* _yet_ acted ([OHCHR](https://ohchr.org)).^[See **the** [report](http://x.org/a_b) \
         and [115.24](rec:42).] Also [115.25 (France)](rec:43).",
    );
    let expected = vec![paragraph(vec![
        text("The "),
        Inline::Bold { content: vec![text("State")] },
        text(" has "),
        Inline::Italic { content: vec![text("not")] },
        text(" "),
        Inline::Italic { content: vec![text("yet")] },
        text(" acted ("),
        Inline::Link { url: "https://ohchr.org".into(), label: vec![text("OHCHR")] },
        text(")."),
        Inline::Footnote {
            content: vec![
                text("See "),
                Inline::Bold { content: vec![text("the")] },
                text(" "),
                Inline::Link { url: "http://x.org/a_b".into(), label: vec![text("report")] },
                text(" and "),
                Inline::Citation { label: "115.24".into(), recommendation_id: Some(42) },
                text("."),
            ],
        },
        text(" Also "),
        Inline::Citation { label: "115.25 (France)".into(), recommendation_id: Some(43) },
        text("."),
    ])];
    assert_eq!(blocks, expected);
    assert_eq!(citations(&blocks), vec![42, 43]);
}

#[test]
fn unclosed_markers_and_other_schemes_are_plain_text() {
    let blocks = parse("a **b *c [d](javascript:alert(1)) ^[e [g](rec:x) _f");
    assert_eq!(blocks, vec![paragraph(vec![text("a **b *c [d](javascript:alert(1)) ^[e [g](rec:x) _f")])]);
    // An underscore inside a word opens nothing: addresses and names stay whole.
    let plain = "see https://x.org/upr_info_2024 and snake_case_name";
    assert_eq!(parse(plain), vec![paragraph(vec![text(plain)])]);
}

#[test]
fn escapes_are_literal() {
    assert_eq!(
        parse(r"\*not\* \[x\](http://a) \^[n] \\ \q"),
        vec![paragraph(vec![text(r"*not* [x](http://a) ^[n] \ \q")])]
    );
}

#[test]
fn no_footnote_in_a_footnote_and_brackets_balance() {
    let blocks = parse("x^[a ^[b] [c] d]");
    assert_eq!(blocks, vec![paragraph(vec![text("x"), Inline::Footnote { content: vec![text("a ^[b] [c] d")] }])]);
}

#[test]
fn citations_are_unique_in_order_of_first_appearance() {
    let blocks = parse("[a](rec:3) [b](rec:1)\n\n- **[c](rec:3)**^[[d](rec:2)]\n- [e](rec:)");
    assert_eq!(citations(&blocks), vec![3, 1, 2]);
}

#[test]
fn stars_touching_read_as_written() {
    let italic_bold_end = vec![
        text("x"),
        Inline::Italic { content: vec![text("a"), Inline::Bold { content: vec![text("b")] }] },
        Inline::Bold { content: vec![text("c")] },
    ];
    let blocks = vec![paragraph(italic_bold_end)];
    assert_eq!(write(&blocks), "x*a**b*****c**");
    assert_eq!(parse(&write(&blocks)), blocks);
}

#[test]
fn a_paragraph_starting_like_a_list_stays_a_paragraph() {
    let blocks = vec![paragraph(vec![text("- not an item "), Inline::Italic { content: vec![text("really")] }])];
    assert_eq!(parse(&write(&blocks)), blocks);
}

#[test]
fn hostile_html_is_escaped() {
    let blocks = parse(
        "<script>alert(1)</script> [\"><img src=x onerror=alert(1)>](https://a.org/\"><b>) \
         [click](javascript:alert(1)) [x](rec:7)^[<i>note</i>]",
    );
    let html = to_html(&blocks, &|id| format!("/recommendations/{id}?a=\"<b>"));
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<i>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(!html.contains("href=\"javascript"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(html.contains("href=\"https://a.org/&quot;&gt;&lt;b&gt;\" rel=\"noopener\""), "{html}");
    assert!(html.contains("<a class=\"citation\" href=\"/recommendations/7?a=&quot;&lt;b&gt;\">x</a>"), "{html}");
    assert!(html.contains("<sup class=\"footnote-ref\">1</sup>"), "{html}");
    assert!(html.ends_with("<ol class=\"footnotes\">\n<li>&lt;i&gt;note&lt;/i&gt;</li>\n</ol>\n"), "{html}");
    // A link built elsewhere with a forbidden address shows its label only.
    let forged = vec![paragraph(vec![Inline::Link { url: "javascript:alert(1)".into(), label: vec![text("go")] }])];
    assert_eq!(to_html(&forged, &|_| String::new()), "<p>go</p>\n");
}

#[test]
fn html_of_lists_and_emphasis() {
    let html = to_html(&parse("**a** _b_\n\n- one\n- two"), &|_| String::new());
    assert_eq!(html, "<p><strong>a</strong> <em>b</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
}

#[test]
fn typed_references_are_found_alone_only() {
    let text = "Recommendations 115.24 and 115.25, rec. 89.3 (see 115.24-115.26), not 1.115.24, \
                12.05.2020, 2.5 per cent, A115.24, 115.24a, 1150.2; but 12.5 per cent and (110.1).";
    assert_eq!(typed_references(text), vec!["115.24", "115.25", "89.3", "12.5", "110.1"]);
}

#[test]
fn typed_references_become_citations_where_known() {
    let mut blocks = parse("As 115.24 and rec. 89.3 say, 12.5 per cent^[cf. 115.24] **115.25** [115.26](https://a.b)");
    let resolve = |typed: &str| match typed {
        "115.24" => Some(1),
        "89.3" => Some(2),
        "115.25" => Some(3),
        "115.26" => Some(4),
        _ => None,
    };
    link_typed_references(&mut blocks, &resolve);
    let cite = |label: &str, id| Inline::Citation { label: label.into(), recommendation_id: Some(id) };
    assert_eq!(
        blocks,
        vec![paragraph(vec![
            text("As "),
            cite("115.24", 1),
            text(" and rec. "),
            cite("89.3", 2),
            text(" say, 12.5 per cent"),
            Inline::Footnote { content: vec![text("cf. "), cite("115.24", 1)] },
            text(" "),
            Inline::Bold { content: vec![cite("115.25", 3)] },
            text(" "),
            Inline::Link { url: "https://a.b".into(), label: vec![text("115.26")] },
        ])]
    );
    assert_eq!(citations(&blocks), vec![1, 2, 3]);
}

/// Text of the characters that mean something in the markup, and some that do not.
fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"),
            Just("b1"),
            Just(" "),
            Just("*"),
            Just("**"),
            Just("_"),
            Just("["),
            Just("]"),
            Just("("),
            Just(")"),
            Just("^"),
            Just("\\"),
            Just("-"),
            Just("\n"),
            Just("\u{a0}"),
            Just("é"),
            Just("rec:"),
            Just("http://x"),
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

fn any_inline() -> impl Strategy<Value = Inline> + Clone {
    let leaf = prop_oneof![
        any_text().prop_map(|text| Inline::Text { text }),
        (any_text(), proptest::option::of(-5i64..100_000))
            .prop_map(|(label, recommendation_id)| Inline::Citation { label, recommendation_id }),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        let content = proptest::collection::vec(inner, 0..4);
        prop_oneof![
            content.clone().prop_map(|content| Inline::Bold { content }),
            content.clone().prop_map(|content| Inline::Italic { content }),
            content.clone().prop_map(|content| Inline::Footnote { content }),
            (
                prop_oneof![Just("https://a.org/x_y"), Just("mailto:a@b.org"), Just("ftp://no"), Just("http://a.b/(c")],
                content
            )
                .prop_map(|(url, label)| Inline::Link { url: url.to_string(), label }),
        ]
    })
}

fn any_blocks() -> impl Strategy<Value = Vec<Block>> {
    let inlines = proptest::collection::vec(any_inline(), 0..5);
    let block = prop_oneof![
        inlines.clone().prop_map(|content| Block::Paragraph { content }),
        proptest::collection::vec(inlines, 0..3).prop_map(|items| Block::List { items }),
    ];
    proptest::collection::vec(block, 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_parses(source in "\\PC{0,60}") {
        let blocks = parse(&source);
        let _ = to_html(&blocks, &|id| id.to_string());
        let _ = citations(&blocks);
    }

    #[test]
    fn any_markup_like_string_parses_and_survives_a_round_trip(source in any_text()) {
        let normal = normalise(parse(&source));
        prop_assert_eq!(parse(&write(&normal)), normal);
    }

    #[test]
    fn write_then_parse_is_identity_after_normalisation(blocks in any_blocks()) {
        let normal = normalise(blocks);
        let written = write(&normal);
        prop_assert_eq!(parse(&written), normal, "written: {:?}", written);
    }
}

#[test]
fn deep_and_unclosed_nesting_does_not_blow_up() {
    // Unclosed openers of every kind, and thousands of nested links: no stack overflow, and
    // every opener is tried once (this runs in well under a second).
    let unclosed = "*[_^[".repeat(800) + &"**a_".repeat(800) + &"]".repeat(300);
    let nested = "*[".repeat(3000) + &"](http://a)*".repeat(3000);
    let footnotes = "^[_[**".repeat(2000) + &"**](http://a)_]".repeat(2000);
    for hostile in [unclosed, nested, footnotes] {
        let blocks = parse(&hostile);
        assert!(!blocks.is_empty());
        let _ = to_html(&blocks, &|id| id.to_string());
        let _ = write(&blocks);
    }
}
