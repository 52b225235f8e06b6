//! `uprkit fuzz`: every target runs clean for a short while from the real seed files, and the
//! same seed gives the same run.

mod common;

use common::*;

fn fuzz(target: &str, extra: &[&str]) -> std::process::Output {
    let shared = shared_data().join("..");
    let out = tempfile::tempdir().expect("temp dir");
    let mut args = vec!["fuzz", target, "--seed", "7", "--shared", shared.to_str().expect("utf-8")];
    let folder = out.path().display().to_string();
    args.extend(["--out", &folder]);
    args.extend_from_slice(extra);
    let data = ["--data-dir".to_string(), out.path().join("data").display().to_string()];
    uprkit(&data, &args)
}

#[test]
fn every_target_runs_clean() {
    // Documents go through a child process each (the real isolated reader): fewer per second.
    for (target, seconds, least) in [
        ("query", "15", 50),
        ("upr-info-csv", "15", 50),
        ("upr-info-xlsx", "15", 50),
        ("ohchr-pdf", "10", 3),
        ("ohchr-docx", "10", 3),
        ("upload", "10", 3),
    ] {
        let out = fuzz(target, &["--seconds", seconds]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{target}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("0 unique failures"), "{stdout}");
        let iterations: u64 = stdout
            .split_once(": ")
            .and_then(|(_, rest)| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("iterations");
        assert!(iterations > least, "{target}: {stdout}");
    }
}

#[test]
fn unknown_target_is_a_clear_error() {
    let out = fuzz("nothing", &["--seconds", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("use one of query, upr-info-csv, upr-info-xlsx, ohchr-pdf, ohchr-docx, upload")
    );
}
