//! `ohchr-pdf` and `ohchr-docx`: an OHCHR document through the real path the server and
//! `uprkit import document` take (read by this program in a child process with its memory and
//! time limits, then written in one unit of work). A reader that stops (crash, overflow,
//! memory, time) must be a clear error, and a refused document must leave the database exactly
//! as it was.

use super::targets::{Run, Target};
use crate::commands::read_document::isolated_reader;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::{Actor, App};
use uprkit_search::Engine;
use uprkit_store::Store;
use uprkit_store::testing::{TestDatabase, row_counts};

/// Real OHCHR documents of one kind (`pdf` or `docx`), smallest first, at most `n`.
pub fn seeds(shared: &Path, extension: &str, n: usize) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut files = Vec::new();
    let mut stack = vec![shared.join("data/ohchr")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
                files.push((std::fs::metadata(&path)?.len(), path));
            }
        }
    }
    files.sort();
    anyhow::ensure!(!files.is_empty(), "no .{extension} file under {}", shared.join("data/ohchr").display());
    files
        .iter()
        .take(n)
        .map(|(_, p)| std::fs::read(p).with_context(|| format!("cannot read {}", p.display())))
        .collect()
}

/// A document target.
pub struct DocumentTarget {
    _db: TestDatabase,
    store: Store,
    app: App,
    reader: DocumentReader,
    name: PathBuf,
    seeds: Vec<Vec<u8>>,
}

impl DocumentTarget {
    /// The target for `pdf` or `docx` documents.
    pub async fn open(shared: &Path, extension: &str) -> anyhow::Result<DocumentTarget> {
        let seeds = seeds(shared, extension, 4)?;
        let db = TestDatabase::sqlite()?;
        let store = db.store().await?;
        let engine = Arc::new(Engine::open(&db.dir.join("index"))?);
        let app = App::new(store.clone(), engine);
        let name = PathBuf::from(format!("fuzz.{extension}"));
        Ok(DocumentTarget { _db: db, store, app, reader: isolated_reader()?, name, seeds })
    }
}

impl Target for DocumentTarget {
    fn seeds(&self) -> &[Vec<u8>] {
        &self.seeds
    }

    fn run_one(self: Arc<Self>, input: Vec<u8>) -> Run {
        Box::pin(async move {
            let before = row_counts(&self.store).await.map_err(|e| format!("cannot read the database: {e}"))?;
            let operator = Actor::command_line();
            if let Err(e) = self.app.import_document(&operator, &self.reader, &self.name, &input, false).await {
                let after = row_counts(&self.store).await.map_err(|e| format!("cannot read the database: {e}"))?;
                if after != before {
                    return Err(format!("a refused document changed the database ({e})"));
                }
                if e.to_string().trim().is_empty() {
                    return Err("a refused document gave no reason".into());
                }
            }
            Ok(())
        })
    }
}
