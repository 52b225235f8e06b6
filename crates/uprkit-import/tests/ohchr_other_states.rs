//! The OHCHR reader on other States' real documents, each a layout Slovenia's do not have:
//! Argentina's 2008 WG report, Georgia's narrative addendum, China's converted matrix.

use std::collections::BTreeMap;
use std::path::PathBuf;
use uprkit_core::{Position, StateDirectory};
use uprkit_import::ohchr::{Addendum, OhchrDocument, ThematicList, WgReport, read_document};

fn read(name: &str) -> OhchrDocument {
    let path: PathBuf = uprkit_core::testing::shared_data("ohchr").join(name);
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

fn isos(list: &[uprkit_core::Iso3]) -> Vec<&str> {
    list.iter().map(|i| i.as_str()).collect()
}

#[test]
fn argentina_2008_report_numbers_items_inside_paragraph_64() {
    let r = report("argentina/cycle1/Argentina_s01_cycle1_WG_report_A-HRC-8-34_EN.pdf");
    assert_eq!((r.symbol.as_str(), r.sur.as_str(), r.hrc_session), ("A/HRC/8/34", "ARG", 8));
    // Paragraph 64 numbers its 21 recommendations 1 to 21, as cycle-1 addenda cite them.
    let paragraphs: Vec<&str> = r.recommendations.iter().map(|x| x.paragraph.as_str()).collect();
    let expected: Vec<String> = (1..=21).map(|n| format!("64.{n}")).collect();
    assert_eq!(paragraphs, expected);
    // Every one names its States, after the full stop: "... Discrimination. (Algeria, ...)".
    assert_eq!(r.recommendations.iter().filter(|x| !x.recommending_states.is_empty()).count(), 21);
    assert!(r.recommendations.iter().all(|x| x.position.as_ref().map(|p| p.position) == Some(Position::Supported)));
    let at = |p: &str| r.recommendations.iter().find(|x| x.paragraph == p).expect("exists");
    assert_eq!(isos(&at("64.1").recommending_states), ["DZA", "KOR", "NGA", "MEX"]);
    assert_eq!(isos(&at("64.4").recommending_states), ["AUT", "SVN", "CAN", "CHE", "GBR"]);
    // Item 11 ends a page; the running header "A/HRC/8/34 Page 17" is not part of it.
    assert_eq!(at("64.11").text, "To designate the Ombudsperson for children");
    assert_eq!(isos(&at("64.11").recommending_states), ["MEX"]);
    // Item 19 goes on over "2015." at a line start, which is no item number.
    assert!(at("64.19").text.ends_with("Millennium Development Goals by 2015"), "{}", at("64.19").text);
    assert!(r.corrections.is_empty());
}

#[test]
fn georgia_narrative_addendum_gives_sixty_positions() {
    let mut r = report("georgia/cycle1/Georgia_s10_cycle1_WG_report_A-HRC-17-11_EN.pdf");
    assert_eq!(r.recommendations.len(), 163);
    let a = addendum("georgia/cycle1/Georgia_s10_cycle1_addendum_A-HRC-17-11-Add1_EN.pdf");
    assert_eq!(a.report_symbol, "A/HRC/17/11");
    let mut by_position: BTreeMap<String, usize> = BTreeMap::new();
    for (_, p) in &a.positions {
        *by_position.entry(format!("{:?}", p.position)).or_default() += 1;
    }
    // The addendum's three sections: accepts 16, partially accepts 26, does not accept 18
    // (106.1-106.10 less 106.5-106.8, which the partial section answers). It never mentions
    // 106.35 and 106.49 (checked in the PDF's text), so 60 of the 62 pending get an answer.
    assert_eq!(a.positions.len(), 60);
    assert_eq!(
        by_position,
        BTreeMap::from([("Noted".into(), 18), ("PartiallySupported".into(), 26), ("Supported".into(), 16)])
    );
    let of = |p: &str| a.positions.iter().find(|x| x.0 == p).map(|x| x.1.position);
    assert_eq!(of("106.14"), Some(Position::Supported));
    assert_eq!(of("106.16"), Some(Position::PartiallySupported));
    assert_eq!(of("106.5"), Some(Position::PartiallySupported));
    assert_eq!(of("106.9"), Some(Position::Noted));
    assert_eq!(of("106.47"), Some(Position::Noted));
    assert_eq!((of("106.35"), of("106.49")), (None, None));
    assert_eq!(r.apply_addendum(&a), Ok(60));
    let pending: Vec<&str> =
        r.recommendations.iter().filter(|x| x.position.is_none()).map(|x| x.paragraph.as_str()).collect();
    assert_eq!(pending, ["106.35", "106.49"]);
}

#[test]
fn china_converted_matrix_with_damaged_state_names() {
    let t = thematic("china/cycle2/China_cycle2_session17_2013_matrix_A-HRC-25-5-Add1.docx");
    assert_eq!((t.sur.as_str(), t.wg_session, t.cycle), ("CHN", Some(17), Some(2)));
    assert_eq!(t.report_symbol.as_deref(), Some("A/HRC/25/5"));
    assert_eq!(t.rows.len(), 252);
    // "186.28." with a trailing dot is paragraph 186.28.
    let row = |p: &str| t.rows.iter().find(|r| r.paragraph == p).unwrap_or_else(|| panic!("{p}"));
    assert_eq!(isos(&row("186.28").recommending_states), ["MNG"]);
    assert_eq!(isos(&row("186.198").recommending_states), ["BOL"]);
    let corrections: Vec<(&str, &str, &str)> =
        t.corrections.iter().map(|c| (c.printed.as_str(), c.read_as.as_str(), c.at.as_str())).collect();
    assert_eq!(
        corrections,
        [("Sierra Le one", "SLE", "para. 186.1"), ("Bolivia (Plurinational S tate of)", "BOL", "para. 186.198")]
    );
    let supported = t.rows.iter().filter(|r| r.position.as_ref().map(|p| p.position) == Some(Position::Supported));
    assert_eq!(supported.count(), 204);
    let noted = t.rows.iter().filter(|r| r.position.as_ref().map(|p| p.position) == Some(Position::Noted));
    assert_eq!(noted.count(), 48);
}
