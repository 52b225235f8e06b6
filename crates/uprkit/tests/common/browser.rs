//! Browser tests' harness: Chromium driven over WebDriver (our own `chromedriver` on a free port,
//! spoken to with fantoccini), the real `uprkit serve --demo` on a free port, plain HTTP GETs
//! for downloads, and screenshots under `target/browser-screenshots/`.
//!
//! The browser tests run when Chromium and chromedriver are found. Without them a test prints
//! why it is skipped and passes, unless `UPRKIT_REQUIRE_BROWSER=1` (set by `.ci/run`): then a
//! missing browser is a failure. `UPRKIT_CHROMIUM` and `UPRKIT_CHROMEDRIVER` name other binaries.

use fantoccini::{Client, ClientBuilder, Locator};
use std::future::Future;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

// The browser tests reach everything through `browser`; not every test binary uses all of it.
#[allow(unused_imports)]
pub use super::http::*;
#[allow(unused_imports)]
pub use super::screenshots::*;

/// Set to `1` to make a missing Chromium or chromedriver fail the browser tests.
pub const REQUIRE_BROWSER: &str = "UPRKIT_REQUIRE_BROWSER";

/// How long a page may take to show what a step waits for.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// The two programs a browser test needs.
#[derive(Debug, Clone)]
pub struct Tools {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// The first executable among `names` on `PATH` (a name with a `/` is taken as a path).
fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        if name.contains('/') {
            let p = PathBuf::from(name);
            if is_executable(&p) {
                return Some(p);
            }
            continue;
        }
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if is_executable(&p) {
                return Some(p);
            }
        }
    }
    None
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A binary named by `var`, or the first of `names` found.
fn tool(var: &str, names: &[&str]) -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os(var) {
        let p = PathBuf::from(p);
        return if is_executable(&p) { Ok(p) } else { Err(format!("{var}={} is not an executable file", p.display())) };
    }
    which(names).ok_or_else(|| format!("none of {names:?} found on PATH (or set {var})"))
}

/// Chromium and chromedriver, or `None` after printing why the test `test` is skipped.
///
/// Panics instead when `UPRKIT_REQUIRE_BROWSER=1`, so CI cannot pass without running it.
pub fn tools_or_skip(test: &str) -> Option<Tools> {
    let chromium = tool("UPRKIT_CHROMIUM", &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]);
    let chromedriver = tool("UPRKIT_CHROMEDRIVER", &["chromedriver", "/usr/lib/chromium/chromedriver"]);
    match (chromium, chromedriver) {
        (Ok(chromium), Ok(chromedriver)) => Some(Tools { chromium, chromedriver }),
        (chromium, chromedriver) => {
            let missing: Vec<String> = [chromium.err(), chromedriver.err()].into_iter().flatten().collect();
            let why = format!(
                "browser test `{test}` needs Chromium and chromedriver: {}. On Debian/Ubuntu: \
                 apt-get install chromium chromium-driver",
                missing.join("; ")
            );
            if std::env::var(REQUIRE_BROWSER).is_ok_and(|v| v == "1") {
                panic!("{why} ({REQUIRE_BROWSER}=1, so this is a failure, not a skip)");
            }
            eprintln!("SKIPPED: {why}. Set {REQUIRE_BROWSER}=1 to make this a failure.");
            None
        }
    }
}

/// Runs `uprkit ARGS` on the data folder `data` (SQLite, whatever the environment says), with
/// `password` for commands that ask for one; answers its output, fails the test if it fails.
pub fn run_uprkit(data: &Path, args: &[&str], password: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_uprkit"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("UPRKIT_PASSWORD", password)
        .env_remove("UPRKIT_DATABASE_URL")
        .output()
        .expect("uprkit runs");
    assert!(out.status.success(), "uprkit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free local port");
    listener.local_addr().expect("local address").port()
}

/// A child process in its own process group; the whole group is killed on drop, so a browser
/// that chromedriver started cannot outlive the test.
struct Group {
    child: Child,
    name: &'static str,
}

impl Group {
    fn spawn(name: &'static str, command: &mut Command) -> Self {
        let child = command
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name} ({:?}): {e}", command.get_program()));
        Self { child, name }
    }

    /// Fails with `log` if the process has ended.
    fn check_running(&mut self, log: impl FnOnce() -> String) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("{} exited early ({status}):\n{}", self.name, log());
        }
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        // The group id is the child's pid (process_group(0)); `kill -- -PGID` reaches the
        // child and everything it started that stayed in the group.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `uprkit --data-dir TMP serve --demo --bind 127.0.0.1:0`, running until dropped.
pub struct Server {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub base: String,
    _process: Group,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts the server on the demo data and waits for its "uprkit is running" line.
    pub fn start_demo() -> Self {
        Self::start_demo_after(|_| {})
    }

    /// The same, after `setup` has prepared the data folder (e.g. with `uprkit user add`).
    pub fn start_demo_after(setup: impl FnOnce(&Path)) -> Self {
        let dir = tempfile::tempdir().expect("temporary data folder");
        let log_path = dir.path().join("server.log");
        let log = std::fs::File::create(&log_path).expect("server log");
        let data = dir.path().join("data");
        setup(&data);
        let mut process = Group::spawn(
            "uprkit serve",
            Command::new(env!("CARGO_BIN_EXE_uprkit"))
                .arg("--data-dir")
                .arg(&data)
                .args(["serve", "--demo", "--demo-set", "small", "--bind", "127.0.0.1:0"])
                .env_remove("UPRKIT_DATABASE_URL")
                .env_remove("UPRKIT_DATA_DIR")
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(log),
        );
        let stdout = process.child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        // Reads stdout to the end so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(180);
        let mut seen = Vec::new();
        let base = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left.min(Duration::from_millis(200))) {
                Ok(line) => {
                    if let Some(url) = line.split("open ").nth(1).and_then(|r| r.split(' ').next())
                        && line.starts_with("uprkit is running")
                    {
                        break url.trim_end_matches('/').to_string();
                    }
                    seen.push(line);
                }
                Err(mpsc::RecvTimeoutError::Timeout) if !left.is_zero() => {
                    process.check_running(|| read_log(&log_path));
                }
                Err(_) => panic!(
                    "uprkit serve did not say it was running; stdout:\n{}\nstderr:\n{}",
                    seen.join("\n"),
                    read_log(&log_path)
                ),
            }
        };
        Self { base, _process: process, _dir: dir }
    }

    /// The server's process id (to read its memory from /proc).
    pub fn pid(&self) -> u32 {
        self._process.child.id()
    }

    /// The absolute URL of `path` (which starts with `/`), or `path` itself if absolute.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }
}

fn read_log(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let tail: Vec<&str> = text.lines().rev().take(60).collect();
    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
}

/// Headless Chromium behind our own chromedriver; `run` drives it and always ends the session.
pub struct Browser {
    client: Client,
    _driver: Group,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a Chromium session in a fresh profile,
    /// with JavaScript on or (to see the pages as people without it do) off.
    pub async fn start(tools: &Tools, javascript: bool) -> Self {
        let profile = tempfile::tempdir().expect("temporary browser profile");
        let port = free_port();
        let log_path = profile.path().join("chromedriver.log");
        let mut driver = Group::spawn(
            "chromedriver",
            Command::new(&tools.chromedriver)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log_path.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        while !http_answers(port) {
            driver.check_running(|| read_log(&log_path));
            assert!(Instant::now() < deadline, "chromedriver did not answer on port {port}:\n{}", read_log(&log_path));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let user_data = profile.path().join("profile");
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--window-size=1280,1000".into(),
            "--lang=en-GB".into(),
            format!("--user-data-dir={}", user_data.display()),
        ];
        if !javascript {
            // Pages' scripts off; WebDriver's own script calls still work. (The "prefs"
            // capability would be ignored: chromedriver writes it only into a profile of its own.)
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "chrome".into());
        caps.insert("goog:chromeOptions".into(), serde_json::json!({ "binary": tools.chromium, "args": args }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!("cannot open a Chromium session via chromedriver: {e}\n{}", read_log(&log_path))
            });
        Self { client, _driver: driver, _profile: profile }
    }

    /// Runs `scenario` on the session, then closes the session (also when the scenario fails,
    /// whose panic is then passed on).
    pub async fn run<F, Fut>(self, scenario: F)
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let outcome = tokio::spawn(scenario(self.client.clone())).await;
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        if let Err(e) = outcome {
            match e.try_into_panic() {
                Ok(panic) => std::panic::resume_unwind(panic),
                Err(e) => panic!("browser scenario did not finish: {e}"),
            }
        }
    }
}

/// Polls `check` every 100 ms until it gives a value; fails after `STEP_TIMEOUT` naming `what`
/// and the page's URL.
pub async fn wait_for<T, F, Fut>(client: &Client, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + STEP_TIMEOUT;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        if Instant::now() > deadline {
            let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            panic!("timed out after {STEP_TIMEOUT:?} waiting for {what} (page: {url})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The visible text of the first element matching `css`, if there is one.
pub async fn text_of(client: &Client, css: &str) -> Option<String> {
    let element = client.find(Locator::Css(css)).await.ok()?;
    element.text().await.ok()
}

/// The first whole number in `text`, ignoring thousands separators ("1,234 recommendations").
pub fn number_in(text: &str) -> Option<u64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '\u{a0}' | '\u{202f}' | ' ' | '.'))
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The current URL's query parameters, decoded.
pub async fn query_pairs(client: &Client) -> Vec<(String, String)> {
    let url = client.current_url().await.expect("current URL");
    url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// Decoded query parameters of a URL or relative link.
pub fn link_query(link: &str) -> Vec<(String, String)> {
    let query = link.split_once('?').map(|(_, q)| q).unwrap_or_default();
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
