use super::*;
use crate::factsheet::DocumentLanguage;

fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

#[test]
fn reading_time_is_words_over_pace_rounded_up() {
    assert_eq!(reading_seconds(260, 130), 120);
    assert_eq!(reading_seconds(261, 130), 121);
    assert_eq!(reading_seconds(300, 150), 120);
    assert_eq!(reading_seconds(1, 130), 1);
    assert_eq!(reading_seconds(0, 130), 0);
    assert_eq!(reading_seconds(130, 0), 60, "a pace of 0 reads as the default");
    assert_eq!(clock(121), "2:01");
    assert_eq!(words_in(ORAL_SECONDS, DEFAULT_PACE), 260);
}

#[test]
fn an_oral_statement_is_timed_at_the_pace() {
    let fits = check(StatementKind::Oral, Accreditation::Special, 130, &words(260), "");
    assert_eq!((fits.words, fits.reading_seconds, fits.over), (260, 120, false));
    assert_eq!(fits.seconds_left, Some(0));
    assert!(fits.warnings.iter().any(|w| w.code == "near_time"));
    let over = check(StatementKind::Oral, Accreditation::Special, 130, &words(300), "");
    assert!(over.over);
    assert_eq!(over.reading_time, "2:19");
    assert!(over.warnings.iter().any(|w| w.code == "over_time" && w.message.contains("40 words")));
    // The guidance's 300 words fit at a fast 150 words a minute.
    let fast = check(StatementKind::Oral, Accreditation::Special, 150, &words(300), "");
    assert_eq!((fast.reading_seconds, fast.over, fast.word_limit), (120, false, 300));
    let short = check(StatementKind::Oral, Accreditation::General, 130, &words(100), "");
    assert!(short.warnings.is_empty());
}

#[test]
fn an_insane_pace_falls_back_to_the_default() {
    assert!(!pace_is_sane(10) && !pace_is_sane(1000) && pace_is_sane(DEFAULT_PACE));
    assert_eq!(check(StatementKind::Oral, Accreditation::General, 5, &words(10), "").pace, DEFAULT_PACE);
}

#[test]
fn written_limits_follow_the_status_and_footnotes_count() {
    assert_eq!(Accreditation::General.written_word_limit(), 2_000);
    assert_eq!(Accreditation::Special.written_word_limit(), 1_500);
    assert_eq!(Accreditation::Roster.written_word_limit(), 1_500);
    let body = format!("{}^[{}]", words(1_490), words(20));
    let special = check(StatementKind::Written, Accreditation::Roster, 130, &body, "");
    assert_eq!((special.words, special.word_limit, special.over), (1_510, 1_500, true));
    assert!(special.warnings.iter().any(|w| w.code == "over_limit"));
    assert_eq!(special.limit_seconds, None);
    let general = check(StatementKind::Written, Accreditation::General, 130, &body, "");
    assert!(!general.over && general.words_left == 490);
    // Spoken, the footnote is not read.
    let oral = check(StatementKind::Oral, Accreditation::General, 130, &format!("{}^[{}]", words(10), words(5)), "");
    assert_eq!(oral.words, 10);
    assert!(oral.warnings.iter().any(|w| w.code == "footnotes_not_read"));
}

#[test]
fn an_organisation_without_status_is_told_to_name_a_partner() {
    let alone = check(StatementKind::Oral, Accreditation::ThroughPartner, 130, &words(50), " ");
    assert!(alone.warnings.iter().any(|w| w.code == "needs_partner"));
    let partnered = check(StatementKind::Oral, Accreditation::ThroughPartner, 130, &words(50), "UPR Info");
    assert!(partnered.warnings.is_empty());
    assert!(check(StatementKind::Oral, Accreditation::General, 130, "", "").warnings.iter().any(|w| w.code == "empty"));
}

#[test]
fn kinds_statuses_and_labels_round_trip() {
    for a in Accreditation::ALL {
        assert_eq!(Accreditation::parse(a.as_str()), Some(a));
    }
    assert_eq!(StatementKind::parse("written"), Some(StatementKind::Written));
    assert_eq!(StatementKind::parse("sung"), None);
    let fr = StatementLabels::new(DocumentLanguage::Fr);
    assert_eq!(fr.kind(StatementKind::Oral), "Déclaration orale");
    assert_eq!(
        StatementLabels::new(DocumentLanguage::Es).check_against_delivery,
        "Cotejar con el discurso pronunciado"
    );
    for l in DocumentLanguage::ALL {
        let labels = StatementLabels::new(l);
        assert_eq!(labels.language, l.code());
        assert!(labels.statuses.iter().all(|s| !s.is_empty()));
    }
}

#[test]
fn a_document_names_the_session_in_its_language() {
    assert_eq!(session_ordinal(DocumentLanguage::En, 61, "session"), "61st session");
    assert_eq!(session_ordinal(DocumentLanguage::En, 112, "session"), "112th session");
    assert_eq!(session_ordinal(DocumentLanguage::Fr, 62, "session"), "62e session");
    let doc = StatementDocument::new(
        StatementKind::Oral,
        DocumentLanguage::Es,
        "Eslovenia",
        Some(62),
        "Declaración",
        "Instituto de la Paz",
        Accreditation::ThroughPartner,
        "UPR Info",
        "Ana",
        &words(130),
        130,
    );
    assert_eq!(doc.council_line, "Consejo de Derechos Humanos, 62.º período de sesiones");
    assert_eq!(doc.adoption_line, "Aprobación del resultado del Examen Periódico Universal de Eslovenia");
    assert_eq!((doc.words, doc.reading_time.as_str()), (130, "1:00"));
}
