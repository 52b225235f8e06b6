//! The command-line contract (DESIGN.md "Command line"): tests and users depend on these names.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod filter_args;

pub use filter_args::FilterArgs;

/// uprkit: the Universal Periodic Review workbench for civil society organisations.
#[derive(Debug, Parser)]
#[command(name = "uprkit", version, about, propagate_version = true)]
pub struct Cli {
    /// Directory for the SQLite database, the search index and generated files.
    #[arg(long, env = "UPRKIT_DATA_DIR", default_value = "./uprkit-data", global = true)]
    pub data_dir: PathBuf,
    /// Database URL: sqlite://FILE or postgres://USER@HOST/DB (default: SQLite in the data dir).
    #[arg(long, env = "UPRKIT_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web application.
    Serve(ServeArgs),
    /// Load data into the database.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Find recommendations.
    Search(SearchArgs),
    /// Write every recommendation of a search to a CSV or XLSX file.
    Export(ExportArgs),
    /// Create or upgrade the database schema and refresh the reference data.
    Migrate,
    /// Rebuild the search index from the database.
    Reindex,
    /// Key moments of reviews: deadlines, advocacy windows, adoption; as a table, JSON or .ics.
    Calendar(CalendarArgs),
    /// Accounts and roles: add, passwd, grant, revoke.
    #[command(subcommand)]
    User(UserCommand),
    /// Coalitions of organisations.
    #[command(subcommand)]
    Coalition(CoalitionCommand),
    /// What the data holds and where it came from: `data report`.
    #[command(subcommand)]
    Data(crate::commands::data::DataCommand),
    /// Suggest action categories, issues and SDG goals for what no source coded: train, apply,
    /// evaluate.
    #[command(subcommand)]
    Classify(crate::commands::classify::ClassifyCommand),
    /// The SMART checker on a draft recommendation (action category, weak verbs, several
    /// actions, time frame, measure, previous recommendations asking the same); with
    /// `--agreement`, how often its category agrees with UPR Info's.
    Smart(crate::commands::smart::SmartArgs),
    /// Review workspaces: `workspace create`.
    #[command(subcommand)]
    Workspace(crate::commands::workspace::WorkspaceCommand),
    /// A workspace's stakeholder submission: check, export, import.
    #[command(subcommand)]
    Submission(crate::commands::submission::SubmissionCommand),
    /// A statement for the adoption at the Human Rights Council: export, check.
    #[command(subcommand)]
    Statement(crate::commands::statement::StatementCommand),
    /// Personal API tokens: create, list, revoke.
    #[command(subcommand)]
    Token(crate::commands::token::TokenCommand),
    /// Measure performance.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Internal: reads one OHCHR document from standard input, with capped memory, and writes
    /// it as JSON. The server and `import document` run it as a child process, so that no file
    /// can take them down.
    #[command(hide = true)]
    ReadDocument(ReadDocumentArgs),
    /// Feed mutated real files to a parser and report crashes (for developers).
    Fuzz(FuzzArgs),
}

/// `uprkit read-document --name NAME` (internal).
#[derive(Debug, Args)]
pub struct ReadDocumentArgs {
    /// The file's name, for messages.
    #[arg(long)]
    pub name: PathBuf,
}

/// `uprkit fuzz TARGET`.
#[derive(Debug, Args)]
pub struct FuzzArgs {
    /// What to fuzz: query, upr-info-csv, upr-info-xlsx, ohchr-pdf, ohchr-docx or upload.
    pub target: String,
    /// How long to run.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Seed of the mutations: the same seed gives the same inputs.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Stop after this many inputs (default: only the time limit).
    #[arg(long)]
    pub iterations: Option<u64>,
    /// Folder for failing inputs (default: DATA_DIR/fuzz).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The shared folder with the real data and benchmark queries.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
}

/// `uprkit serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Load the bundled public data first if the database is empty: every State's
    /// recommendations from UPR Info, DIHR and OHCHR, reconciled.
    #[arg(long)]
    pub demo: bool,
    /// Which demo set `--demo` loads: `full` (the public dataset) or `small` (2,747 rows of 14
    /// States, for tests).
    #[arg(long, value_enum, default_value = "full", hide = true)]
    pub demo_set: crate::demo::DemoSet,
    /// Address people reach uprkit at (e.g. https://upr.example.org), used for every absolute
    /// link: invitation links, calendar feeds. Default: http:// and the bind address.
    #[arg(long, env = "UPRKIT_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Reverse proxies (IP addresses or CIDR networks, comma-separated) whose X-Forwarded-For
    /// header names the client. Default: none, every peer is the client.
    #[arg(long, env = "UPRKIT_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
}

/// `uprkit import ...`.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// UPR Info exports: cleaned CSV, UPR Info's raw export, XLSX, voluntary pledges.
    UprInfo {
        /// Files to import, all in one transaction.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// OHCHR documents (PDF, DOCX): Working Group reports, addenda, thematic lists, in any order.
    Document {
        /// Files to import; each in its own transaction.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Show what would be written, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Output formats of `uprkit search`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// The API's object: total, page, per_page, items, facets.
    Json,
    /// One row per recommendation.
    Csv,
}

/// `uprkit search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Results per page.
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
    /// Page of results.
    #[arg(long, default_value_t = 1)]
    pub page: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// File formats of `uprkit export`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormatArg {
    /// UTF-8 CSV with BOM, opens right in Excel.
    Csv,
    /// Excel workbook.
    Xlsx,
}

/// `uprkit export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export: every match, not one page.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// File format.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// File to write.
    #[arg(long, short)]
    pub output: PathBuf,
}

/// `uprkit calendar`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["session", "sur"])))]
pub struct CalendarArgs {
    /// Every review of this Working Group session.
    #[arg(long, conflicts_with_all = ["sur", "cycle"])]
    pub session: Option<u16>,
    /// One State's review (ISO3 or name); with --cycle.
    #[arg(long, requires = "cycle")]
    pub sur: Option<String>,
    /// The cycle of that review (1-5).
    #[arg(long)]
    pub cycle: Option<u8>,
    /// Record an official date replacing an estimate, e.g. review_day=2025-01-28 (repeatable;
    /// with --sur and --cycle).
    #[arg(long, value_name = "MOMENT=DATE", requires = "sur")]
    pub official: Vec<String>,
    /// Output format on the terminal.
    #[arg(long, value_enum, default_value_t = CalendarFormat::Table)]
    pub format: CalendarFormat,
    /// Also write an iCalendar file.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
}

/// Output formats of `uprkit calendar`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CalendarFormat {
    /// Aligned columns.
    Table,
    /// JSON.
    Json,
}

/// `uprkit user ...`. Passwords are read from `UPRKIT_PASSWORD` or the first line of input.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (and, with --org, give it a role there; the organisation is created
    /// if new).
    Add {
        /// E-mail address, used to sign in.
        email: String,
        /// Name shown to others.
        #[arg(long)]
        name: String,
        /// Organisation to join.
        #[arg(long)]
        org: Option<String>,
        /// Role in it: owner, editor or viewer.
        #[arg(long, default_value = "owner", requires = "org")]
        role: String,
        /// Platform administrator.
        #[arg(long)]
        admin: bool,
    },
    /// Set a new password.
    Passwd {
        /// E-mail address.
        email: String,
    },
    /// Give a role in an organisation.
    Grant {
        /// E-mail address.
        email: String,
        /// Organisation (created if new).
        #[arg(long)]
        org: String,
        /// owner, editor or viewer.
        #[arg(long)]
        role: String,
    },
    /// Remove from an organisation.
    Revoke {
        /// E-mail address.
        email: String,
        /// Organisation.
        #[arg(long)]
        org: String,
    },
}

/// `uprkit coalition ...`.
#[derive(Debug, Subcommand)]
pub enum CoalitionCommand {
    /// Form a coalition of organisations, e.g. for one review or a joint submission.
    Add {
        /// Its name.
        name: String,
        /// Member organisations (repeat).
        #[arg(long = "org", required = true)]
        orgs: Vec<String>,
    },
}

/// `uprkit bench ...`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Time the reading of real OHCHR documents (WG reports, addendum, thematic list).
    Document {
        /// Folder with Slovenia's documents (default: ../shared/data/ohchr/slovenia).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Reads per document.
        #[arg(long, default_value_t = 5)]
        runs: u32,
    },
    /// The classifier on sessions it never saw (issue 12): UPR Info coding learnt on sessions
    /// 1-16 and measured on 17-21, DIHR's SDG goals learnt on 1-8 and measured on 9-12, with
    /// both baselines; and the time to train on everything.
    Classify {
        /// The shared folder with `data/` (default: ../shared).
        #[arg(long)]
        shared: Option<PathBuf>,
        /// JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Import the UPR Info corpus into fresh databases and print rows per second.
    Import {
        /// The corpus (default: ../shared/data/upr-info/recommendations_sessions01-16.csv).
        #[arg(long)]
        file: Option<PathBuf>,
        /// Admin URL of a PostgreSQL server; a fresh database is created there and dropped after.
        #[arg(long, env = "UPRKIT_BENCH_POSTGRES_URL")]
        postgres: Option<String>,
        /// Runs per engine; the best is reported with the median.
        #[arg(long, default_value_t = 3)]
        runs: u32,
    },
    /// Search latency and throughput at scale: the engine, the HTTP API, PostgreSQL full text
    /// and SQLite FTS5 on the same grown corpus, with the targets of issue 3.
    Search {
        /// Grow the real corpus to this many recommendations.
        #[arg(long, default_value_t = 1_000_000)]
        records: usize,
        /// The corpus (default: ../shared/data/upr-info/recommendations_sessions01-16.csv).
        #[arg(long)]
        file: Option<PathBuf>,
        /// The query set (default: ../shared/bench/search-queries.txt).
        #[arg(long)]
        queries: Option<PathBuf>,
        /// Admin URL of a PostgreSQL server for the full-text baseline; a fresh database is
        /// created there and dropped after.
        #[arg(long, env = "UPRKIT_BENCH_POSTGRES_URL")]
        postgres: Option<String>,
        /// Timed passes over the query set (slow systems get fewer, at least 3).
        #[arg(long, default_value_t = 20)]
        runs: u32,
        /// Print one JSON object with every figure.
        #[arg(long)]
        json: bool,
        /// Leave parts out: http, postgres, sqlite (comma-separated).
        #[arg(long, value_delimiter = ',')]
        skip: Vec<String>,
    },
}
