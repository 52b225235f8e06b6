//! One module per subcommand.

mod bench;
mod import;
mod search;
mod serve;

use crate::cli::{BenchCommand, Cli, Command, ImportCommand};
use anyhow::Context;
use uprkit_store::{Store, redact, sqlite_url_in};

/// Runs the chosen subcommand.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Serve(args) => serve::run(&open_store(&cli).await?, args).await,
        Command::Import(ImportCommand::UprInfo { files }) => import::upr_info(&cli, files).await,
        Command::Search(args) => search::run(&open_store(&cli).await?, args).await,
        Command::Migrate => {
            let store = open_store(&cli).await?;
            println!(
                "database ready: {} recommendations",
                store.recommendation_count().await?
            );
            Ok(())
        }
        Command::Bench(BenchCommand::Import { file, postgres, runs }) => {
            bench::import(file.as_deref(), postgres.as_deref(), *runs).await
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
    store
        .migrate()
        .await
        .with_context(|| format!("cannot prepare the database {}", redact(&url)))?;
    Ok(store)
}
