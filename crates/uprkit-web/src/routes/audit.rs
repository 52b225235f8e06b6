//! An organisation's audit log, for its owners: who changed what and when, each change read
//! as field, before and after (the stored JSON values compared), and as a CSV download that
//! keeps the raw values.

use crate::auth::Auth;
use crate::routes::organisations::{member_names, organisation_name, role, shorten};
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};
use uprkit_store::{AuditEntry, Role, Visibility};

pub fn router() -> Router<AppState> {
    Router::new().route("/organisations/{id}/audit", get(audit)).route("/organisations/{id}/audit.csv", get(audit_csv))
}

/// Longest value shown whole in the table; longer ones are cut, the whole in a `<details>`.
const SHOWN_CHARS: usize = 120;

fn owner(auth: &Auth, id: i64) -> Result<(), WebError> {
    match role(auth, id)? {
        Role::Owner => Ok(()),
        _ => Err(WebError::Forbidden(crate::i18n::t("organisation-owners-only"))),
    }
}

/// A value before or after a change, as people read it.
pub(crate) struct Shown {
    /// The value, cut when long.
    pub short: String,
    /// The whole value, when `short` is cut.
    pub full: Option<String>,
    /// The page of the record the value names (a recommendation, a coalition).
    pub link: Option<String>,
}

/// Names of the records that values in the log refer to by id, as far as the viewer knows
/// them (their coalitions and those coalitions' organisations).
#[derive(Default)]
pub(crate) struct Names {
    pub coalitions: HashMap<i64, String>,
    pub organisations: HashMap<i64, String>,
}

/// One field a change touched.
pub(crate) struct Change {
    pub field: String,
    pub before: Option<Shown>,
    pub after: Option<Shown>,
}

/// One entry of the log, in words.
pub(crate) struct AuditRow {
    pub when: String,
    pub who: String,
    pub action: String,
    pub record: String,
    pub link: Option<String>,
    pub changes: Vec<Change>,
}

fn field_label(field: &str) -> String {
    let key = match field {
        "body" => "organisation-field-body",
        "visibility" => "organisation-field-visibility",
        "coalition_id" => "organisation-field-coalition",
        "recommendation_id" => "organisation-field-recommendation",
        "role" => "organisation-field-role",
        "name" => "organisation-field-name",
        "organisations" => "organisation-field-organisations",
        _ => return field.to_string(),
    };
    crate::i18n::t(key)
}

fn action_label(action: &str) -> String {
    let key = match action {
        "create" => "organisation-action-create",
        "update" => "organisation-action-update",
        "delete" => "organisation-action-delete",
        "grant" => "organisation-action-grant",
        "revoke" => "organisation-action-revoke",
        "accept" => "organisation-action-accept",
        _ => return action.to_string(),
    };
    crate::i18n::t(key)
}

/// A stored value in words: roles and visibilities translated, coalitions and organisations
/// by name, recommendations linked, texts as they are, other values as written; null is no
/// value.
fn shown(field: &str, value: &Value, names: &Names) -> Option<Shown> {
    let mut link = None;
    let text = match (field, value) {
        (_, Value::Null) => return None,
        ("role", Value::String(s)) => Role::parse(s).map(crate::routes::organisations::role_label).unwrap_or(s.clone()),
        ("visibility", Value::String(s)) => {
            Visibility::parse(s).map(crate::routes::organisations::visibility_label).unwrap_or(s.clone())
        }
        ("recommendation_id", Value::Number(n)) => {
            link = Some(format!("/recommendations/{n}"));
            crate::i18n::t1("organisation-record-recommendation", "id", n.to_string())
        }
        ("coalition_id", Value::Number(n)) => {
            let id = n.as_i64().unwrap_or_default();
            link = Some(format!("/coalitions/{id}"));
            names
                .coalitions
                .get(&id)
                .cloned()
                .unwrap_or_else(|| crate::i18n::t1("organisation-record-coalition", "id", id.to_string()))
        }
        ("organisations", Value::Array(ids)) => ids
            .iter()
            .map(|v| match v.as_i64().and_then(|id| names.organisations.get(&id)) {
                Some(name) => name.clone(),
                None => v.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    };
    let (short, cut) = shorten(&text, SHOWN_CHARS);
    Some(Shown { short, full: cut.then(|| text.trim().to_string()), link })
}

/// The fields whose values differ between before and after (every field of a record created
/// or deleted), by field name (the stored objects' order).
pub(crate) fn changes(before: Option<&str>, after: Option<&str>, names: &Names) -> Vec<Change> {
    let parse = |s: Option<&str>| -> Map<String, Value> {
        match s.map(serde_json::from_str::<Value>) {
            Some(Ok(Value::Object(m))) => m,
            // A value that is not an object (none is written so, but old rows may be) shows whole.
            Some(Ok(v)) => Map::from_iter([(String::from("value"), v)]),
            Some(Err(_)) => Map::from_iter([(String::from("value"), Value::String(s.unwrap_or_default().into()))]),
            None => Map::new(),
        }
    };
    let (b, a) = (parse(before), parse(after));
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for field in b.keys().chain(a.keys()) {
        if !seen.insert(field.clone()) {
            continue;
        }
        let (old, new) = (b.get(field).unwrap_or(&Value::Null), a.get(field).unwrap_or(&Value::Null));
        if old == new && before.is_some() && after.is_some() {
            continue;
        }
        let (old, new) = (shown(field, old, names), shown(field, new, names));
        if old.is_none() && new.is_none() {
            continue;
        }
        out.push(Change { field: field_label(field), before: old, after: new });
    }
    out
}

/// The record an entry is about, in words, with a link to it when it has a page.
fn record(entry: &AuditEntry, organisation: &str, names: &HashMap<i64, String>) -> (String, Option<String>) {
    let id = &entry.record_id;
    match entry.record_type.as_str() {
        "note" => (crate::i18n::t1("organisation-record-note", "id", id.as_str()), Some(format!("/notes/{id}"))),
        "coalition" => {
            (crate::i18n::t1("organisation-record-coalition", "id", id.as_str()), Some(format!("/coalitions/{id}")))
        }
        "organisation" => (organisation.to_string(), Some(format!("/organisations/{id}"))),
        "invitation" => (crate::i18n::t("organisation-record-invitation"), None),
        "membership" => {
            // Stored as "user@organisation".
            let user = id.split('@').next().and_then(|u| u.parse::<i64>().ok());
            let name = user
                .and_then(|u| names.get(&u).cloned())
                .unwrap_or_else(|| crate::i18n::t("organisation-former-member"));
            (crate::i18n::t1("organisation-record-membership", "name", name), None)
        }
        other => (format!("{other} {id}"), None),
    }
}

/// When, as the language writes dates, with the time (UTC, as stored).
fn when(at: &str) -> String {
    let date = crate::i18n::date_str(at.get(..10).unwrap_or(at));
    match at.get(11..16) {
        Some(time) => format!("{date} {time} UTC"),
        None => date,
    }
}

/// Who made the change: a member's name (or address, for someone no longer a member), or the
/// command line when no user made it.
fn who(entry: &AuditEntry, by_email: &HashMap<String, String>) -> String {
    match &entry.user {
        None => crate::i18n::t("organisation-command-line"),
        Some(email) => by_email.get(email).cloned().unwrap_or_else(|| email.clone()),
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    id: i64,
    name: String,
    entries: Vec<AuditRow>,
}

async fn audit(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Html<String>, WebError> {
    owner(&auth, id)?;
    let name = organisation_name(&app, &auth, id).await?;
    let members = app.store.members(id).await?;
    let by_email: HashMap<String, String> = members.iter().map(|(_, n, e, _)| (e.clone(), n.clone())).collect();
    let names = member_names(&app, id).await?;
    let mut known = Names::default();
    for c in app.app.coalitions(&auth.actor).await? {
        known.organisations.extend(c.members.iter().cloned());
        known.coalitions.insert(c.id, c.name);
    }
    known.organisations.insert(id, name.clone());
    let entries = app
        .store
        .audit_log(id, 500)
        .await?
        .iter()
        .map(|e| {
            let (record, link) = record(e, &name, &names);
            AuditRow {
                when: when(&e.at),
                who: who(e, &by_email),
                action: action_label(&e.action),
                record,
                // A deleted record has no page any more.
                link: link.filter(|_| e.action != "delete"),
                changes: changes(e.before.as_deref(), e.after.as_deref(), &known),
            }
        })
        .collect();
    Ok(Html(AuditPage { id, name, entries }.render()?))
}

async fn audit_csv(State(app): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, WebError> {
    owner(&auth, id)?;
    let entries = app.store.audit_log(id, 100_000).await?;
    let fail = |e: uprkit_docs::ExportError| WebError::Internal(e.to_string());
    // The shared writer guards every field against formula injection: values in the log
    // (names, e-mail addresses, note texts) come from users.
    let mut out = uprkit_docs::CsvWriter::for_spreadsheets(Vec::new()).map_err(fail)?;
    out.write_texts(["at", "user", "action", "record_type", "record_id", "before", "after"]).map_err(fail)?;
    for e in entries {
        out.write_texts([
            e.at,
            e.user.unwrap_or_default(),
            e.action,
            e.record_type,
            e.record_id,
            e.before.unwrap_or_default(),
            e.after.unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    let bytes = out.finish().map_err(fail)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"uprkit-audit-log.csv\"".to_string()),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_shown() {
        let before = r#"{"recommendation_id":1,"body":"old","visibility":"private","coalition_id":null}"#;
        let after = r#"{"recommendation_id":1,"body":"new","visibility":"public","coalition_id":null}"#;
        let c = changes(Some(before), Some(after), &Names::default());
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].before.as_ref().map(|s| s.short.as_str()), Some("old"));
        assert_eq!(c[0].after.as_ref().map(|s| s.short.as_str()), Some("new"));
        // A creation shows every field with a value.
        assert_eq!(changes(None, Some(after), &Names::default()).len(), 3);
    }

    #[test]
    fn long_values_are_cut_and_kept_whole() {
        let long = "word ".repeat(60);
        let c = changes(None, Some(&serde_json::json!({ "body": long }).to_string()), &Names::default());
        let after = c[0].after.as_ref().expect("after");
        assert!(after.short.ends_with('…') && after.short.chars().count() <= SHOWN_CHARS + 1);
        assert_eq!(after.full.as_deref(), Some(long.trim()));
    }

    #[test]
    fn ids_read_as_names_and_links() {
        let mut names = Names::default();
        names.coalitions.insert(4, "Sri Lanka UPR Coalition".into());
        names.organisations.insert(1, "Colombo Network".into());
        let after = r#"{"recommendation_id":17,"coalition_id":4,"organisations":[1,9]}"#;
        let c = changes(None, Some(after), &names);
        let shown: Vec<(&str, Option<&str>)> =
            c.iter().filter_map(|c| c.after.as_ref()).map(|a| (a.short.as_str(), a.link.as_deref())).collect();
        assert_eq!(
            shown,
            vec![
                ("Sri Lanka UPR Coalition", Some("/coalitions/4")),
                ("Colombo Network, 9", None),
                ("Recommendation 17", Some("/recommendations/17")),
            ]
        );
    }
}
