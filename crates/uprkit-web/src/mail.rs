//! Sending invitation links by e-mail when an SMTP relay is configured
//! (`UPRKIT_SMTP_URL=smtp://HOST:PORT`, `UPRKIT_SMTP_FROM=uprkit@example.org`). Without one,
//! the owner copies the link and sends it by a channel they trust.
//!
//! This speaks plain SMTP to a relay on the same machine or a private network (the usual
//! set-up of a hosted server: a local MTA that handles TLS and delivery onwards); it does not
//! do STARTTLS or authentication itself.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// Where to send mail, from the environment.
#[derive(Debug, Clone)]
pub struct SmtpRelay {
    /// `host:port`.
    pub address: String,
    /// Sender address.
    pub from: String,
}

impl SmtpRelay {
    /// The relay configured by `UPRKIT_SMTP_URL` and `UPRKIT_SMTP_FROM`, if any.
    pub fn from_env() -> Option<SmtpRelay> {
        let url = std::env::var("UPRKIT_SMTP_URL").ok()?;
        let address = url.strip_prefix("smtp://").unwrap_or(&url).trim_end_matches('/').to_string();
        let from = std::env::var("UPRKIT_SMTP_FROM").unwrap_or_else(|_| "uprkit@localhost".into());
        Some(SmtpRelay { address, from })
    }
}

/// A mail could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The address is not one we send to.
    #[error("{0:?} is not an e-mail address uprkit sends to")]
    BadAddress(String),
    /// The relay refused or failed.
    #[error("the mail server answered {0}")]
    Refused(String),
    /// The connection failed.
    #[error("cannot reach the mail server: {0}")]
    Io(#[from] std::io::Error),
}

/// Only plain addresses: no line breaks or angle brackets (which would let a value add
/// headers or recipients), one @.
fn check_address(a: &str) -> Result<(), MailError> {
    let ok = a.len() <= 254
        && a.matches('@').count() == 1
        && !a.starts_with('@')
        && !a.ends_with('@')
        && a.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | ',' | ';' | '"' | '\\'));
    if ok { Ok(()) } else { Err(MailError::BadAddress(a.to_string())) }
}

async fn expect(reader: &mut BufReader<TcpStream>, code: &str) -> Result<(), MailError> {
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Err(MailError::Refused("nothing (connection closed)".into()));
        }
        if !line.starts_with(code) {
            return Err(MailError::Refused(line.trim().to_string()));
        }
        // "250-..." continues a multi-line answer; "250 ..." ends it.
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(());
        }
    }
}

/// Sends one plain-text mail.
pub async fn send(relay: &SmtpRelay, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
    check_address(to)?;
    check_address(&relay.from)?;
    let stream = TcpStream::connect(&relay.address).await?;
    let mut reader = BufReader::new(stream);
    expect(&mut reader, "220").await?;
    let subject: String = subject.chars().filter(|c| !c.is_control()).collect();
    // Dot-stuffing: a line that starts with "." gets another, so it cannot end the message.
    let body: String = body
        .replace("\r\n", "\n")
        .lines()
        .map(|l| if l.starts_with('.') { format!(".{l}\r\n") } else { format!("{l}\r\n") })
        .collect();
    let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S +0000");
    let steps: [(String, &str); 5] = [
        ("EHLO uprkit\r\n".into(), "250"),
        (format!("MAIL FROM:<{}>\r\n", relay.from), "250"),
        (format!("RCPT TO:<{to}>\r\n"), "250"),
        ("DATA\r\n".into(), "354"),
        (
            format!(
                "From: {}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n\
                 Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}.\r\n",
                relay.from
            ),
            "250",
        ),
    ];
    for (command, code) in steps {
        reader.get_mut().write_all(command.as_bytes()).await?;
        expect(&mut reader, code).await?;
    }
    reader.get_mut().write_all(b"QUIT\r\n").await?;
    Ok(())
}
