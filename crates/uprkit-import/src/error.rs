//! Import errors: what is wrong, where, and what to do.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Row as a spreadsheet shows it (the header is row 1), when the problem is in a row.
    pub row: Option<u64>,
    /// What is wrong, naming the column and the value.
    pub reason: String,
}

/// Why a file could not be imported. Nothing of it was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    /// The file.
    pub file: PathBuf,
    /// Every problem found (at most [`ImportError::MAX_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Problems found beyond those listed.
    pub more: usize,
}

impl ImportError {
    /// How many problems are listed before the rest are only counted.
    pub const MAX_PROBLEMS: usize = 20;

    /// An error about the whole file.
    pub fn file(file: &Path, reason: impl Into<String>) -> Self {
        ImportError { file: file.to_path_buf(), problems: vec![Problem { row: None, reason: reason.into() }], more: 0 }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match p.row {
                Some(row) => write!(f, "{file}, row {row}: {}", p.reason)?,
                None => write!(f, "{file}: {}", p.reason)?,
            }
        }
        if self.more > 0 {
            write!(f, "\n{file}: and {} more problems", self.more)?;
        }
        Ok(())
    }
}

/// Collects row problems so a user sees many at once instead of fixing them one run at a time.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub fn push(&mut self, row: u64, reason: String) {
        if self.list.len() < ImportError::MAX_PROBLEMS {
            self.list.push(Problem { row: Some(row), reason });
        } else {
            self.more += 1;
        }
    }

    pub fn into_result<T>(self, file: &Path, value: T) -> Result<T, ImportError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(ImportError { file: file.to_path_buf(), problems: self.list, more: self.more })
        }
    }
}
