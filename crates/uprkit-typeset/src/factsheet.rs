//! Advocacy factsheets as PDF: one factsheet, or the advocacy pack of a workspace.

use serde::Serialize;
use uprkit_core::factsheet::FactsheetDocument;

use crate::{Pdf, Today, TypesetError};

/// The typst template. It reads everything it prints from `factsheets.json` and the logos.
const TEMPLATE: &str = include_str!("../templates/factsheet.typ");

/// The data file the template reads.
const DATA_FILE: &str = "factsheets.json";

/// Position kinds, in the order of `FactsheetLabels::positions`, for the colour of each.
const POSITION_KINDS: [&str; 4] = ["supported", "partially_supported", "noted", "pending"];

/// What the template reads.
#[derive(Serialize)]
struct PackData<'a> {
    /// The PDF's title when it holds several factsheets.
    title: String,
    /// The PDF's authors: the coalitions, each once.
    authors: Vec<&'a str>,
    factsheets: Vec<SheetData<'a>>,
}

/// One factsheet and what the template cannot work out alone.
#[derive(Serialize)]
struct SheetData<'a> {
    doc: &'a FactsheetDocument,
    /// "Universal Periodic Review of Ghana — 4th cycle", in the document's language.
    kicker: String,
    /// The logo's data file, if there is a logo.
    logo_file: Option<String>,
    /// Per recommendation, the kind of its position (for its colour), when it is one of the
    /// labels' positions.
    position_kinds: Vec<Option<&'static str>>,
}

/// Typesets one factsheet on A4: a coloured band with the coalition and its logo, the theme
/// and title, the previous recommendations with their positions and what became of them, the
/// national framework and the challenges side by side, the questions and the suggested
/// recommendations in numbered boxes, and the contacts in the footer. Labels are in
/// `doc.labels`' language. `today` is the PDF's creation date.
///
/// Typical content fits one page; longer content flows on, and [`Pdf::pages`] is the real
/// page count.
pub fn factsheet_pdf(doc: &FactsheetDocument, today: Today) -> Result<Pdf, TypesetError> {
    pack(std::slice::from_ref(doc), today)
}

/// Typesets the advocacy pack: every factsheet of `docs`, in order, in one PDF. There is no
/// cover or contents page: each factsheet starts on a new page with its own band and footer,
/// so the pack has exactly the sum of the factsheets' page counts.
pub fn advocacy_pack_pdf(docs: &[FactsheetDocument], today: Today) -> Result<Pdf, TypesetError> {
    pack(docs, today)
}

fn pack(docs: &[FactsheetDocument], today: Today) -> Result<Pdf, TypesetError> {
    if docs.is_empty() {
        return Err(TypesetError::Empty);
    }
    let files = pack_data(docs)?;
    let data: Vec<(&str, Vec<u8>)> = files.iter().map(|(name, bytes)| (name.as_str(), bytes.clone())).collect();
    crate::compile(TEMPLATE, &data, Some(today)).map(|(pdf, _warnings)| pdf)
}

/// The data files of the template for `docs`: the JSON and one file per logo.
fn pack_data(docs: &[FactsheetDocument]) -> Result<Vec<(String, Vec<u8>)>, TypesetError> {
    let mut files = Vec::new();
    let mut sheets = Vec::with_capacity(docs.len());
    for (n, doc) in docs.iter().enumerate() {
        let logo_file = doc.logo.as_ref().map(|logo| {
            let extension = if logo.format == "jpeg" { "jpg" } else { logo.format.as_str() };
            let name = format!("logo-{n}.{extension}");
            files.push((name.clone(), logo.bytes.clone()));
            name
        });
        let position_kinds = doc
            .recommendations
            .iter()
            .map(|rec| {
                let label = rec.position.as_deref()?;
                let at = doc.labels.positions.iter().position(|p| *p == label)?;
                Some(POSITION_KINDS[at])
            })
            .collect();
        sheets.push(SheetData { doc, kicker: doc.labels.kicker(&doc.state, doc.cycle), logo_file, position_kinds });
    }
    let mut authors: Vec<&str> = Vec::new();
    for coalition in docs.iter().filter_map(|d| d.coalition.as_deref()) {
        if !authors.contains(&coalition) {
            authors.push(coalition);
        }
    }
    let title = docs.iter().map(|d| d.title.as_str()).collect::<Vec<_>>().join(" · ");
    let data = PackData { title, authors, factsheets: sheets };
    files.insert(0, (DATA_FILE.to_owned(), serde_json::to_vec(&data)?));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use uprkit_core::factsheet::{DocumentLanguage, FactsheetDocument, FactsheetLabels, FactsheetRecommendation};
    use uprkit_core::submission::{Block, Inline};

    use super::{TEMPLATE, pack_data};

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.to_owned() }
    }

    /// Every kind of block, run and optional part, so that every branch of the template runs.
    fn every_kind(language: DocumentLanguage, cycle: u8) -> FactsheetDocument {
        let runs = vec![
            text("Plain, "),
            Inline::Bold { content: vec![text("bold")] },
            Inline::Italic { content: vec![text("italic")] },
            Inline::Link { url: "https://www.ohchr.org".to_owned(), label: vec![text("OHCHR")] },
            Inline::Link { url: "javascript:alert(1)".to_owned(), label: vec![text("not a link")] },
            Inline::Footnote { content: vec![text("A note.")] },
            Inline::Citation { label: "115.18".to_owned(), recommendation_id: None },
        ];
        let labels = FactsheetLabels::new(language);
        let rec = |position: Option<&str>, assessment: Option<&str>, paragraph: Option<&str>| FactsheetRecommendation {
            id: 1,
            paragraph: paragraph.map(str::to_owned),
            text: "Explicitly prohibit corporal punishment of children in all settings, including the home".to_owned(),
            recommending_states: "Austria".to_owned(),
            position: position.map(str::to_owned),
            assessment: assessment.map(str::to_owned),
        };
        FactsheetDocument {
            title: "Corporal punishment".to_owned(),
            theme: "Rights of the Child".to_owned(),
            state: "Ghana".to_owned(),
            cycle,
            coalition: None,
            logo: None,
            recommendations: vec![
                rec(Some(labels.positions[0]), Some("Not implemented"), Some("125.7")),
                rec(Some(labels.positions[1]), None, None),
                rec(Some(labels.positions[2]), None, None),
                rec(Some(labels.positions[3]), None, None),
                rec(Some("Something else"), None, None),
                rec(None, None, None),
            ],
            national_framework: vec![
                Block::Paragraph { content: runs.clone() },
                Block::List { items: vec![runs, vec![text("second")]] },
            ],
            challenges: vec![],
            questions: vec!["A question?".to_owned()],
            draft_recommendations: vec![],
            contacts: String::new(),
            labels,
        }
    }

    #[test]
    fn the_template_compiles_without_warnings_in_every_language() {
        for language in DocumentLanguage::ALL {
            let docs = [every_kind(language, 4), every_kind(language, 2)];
            let data = pack_data(&docs).expect("serialises");
            let borrowed: Vec<(&str, Vec<u8>)> = data.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
            let (pdf, warnings) = crate::compile(TEMPLATE, &borrowed, None).expect("compiles");
            assert!(warnings.is_empty(), "typst warned: {warnings:?}");
            assert_eq!(pdf.pages, 2, "each factsheet on its own page");
        }
    }
}
