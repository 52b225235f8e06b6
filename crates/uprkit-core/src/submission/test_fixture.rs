//! A submission made from real recommendations (the Tuvalu fixture), for the tests.

use super::markup::parse;
use super::{AnnexRow, CountingRules, SectionKind, Submission, SubmissionSection};

/// The first `n` recommendations to Tuvalu as annex rows.
pub(crate) fn tuvalu_rows(n: usize) -> Vec<AnnexRow> {
    let path = crate::testing::shared_data("fixtures/uprinfo_tuvalu_sessions03_16.csv");
    let mut reader = csv::Reader::from_path(path).expect("fixture");
    reader
        .records()
        .take(n)
        .enumerate()
        .map(|(i, record)| {
            let record = record.expect("row");
            AnnexRow {
                paragraph: format!("76.{}", i + 1),
                text: record[6].to_string(),
                recommending_states: record[7].to_string(),
                position: if &record[10] == "Accepted" { "Supported".into() } else { "Noted".into() },
                assessment: "Not implemented: no bill has been tabled.".into(),
            }
        })
        .collect()
}

/// A joint submission of two organisations with a summary, two paragraphs on them, one
/// theme citing a recommendation, and three annex rows.
pub(crate) fn submission() -> Submission {
    let section = |title: &str, kind, text: &str| SubmissionSection {
        title: title.into(),
        kind,
        blocks: parse(text),
        word_budget: None,
    };
    Submission {
        title: "Joint submission to the Universal Periodic Review of Tuvalu".into(),
        state: "Tuvalu".into(),
        cycle: 2,
        session: Some(16),
        joint: true,
        organisations: vec!["Fale Pili Rights Network".into(), "Tuvalu National Council of Women".into()],
        key_words: vec!["climate change".into(), "women's rights".into()],
        sections: vec![
            section("Summary", SectionKind::Summary, "Two organisations report on two themes."),
            section("Fale Pili Rights Network", SectionKind::About, "A network of five groups.^[Founded 2009.]"),
            section("Tuvalu National Council of Women", SectionKind::About, "The council — since 1999."),
            section(
                "Women in Parliament",
                SectionKind::Theme,
                "Tuvalu supported [76.1](rec:1) on ratification.\n\n- No bill yet.\n- No consultation.",
            ),
        ],
        annex: tuvalu_rows(3),
        counting: CountingRules::default(),
    }
}
