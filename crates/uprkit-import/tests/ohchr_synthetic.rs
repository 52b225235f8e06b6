//! The rules are not Slovenia's: a report and addendum of another State, with other paragraph
//! numbers, all three positions stated in the report, formal and observer State names, a State
//! name wrapped over two title lines, and an addendum that answers each recommendation in a
//! table. The PDFs are made here with lopdf (as pdf-extract re-exports it) and Helvetica.

use pdf_extract::{Dictionary, Document, Object, Stream};
use std::path::Path;
use uprkit_core::{Position, StateDirectory};
use uprkit_import::ohchr::{OhchrDocument, read_document};

/// A line of text: font size, x, text; lines go down the page 14 points apart, a page break
/// where the text is "\u{c}".
type Line<'a> = (f32, f32, &'a str);

fn pdf(lines: &[Line]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let font = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type1".to_vec())),
        ("BaseFont", Object::Name(b"Helvetica".to_vec())),
        ("Encoding", Object::Name(b"WinAnsiEncoding".to_vec())),
    ]));
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for page in lines.split(|l| l.2 == "\u{c}") {
        let mut content = String::new();
        let mut y = 800.0;
        let mut previous: Option<f32> = None;
        for (size, x, text) in page {
            // Two runs on one line: a second entry with x > 0 and "+" before its text.
            let (text, same_line) = match text.strip_prefix('+') {
                Some(t) => (t, true),
                None => (*text, false),
            };
            if !same_line && previous.is_some() {
                y -= 14.0;
            }
            previous = Some(*size);
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
            let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
            content.push_str(&format!("BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hex}> Tj ET\n"));
        }
        let resources =
            Dictionary::from_iter([("Font", Object::Dictionary(Dictionary::from_iter([("F1", font.into())])))]);
        let contents = doc.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
        kids.push(Object::from(doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", pages_id.into()),
            ("Contents", contents.into()),
            ("Resources", Object::Dictionary(resources)),
            ("MediaBox", Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()])),
        ]))));
    }
    let count = kids.len() as i64;
    let pages = Dictionary::from_iter([
        ("Type", Object::Name(b"Pages".to_vec())),
        ("Kids", Object::Array(kids)),
        ("Count", count.into()),
    ]);
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog = doc
        .add_object(Dictionary::from_iter([("Type", Object::Name(b"Catalog".to_vec())), ("Pages", pages_id.into())]));
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saves");
    out
}

const TITLE: [Line; 8] = [
    (20.0, 420.0, "A/HRC/52/9"),
    (12.0, 56.0, "Human Rights Council"),
    (10.0, 56.0, "Fifty-second session"),
    (10.0, 56.0, "Universal periodic review"),
    (14.0, 56.0, "Report of the Working Group on the Universal Periodic"),
    (14.0, 56.0, "Review*"),
    (14.0, 56.0, "United Kingdom of Great Britain and"),
    (14.0, 56.0, "Northern Ireland"),
];

fn report() -> Vec<u8> {
    let mut lines = TITLE.to_vec();
    lines.extend_from_slice(&[
        (9.0, 56.0, "* The annex to the present report is circulated as received."),
        (10.0, 0.0, "\u{c}"),
        (9.0, 480.0, "A/HRC/52/9"),
        (10.0, 70.0, "1. The Working Group on the Universal Periodic Review, established in accordance with"),
        (10.0, 70.0, "Human Rights Council resolution 5/1, held its forty-first session from 7 to 18 November."),
        (14.0, 56.0, "II. Conclusions and/or recommendations"),
        (10.0, 70.0, "43. The following recommendations enjoy the support of the United Kingdom:"),
        (10.0, 90.0, "43.1 Ratify the Convention on the Rights of Persons with Disabilities (Holy See)"),
        (10.0, 90.0, "(State of Palestine);"),
        (10.0, 90.0, "43.2 Strengthen the independence of the national human rights institu-"),
        (10.0, 90.0, "tion (Bolivarian Republic of Venezuela);"),
        (10.0, 70.0, "44. The following recommendations will be examined by the United Kingdom, which will"),
        (10.0, 70.0, "provide responses in due time:"),
        (10.0, 90.0, "44.1 Adopt a national action plan on business and human rights (Côte d’Ivoire,"),
        (10.0, 90.0, "Iran (Islamic Republic of));"),
        (9.0, 300.0, "12"),
        (10.0, 0.0, "\u{c}"),
        (9.0, 56.0, "A/HRC/52/9"),
        (10.0, 90.0, "44.2 Repeal the law on the maintenance of order of 1998 (Democratic People’s"),
        (10.0, 90.0, "Republic of Korea) (Türkiye);"),
        (10.0, 90.0, "44.3 Establish a mechanism for reporting and follow-up (Paraguay);"),
        (10.0, 70.0, "45. The following recommendations did not enjoy the support of the United Kingdom"),
        (10.0, 70.0, "and were noted:"),
        (10.0, 90.0, "45.1 Withdraw its reservations to the Convention on the Rights of the Child (Bolivia"),
        (10.0, 90.0, "(Plurinational State of)) (Lao People’s Democratic Republic)."),
        (10.0, 70.0, "46. All conclusions and/or recommendations contained in the present report reflect the"),
        (10.0, 70.0, "position of the submitting State(s) and/or the State under review."),
        (14.0, 56.0, "Annex"),
    ]);
    pdf(&lines)
}

fn addendum() -> Vec<u8> {
    let mut lines = TITLE.to_vec();
    lines[0] = (20.0, 420.0, "A/HRC/52/9/Add.1");
    lines.extend_from_slice(&[
        (12.0, 56.0, "Addendum"),
        (10.0, 0.0, "\u{c}"),
        (10.0, 70.0, "1. The United Kingdom thanks all delegations for their recommendations."),
        (10.0, 70.0, "44.1"),
        (10.0, 200.0, "+Supported and considered already implemented."),
        (10.0, 70.0, "44.2"),
        (10.0, 200.0, "+Noted."),
        (10.0, 70.0, "44.3"),
        (10.0, 200.0, "+Supported in part: the United Kingdom supports the reporting mechanism."),
    ]);
    pdf(&lines)
}

#[test]
fn another_state_another_numbering() {
    let states = StateDirectory::load();
    let OhchrDocument::WgReport(mut report) = read_document(Path::new("r.pdf"), &report(), &states).expect("reads")
    else {
        panic!("a WG report")
    };
    assert_eq!((report.symbol.as_str(), report.sur.as_str()), ("A/HRC/52/9", "GBR"));
    assert_eq!((report.wg_session, report.hrc_session), (Some(41), 52));
    let got: Vec<(String, Vec<String>, Option<Position>)> = report
        .recommendations
        .iter()
        .map(|r| {
            let states = r.recommending_states.iter().map(|s| s.to_string()).collect();
            (r.paragraph.clone(), states, r.position.as_ref().map(|p| p.position))
        })
        .collect();
    let row = |p: &str, s: &[&str], pos| (p.to_string(), s.iter().map(|s| s.to_string()).collect::<Vec<_>>(), pos);
    assert_eq!(
        got,
        [
            row("43.1", &["VAT", "PSE"], Some(Position::Supported)),
            row("43.2", &["VEN"], Some(Position::Supported)),
            row("44.1", &["CIV", "IRN"], None),
            row("44.2", &["PRK", "TUR"], None),
            row("44.3", &["PRY"], None),
            row("45.1", &["BOL", "LAO"], Some(Position::Noted)),
        ]
    );
    assert_eq!(report.recommendations[1].text, "Strengthen the independence of the national human rights institution");
    assert_eq!(report.recommendations[4].text, "Establish a mechanism for reporting and follow-up");
    let noted = report.recommendations[5].position.clone().expect("noted");
    assert_eq!((noted.source.as_str(), noted.source_ref.as_str()), ("A/HRC/52/9", "para. 45"));

    let OhchrDocument::Addendum(addendum) = read_document(Path::new("a.pdf"), &addendum(), &states).expect("reads")
    else {
        panic!("an addendum")
    };
    assert_eq!(addendum.sur.as_ref().map(|s| s.as_str()), Some("GBR"));
    assert_eq!(report.apply_addendum(&addendum), Ok(3));
    let p: Vec<_> = report.recommendations[2..5].iter().map(|r| r.position.clone().expect("answered")).collect();
    assert_eq!((p[0].position, p[0].already_implemented), (Position::Supported, true));
    assert_eq!(p[1].position, Position::Noted);
    assert_eq!(p[2].position, Position::PartiallySupported);
    assert_eq!(
        p[2].supported_part.as_deref(),
        Some("Supported in part: the United Kingdom supports the reporting mechanism.")
    );
    assert_eq!((p[2].source.as_str(), p[2].source_ref.as_str()), ("A/HRC/52/9/Add.1", "para. 44.3"));
}
