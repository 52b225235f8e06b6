//! Reading OHCHR documents where no file can take the server or the command line down.
//!
//! pdf-extract recurses without a limit (a PDF whose form draws itself overflows the stack,
//! which aborts the process: `catch_unwind` cannot catch that) and the decompressors it uses
//! expand whatever a file asks. So the product reads every document in a child process (uprkit
//! itself, `uprkit read-document`), which caps its own address space, and kills it when it
//! takes too long. Whatever happens to the child becomes an error naming the file. At most
//! [`CONCURRENT_READS`] documents are read at a time, off the async runtime, so other users are
//! not slowed by someone's uploads.

use crate::AppError;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Semaphore;
use uprkit_core::StateDirectory;
use uprkit_import::ImportError;
use uprkit_import::ohchr::{self, OhchrDocument};

/// The address space a reading child may use, in MiB.
pub const READER_MEMORY_MB: u64 = 1024;
/// How long a reading child may take.
pub const READER_TIME: Duration = Duration::from_secs(60);
/// Documents read at the same time; the others wait their turn.
pub const CONCURRENT_READS: usize = 2;

/// What the child writes on its standard output: the document, or why it is not one.
pub type ReadOutcome = Result<OhchrDocument, ImportError>;

#[derive(Debug, Clone)]
enum How {
    Isolated { program: PathBuf, args: Vec<String> },
    InProcess,
}

/// Reads OHCHR documents, isolated or (in in-process tests only) on a blocking thread.
#[derive(Debug, Clone)]
pub struct DocumentReader {
    how: How,
    permits: Arc<Semaphore>,
}

impl DocumentReader {
    /// Reads each document by running `program args... --name NAME`, which takes the file on its
    /// standard input and writes a [`ReadOutcome`] as JSON (`uprkit read-document`). The
    /// served product and the command line always read this way.
    pub fn isolated(program: PathBuf, args: Vec<String>) -> Self {
        DocumentReader { how: How::Isolated { program, args }, permits: Arc::new(Semaphore::new(CONCURRENT_READS)) }
    }

    /// Reads in this process, on a blocking thread: a reader panic is caught, but a stack
    /// overflow would end the process. Only for tests that run the application in-process.
    pub fn in_process() -> Self {
        DocumentReader { how: How::InProcess, permits: Arc::new(Semaphore::new(CONCURRENT_READS)) }
    }

    /// Reads one document; `path` names it in messages. A file that is not a readable OHCHR
    /// document is [`AppError::Invalid`], with the file and the reason.
    pub async fn read(&self, path: &Path, bytes: &[u8]) -> Result<OhchrDocument, AppError> {
        let _permit =
            self.permits.acquire().await.map_err(|_| AppError::Internal("the document reader is shut down".into()))?;
        let outcome = match &self.how {
            How::InProcess => {
                let (path, bytes) = (path.to_path_buf(), bytes.to_vec());
                let read =
                    tokio::task::spawn_blocking(move || ohchr::read_document(&path, &bytes, &StateDirectory::load()));
                read.await.map_err(|e| AppError::Invalid(format!("the reader stopped: {e}")))?
            }
            How::Isolated { program, args } => isolated(program, args, path, bytes).await?,
        };
        outcome.map_err(|e| AppError::Invalid(e.to_string()))
    }
}

async fn isolated(program: &Path, args: &[String], path: &Path, bytes: &[u8]) -> Result<ReadOutcome, AppError> {
    let name = path.display().to_string();
    let stopped = |why: String| AppError::Invalid(format!("could not read {name}: the reader stopped ({why})"));
    let mut child = tokio::process::Command::new(program)
        .args(args)
        .arg("--name")
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            AppError::Internal(format!("could not read {name}: cannot start the reader {}: {e}", program.display()))
        })?;
    let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        return Err(stopped("its pipes could not be opened".into()));
    };
    let input = bytes.to_vec();
    let run = async {
        // The child may stop before reading everything; its exit status says why.
        let feed = async move {
            let _ = stdin.write_all(&input).await;
            drop(stdin);
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        // The document's JSON is a few megabytes at most; the reader's messages a few lines.
        let (mut out_pipe, mut err_pipe) = ((&mut stdout).take(256 * 1024 * 1024), (&mut stderr).take(64 * 1024));
        let ((), out_read, err_read) =
            tokio::join!(feed, out_pipe.read_to_end(&mut out), err_pipe.read_to_end(&mut err));
        out_read?;
        let _ = err_read;
        let status = child.wait().await?;
        Ok::<_, std::io::Error>((status, out, err))
    };
    let (status, out, err) = match tokio::time::timeout(READER_TIME, run).await {
        Ok(done) => done.map_err(|e| AppError::Invalid(format!("could not read {name}: the reader failed: {e}")))?,
        // Dropping the child kills it (kill_on_drop).
        Err(_) => return Err(stopped(format!("took too long: more than {} s", READER_TIME.as_secs()))),
    };
    if status.success()
        && let Ok(outcome) = serde_json::from_slice::<ReadOutcome>(&out)
    {
        return Ok(outcome);
    }
    let err = String::from_utf8_lossy(&err);
    let why = if err.contains("memory allocation of") || err.contains("out of memory") {
        format!("needed more than {READER_MEMORY_MB} MB")
    } else if err.contains("overflowed its stack") {
        "crashed: its stack overflowed, as on a PDF whose parts refer to each other".to_string()
    } else {
        let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").chars().take(200).collect::<String>();
        match status.code() {
            Some(code) if last.is_empty() => format!("crashed with exit code {code}"),
            Some(code) => format!("crashed with exit code {code}: {last}"),
            None => "crashed".to_string(),
        }
    };
    Err(stopped(why))
}
