//! `uprkit workspace create` and `uprkit submission import|check|export` run as the binary, on
//! a database holding Slovenia's third-cycle WG report: a coalition's workspace for the fourth
//! cycle, a real Word document imported as the draft, the checks as JSON and as a table, the
//! DOCX and PDF written; usage errors exit 2, runtime errors 1 with the file and what to do.

mod common;

use common::{ok, uprkit};
use std::process::Command;

fn uprkit_with_password(target: &[String], args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .args(target)
        .args(args)
        .env("UPRKIT_PASSWORD", "correct horse battery")
        .env_remove("UPRKIT_DATABASE_URL")
        .env_remove("UPRKIT_DATA_DIR")
        .output()
        .expect("uprkit runs");
    assert!(out.status.success(), "uprkit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn stderr_of(target: &[String], args: &[&str], code: i32) -> String {
    let out = uprkit(target, args);
    assert_eq!(out.status.code(), Some(code), "uprkit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_workspace_from_the_command_line_imports_a_draft_checks_and_exports_it() {
    let dir = tempfile::tempdir().expect("dir");
    let target = vec!["--data-dir".to_string(), dir.path().display().to_string()];
    let data = common::shared_data();
    let report = data.join("ohchr/slovenia/cycle3/g1934994.pdf");
    ok(&target, &["import", "document", report.to_str().expect("path")]);
    for (email, org) in
        [("a@example.org", "Mirovni inštitut"), ("b@example.org", "PIC"), ("c@example.org", "Amnesty Slovenia")]
    {
        uprkit_with_password(&target, &["user", "add", email, "--name", org, "--org", org]);
    }
    let orgs = ["--org", "Mirovni inštitut", "--org", "PIC", "--org", "Amnesty Slovenia"];
    let mut args = vec!["coalition", "add", "Slovenian UPR coalition"];
    args.extend_from_slice(&orgs);
    ok(&target, &args);

    let created: serde_json::Value = serde_json::from_str(&ok(
        &target,
        &[
            "workspace",
            "create",
            "--org",
            "Mirovni inštitut",
            "--sur",
            "SVN",
            "--cycle",
            "4",
            "--coalition",
            "Slovenian UPR coalition",
            "--format",
            "json",
        ],
    ))
    .expect("json");
    let ws = created["id"].as_i64().expect("id").to_string();
    assert_eq!(created["sur"], "SVN");
    assert_eq!(created["joint"], true);
    // Plain output: the id alone, for scripts.
    let single = ok(&target, &["workspace", "create", "--org", "1", "--sur", "Slovenia", "--cycle", "4"]);
    assert!(single.trim().parse::<i64>().is_ok(), "{single}");

    // The thematic list of Slovenia's third review, a real Word document, as the draft.
    let draft = data.join("ohchr/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx");
    let imported = ok(&target, &["submission", "import", &ws, draft.to_str().expect("path")]);
    // It has no headings: its text becomes one section.
    assert!(imported.lines().count() >= 1, "sections created: {imported}");
    assert!(imported.lines().all(|l| l.split('\t').count() == 3), "{imported}");

    let check: serde_json::Value =
        serde_json::from_str(&ok(&target, &["submission", "check", &ws, "--format", "json"])).expect("json");
    assert_eq!(check["limit"], 5630);
    assert_eq!(check["joint"], true);
    assert!(check["words"].as_u64().expect("words") > 500, "{check}");
    let table = ok(&target, &["submission", "check", &ws, "--format", "table"]);
    assert!(table.contains("of 5630 (joint submission)") && table.contains("section\t"), "{table}");

    let docx = dir.path().join("submission.docx");
    ok(&target, &["submission", "export", &ws, "--format", "docx", "--output", docx.to_str().expect("path")]);
    assert!(std::fs::read(&docx).expect("docx").starts_with(b"PK"), "a DOCX is a zip");
    let pdf = dir.path().join("submission.pdf");
    ok(&target, &["submission", "export", &ws, "--format", "pdf", "--output", pdf.to_str().expect("path")]);
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));

    // Usage errors: 2. Runtime errors: 1, naming the file or the record and what to do.
    stderr_of(&target, &["workspace", "create", "--org", "PIC"], 2);
    stderr_of(&target, &["submission", "export", &ws, "--format", "odt", "--output", "x.odt"], 2);
    let unknown = stderr_of(&target, &["workspace", "create", "--org", "Nobody", "--sur", "SVN", "--cycle", "4"], 1);
    assert!(unknown.contains("Nobody") && unknown.contains("uprkit user add"), "{unknown}");
    let not_docx = dir.path().join("notes.docx");
    std::fs::write(&not_docx, "plain text, not a Word document").expect("write");
    let bad = stderr_of(&target, &["submission", "import", &ws, not_docx.to_str().expect("path")], 1);
    assert!(bad.contains("notes.docx") && bad.contains("Save it"), "{bad}");
    let missing = stderr_of(&target, &["submission", "import", &ws, "/nonexistent/draft.docx"], 1);
    assert!(missing.contains("/nonexistent/draft.docx"), "{missing}");
    let before: serde_json::Value =
        serde_json::from_str(&ok(&target, &["submission", "check", &ws, "--format", "json"])).expect("json");
    assert_eq!(before["words"], check["words"], "a refused import writes nothing");
    let nowhere = stderr_of(&target, &["submission", "check", "999999", "--format", "json"], 1);
    assert!(nowhere.contains("999999"), "{nowhere}");
}
