//! Screenshots of the browser tests, numbered in order, under `target/browser-screenshots/`.

use fantoccini::Client;
use std::path::{Path, PathBuf};

/// Screenshots of one test, numbered in order, in `target/browser-screenshots/`.
pub struct Screenshots {
    dir: PathBuf,
    prefix: String,
    taken: usize,
}

impl Screenshots {
    /// Removes this test's screenshots of an earlier run.
    pub fn new(prefix: &str) -> Self {
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let dir = dir.canonicalize().unwrap_or(dir);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with(&format!("{prefix}-")) && name.ends_with(".png") {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        Self { dir, prefix: prefix.to_string(), taken: 0 }
    }

    /// Saves the top of the page (1280×1000 window) as `PREFIX-NN-label.png`.
    pub async fn take(&mut self, client: &Client, label: &str) -> PathBuf {
        client.execute("window.scrollTo(0, 0)", vec![]).await.expect("scroll to the top");
        let png = client.screenshot().await.expect("screenshot");
        self.save(png, label)
    }

    /// Saves the whole page (up to 4,000 pixels high) as `PREFIX-NN-label.png`, by making the
    /// window as tall as the page for a moment.
    pub async fn take_full_page(&mut self, client: &Client, label: &str) -> PathBuf {
        let height = client
            .execute("return document.documentElement.scrollHeight", vec![])
            .await
            .expect("page height")
            .as_u64()
            .unwrap_or(1000)
            .clamp(1000, 4000);
        let (width, old_height) = client.get_window_size().await.expect("window size");
        // The window is a little taller than its viewport.
        let chrome = old_height.saturating_sub(
            client.execute("return window.innerHeight", vec![]).await.expect("viewport").as_u64().unwrap_or(old_height),
        );
        client.set_window_size(width as u32, (height + chrome) as u32).await.expect("resize the window");
        client.execute("window.scrollTo(0, 0)", vec![]).await.expect("scroll to the top");
        let png = client.screenshot().await;
        client.set_window_size(width as u32, old_height as u32).await.expect("restore the window size");
        self.save(png.expect("screenshot"), label)
    }

    /// Saves the top of the page as a phone shows it (a window 400 pixels wide).
    pub async fn take_narrow(&mut self, client: &Client, label: &str) -> PathBuf {
        let (width, height) = client.get_window_size().await.expect("window size");
        client.set_window_size(400, height as u32).await.expect("narrow the window");
        client.execute("window.scrollTo(0, 0)", vec![]).await.expect("scroll to the top");
        let png = client.screenshot().await;
        // Names the outermost elements that stick out sideways (for the person reviewing).
        let js = r#"
            const w = document.documentElement.clientWidth, out = [];
            const wide = el => el.getBoundingClientRect().right > w + 1;
            for (const el of document.body.querySelectorAll('*')) {
                if (wide(el) && !(el.parentElement && wide(el.parentElement))) {
                    const cls = typeof el.className === 'string' && el.className.trim()
                        ? '.' + el.className.trim().split(/\s+/).join('.') : '';
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls
                        + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px of ' + w + ')');
                }
            }
            return out.slice(0, 10);"#;
        if let Ok(serde_json::Value::Array(wide)) = client.execute(js, vec![]).await
            && !wide.is_empty()
        {
            eprintln!("{label}: wider than a 400-pixel window: {wide:?}");
        }
        client.set_window_size(width as u32, height as u32).await.expect("restore the window size");
        self.save(png.expect("screenshot"), label)
    }

    fn save(&mut self, png: Vec<u8>, label: &str) -> PathBuf {
        self.taken += 1;
        assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        let path = self.dir.join(format!("{}-{:02}-{label}.png", self.prefix, self.taken));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("screenshot: {}", path.display());
        path
    }
}

/// `$CARGO_TARGET_DIR/browser-screenshots`, or the workspace's `target/browser-screenshots`.
pub fn screenshot_dir() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => workspace.join(dir),
        None => workspace.join("target"),
    };
    target.join("browser-screenshots")
}
