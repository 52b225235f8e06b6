use super::*;

fn para(p: &str, text: &str, states: &[&str]) -> Paragraph {
    Paragraph { paragraph: p.into(), text: text.into(), states: states.iter().map(|s| s.to_string()).collect() }
}

fn row(state: &str, text: &str, edition: &str) -> SourceRow {
    SourceRow { states: vec![state.into()], text: text.into(), paragraph: None, origin: Origin::upr_info(edition) }
}

fn on(p: &str) -> Placement {
    Placement::Paragraph { paragraph: p.into(), by: MatchedBy::StateAndText }
}

#[test]
fn rows_find_their_paragraph_by_state_and_text_in_any_order() {
    let paragraphs = [
        para(
            "110.1",
            "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
            &["ARG", "FRA"],
        ),
        para(
            "110.2",
            "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
            &["URY"],
        ),
        para("110.3", "Combat trafficking in persons, in particular women and children", &["URY", "FRA"]),
    ];
    let rows = vec![
        row(
            "ARG",
            "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
            "2018",
        ),
        row("FRA", "Ratify the Convention on Enforced Disappearance", "2018"),
        row("URY", "Ratify ICRMW", "2018"),
        row("URY", "Combat trafficking in persons, in particular women and children", "2018"),
        row("FRA", "Combat trafficking in persons", "2018"),
    ];
    let want = [on("110.1"), on("110.1"), on("110.2"), on("110.3"), on("110.3")];
    assert_eq!(place(&paragraphs, &rows), want);
    let reversed: Vec<SourceRow> = rows.iter().rev().cloned().collect();
    let mut got = place(&paragraphs, &reversed);
    got.reverse();
    assert_eq!(got, want, "the order of rows changes nothing");
}

#[test]
fn a_state_that_repeats_a_text_gets_each_of_its_paragraphs_and_parts_join_theirs() {
    let paragraphs = [
        para("98.1", "Ratify the Optional Protocol to the Convention against Torture", &["DNK"]),
        para("98.7", "Ratify the Optional Protocol to the Convention against Torture", &["DNK", "CZE"]),
        para(
            "98.9",
            "Adopt a national action plan on gender equality and establish an independent national human rights institution",
            &["ESP"],
        ),
    ];
    let rows = vec![
        row("DNK", "Ratify the Optional Protocol to the Convention against Torture", "2018"),
        row("DNK", "Ratify the Optional Protocol to the Convention against Torture", "2018"),
        row("CZE", "Ratify OP-CAT", "2018"),
        row("ESP", "Adopt a national action plan on gender equality", "2018"),
        row("ESP", "Establish an independent national human rights institution", "2018"),
    ];
    let got = place(&paragraphs, &rows);
    let mut dnk = [got[0].clone(), got[1].clone()];
    dnk.sort_by_key(|p| format!("{p:?}"));
    assert_eq!(dnk, [on("98.1"), on("98.7")]);
    assert_eq!(got[2], on("98.7"));
    assert_eq!(got[3..], [on("98.9"), on("98.9")]);
}

#[test]
fn without_paragraphs_rows_group_by_text_and_a_corrected_text_joins_its_newer_edition() {
    let rows = vec![
        row("PRT", "Ratify the Optional Protocol to the Covenant on Economic, Social and Cultural Rights", "2018"),
        row("ESP", "Ratify the Optional Protocol to the Covenant on Economic, Social and Cultural Rights.", "2018"),
        row("PRT", "Ratify the Optional Protocol to the Covenant on Economic Social and Cultural Right", "2015"),
        row("TUN", "Combat discrimination against Roma", "2018"),
    ];
    let got = place(&[], &rows);
    assert_eq!(got[0], got[1], "one recommendation for the States that made it together");
    assert_eq!(got[2], got[0], "the 2015 text is the 2018 recommendation, corrected");
    assert_ne!(got[3], got[0]);
    let Placement::Text { key } = &got[0] else { panic!("grouped by text") };
    assert_eq!(key, &text_key(&rows[0].text), "the newest edition's text names the group");
}

#[test]
fn rows_that_give_their_paragraph_make_it_known_to_the_others() {
    let mut dihr = row("FRA", "Ratify the Convention on the Rights of Persons with Disabilities", "cycle1");
    dihr.origin = Origin { publisher: crate::Publisher::Dihr, edition: "cycle1".into() };
    dihr.paragraph = Some("95.4".into());
    let upr = row("FRA", "Ratify the Convention on the Rights of Persons with Disabilities", "2018");
    let stranger = row("BRA", "Ratify the Convention on the Rights of Persons with Disabilities", "2018");
    let got = place(&[], &[dihr, upr, stranger]);
    assert_eq!(got[0], Placement::Paragraph { paragraph: "95.4".into(), by: MatchedBy::Paragraph });
    assert_eq!(got[1], on("95.4"));
    assert!(matches!(got[2], Placement::Text { .. }), "another State's row does not join a paragraph it is not on");
}

#[test]
fn each_edition_finds_the_paragraph_by_the_text_of_its_own_state() {
    let dihr = |state: &str, text: &str| SourceRow {
        states: vec![state.into()],
        text: text.into(),
        paragraph: Some("94.3".into()),
        origin: Origin { publisher: crate::Publisher::Dihr, edition: "2023".into() },
    };
    let rows = vec![
        dihr("NOR", "Withdraw its reservations to articles 2 and 16 (1) (c) of CEDAW"),
        dihr("FRA", "Withdraw reservations to CEDAW"),
        row("FRA", "Withdraw reservations to CEDAW", "2015"),
        row("FRA", "Withdraw reservations to CEDAW", "2018"),
    ];
    let got = place(&[], &rows);
    assert_eq!(got[2..], [on("94.3"), on("94.3")], "both editions of France's row are on its paragraph");
}
