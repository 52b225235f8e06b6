//! What can go wrong when typesetting, with typst's own messages.

use std::fmt;

/// A typesetting failure.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    /// The typst source did not compile: a template bug, or a data file it could not read.
    #[error("the document did not compile:\n{}", list(diagnostics))]
    Compile {
        /// typst's errors, in its order.
        diagnostics: Vec<Diagnostic>,
    },
    /// The compiled document could not be written as PDF.
    #[error("the PDF could not be written:\n{}", list(diagnostics))]
    Export {
        /// typst's errors, in its order.
        diagnostics: Vec<Diagnostic>,
    },
    /// A data file's name is not a path typst accepts.
    #[error("data file name {name:?} is not a valid path: {reason}")]
    DataName {
        /// The name given.
        name: String,
        /// Why typst refused it.
        reason: String,
    },
    /// A pack of documents was asked for with no document in it.
    #[error("there is no document to typeset")]
    Empty,
    /// The document's data could not be serialised as JSON.
    #[error("the document's data could not be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// One message of typst, an error or a warning, located in the source when it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What typst says.
    pub message: String,
    /// The file it is about (`main.typ` for the source, or a data file's name).
    pub file: Option<String>,
    /// Line in that file, from 1.
    pub line: Option<usize>,
    /// Column in that line, from 1.
    pub column: Option<usize>,
    /// typst's hints on how to fix it.
    pub hints: Vec<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line, self.column) {
            (Some(file), Some(line), Some(column)) => write!(f, "{file}:{line}:{column}: ")?,
            (Some(file), _, _) => write!(f, "{file}: ")?,
            _ => {}
        }
        f.write_str(&self.message)?;
        for hint in &self.hints {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// One diagnostic a line, for the error's message.
fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n")
}
