//! One module per subcommand.

mod bench;
mod bench_classify;
mod bench_document;
mod bench_search;
mod calendar;
pub mod classify;
pub mod data;
mod export;
mod fuzz;
pub mod import;
pub mod import_document;
pub mod read_document;
mod search;
mod serve;
pub mod smart;
pub mod statement;
pub mod submission;
mod submission_files;
pub mod token;
mod user;
pub mod workspace;

use indicatif::{ProgressBar, ProgressStyle};
use std::sync::Arc;
use uprkit_search::Engine;

use crate::cli::{BenchCommand, Cli, Command, ImportCommand};
use anyhow::Context;
use uprkit_store::{Store, redact, sqlite_url_in};

/// Runs the chosen subcommand.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Serve(args) => serve::run(&cli, args).await,
        Command::Import(ImportCommand::UprInfo { files }) => import::upr_info(&cli, files).await,
        Command::Import(ImportCommand::Document { files, dry_run }) => {
            import_document::run(&cli, files, *dry_run).await
        }
        Command::Search(args) => {
            let store = open_store(&cli).await?;
            let engine = open_engine(&cli, &store).await?;
            search::run(&store, &engine, args).await
        }
        Command::User(command) => user::run(&open_app(&cli).await?, command).await,
        Command::Coalition(command) => user::coalition(&open_app(&cli).await?, command).await,
        Command::Submission(command) => submission::run(&open_app(&cli).await?, command).await,
        Command::Statement(command) => statement::run(&open_app(&cli).await?, command).await,
        Command::Workspace(command) => workspace::run(&open_app(&cli).await?, command).await,
        Command::Token(command) => {
            let store = open_store(&cli).await?;
            let engine = open_engine(&cli, &store).await?;
            token::run(&uprkit_app::App::new(store, engine), command).await
        }
        Command::Calendar(args) => calendar::run(&open_app(&cli).await?, args).await,
        Command::Data(command) => data::run(&open_app(&cli).await?, command).await,
        Command::Classify(command) => classify::run(&open_app(&cli).await?, command).await,
        Command::Smart(args) => smart::run(&open_app(&cli).await?, args).await,
        Command::Export(args) => {
            let store = open_store(&cli).await?;
            let engine = open_engine(&cli, &store).await?;
            export::run(&store, &engine, args).await
        }
        Command::Reindex => {
            let store = open_store(&cli).await?;
            let engine = Arc::new(Engine::open(&index_dir(&cli))?);
            let bar = bar(store.recommendation_count().await?, "indexing");
            let n = uprkit_search::sync::rebuild(&engine, &store, &|n| bar.set_position(n)).await?;
            bar.finish_and_clear();
            println!("search index rebuilt: {n} recommendations");
            Ok(())
        }
        Command::Migrate => {
            let store = open_store(&cli).await?;
            println!("database ready: {} recommendations", store.recommendation_count().await?);
            Ok(())
        }
        // main.rs runs it before the runtime starts; this arm only serves callers that skip main.
        Command::ReadDocument(args) => read_document::read(args),
        Command::Fuzz(args) => fuzz::run(&cli, args).await,
        Command::Bench(BenchCommand::Classify { shared, json }) => bench_classify::run(shared.as_deref(), *json).await,
        Command::Bench(BenchCommand::Document { dir, runs }) => bench_document::run(dir.as_deref(), *runs),
        Command::Bench(BenchCommand::Import { file, postgres, runs }) => {
            bench::import(file.as_deref(), postgres.as_deref(), *runs).await
        }
        Command::Bench(BenchCommand::Search { records, file, queries, postgres, runs, json, skip }) => {
            let (file, queries, postgres, skip) = (file.clone(), queries.clone(), postgres.clone(), skip.clone());
            bench_search::run(bench_search::Options {
                records: *records,
                file,
                queries,
                postgres,
                runs: *runs,
                json: *json,
                skip,
            })
            .await
        }
    }
}

/// The database URL the options point at: `--database-url`, else SQLite in the data dir.
pub fn database_url(cli: &Cli) -> anyhow::Result<String> {
    match &cli.database_url {
        Some(url) => Ok(url.clone()),
        None => {
            std::fs::create_dir_all(&cli.data_dir)
                .with_context(|| format!("cannot create the data directory {}", cli.data_dir.display()))?;
            Ok(sqlite_url_in(&cli.data_dir))
        }
    }
}

/// Connects to the database and brings its schema up to date.
pub async fn open_store(cli: &Cli) -> anyhow::Result<Store> {
    let url = database_url(cli)?;
    let store = Store::connect(&url).await?;
    store.migrate().await.with_context(|| format!("cannot prepare the database {}", redact(&url)))?;
    Ok(store)
}

/// Where the search index lives: `index/` in the data directory.
pub fn index_dir(cli: &Cli) -> std::path::PathBuf {
    cli.data_dir.join("index")
}

/// Opens the search index, rebuilding it first if it does not reflect the database.
pub async fn open_engine(cli: &Cli, store: &Store) -> anyhow::Result<Arc<Engine>> {
    let dir = index_dir(cli);
    let engine =
        Arc::new(Engine::open(&dir).with_context(|| format!("cannot open the search index in {}", dir.display()))?);
    let bar = bar(store.recommendation_count().await?, "updating the search index");
    uprkit_search::sync::ensure_fresh(&engine, store, &|n| bar.set_position(n)).await?;
    bar.finish_and_clear();
    Ok(engine)
}

/// The application for commands that change no recommendation (accounts, official dates):
/// the index is opened but not brought up to date first, since their writes never touch it.
pub async fn open_app(cli: &Cli) -> anyhow::Result<uprkit_app::App> {
    let store = open_store(cli).await?;
    let dir = index_dir(cli);
    let engine =
        Arc::new(Engine::open(&dir).with_context(|| format!("cannot open the search index in {}", dir.display()))?);
    Ok(uprkit_app::App::new(store, engine))
}

/// A progress bar on stderr, drawn only when stderr is a terminal.
pub fn bar(len: u64, label: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    let template = format!("{{spinner}} {label} {{bar:40}} {{pos}}/{{len}} ({{per_sec}})");
    bar.set_style(ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar
}

/// The style of a bar that only spins, for work whose length is unknown.
pub fn spinner_style(label: &str) -> ProgressStyle {
    ProgressStyle::with_template(&format!("{{spinner}} {label}")).unwrap_or_else(|_| ProgressStyle::default_spinner())
}
