//! Import errors: what is wrong, where, and what to do.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with an input file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// Row as a spreadsheet shows it (the header is row 1), when the problem is in a row.
    pub row: Option<u64>,
    /// What is wrong, naming the column and the value.
    pub reason: String,
}

/// Why a file could not be imported. Nothing of it was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
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

    /// Longest reason kept, in characters: a reason quotes the input, and a hostile input
    /// (a header of 200,000 columns) must not make a message of megabytes.
    pub const MAX_REASON_CHARS: usize = 500;

    /// An error about the whole file.
    pub fn file(file: &Path, reason: impl Into<String>) -> Self {
        let reason = bounded(reason.into(), Self::MAX_REASON_CHARS);
        ImportError { file: file.to_path_buf(), problems: vec![Problem { row: None, reason }], more: 0 }
    }
}

/// `text` cut to `max` characters, with "…" and how much was left out.
pub(crate) fn bounded(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text,
        Some((cut, _)) => {
            let rest = text[cut..].chars().count();
            format!("{}… ({rest} more characters)", &text[..cut])
        }
    }
}

/// Items joined by `sep`, each cut to 200 characters, at most `max` of them, then "(N more)".
pub(crate) fn bounded_list<S: AsRef<str>>(items: &[S], sep: &str, max: usize) -> String {
    let mut out: Vec<String> = items.iter().take(max).map(|i| bounded(i.as_ref().to_string(), 200)).collect();
    if items.len() > max {
        out.push(format!("(… {} more)", items.len() - max));
    }
    out.join(sep)
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            // Reasons are bounded when made; this also bounds those built field by field.
            let reason = bounded(p.reason.clone(), Self::MAX_REASON_CHARS);
            match p.row {
                Some(row) => write!(f, "{file}, row {row}: {reason}")?,
                None => write!(f, "{file}: {reason}")?,
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
            self.list.push(Problem { row: Some(row), reason: bounded(reason, ImportError::MAX_REASON_CHARS) });
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
