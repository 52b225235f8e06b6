//! `uprkit user add|passwd|grant|revoke` and `uprkit coalition add`.

use crate::cli::{CoalitionCommand, UserCommand};
use anyhow::{Context, bail};
use std::io::BufRead;
use uprkit_store::{Role, Store};

/// The password: `UPRKIT_PASSWORD`, else the first line of standard input.
fn password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("UPRKIT_PASSWORD") {
        return Ok(p);
    }
    eprintln!("password (10 characters or more), then Enter:");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("cannot read the password")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn role(s: &str) -> anyhow::Result<Role> {
    Role::parse(s).with_context(|| format!("{s:?} is not a role: owner, editor or viewer"))
}

async fn user_id(store: &Store, email: &str) -> anyhow::Result<i64> {
    match store.user_by_email(email).await? {
        Some((u, _)) => Ok(u.id),
        None => bail!("no user with the address {email}"),
    }
}

/// Runs a `user` subcommand.
pub async fn run(store: &Store, command: &UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add { email, name, org, role: r, admin } => {
            let r = role(r)?;
            let id = store.create_user(email, name, &password()?, *admin).await?;
            println!("user {email} created");
            if let Some(org) = org {
                let org_id = store.organisation_id(org, true).await?.context("organisation")?;
                store.grant(None, id, org_id, r).await?;
                println!("{email} is {} of {org}", r.as_str());
            }
        }
        UserCommand::Passwd { email } => {
            let id = user_id(store, email).await?;
            store.set_password(id, &password()?).await?;
            println!("password of {email} changed; their sessions are ended");
        }
        UserCommand::Grant { email, org, role: r } => {
            let r = role(r)?;
            let id = user_id(store, email).await?;
            let org_id = store.organisation_id(org, true).await?.context("organisation")?;
            // The store refuses to demote the last owner (an organisation always keeps one).
            store
                .grant(None, id, org_id, r)
                .await
                .with_context(|| format!("cannot make {email} {} of {org}", r.as_str()))?;
            println!("{email} is {} of {org}", r.as_str());
        }
        UserCommand::Revoke { email, org } => {
            let id = user_id(store, email).await?;
            let Some(org_id) = store.organisation_id(org, false).await? else { bail!("no organisation named {org}") };
            // The store refuses to remove the last owner (an organisation always keeps one).
            if store.revoke(None, id, org_id).await.with_context(|| format!("cannot remove {email} from {org}"))? {
                println!("{email} is no longer in {org}");
            } else {
                println!("{email} was not in {org}");
            }
        }
    }
    Ok(())
}

/// Runs a `coalition` subcommand.
pub async fn coalition(store: &Store, command: &CoalitionCommand) -> anyhow::Result<()> {
    let CoalitionCommand::Add { name, orgs } = command;
    let mut ids = Vec::new();
    for org in orgs {
        match store.organisation_id(org, false).await? {
            Some(id) => ids.push(id),
            None => bail!("no organisation named {org}: create it with `uprkit user add ... --org`"),
        }
    }
    let id = store.create_coalition(None, name, &ids).await?;
    println!("coalition {name} (id {id}) formed by {}", orgs.join(", "));
    Ok(())
}
