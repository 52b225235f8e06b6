//! Reference data written by `migrate`: States and their aliases, cycles and sessions.
//! Upserts, so that a newer uprkit refreshes names and dates without touching user data.

use crate::args::Arg;
use crate::bulk::bulk_insert;
use crate::{Store, StoreError};
use uprkit_core::{StateDirectory, sessions};

/// Writes the reference data in one transaction.
pub(crate) async fn seed(store: &Store) -> Result<(), StoreError> {
    let directory = StateDirectory::load();
    let mut tx = store.begin_write().await?;
    let states = directory
        .states()
        .iter()
        .map(|s| {
            vec![
                Arg::Text(s.iso3.to_string()),
                Arg::Text(s.iso2.clone()),
                Arg::Text(s.m49.clone()),
                Arg::Text(s.name.clone()),
                Arg::OptText(s.formal_name.clone()),
                Arg::Text(s.name_upr_info.clone()),
                Arg::Text(s.regional_group.clone()),
                Arg::Text(s.organisations.join(", ")),
                Arg::Int(i64::from(s.observer)),
            ]
        })
        .collect();
    bulk_insert(
        &mut tx,
        "states",
        &["iso3", "iso2", "m49", "name", "formal_name", "name_upr_info", "regional_group", "organisations", "observer"],
        states,
        "ON CONFLICT (iso3) DO UPDATE SET iso2 = excluded.iso2, m49 = excluded.m49, name = excluded.name, \
         formal_name = excluded.formal_name, name_upr_info = excluded.name_upr_info, \
         regional_group = excluded.regional_group, organisations = excluded.organisations, observer = excluded.observer",
    )
    .await?;
    let aliases = directory.aliases().map(|(a, i)| vec![Arg::Text(a.to_string()), Arg::Text(i.to_string())]).collect();
    bulk_insert(
        &mut tx,
        "state_aliases",
        &["alias", "iso3"],
        aliases,
        "ON CONFLICT (alias) DO UPDATE SET iso3 = excluded.iso3",
    )
    .await?;
    let cycles = sessions::cycles()
        .into_iter()
        .map(|c| {
            vec![
                Arg::Int(c.number.into()),
                Arg::Int(c.first_session.into()),
                Arg::OptInt(c.last_session.map(i64::from)),
                Arg::OptText(c.start),
                Arg::OptText(c.end),
            ]
        })
        .collect();
    bulk_insert(
        &mut tx,
        "cycles",
        &["number", "first_session", "last_session", "start_month", "end_month"],
        cycles,
        "ON CONFLICT (number) DO UPDATE SET first_session = excluded.first_session, last_session = excluded.last_session, \
         start_month = excluded.start_month, end_month = excluded.end_month",
    )
    .await?;
    let sessions = sessions::sessions()
        .into_iter()
        .map(|s| {
            vec![
                Arg::Int(s.number.into()),
                Arg::Int(s.cycle.into()),
                Arg::OptInt(s.year.map(i64::from)),
                Arg::OptText(s.start_date),
                Arg::OptText(s.end_date),
                Arg::Text(s.date_status),
            ]
        })
        .collect();
    bulk_insert(
        &mut tx,
        "sessions",
        &["number", "cycle", "year", "start_date", "end_date", "date_status"],
        sessions,
        "ON CONFLICT (number) DO UPDATE SET cycle = excluded.cycle, year = excluded.year, start_date = excluded.start_date, \
         end_date = excluded.end_date, date_status = excluded.date_status",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
