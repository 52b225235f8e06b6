//! The HTTP API over loopback: a real `uprkit serve` child process on the benchmark's data
//! folder (so its memory is measured as users run it), queried one request after the other on
//! one keep-alive HTTP/1.1 connection.

use super::measure::{Answer, Contender, FacetCounts};
use super::queries::BenchQuery;
use anyhow::Context;
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long `uprkit serve` may take to open the database and the index.
const START_TIMEOUT: Duration = Duration::from_secs(300);

/// A running `uprkit serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// Address it listens on.
    pub address: String,
}

impl Server {
    /// Starts `uprkit serve` on `data_dir` on a free loopback port and waits until it listens.
    pub fn start(data_dir: &Path) -> anyhow::Result<Server> {
        let exe = std::env::current_exe().context("cannot find the uprkit executable")?;
        let log_path = data_dir.join("serve.log");
        let mut child = Command::new(exe)
            .arg("--data-dir")
            .arg(data_dir)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env_remove("UPRKIT_DATABASE_URL")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log_path)?)
            .spawn()
            .context("cannot start uprkit serve")?;
        let stdout = child.stdout.take().context("no stdout from uprkit serve")?;
        let (sender, receiver) = std::sync::mpsc::channel();
        // Reads its output to the end, so that it never blocks on a full pipe; the first
        // line naming its address says it listens.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                // "uprkit is running: open http://127.0.0.1:PORT/ in your browser ..."
                if let Some(rest) = line.split("http://").nth(1) {
                    let _ = sender.send(rest.split('/').next().unwrap_or_default().to_string());
                }
            }
        });
        let mut server = Server { child, address: String::new() };
        match receiver.recv_timeout(START_TIMEOUT) {
            Ok(address) => server.address = address,
            Err(_) => {
                let log = std::fs::read_to_string(&log_path).unwrap_or_default();
                anyhow::bail!("uprkit serve did not start listening:\n{log}");
            }
        }
        Ok(server)
    }

    /// Resident memory of the server now and at its peak, in bytes.
    pub fn memory(&self) -> Option<(u64, u64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        Some((status_kib(&status, "VmRSS:")? * 1024, status_kib(&status, "VmHWM:")? * 1024))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `kB` line of `/proc/*/status`.
pub fn status_kib(status: &str, key: &str) -> Option<u64> {
    status.lines().find(|l| l.starts_with(key))?.split_whitespace().nth(1)?.parse().ok()
}

/// A keep-alive HTTP/1.1 client of the API.
pub struct HttpContender {
    sender: SendRequest<Empty<Bytes>>,
    host: String,
}

impl HttpContender {
    /// Opens one connection to the server.
    pub async fn connect(address: &str) -> anyhow::Result<HttpContender> {
        let stream = tokio::net::TcpStream::connect(address).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                eprintln!("http: connection closed: {e}");
            }
        });
        Ok(HttpContender { sender, host: address.to_string() })
    }
}

/// The part of the API's answer the checks compare.
#[derive(serde::Deserialize)]
struct Page {
    total: u64,
    items: Vec<Item>,
    facets: FacetCounts,
}

#[derive(serde::Deserialize)]
struct Item {
    id: i64,
}

impl HttpContender {
    /// Sends one search and reads the whole body.
    async fn fetch(&mut self, query: &BenchQuery) -> anyhow::Result<Bytes> {
        let request = hyper::Request::get(format!("/api/v1/recommendations?{}", query.url_query))
            .header(hyper::header::HOST, &self.host)
            .body(Empty::new())?;
        self.sender.ready().await?;
        let response = self.sender.send_request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        anyhow::ensure!(status.is_success(), "HTTP {status}: {}", String::from_utf8_lossy(&body));
        Ok(body)
    }
}

impl Contender for HttpContender {
    async fn answer(&mut self, query: &BenchQuery, _index: usize) -> anyhow::Result<Answer> {
        let body = self.fetch(query).await?;
        let mut page: Page = serde_json::from_slice(&body).context("the API's answer is not the expected JSON")?;
        page.facets.retain(|_, values| !values.is_empty());
        Ok(Answer { total: page.total, hits: page.items.iter().map(|i| i.id).collect(), facets: page.facets })
    }

    /// Timed up to the last byte of the answer; reading the JSON is the client's business.
    async fn timed(&mut self, query: &BenchQuery, _index: usize) -> anyhow::Result<()> {
        self.fetch(query).await.map(|_| ())
    }
}
