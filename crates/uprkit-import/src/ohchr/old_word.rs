//! Old Word files (`.doc`, an OLE compound file starting D0 CF 11 E0). OHCHR published some
//! older matrices so. The reader cannot read the format itself; when LibreOffice is installed
//! (`soffice` or `libreoffice` on the PATH) it converts the file to DOCX in a temporary
//! directory, within a time limit, and the DOCX is read instead. Otherwise, or when the
//! conversion fails, the file is refused with what to do.

use crate::ImportError;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a conversion may take; the isolated reader's own limit is longer.
const CONVERSION_TIME: Duration = Duration::from_secs(40);

/// What the user is told when an old Word file cannot be converted.
const ADVICE: &str = "an old Word (.doc) file, which uprkit cannot read: open it in Word or LibreOffice and save it \
                      as DOCX (or PDF), or download the PDF from OHCHR";

/// Converts an old Word file to DOCX with LibreOffice, or says why it cannot be read.
pub(crate) fn to_docx(path: &Path, bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    let Some(office) = ["soffice", "libreoffice"].into_iter().find_map(on_path) else {
        return Err(ImportError::file(path, ADVICE));
    };
    convert(&office, bytes)
        .map_err(|why| ImportError::file(path, format!("{ADVICE} (converting it with LibreOffice failed: {why})")))
}

/// The program's full path when it is on the PATH.
fn on_path(program: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths).map(|dir| dir.join(program)).find(|p| p.is_file())
}

/// Runs the conversion in a fresh directory that is removed afterwards, whatever happens.
fn convert(office: &Path, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("uprkit-doc-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make a temporary directory: {e}"))?;
    let result = convert_in(office, bytes, &dir);
    // Best effort: a leftover directory in the temp dir is harmless.
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn convert_in(office: &Path, bytes: &[u8], dir: &Path) -> Result<Vec<u8>, String> {
    let input = dir.join("document.doc");
    std::fs::write(&input, bytes).map_err(|e| format!("cannot write the temporary file: {e}"))?;
    // Its own profile directory, so that a LibreOffice the user has open does not take the job.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let mut child = Command::new(office)
        .arg(profile)
        .args(["--headless", "--norestore", "--convert-to", "docx", "--outdir"])
        .arg(dir)
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", office.display()))?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break,
            Ok(Some(status)) => return Err(format!("it ended with {status}")),
            Ok(None) if started.elapsed() > CONVERSION_TIME => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("it took longer than {} seconds", CONVERSION_TIME.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(100)),
            Err(e) => return Err(e.to_string()),
        }
    }
    std::fs::read(dir.join("document.docx")).map_err(|_| "it wrote no DOCX".to_string())
}
