//! Invitation mail through a real SMTP server (Python's standard `smtpd` debugging server,
//! which prints what it receives); skipped with a message where Python lacks it.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;
use uprkit_web::mail::{MailError, SmtpRelay, send};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

#[tokio::test]
async fn invitation_mail_reaches_an_smtp_server() {
    let port = free_port();
    let Ok(mut server) = Command::new("python3")
        .args(["-u", "-W", "ignore", "-m", "smtpd", "-n", "-c", "DebuggingServer", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        eprintln!("SKIPPED: python3 is not installed");
        return;
    };
    let relay = SmtpRelay { address: format!("127.0.0.1:{port}"), from: "uprkit@example.org".into() };
    let mut sent = Err(MailError::Refused("not tried".into()));
    for _ in 0..50 {
        sent = send(
            &relay,
            "amina@example.org",
            "Invitation to uprkit",
            "Open this link:\n.hidden line\nhttp://127.0.0.1:8080/invitations/abc\n",
        )
        .await;
        if !matches!(sent, Err(MailError::Io(_))) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if let Err(MailError::Io(e)) = &sent {
        let _ = server.kill();
        eprintln!("SKIPPED: no SMTP debugging server in this Python ({e})");
        return;
    }
    sent.expect("the mail is accepted");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _ = server.kill();
    let mut out = String::new();
    server.stdout.take().expect("stdout").read_to_string(&mut out).expect("read");
    assert!(out.contains("To: amina@example.org") && out.contains("Subject: Invitation to uprkit"), "{out}");
    assert!(out.contains("http://127.0.0.1:8080/invitations/abc"), "{out}");
    assert!(out.contains("b'.hidden line'"), "dot-stuffed line arrives intact: {out}");
    // An address that would add a header or a recipient is refused before anything is sent.
    let bad = send(&relay, "a@example.org>\r\nBcc: spy@example.org", "x", "y").await;
    assert!(matches!(bad, Err(MailError::BadAddress(_))));
}
