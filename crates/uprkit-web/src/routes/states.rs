//! States: the list, and one State's page as State under Review and as recommending State.

use crate::labels::{facet_value_label, states, thousands};
use crate::routes::statistics::bars;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use uprkit_search::{SearchResult, Sort};

pub fn router() -> Router<AppState> {
    Router::new().route("/states", get(list)).route("/states/{iso3}", get(show))
}

/// (ISO3, name, recommendations received) of one State.
type StateRow = (String, String, String);

#[derive(Template)]
#[template(path = "states.html")]
struct StatesPage {
    groups: Vec<(String, Vec<StateRow>)>,
}

async fn list(State(app): State<AppState>) -> Result<Html<String>, WebError> {
    let all = app.app.with_index(|engine| engine.search(None, &[], Sort::Newest, 0, 1)).await?;
    let received = all.facets.get("sur").cloned().unwrap_or_default();
    let mut groups: Vec<(String, Vec<StateRow>)> = Vec::new();
    for group in ["Africa", "Asia", "EEG", "GRULAC", "WEOG", "Observer"] {
        let members = states()
            .states()
            .iter()
            .filter(|s| s.regional_group == group)
            .map(|s| {
                let n = received.get(s.iso3.as_str()).copied().unwrap_or(0);
                (s.iso3.to_string(), s.name.clone(), thousands(n))
            })
            .collect();
        groups.push((facet_value_label("sur_regional_group", group), members));
    }
    Ok(Html(StatesPage { groups }.render()?))
}

/// One figure with its label, for the State page's lists.
type Figures = Vec<(String, String)>;

#[derive(Template)]
#[template(path = "state.html")]
struct StatePage {
    iso3: String,
    name: String,
    formal_name: Option<String>,
    group: String,
    organisations: String,
    received: String,
    received_per_cycle: Figures,
    received_supported: String,
    top_issues: Figures,
    top_recommenders: Figures,
    made: String,
    made_to: Figures,
    made_on: Figures,
    made_supported: String,
    /// "37% of the recommendations Slovenia received in cycle 3 repeat an earlier one", per
    /// cycle after the first, with the search link's cycle.
    repeated: Vec<(u8, String)>,
}

fn figures(facet: &str, result: &SearchResult, max: usize) -> Figures {
    bars(facet, result.facets.get(facet), max).into_iter().map(|(label, n)| (label, thousands(n))).collect()
}

fn supported_share(result: &SearchResult) -> String {
    let responses = result.facets.get("response");
    let count = |k: &str| responses.and_then(|r| r.get(k)).copied().unwrap_or(0);
    let answered = count("supported") + count("partially_supported") + count("noted");
    match (count("supported") * 100 + answered / 2).checked_div(answered) {
        Some(share) => format!("{share}% supported"),
        None => "no positions known".into(),
    }
}

/// Per cycle after the first: the share of the recommendations received that repeat an
/// earlier cycle's, in a sentence.
async fn repeat_sentences(app: &AppState, iso3: &str, name: &str) -> Result<Vec<(u8, String)>, WebError> {
    let counts = app.store.repeat_counts(iso3).await?;
    Ok(counts
        .iter()
        .filter(|c| c.cycle > 1 && c.recommendations > 0)
        .map(|c| {
            let share = (c.repeated * 100 + c.recommendations / 2) / c.recommendations;
            let sentence = format!(
                "{share}% of the recommendations {name} received in cycle {} repeat an earlier one ({} of {})",
                c.cycle,
                thousands(c.repeated),
                thousands(c.recommendations)
            );
            (c.cycle, sentence)
        })
        .collect())
}

async fn show(State(app): State<AppState>, Path(iso3): Path<String>) -> Result<Html<String>, WebError> {
    let state = states().resolve(&iso3).ok().and_then(|code| states().get(code.as_str())).ok_or(WebError::NotFound)?;
    let code = state.iso3.to_string();
    let of = code.clone();
    let (as_sur, as_rs) = app
        .app
        .with_index(move |engine| {
            let search = |facet: &'static str| engine.search(None, &[(facet, vec![of.clone()])], Sort::Newest, 0, 1);
            Ok::<_, uprkit_search::SearchError>((search("sur")?, search("rs")?))
        })
        .await?;
    let page = StatePage {
        iso3: code.clone(),
        name: state.name.clone(),
        formal_name: state.formal_name.clone(),
        group: facet_value_label("sur_regional_group", &state.regional_group),
        organisations: state.organisations.join(", "),
        received: thousands(as_sur.total),
        received_per_cycle: figures("cycle", &as_sur, 10),
        received_supported: supported_share(&as_sur),
        top_issues: figures("issues", &as_sur, 10),
        top_recommenders: figures("rs", &as_sur, 10),
        made: thousands(as_rs.total),
        made_to: figures("sur", &as_rs, 10),
        made_on: figures("issues", &as_rs, 10),
        made_supported: supported_share(&as_rs),
        repeated: repeat_sentences(&app, &code, &state.name).await?,
    };
    Ok(Html(page.render()?))
}
