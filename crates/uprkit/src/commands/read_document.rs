//! `uprkit read-document --name NAME` (hidden): the child process that reads one OHCHR
//! document for the server and `import document` (see `uprkit_app::documents::reader`). It caps its own
//! address space first; a file that crashes it or needs too much memory ends only this process,
//! and the parent reports it.

use crate::cli::ReadDocumentArgs;
use anyhow::Context;
use std::io::{Read, Write};
use std::process::ExitCode;
use uprkit_app::documents::reader::{DocumentReader, READER_MEMORY_MB, ReadOutcome};
use uprkit_core::StateDirectory;
use uprkit_import::limits::MAX_FILE_BYTES;
use uprkit_import::ohchr;

/// Runs the reader; exit code 0 whenever a [`ReadOutcome`] was written, even an error.
pub fn main(args: &ReadDocumentArgs) -> ExitCode {
    match read(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Caps the memory, reads standard input, writes the outcome on standard output.
pub fn read(args: &ReadDocumentArgs) -> anyhow::Result<()> {
    let limit = READER_MEMORY_MB * 1024 * 1024;
    rlimit::setrlimit(rlimit::Resource::AS, limit, limit).context("cannot cap the reader's memory")?;
    let mut bytes = Vec::new();
    std::io::stdin().lock().take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).context("cannot read the document")?;
    let outcome: ReadOutcome = ohchr::read_document(&args.name, &bytes, &StateDirectory::load());
    drop(bytes);
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &outcome).context("cannot write the document")?;
    out.flush().context("cannot write the document")?;
    Ok(())
}

/// The reader the server and `import document` use: this very program, `read-document`.
pub fn isolated_reader() -> anyhow::Result<DocumentReader> {
    let program = std::env::current_exe().context("cannot find the uprkit program to read documents with")?;
    Ok(DocumentReader::isolated(program, vec!["read-document".into()]))
}
