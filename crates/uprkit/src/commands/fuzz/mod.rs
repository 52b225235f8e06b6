//! `uprkit fuzz TARGET`: a mutation fuzzer on the stable toolchain. It starts from the real
//! files in `../shared` (see [`targets`]), mutates them deterministically from `--seed`, runs
//! each input through the real code, and reports panics and misbehaviour as failures, saving
//! the first input of each in the output folder. A failure makes the command exit 1.

mod documents;
mod mutate;
mod targets;
mod upload;

use crate::cli::{Cli, FuzzArgs};
use anyhow::Context;
use mutate::{Rng, mutate};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The last panic's message and place, recorded by the hook instead of printed.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Runs a target until the time or the iterations are up.
pub async fn run(cli: &Cli, args: &FuzzArgs) -> anyhow::Result<()> {
    let target = targets::open(&args.target, &args.shared).await?;
    let out = args.out.clone().unwrap_or_else(|| cli.data_dir.join("fuzz"));
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    // Before each input, the input is saved here: if the process itself dies (a stack
    // overflow or an abort cannot be caught), the file is the crashing input.
    let current = out.join(format!("{}-current.bin", args.target));
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("panic at {place}: {message}"));
        }
    }));
    let seeds = target.seeds().to_vec();
    anyhow::ensure!(!seeds.is_empty(), "target {} has no seed inputs", args.target);
    let mut rng = Rng::new(args.seed);
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let mut failures: BTreeMap<String, (PathBuf, u64)> = BTreeMap::new();
    let mut iterations = 0u64;
    while Instant::now() < deadline && args.iterations.is_none_or(|n| iterations < n) {
        // The seeds as they are first, then mutations of them.
        let input = match seeds.get(iterations as usize) {
            Some(seed) => seed.clone(),
            None => {
                let pick = rng.below(seeds.len());
                mutate(&mut rng, &seeds[pick], &seeds)
            }
        };
        iterations += 1;
        std::fs::write(&current, &input).with_context(|| format!("cannot write {}", current.display()))?;
        let outcome = match tokio::spawn(target.clone().run_one(input.clone())).await {
            Ok(result) => result,
            Err(e) if e.is_panic() => Err(LAST_PANIC.lock().ok().and_then(|mut p| p.take()).unwrap_or_default()),
            Err(e) => Err(format!("the run was cancelled: {e}")),
        };
        if let Err(failure) = outcome {
            let key = failure_key(&failure);
            let n = failures.len() + 1;
            let entry = failures.entry(key).or_insert_with(|| (save(&out, &args.target, n, &input), 0));
            entry.1 += 1;
            if entry.1 == 1 {
                eprintln!("failure {n}: {failure}\n  input saved to {}", entry.0.display());
            }
        }
    }
    let _ = std::fs::remove_file(&current);
    let _ = std::panic::take_hook();
    println!(
        "fuzz {}: {iterations} iterations, seed {}, {} seed inputs; {} unique failures",
        args.target,
        args.seed,
        seeds.len(),
        failures.len()
    );
    for (key, (path, count)) in &failures {
        println!("  {count} x {key}\n      first input: {}", path.display());
    }
    anyhow::ensure!(failures.is_empty(), "{} unique failures (inputs in {})", failures.len(), out.display());
    Ok(())
}

/// Failures are the same when their message is, numbers aside (row numbers, sizes).
fn failure_key(failure: &str) -> String {
    let first = failure.lines().next().unwrap_or_default();
    let mut key: String = first.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect();
    if let Some(place) = first.strip_prefix("panic at ").and_then(|r| r.split(": ").next()) {
        // A panic is known by its place (its message often holds the input).
        key = format!("panic at {place}");
    }
    key.chars().take(200).collect()
}

fn save(out: &Path, target: &str, n: usize, input: &[u8]) -> PathBuf {
    let path = out.join(format!("{target}-failure-{n}.bin"));
    if let Err(e) = std::fs::write(&path, input) {
        eprintln!("cannot save the failing input to {}: {e}", path.display());
    }
    path
}
