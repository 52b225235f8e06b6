//! `uprkit token create|list|revoke`: personal API tokens, made by the operator of this
//! installation for a user.

use clap::Subcommand;
use uprkit_app::{Actor, App};

/// `uprkit token ...`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make a token that acts as a user on the JSON API (`Authorization: Bearer TOKEN`).
    Create {
        /// The user's e-mail address.
        #[arg(long)]
        user: String,
        /// What the token is for.
        #[arg(long, default_value = "command line")]
        name: String,
        /// Days until it stops working (default: until revoked).
        #[arg(long)]
        expires: Option<u32>,
        /// `text` (the token alone on a line) or `json` (`{"id": N, "token": "..."}`).
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// List every token (never the tokens themselves).
    List,
    /// Revoke a token by id.
    Revoke {
        /// The token's id.
        id: i64,
    },
}

/// Runs a `token` subcommand.
pub async fn run(app: &App, command: &TokenCommand) -> anyhow::Result<()> {
    let operator = Actor::command_line();
    match command {
        TokenCommand::Create { user, name, expires, format } => {
            let made = app.create_token(&operator, user, name, *expires).await?;
            match format.as_str() {
                "json" => println!("{}", serde_json::to_string(&made)?),
                _ => {
                    eprintln!("token {} for {user} (shown once; keep it secret):", made.id);
                    println!("{}", made.token);
                }
            }
        }
        TokenCommand::List => {
            for t in app.tokens(&operator).await? {
                let state = match (&t.revoked_at, &t.expires_at) {
                    (Some(at), _) => format!("revoked {at}"),
                    (None, Some(at)) => format!("expires {at}"),
                    (None, None) => "no expiry".into(),
                };
                println!("{}\tuser {}\t{}\t{state}", t.id, t.user_id, t.name);
            }
        }
        TokenCommand::Revoke { id } => {
            app.revoke_token(&operator, *id).await?;
            println!("token {id} revoked");
        }
    }
    Ok(())
}
