//! Where the web application reads documents and keeps uploads between preview and import.
//! Reading and writing documents is the application's use-case (`uprkit_app::documents`).

use std::path::{Path, PathBuf};
use uprkit_app::documents::reader::DocumentReader;

/// Where the web application reads documents and keeps uploads between preview and import.
#[derive(Debug, Clone)]
pub struct Documents {
    /// How documents are read.
    pub reader: DocumentReader,
    /// Uploads waiting for confirmation: `<data dir>/uploads`.
    pub uploads: PathBuf,
}

impl Documents {
    /// Documents read in this process (see [`DocumentReader::in_process`]): only for tests
    /// that run the application in-process.
    pub fn in_process(uploads: PathBuf) -> Documents {
        Documents { reader: DocumentReader::in_process(), uploads }
    }
}

/// How long an upload waits for its confirmation before it is removed.
pub const UPLOAD_LIFETIME: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes uploads older than [`UPLOAD_LIFETIME`] from `dir`: previews nobody confirmed.
/// Called when the server starts and on each upload; a file that cannot be removed is left
/// for the next sweep.
pub fn sweep_uploads(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > UPLOAD_LIFETIME);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
