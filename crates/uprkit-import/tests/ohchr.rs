//! The OHCHR reader on the real documents of Slovenia's three reviews: WG reports, addenda,
//! thematic lists, decisions and a stakeholder summary; and on broken or foreign files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use uprkit_core::{Position, StateDirectory};
use uprkit_import::ohchr::{Addendum, OhchrDocument, ThematicList, WgReport, read_document};

fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

fn file(name: &str) -> PathBuf {
    shared_data().join("ohchr/slovenia").join(name)
}

fn read(name: &str) -> OhchrDocument {
    let path = file(name);
    let bytes = std::fs::read(&path).expect("test file");
    read_document(&path, &bytes, &StateDirectory::load()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn report(name: &str) -> WgReport {
    match read(name) {
        OhchrDocument::WgReport(r) => r,
        other => panic!("{name}: expected a WG report, got {}", other.kind()),
    }
}

fn addendum(name: &str) -> Addendum {
    match read(name) {
        OhchrDocument::Addendum(a) => a,
        other => panic!("{name}: expected an addendum, got {}", other.kind()),
    }
}

fn thematic(name: &str) -> ThematicList {
    match read(name) {
        OhchrDocument::ThematicList(t) => t,
        other => panic!("{name}: expected a thematic list, got {}", other.kind()),
    }
}

fn count(report: &WgReport, position: Option<Position>) -> usize {
    report.recommendations.iter().filter(|r| r.position.as_ref().map(|p| p.position) == position).count()
}

fn states_of(report: &WgReport, paragraph: &str) -> Vec<String> {
    let r = report.recommendations.iter().find(|r| r.paragraph == paragraph).expect("paragraph exists");
    r.recommending_states.iter().map(|s| s.to_string()).collect()
}

fn text_of<'a>(report: &'a WgReport, paragraph: &str) -> &'a str {
    &report.recommendations.iter().find(|r| r.paragraph == paragraph).expect("paragraph exists").text
}

/// Paragraphs `{group}.1` to `{group}.{n}`, in order.
fn numbered(group: u32, n: u32) -> Vec<String> {
    (1..=n).map(|i| format!("{group}.{i}")).collect()
}

/// Where a thematic list and report + addendum disagree, beyond what must be equal.
#[derive(Debug, Default, PartialEq)]
struct Differences {
    /// Paragraphs whose text differs (up to spacing).
    texts: Vec<String>,
    /// Paragraphs whose source of position differs.
    sources: Vec<String>,
}

/// Compares a thematic list with report + addendum: the same paragraphs, recommending States
/// and positions must match exactly; texts and sources are returned where they differ.
fn compare(report: &WgReport, list: &ThematicList) -> Differences {
    let by_paragraph: BTreeMap<&str, _> = report.recommendations.iter().map(|r| (r.paragraph.as_str(), r)).collect();
    let mut rows: Vec<&str> = list.rows.iter().map(|r| r.paragraph.as_str()).collect();
    rows.sort();
    assert_eq!(rows, by_paragraph.keys().copied().collect::<Vec<_>>(), "the same paragraphs");
    let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut d = Differences::default();
    for row in &list.rows {
        let r = by_paragraph[row.paragraph.as_str()];
        assert_eq!(row.recommending_states, r.recommending_states, "{}", row.paragraph);
        let (a, b) = (row.position.as_ref().expect("row position"), r.position.as_ref().expect("report position"));
        assert_eq!(a.position, b.position, "{}", row.paragraph);
        if (&a.source, &a.source_ref) != (&b.source, &b.source_ref) {
            d.sources.push(row.paragraph.clone());
        }
        if spaced(&row.text) != spaced(&r.text) {
            d.texts.push(row.paragraph.clone());
        }
    }
    d
}

#[test]
fn cycle_2_report_addendum_and_thematic_list() {
    let mut report = report("cycle2/g1423930.pdf");
    assert_eq!(report.symbol, "A/HRC/28/15");
    assert_eq!(report.sur.as_str(), "SVN");
    assert_eq!((report.wg_session, report.hrc_session), (Some(20), 28));
    let paragraphs: Vec<String> = report.recommendations.iter().map(|r| r.paragraph.clone()).collect();
    assert_eq!(paragraphs, numbered(115, 163));
    assert_eq!(count(&report, None), 163, "all pending in the report");
    assert_eq!(states_of(&report, "115.3"), ["PRT", "SVK"]);
    assert_eq!(states_of(&report, "115.6"), ["IRN"]);
    assert_eq!(states_of(&report, "115.8"), ["SEN", "SLE", "VEN", "PER", "URY"]);
    assert_eq!(states_of(&report, "115.16"), ["BEL", "FRA", "TUN", "SLE", "ARG"]);
    assert_eq!(states_of(&report, "115.38"), ["EGY", "PER", "AZE"]);
    assert_eq!(states_of(&report, "115.72"), ["MKD"]);
    assert_eq!(states_of(&report, "115.73"), ["GBR"]);
    assert_eq!(states_of(&report, "115.124"), ["ARM", "CRI", "UZB", "AZE"]);
    assert_eq!(states_of(&report, "115.163"), ["NGA"]);
    assert_eq!(text_of(&report, "115.8"), "Ratify ICRMW");
    assert_eq!(
        text_of(&report, "115.127"),
        "Take appropriate steps to ensure the effectiveness of its Inter-Ministerial Working Group for Combating \
         Trafficking in Human Beings and of the national coordinator on human trafficking and continue to improve \
         public awareness of this issue"
    );
    assert!(!report.recommendations.iter().any(|r| r.text.contains("not been edited")), "footnote left in text");

    let addendum = addendum("cycle2/g1504261.pdf");
    assert_eq!((addendum.symbol.as_str(), addendum.report_symbol.as_str()), ("A/HRC/28/15/Add.1", "A/HRC/28/15"));
    assert_eq!(addendum.sur.as_ref().map(|s| s.as_str()), Some("SVN"));
    assert_eq!(report.apply_addendum(&addendum), Ok(163));
    assert_eq!((count(&report, Some(Position::Supported)), count(&report, Some(Position::Noted))), (142, 21));
    let position = |p: &str| report.recommendations.iter().find(|r| r.paragraph == p).and_then(|r| r.position.clone());
    let p = position("115.18").expect("115.18 answered");
    assert_eq!((p.position, p.source_ref.as_str(), p.already_implemented), (Position::Supported, "para. 4", true));
    let p = position("115.1").expect("115.1 answered");
    assert_eq!(
        (p.position, p.source.as_str(), p.source_ref.as_str()),
        (Position::Supported, "A/HRC/28/15/Add.1", "para. 3")
    );
    assert_eq!(position("115.163").map(|p| (p.position, p.source_ref)), Some((Position::Noted, "para. 5".into())));

    let list = thematic("cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx");
    assert_eq!(
        (list.sur.as_str(), list.wg_session, list.report_symbol.as_deref()),
        ("SVN", Some(20), Some("A/HRC/28/15"))
    );
    // Every text is the PDF's, word for word, except where the two documents differ:
    // "toarticle8", "(Peru);take", "healthcare", "oftenancy" are typos of the list, "childre"
    // and "(netherlands)" of the report. The list gives 115.141 as para. 4 of the addendum,
    // which lists it in para. 3.
    let d = compare(&report, &list);
    assert_eq!(d.texts, ["115.2", "115.38", "115.81", "115.106", "115.158", "115.104"]);
    assert_eq!(d.sources, ["115.141"]);
}

#[test]
fn cycle_3_report_addendum_and_thematic_list() {
    let mut report = report("cycle3/g1934994.pdf");
    assert_eq!((report.symbol.as_str(), report.sur.as_str()), ("A/HRC/43/15", "SVN"));
    assert_eq!((report.wg_session, report.hrc_session), (Some(34), 43));
    let paragraphs: Vec<String> = report.recommendations.iter().map(|r| r.paragraph.clone()).collect();
    assert_eq!(paragraphs, [numbered(121, 58), numbered(122, 157)].concat());
    assert_eq!((count(&report, Some(Position::Supported)), count(&report, None)), (58, 157));
    assert_eq!(states_of(&report, "121.1"), ["FRA", "LTU"]);
    assert_eq!(states_of(&report, "121.2"), ["UKR", "SVK"]);
    assert_eq!(states_of(&report, "121.24"), ["IRN"]);
    assert_eq!(states_of(&report, "122.2"), ["BGD", "EGY"]);
    assert_eq!(states_of(&report, "122.157"), ["CRI"]);
    let p = report.recommendations[0].position.clone().expect("121.1 supported in the report");
    assert_eq!((p.source.as_str(), p.source_ref.as_str()), ("A/HRC/43/15", "para. 121"));

    let addendum = addendum("cycle3/g2004192.pdf");
    assert_eq!(addendum.positions.len(), 157);
    assert_eq!(report.apply_addendum(&addendum), Ok(157));
    assert_eq!((count(&report, Some(Position::Supported)), count(&report, Some(Position::Noted))), (182, 33));
    assert_eq!(count(&report, None), 0);

    let list = thematic("cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx");
    assert_eq!(
        (list.sur.as_str(), list.wg_session, list.report_symbol.as_deref()),
        ("SVN", Some(34), Some("A/HRC/43/15"))
    );
    // The list names no paragraph for four rows, and the addendum instead of the report for
    // two recommendations the report already shows as supported.
    let d = compare(&report, &list);
    assert_eq!(d.texts, Vec::<String>::new());
    assert_eq!(d.sources, ["122.143", "122.144", "121.23", "121.24"]);
}

#[test]
fn cycle_1_report_and_its_answers() {
    let mut report = report("cycle1/g1012049.pdf");
    assert_eq!((report.symbol.as_str(), report.sur.as_str()), ("A/HRC/14/15", "SVN"));
    assert_eq!((report.wg_session, report.hrc_session), (Some(7), 14));
    // Paragraph 111 lists 97 recommendations, numbered 1 to 97 (counted in the PDF's text).
    let paragraphs: Vec<String> = report.recommendations.iter().map(|r| r.paragraph.clone()).collect();
    assert_eq!(paragraphs, numbered(111, 97));
    assert_eq!(count(&report, None), 97);
    assert_eq!(states_of(&report, "111.1"), ["DZA", "EGY", "BIH", "ARG"]);
    assert_eq!(states_of(&report, "111.2"), ["ESP", "ARG"]);
    assert_eq!(states_of(&report, "111.14"), ["GBR"]);
    assert_eq!(states_of(&report, "111.15"), ["GBR"]);
    assert_eq!(states_of(&report, "111.35"), ["AZE", "ITA", "COL"]);
    assert_eq!(states_of(&report, "111.45"), ["USA"]);
    assert_eq!(states_of(&report, "111.97"), ["NOR"]);
    assert_eq!(
        text_of(&report, "111.6"),
        "To continue to implement legislation recognizing equal rights for same-sex couples"
    );
    assert_eq!(
        text_of(&report, "111.63"),
        "To take responsible measures against the continuous public manifestations of hate speech by some politicians"
    );

    let addendum = addendum("cycle1/g1012465.pdf");
    assert_eq!(addendum.report_symbol, "A/HRC/14/15");
    // The addendum answers by the report's own numbers 1-97, without the paragraph.
    assert_eq!(addendum.positions.first().map(|p| p.0.as_str()), Some("1"));
    assert_eq!(report.apply_addendum(&addendum), Ok(97));
    assert_eq!(count(&report, Some(Position::Supported)), 89);
    assert_eq!(count(&report, Some(Position::PartiallySupported)), 3);
    assert_eq!(count(&report, Some(Position::Noted)), 5);
    let position = |p: &str| report.recommendations.iter().find(|r| r.paragraph == p).and_then(|r| r.position.clone());
    for noted in ["111.1", "111.15", "111.84", "111.88", "111.93"] {
        assert_eq!(position(noted).map(|p| p.position), Some(Position::Noted), "{noted}");
    }
    let partial = position("111.58").expect("answered");
    assert_eq!(partial.position, Position::PartiallySupported);
    assert_eq!(
        partial.supported_part.as_deref(),
        Some(
            "Slovenia accepts the recommendation regarding free legal aid and notes that it already acts accordingly."
        )
    );
    assert_eq!((partial.source.as_str(), partial.source_ref.as_str()), ("A/HRC/14/15/Add.1", "para. 58"));
    assert!(position("111.13").is_some_and(|p| p.already_implemented), "\"has already implemented it\"");
    assert!(position("111.2").is_some_and(|p| !p.already_implemented));
}

#[test]
fn each_file_is_recognised_by_its_content() {
    let cases = [
        ("cycle1/g1012049.pdf", "WG report"),
        ("cycle1/g1012465.pdf", "addendum"),
        ("cycle2/g1423930.pdf", "WG report"),
        ("cycle2/g1504261.pdf", "addendum"),
        ("cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx", "thematic list"),
        ("cycle3/g1934994.pdf", "WG report"),
        ("cycle3/g2004192.pdf", "addendum"),
        ("cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx", "thematic list"),
    ];
    for (name, kind) in cases {
        // Under a meaningless name: the kind must come from the content.
        let bytes = std::fs::read(file(name)).expect("test file");
        let doc = read_document(Path::new("upload.bin"), &bytes, &StateDirectory::load()).expect("reads");
        assert_eq!(doc.kind(), kind, "{name}");
    }
    let other = |name: &str| match read(name) {
        OhchrDocument::Other { symbol, title } => (symbol.unwrap_or_default(), title),
        doc => panic!("{name}: expected Other, got {}", doc.kind()),
    };
    let outcome = "Outcome of the universal periodic review: Slovenia";
    assert_eq!(
        other("cycle1/g1014611.pdf"),
        ("A/HRC/DEC/14/105".into(), "Outcome of the Universal Periodic Review: Slovenia".into())
    );
    assert_eq!(other("cycle2/g1510722.pdf").0, "A/HRC/DEC/28/111");
    assert_eq!(other("cycle3/g2007307.pdf"), ("A/HRC/DEC/43/112".into(), outcome.into()));
    assert_eq!(
        other("cycle3/g1924226.pdf"),
        ("A/HRC/WG.6/34/SVN/3".into(), "Summary of Stakeholders’ submissions on Slovenia".into())
    );
}

#[test]
fn thematic_list_classifications() {
    let list = thematic("cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx");
    let row = list.rows.iter().find(|r| r.paragraph == "121.1").expect("121.1");
    assert_eq!(row.themes, ["Acceptance of international norms", "Enforced disappearances"]);
    assert_eq!(row.groups_of_persons, ["Disappeared persons"]);
    assert_eq!(row.sdgs, [16]);
    let p = row.position.as_ref().expect("position");
    assert_eq!(
        (p.position, p.source.as_str(), p.source_ref.as_str()),
        (Position::Supported, "A/HRC/43/15", "para. 121")
    );
    let row = list.rows.iter().find(|r| r.paragraph == "122.1").expect("122.1");
    let p = row.position.as_ref().expect("position");
    assert_eq!((p.source.as_str(), p.source_ref.as_str()), ("A/HRC/43/15/Add.1", "para. 3"));
    assert!(list.rows.iter().filter(|r| !r.sdgs.is_empty()).count() > 150, "most rows name SDGs");

    let list = thematic("cycle2/UPR20_Slovenia_ThematicListRecommendations_E.docx");
    let row = list.rows.iter().find(|r| r.paragraph == "115.2").expect("115.2");
    // Cycle-2 lists print UHRI codes ("B32 Racial discrimination"); the names are kept.
    assert_eq!(row.themes, ["Acceptance of international norms", "Racial discrimination", "Members of minorities"]);
    assert_eq!(row.groups_of_persons, ["minorities/ racial, ethnic, linguistic, religious or descent-based groups"]);
    assert!(row.sdgs.is_empty());
    let p = list.rows.iter().find(|r| r.paragraph == "115.161").and_then(|r| r.position.clone()).expect("115.161");
    assert_eq!((p.source.as_str(), p.source_ref.as_str()), ("A/HRC/28/15/Add.1", "para. 3"), "odd source read");
}
