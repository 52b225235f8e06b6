//! For the tests of every crate: where the shared real data lives. Not used by the product.

use std::path::{Path, PathBuf};

/// `../shared/data` beside the project (or `UPRKIT_SHARED_DATA`), joined with `relative`.
/// Panics with what to do when the folder is missing: a test without its data cannot pass.
pub fn shared_data(relative: &str) -> PathBuf {
    let root = std::env::var_os("UPRKIT_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(
        root.join("upr-info").is_dir(),
        "shared test data not found at {}: put the shared folder beside the project or set UPRKIT_SHARED_DATA",
        root.display()
    );
    let path = root.join(relative);
    assert!(path.exists(), "test data missing: {}", path.display());
    path
}
