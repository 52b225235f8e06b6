//! A realistic factsheet for the tests and benchmarks of the writers: the rights of the child in
//! Ghana, with Ghana's real previous recommendations from the UPR Info export and the authors'
//! text of `factsheet_ghana_child.txt` (typical length: it should fit one page).

use std::collections::HashMap;

use crate::factsheet::{DocumentLanguage, FactsheetDocument, FactsheetLabels, FactsheetRecommendation};
use crate::submission::markup;
use crate::{Position, StateDirectory};

const FIXTURE: &str = include_str!("factsheet_ghana_child.txt");

/// The UPR Info export the previous recommendations are read from.
pub const UPR_INFO_EXPORT: &str = "upr-info/recommendations_sessions01-16.csv";

/// The Ghana factsheet with labels in `language`, its recommendations read from the UPR Info
/// export in the shared data (see [`super::shared_data`]). State names are printed in the
/// document's language; the authors' text stays as written.
pub fn ghana_rights_of_the_child(language: DocumentLanguage) -> FactsheetDocument {
    let csv = std::fs::read_to_string(super::shared_data(UPR_INFO_EXPORT)).expect("the UPR Info export reads");
    ghana_from_export(&csv, language)
}

/// Like [`ghana_rights_of_the_child`], from the text of the UPR Info export (for a caller that
/// found the file itself, like the benchmark command).
pub fn ghana_from_export(csv_text: &str, language: DocumentLanguage) -> FactsheetDocument {
    let labels = FactsheetLabels::new(language);
    let states = StateDirectory::load();
    let rows = export_rows(csv_text);
    let mut doc = FactsheetDocument {
        title: String::new(),
        theme: String::new(),
        state: String::new(),
        cycle: 0,
        coalition: None,
        logo: None,
        recommendations: Vec::new(),
        national_framework: Vec::new(),
        challenges: Vec::new(),
        questions: Vec::new(),
        draft_recommendations: Vec::new(),
        contacts: String::new(),
        labels,
    };
    let mut section: Option<(&str, String)> = None;
    for line in FIXTURE.lines().filter(|l| !l.starts_with('%')) {
        if let Some(name) = line.strip_prefix("== ") {
            finish(&mut doc, section.take());
            section = Some((name, String::new()));
        } else if let Some((_, text)) = section.as_mut() {
            text.push_str(line);
            text.push('\n');
        } else if let Some((key, value)) = line.split_once(": ") {
            match key {
                "title" => doc.title = value.to_owned(),
                "theme" => doc.theme = value.to_owned(),
                "state" => doc.state = state_name(&states, value, language),
                "cycle" => doc.cycle = value.parse().expect("a cycle number"),
                "coalition" => doc.coalition = Some(value.to_owned()),
                "rec" => {
                    let (id, assessment) = value.split_once(" | ").expect("rec: ID | assessment");
                    let row = rows.get(id).unwrap_or_else(|| panic!("{id} is not in the UPR Info export"));
                    let position = Position::parse(&row.response).expect("a known response");
                    doc.recommendations.push(FactsheetRecommendation {
                        id: id.trim_start_matches("UPRINFO-").parse().expect("a numeric rec_id"),
                        paragraph: None,
                        text: row.text.clone(),
                        recommending_states: state_name(&states, &row.state, language),
                        position: Some(doc.labels.position_label(position).to_owned()),
                        assessment: Some(assessment.to_owned()),
                    });
                }
                other => panic!("unknown key {other}"),
            }
        }
    }
    finish(&mut doc, section);
    doc
}

/// Puts the text of the section `name` where it belongs in `doc`.
fn finish(doc: &mut FactsheetDocument, section: Option<(&str, String)>) {
    let Some((name, text)) = section else { return };
    let items = || text.lines().filter_map(|l| l.strip_prefix("- ")).map(str::to_owned).collect();
    match name {
        "national_framework" => doc.national_framework = markup::parse(&text),
        "challenges" => doc.challenges = markup::parse(&text),
        "questions" => doc.questions = items(),
        "recommendations" => doc.draft_recommendations = items(),
        "contacts" => doc.contacts = text.trim().to_owned(),
        other => panic!("unknown section {other}"),
    }
}

/// One row of the export, by rec_id.
struct ExportRow {
    text: String,
    state: String,
    response: String,
}

fn export_rows(csv_text: &str) -> HashMap<String, ExportRow> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("column {name}"));
    let (id, text, state, response) =
        (column("rec_id"), column("recommendation"), column("recommending_state"), column("response"));
    reader
        .records()
        .map(|r| r.expect("a CSV row"))
        .map(|r| {
            let row =
                ExportRow { text: r[text].to_owned(), state: r[state].to_owned(), response: r[response].to_owned() };
            (r[id].to_owned(), row)
        })
        .collect()
}

/// A State's name in `language` (UNTERM), or as written when the directory does not know it.
fn state_name(states: &StateDirectory, name: &str, language: DocumentLanguage) -> String {
    let Some(state) = states.resolve(name).ok().and_then(|iso3| states.get(iso3.as_str())) else {
        return name.to_owned();
    };
    let translated = match language {
        DocumentLanguage::En => None,
        DocumentLanguage::Fr => state.name_fr.clone(),
        DocumentLanguage::Es => state.name_es.clone(),
    };
    translated.unwrap_or_else(|| state.name.clone())
}
