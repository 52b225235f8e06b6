//! `uprkit statement check|export ID` run as the binary, on a database holding Slovenia's
//! third-cycle WG report: an oral and a written statement for the adoption of Slovenia's
//! fourth review, written from its real recommendations (through the application layer, as
//! the web pages write them), checked as JSON and as a table, and printed: the PDFs' pages and
//! text read back with `pdfinfo` and `pdftotext`, the DOCX converted by LibreOffice.
//! The PDF and DOCX checks need poppler and LibreOffice (installed by `.ci/run`).

mod common;

use common::{ok, search_json, uprkit};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use uprkit_app::App;
use uprkit_app::statements::StatementEdit;
use uprkit_core::statement::{Accreditation, StatementKind};
use uprkit_store::{Actor, Store};

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &Path) -> u64 {
    let info = tool("pdfinfo", &[pdf.to_str().expect("path")]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().expect("a number")))
        .expect("pdfinfo gives the pages")
}

fn text_of(pdf: &Path) -> String {
    // Lines joined: a sentence may be broken over lines.
    tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().expect("path"), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes the two statements on the database of `dir`; their ids.
async fn statements(dir: &Path, workspace: i64, recommendations: &[String]) -> (i64, i64) {
    let store = Store::connect(&uprkit_store::sqlite_url_in(dir)).await.expect("database");
    let index = tempfile::tempdir().expect("index folder");
    let app = App::new(store, Arc::new(uprkit_search::Engine::open(index.path()).expect("index")));
    let operator = Actor::command_line();
    // An oral statement quoting three recommendations Slovenia received.
    let mut oral = String::from(
        "Mr President,\n\nWe welcome the review of Slovenia and ask it to act on three recommendations it received in its third review.\n\n",
    );
    for r in recommendations.iter().take(3) {
        oral.push_str(&format!("- {}\n", r.trim()));
    }
    oral.push_str("\nThank you.");
    let edit = StatementEdit {
        kind: StatementKind::Oral,
        title: "Adoption of the outcome of the review of Slovenia".into(),
        body: oral,
        pace: Some(120),
        accreditation: Accreditation::ThroughPartner,
        organisation_name: None,
        partner: "UPR Info".into(),
        speaker: "Neža Kogovšek".into(),
        language: Some("en".into()),
    };
    let oral = app.create_statement(&operator, workspace, &edit).await.expect("oral statement");
    // A written statement with every recommendation and its source in a footnote: long.
    let mut written =
        String::from("The organisations assess the implementation of the recommendations Slovenia received.\n\n");
    for (n, r) in recommendations.iter().enumerate() {
        written.push_str(&format!("{}^[A/HRC/43/15, recommendation {} of this list.]\n\n", r.trim(), n + 1));
    }
    let edit = StatementEdit {
        kind: StatementKind::Written,
        title: "Implementation of the third cycle's recommendations".into(),
        body: written,
        pace: None,
        accreditation: Accreditation::Special,
        organisation_name: Some("Mirovni inštitut".into()),
        partner: String::new(),
        speaker: String::new(),
        language: Some("fr".into()),
    };
    let written = app.create_statement(&operator, workspace, &edit).await.expect("written statement");
    app.store().close().await;
    (oral, written)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statements_are_checked_and_printed_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let target = vec!["--data-dir".to_string(), dir.path().display().to_string()];
    let report = common::shared_data().join("ohchr/slovenia/cycle3/g1934994.pdf");
    ok(&target, &["import", "document", report.to_str().expect("path")]);
    let out = Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .args(&target)
        .args(["user", "add", "a@example.org", "--name", "Neža", "--org", "Mirovni inštitut"])
        .env("UPRKIT_PASSWORD", "correct horse battery")
        .env_remove("UPRKIT_DATABASE_URL")
        .env_remove("UPRKIT_DATA_DIR")
        .output()
        .expect("uprkit runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ws = ok(&target, &["workspace", "create", "--org", "Mirovni inštitut", "--sur", "SVN", "--cycle", "4"]);
    let ws: i64 = ws.trim().parse().expect("the workspace's id");
    let found = search_json(&target, &["--sur", "SVN", "--limit", "100"]);
    let recommendations: Vec<String> = found["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["text"].as_str().expect("text").to_string())
        .collect();
    assert!(recommendations.len() >= 50, "Slovenia's third review: {}", recommendations.len());
    let (oral, written) = statements(dir.path(), ws, &recommendations).await;
    let (oral, written) = (oral.to_string(), written.to_string());

    let check: serde_json::Value =
        serde_json::from_str(&ok(&target, &["statement", "check", &oral, "--format", "json"])).expect("json");
    assert_eq!(check["kind"], "oral");
    assert_eq!(check["pace"], 120);
    assert_eq!(check["limit_seconds"], 120);
    assert_eq!(check["word_limit"], 240, "2 minutes at 120 words a minute");
    assert_eq!(check["hrc_session"], 59, "Slovenia's January 2025 review is adopted at HRC 59");
    let words = check["words"].as_u64().expect("words");
    assert_eq!(check["reading_seconds"].as_u64(), Some((words * 60).div_ceil(120)));
    let moments: Vec<&str> =
        check["moments"].as_array().expect("moments").iter().map(|m| m["kind"].as_str().expect("kind")).collect();
    assert_eq!(moments, ["oral_statement_registration", "plenary_adoption"]);
    let table = ok(&target, &["statement", "check", &written, "--format", "table"]);
    assert!(table.contains("kind\twritten (special)") && table.contains("of 1500"), "{table}");
    assert!(table.contains("over\tyes") && table.contains("written_statement\t2025-"), "{table}");

    let pdf = dir.path().join("oral.pdf");
    ok(&target, &["statement", "export", &oral, "--format", "pdf", "--output", pdf.to_str().expect("path")]);
    let text = text_of(&pdf);
    assert!((1..=2).contains(&pages(&pdf)), "about 150 words in large type: one or two pages");
    for expected in
        ["Check against delivery", "HUMAN RIGHTS COUNCIL, 59TH SESSION", "Delivered by UPR Info", "Mr President,"]
    {
        assert!(text.contains(expected), "{expected:?} missing from the oral statement: {text}");
    }
    assert!(text.contains(&recommendations[0].split_whitespace().take(6).collect::<Vec<_>>().join(" ")));

    let pdf = dir.path().join("written.pdf");
    ok(&target, &["statement", "export", &written, "--format", "pdf", "--output", pdf.to_str().expect("path")]);
    let text = text_of(&pdf);
    assert!(pages(&pdf) >= 4, "every recommendation with its footnote");
    for expected in [
        "EXPOSÉ ÉCRIT PRÉSENTÉ PAR",
        "statut consultatif spécial",
        "Point 6",
        "A/HRC/43/15, recommendation 1 of this list.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the written statement");
    }

    let docx = dir.path().join("written.docx");
    ok(&target, &["statement", "export", &written, "--format", "docx", "--output", docx.to_str().expect("path")]);
    let converted = dir.path().join("converted");
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("lo-profile").display());
    tool(
        "soffice",
        &[
            &profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            converted.to_str().expect("path"),
            docx.to_str().expect("path"),
        ],
    );
    let text = text_of(&converted.join("written.pdf"));
    assert!(text.contains("Implementation of the third cycle") && text.contains("Exposé écrit présenté par"), "{text}");

    let nowhere = uprkit(&target, &["statement", "check", "999999"]);
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nowhere.stderr).contains("999999"));
    assert_eq!(
        uprkit(&target, &["statement", "export", &oral, "--format", "odt", "--output", "x"]).status.code(),
        Some(2)
    );
}
