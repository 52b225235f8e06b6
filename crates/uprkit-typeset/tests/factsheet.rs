//! Advocacy factsheets as PDF, read back with poppler: Ghana's rights of the child with its real
//! previous recommendations (UPR Info export), in English, French and Spanish, long, hostile,
//! with logos, and as an advocacy pack.

mod common;

use std::process::Command;

use common::poppler::{self, PdfFile};
use uprkit_core::factsheet::{DocumentLanguage, FactsheetDocument, Logo};
use uprkit_core::submission::{Block, Inline};
use uprkit_core::testing::factsheet::ghana_rights_of_the_child;
use uprkit_typeset::{Pdf, Today, TypesetError, advocacy_pack_pdf, factsheet_pdf};

const TODAY: Today = Today { year: 2026, month: 11, day: 30 };
const PNG_LOGO: &[u8] = include_bytes!("fixtures/logo.png");
const JPEG_LOGO: &[u8] = include_bytes!("fixtures/logo.jpg");

/// `text` without white space and hyphens: pdftotext joins a word hyphenated at a line's end
/// ("chil-\ndren" reads "children"), and a justified column breaks lines anywhere.
fn dense(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}').collect()
}

/// Writes the PDF and a PNG of each page into UPRKIT_TYPESET_KEEP (a folder), to look at them.
fn keep(pdf: &Pdf, name: &str) {
    let Some(dir) = std::env::var_os("UPRKIT_TYPESET_KEEP") else { return };
    let path = std::path::Path::new(&dir).join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf.bytes).expect("the kept PDF is written");
    let _ = Command::new("pdftoppm").args(["-png", "-r", "70"]).arg(&path).arg(path.with_extension("")).status();
    eprintln!("kept {}", path.display());
}

fn ghana(language: DocumentLanguage) -> FactsheetDocument {
    let mut doc = ghana_rights_of_the_child(language);
    doc.logo = Some(Logo { format: "png".to_owned(), bytes: PNG_LOGO.to_vec() });
    doc
}

/// Renders and opens the PDF, checking that typst and pdfinfo agree on the page count.
fn render(doc: &FactsheetDocument, name: &str) -> (Pdf, Option<PdfFile>) {
    let pdf = factsheet_pdf(doc, TODAY).expect("typesets");
    keep(&pdf, name);
    let file = poppler::open(&pdf);
    if let Some(file) = &file {
        assert_eq!(file.pages(), pdf.pages, "pdfinfo and typst agree on the page count");
    }
    (pdf, file)
}

/// The text of some runs as printed, without footnotes.
fn plain(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text { text } => text.clone(),
            Inline::Bold { content } | Inline::Italic { content } => plain(content),
            Inline::Link { label, .. } => plain(label),
            Inline::Citation { label, .. } => label.clone(),
            Inline::Footnote { .. } => String::new(),
        })
        .collect()
}

#[test]
fn a_typical_factsheet_fits_one_page_and_prints_everything_in_order() {
    let doc = ghana(DocumentLanguage::En);
    assert_eq!((doc.recommendations.len(), doc.questions.len(), doc.draft_recommendations.len()), (5, 4, 4));
    let (pdf, file) = render(&doc, "factsheet-ghana-en");
    assert_eq!(pdf.pages, 1, "a typical factsheet is a one-pager");
    let Some(file) = file else { return };
    let text = dense(&file.text());
    let at = |needle: &str| text.find(&dense(needle)).unwrap_or_else(|| panic!("{needle:?} is printed"));

    // Band, title, the table, the two sections, the boxes, the footer: in this order.
    let order = [
        doc.coalition.clone().expect("a coalition"),
        "UNIVERSAL PERIODIC REVIEW OF GHANA — 4TH CYCLE".to_owned(),
        doc.theme.to_uppercase(),
        doc.title.clone(),
        doc.labels.previous_recommendations.to_uppercase(),
        doc.recommendations[0].text.clone(),
        doc.labels.national_framework.to_uppercase(),
        doc.labels.questions.to_uppercase(),
        doc.questions[0].clone(),
        doc.labels.draft_recommendations.to_uppercase(),
        doc.draft_recommendations[0].clone(),
    ];
    let mut from = 0;
    for needle in order {
        let found = text[from..].find(&dense(&needle)).unwrap_or_else(|| panic!("{needle:?} after byte {from}"));
        from += found + dense(&needle).len();
    }
    for rec in &doc.recommendations {
        at(&rec.text);
        at(&rec.recommending_states);
        at(rec.assessment.as_deref().expect("an assessment"));
    }
    assert!(text.contains("Supported"), "the position is printed");
    for item in doc.questions.iter().chain(&doc.draft_recommendations) {
        at(item);
    }
    for block in doc.national_framework.iter().chain(&doc.challenges) {
        match block {
            // The opening words: a footnote's number follows the sentence it is on.
            Block::Paragraph { content } => {
                at(&plain(content).split_whitespace().take(12).collect::<Vec<_>>().join(" "));
            }
            Block::List { items } => items.iter().for_each(|item| {
                at(&plain(item));
            }),
        }
    }
    // The footnote prints as a small note with its number; the contacts are in the footer.
    at("1Children's Act, 1998 (Act 560), sections 2 to 16.");
    at(&format!("Contacts: {}", doc.contacts));
    // The link is a real link annotation.
    assert!(pdf.bytes.windows(22).any(|w| w == b"https://www.ohchr.org/"), "a link annotation");
    for (name, embedded) in file.fonts() {
        assert!(embedded, "{name} is embedded");
    }
}

#[test]
fn labels_are_printed_in_french_and_spanish_and_the_text_stays_as_written() {
    for (language, kicker, states) in [
        (DocumentLanguage::Fr, "EXAMEN PÉRIODIQUE UNIVERSEL — GHANA — 4E CYCLE", "Autriche"),
        (DocumentLanguage::Es, "EXAMEN PERIÓDICO UNIVERSAL — GHANA — 4.º CICLO", "Austria"),
    ] {
        let doc = ghana(language);
        let (pdf, file) = render(&doc, &format!("factsheet-ghana-{}", language.code()));
        assert_eq!(pdf.pages, 1, "{language:?} fits one page too");
        let Some(file) = file else { continue };
        let text = dense(&file.text());
        let labels = &doc.labels;
        for label in [
            kicker,
            &labels.previous_recommendations.to_uppercase(),
            &labels.recommending_states.to_uppercase(),
            &labels.assessment.to_uppercase(),
            &labels.national_framework.to_uppercase(),
            &labels.challenges.to_uppercase(),
            &labels.questions.to_uppercase(),
            &labels.draft_recommendations.to_uppercase(),
            labels.positions[0],
            labels.contacts,
        ] {
            assert!(text.contains(&dense(label)), "{language:?}: {label:?} is printed");
        }
        assert!(text.contains(states), "{language:?}: the recommending State in the document's language");
        // The authors' English text is printed as written.
        assert!(text.contains(&dense(&doc.draft_recommendations[1])));
        assert!(!text.contains(&dense("Previous recommendations")), "{language:?}: no English heading");
    }
}

#[test]
fn a_factsheet_with_too_much_text_runs_to_two_pages() {
    let mut doc = ghana(DocumentLanguage::En);
    let more = doc.challenges.clone();
    doc.challenges.extend(more.clone());
    doc.challenges.extend(more);
    let more = doc.national_framework.clone();
    doc.national_framework.extend(more.clone());
    doc.national_framework.extend(more);
    let (pdf, file) = render(&doc, "factsheet-ghana-long");
    assert_eq!(pdf.pages, 2, "three times the text flows onto a second page");
    let Some(file) = file else { return };
    // The boxes are on the second page, whose footer carries the page number and contacts.
    let second = dense(&file.page_text(2));
    assert!(second.contains(&dense(doc.draft_recommendations.last().expect("an item"))));
    assert!(second.contains(&dense(&format!("Contacts: {}", doc.contacts))), "{second}");
}

/// Everything typst markup gives a meaning to.
const HOSTILE: &str = r#"#set page(width: 3cm) *not bold* _not italic_ $x^2$ [not](a link) \ <label> @ref `raw` // not a comment /* not a block */ #footnote[not a note] #panic("no") = not a heading ~ #{ 1 + 1 } ]]"#;

#[test]
fn hostile_text_is_printed_verbatim_and_never_interpreted() {
    let mut doc = ghana(DocumentLanguage::En);
    let hostile = || HOSTILE.to_owned();
    doc.title = hostile();
    doc.theme = hostile();
    doc.state = hostile();
    doc.coalition = Some(hostile());
    doc.contacts = hostile();
    doc.questions = vec![hostile(); 3];
    doc.draft_recommendations = vec![hostile(); 3];
    doc.recommendations.truncate(2);
    for rec in &mut doc.recommendations {
        rec.paragraph = Some(hostile());
        rec.text = hostile();
        rec.recommending_states = hostile();
        rec.position = Some(hostile());
        rec.assessment = Some(hostile());
    }
    doc.national_framework = vec![Block::Paragraph {
        content: vec![
            Inline::Text { text: hostile() },
            Inline::Link { url: hostile(), label: vec![Inline::Text { text: hostile() }] },
        ],
    }];
    doc.challenges = vec![Block::List { items: vec![vec![Inline::Text { text: hostile() }]] }];
    let (pdf, file) = render(&doc, "factsheet-hostile");
    assert!(pdf.pages <= 2, "{} pages", pdf.pages);
    let Some(file) = file else { return };
    let text = dense(&file.text());
    // title, coalition, 3 + 3 items, 2 × (paragraph + text + States + position + assessment),
    // 2 in the framework, 1 in the challenges, the contacts (the kicker and theme print it in capitals).
    let printed = text.matches(&dense(HOSTILE)).count();
    assert_eq!(printed, 1 + 1 + 6 + 10 + 2 + 1 + 1, "every hostile text printed verbatim");
    // The theme is printed in capitals above the title.
    assert!(text.contains(&dense(&HOSTILE.to_uppercase())));
}

#[test]
fn ten_thousand_characters_and_endless_words_are_typeset_without_failing() {
    let mut doc = ghana(DocumentLanguage::En);
    let word = "Kwame".repeat(60); // 300 characters and no place to break
    let long: String = (0..400).map(|n| format!("{} ", if n % 50 == 0 { &word } else { "child" })).collect();
    assert!(long.len() > 10_000 / 4);
    let ten_thousand = long.repeat(4);
    assert!(ten_thousand.chars().count() >= 10_000);
    doc.challenges = vec![Block::Paragraph { content: vec![Inline::Text { text: ten_thousand.clone() }] }];
    doc.draft_recommendations[0] = word.clone();
    doc.recommendations[0].assessment = Some(word.clone());
    let (pdf, file) = render(&doc, "factsheet-huge");
    assert!(pdf.pages >= 3, "10,000 characters do not fit two pages: {}", pdf.pages);
    let Some(file) = file else { return };
    let text = dense(&file.text());
    assert!(text.contains(&dense(&doc.draft_recommendations[1])), "the rest is still printed");
}

#[test]
fn an_advocacy_pack_starts_each_factsheet_on_a_new_page() {
    let one = ghana(DocumentLanguage::En);
    let mut long = ghana(DocumentLanguage::En);
    long.title = "Juvenile justice in Ghana".to_owned();
    let more = long.challenges.clone();
    long.challenges.extend(more.clone());
    long.challenges.extend(more);
    let mut third = ghana(DocumentLanguage::En);
    third.title = "Birth registration in Ghana".to_owned();
    third.logo = Some(Logo { format: "jpeg".to_owned(), bytes: JPEG_LOGO.to_vec() });
    let docs = [one, long, third];
    let singles: Vec<usize> = docs.iter().map(|doc| factsheet_pdf(doc, TODAY).expect("typesets").pages).collect();
    assert_eq!(singles, [1, 2, 1]);
    let pack = advocacy_pack_pdf(&docs, TODAY).expect("typesets");
    keep(&pack, "factsheet-pack");
    assert_eq!(pack.pages, 4, "the pack has the pages of its factsheets and no more");
    let Some(file) = poppler::open(&pack) else { return };
    assert_eq!(file.pages(), 4);
    // Each factsheet's title at the top of its first page; the long one's second page has none.
    for (page, title) in [(1, &docs[0].title), (2, &docs[1].title), (4, &docs[2].title)] {
        let text = dense(&file.page_text(page));
        assert!(text.contains(&dense(title)), "page {page} opens {title:?}");
    }
    assert!(!dense(&file.page_text(3)).contains(&dense(&docs[1].title)));
    // Page 3 is the long factsheet's second page: numbered 2 in its own footer.
    let third_page = file.page_text(3);
    let last = third_page.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
    assert_eq!(last.trim(), "2", "the long factsheet's second page is its page 2");
}

#[test]
fn png_and_jpeg_logos_are_embedded_and_a_broken_one_is_an_error() {
    for (format, bytes) in [("png", PNG_LOGO), ("jpeg", JPEG_LOGO)] {
        let mut doc = ghana(DocumentLanguage::En);
        doc.logo = Some(Logo { format: format.to_owned(), bytes: bytes.to_vec() });
        let (pdf, file) = render(&doc, &format!("factsheet-logo-{format}"));
        assert_eq!(pdf.pages, 1);
        let Some(file) = file else { continue };
        let listing = Command::new("pdfimages").arg("-list").arg(file.path()).output().expect("pdfimages runs");
        let listing = String::from_utf8_lossy(&listing.stdout);
        let images = listing.lines().skip(2).filter(|l| l.split_whitespace().nth(2) == Some("image")).count();
        assert_eq!(images, 1, "the {format} logo is one image: {listing}");
    }
    let mut doc = ghana(DocumentLanguage::En);
    doc.logo = None;
    let (pdf, _) = render(&doc, "factsheet-no-logo");
    assert_eq!(pdf.pages, 1, "no logo, no gap");
    doc.logo = Some(Logo { format: "png".to_owned(), bytes: b"not an image".to_vec() });
    assert!(matches!(factsheet_pdf(&doc, TODAY), Err(TypesetError::Compile { .. })));
    assert!(matches!(advocacy_pack_pdf(&[], TODAY), Err(TypesetError::Empty)));
}

#[test]
fn render_time_of_a_factsheet_and_a_pack_of_ten() {
    use std::time::Instant;
    let doc = ghana(DocumentLanguage::En);
    let time = |f: &dyn Fn() -> Pdf| {
        let started = Instant::now();
        let pdf = f();
        (pdf, started.elapsed())
    };
    let (first, cold) = time(&|| factsheet_pdf(&doc, TODAY).expect("typesets"));
    assert_eq!(first.pages, 1);
    let mut warm: Vec<_> = (0..5)
        .map(|n| {
            let mut edited = doc.clone();
            edited.title = format!("{} ({n})", doc.title);
            time(&|| factsheet_pdf(&edited, TODAY).expect("typesets")).1
        })
        .collect();
    warm.sort();
    let pack: Vec<FactsheetDocument> = (0..10)
        .map(|n| {
            let mut edited = doc.clone();
            edited.title = format!("{} [{n}]", doc.title);
            edited
        })
        .collect();
    let (pdf, pack_time) = time(&|| advocacy_pack_pdf(&pack, TODAY).expect("typesets"));
    assert_eq!(pdf.pages, 10, "ten one-page factsheets");
    println!(
        "factsheet: first {cold:.2?}, then median {:.2?} of 5 edited renders; pack of 10: {pack_time:.2?} \
         (test build: dependencies at opt-level 1; `uprkit bench factsheet` measures in release)",
        warm[2]
    );
}
