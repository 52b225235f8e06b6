//! Helpers for the end-to-end tests: the shared data folder and the `uprkit` binary.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// `../shared/data` beside the project (or `UPRKIT_SHARED_DATA`); fails with a clear message.
pub fn shared_data() -> PathBuf {
    uprkit_core::testing::shared_data("")
}

/// Runs `uprkit` with a database chosen by `target` (`--data-dir` or `--database-url`).
pub fn uprkit(target: &[String], args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .args(target)
        .args(args)
        .env_remove("UPRKIT_DATABASE_URL")
        .env_remove("UPRKIT_DATA_DIR")
        .output()
        .expect("uprkit runs")
}

/// Runs `uprkit` and expects success.
pub fn ok(target: &[String], args: &[&str]) -> String {
    let out = uprkit(target, args);
    assert!(
        out.status.success(),
        "uprkit {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// `uprkit search ARGS --format json`, parsed.
pub fn search_json(target: &[String], args: &[&str]) -> serde_json::Value {
    let mut all = vec!["search"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    serde_json::from_str(&ok(target, &all)).expect("search prints JSON")
}

/// The total of a search.
pub fn total(target: &[String], args: &[&str]) -> u64 {
    search_json(target, args)["total"].as_u64().expect("total is a number")
}
pub mod browser;
pub mod http;
pub mod screenshots;
