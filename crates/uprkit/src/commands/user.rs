//! `uprkit user add|passwd|grant|revoke` and `uprkit coalition add`.

use crate::cli::{CoalitionCommand, UserCommand};
use anyhow::{Context, bail};
use std::io::BufRead;
use uprkit_app::{Actor, App, Role};

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

async fn user_id(app: &App, email: &str) -> anyhow::Result<i64> {
    match app.store().user_by_email(email).await? {
        Some((u, _)) => Ok(u.id),
        None => bail!("no user with the address {email}"),
    }
}

async fn organisation(app: &App, name: &str) -> anyhow::Result<Option<i64>> {
    Ok(app.store().organisation_id(name, false).await?)
}

/// Runs a `user` subcommand as the operator of this installation.
pub async fn run(app: &App, command: &UserCommand) -> anyhow::Result<()> {
    let operator = Actor::command_line();
    match command {
        UserCommand::Add { email, name, org, role: r, admin } => {
            let r = role(r)?;
            let id = app.add_user(&operator, email, name, &password()?, *admin).await?;
            println!("user {email} created");
            if let Some(org) = org {
                let org_id = app.create_organisation(&operator, org).await?;
                app.grant_role(&operator, id, org_id, r).await?;
                println!("{email} is {} of {org}", r.as_str());
            }
        }
        UserCommand::Passwd { email } => {
            app.reset_password(&operator, email, &password()?).await?;
            println!("password of {email} changed; their sessions are ended");
        }
        UserCommand::Grant { email, org, role: r } => {
            let r = role(r)?;
            let id = user_id(app, email).await?;
            let org_id = app.create_organisation(&operator, org).await?;
            // The store refuses to demote the last owner (an organisation always keeps one).
            app.grant_role(&operator, id, org_id, r)
                .await
                .with_context(|| format!("cannot make {email} {} of {org}", r.as_str()))?;
            println!("{email} is {} of {org}", r.as_str());
        }
        UserCommand::Revoke { email, org } => {
            let id = user_id(app, email).await?;
            let Some(org_id) = organisation(app, org).await? else { bail!("no organisation named {org}") };
            // The store refuses to remove the last owner (an organisation always keeps one).
            if app
                .revoke_role(&operator, id, org_id)
                .await
                .with_context(|| format!("cannot remove {email} from {org}"))?
            {
                println!("{email} is no longer in {org}");
            } else {
                println!("{email} was not in {org}");
            }
        }
    }
    Ok(())
}

/// Runs a `coalition` subcommand as the operator of this installation.
pub async fn coalition(app: &App, command: &CoalitionCommand) -> anyhow::Result<()> {
    let CoalitionCommand::Add { name, orgs } = command;
    let mut ids = Vec::new();
    for org in orgs {
        match organisation(app, org).await? {
            Some(id) => ids.push(id),
            None => bail!("no organisation named {org}: create it with `uprkit user add ... --org`"),
        }
    }
    let id = app.form_coalition(&Actor::command_line(), name, &ids).await?;
    println!("coalition {name} (id {id}) formed by {}", orgs.join(", "));
    Ok(())
}
