//! States: the list, and one State's dashboard: its next review and deadline, the review
//! plan, what it received in the previous cycle, the latest documents, then its history and
//! statistics as State under Review and as recommending State.

use crate::i18n::{Lang, t, t1, t2};
use crate::labels::{facet_value_label, state_name, states, thousands};
use crate::routes::calendar::why_no_review;
use crate::routes::state_dashboard::{PreviousCycle, documents, previous_cycle};
use crate::routes::state_review::{NextReview, next_review};
use crate::routes::statistics::bars;
use crate::{AppState, WebError};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use chrono::Utc;
use uprkit_search::{SearchResult, Sort};
use uprkit_store::state_dashboard::StateDocument;

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
        let mut members: Vec<StateRow> = states()
            .states()
            .iter()
            .filter(|s| s.regional_group == group)
            .map(|s| {
                let n = received.get(s.iso3.as_str()).copied().unwrap_or(0);
                (s.iso3.to_string(), state_name(s.iso3.as_str()), thousands(n))
            })
            .collect();
        crate::i18n::sort_by_name(&mut members, |(_, name, _)| name.as_str());
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
    /// Why the State has no review (observers).
    no_review: Option<String>,
    next: Option<NextReview>,
    /// "Prepare for this review" for the next review (workspaces).
    prepare: Option<crate::routes::workspaces::prepare::Prepare>,
    previous: Option<PreviousCycle>,
    documents: Vec<StateDocument>,
    received: u64,
    received_per_cycle: Figures,
    received_supported: String,
    top_issues: Figures,
    top_recommenders: Figures,
    made: u64,
    made_to: Figures,
    made_on: Figures,
    made_supported: String,
    /// "37% of the recommendations Slovenia received in cycle 3 repeat an earlier one", per
    /// cycle after the first, with the search link's cycle.
    repeated: Vec<(u8, String)>,
}

impl StatePage {
    /// A count with the language's digit grouping (templates hand over references).
    fn count(n: &u64) -> String {
        crate::i18n::num(*n)
    }

    /// The public address of a UN document symbol (`A/HRC/28/15` at undocs.org); `None` for a
    /// document known only by a file name.
    fn undocs(symbol: &str) -> Option<String> {
        let symbol = symbol.trim();
        let looks_like_symbol = symbol.starts_with("A/") && !symbol.contains(char::is_whitespace);
        looks_like_symbol.then(|| format!("https://undocs.org/{symbol}"))
    }
}

fn figures(facet: &str, result: &SearchResult, max: usize) -> Figures {
    bars(facet, result.facets.get(facet), max).into_iter().map(|(label, n)| (label, thousands(n))).collect()
}

/// "62% supported", or that no position is known.
fn supported_share(result: &SearchResult) -> String {
    let responses = result.facets.get("response");
    let count = |k: &str| responses.and_then(|r| r.get(k)).copied().unwrap_or(0);
    let answered = count("supported") + count("partially_supported") + count("noted");
    match (count("supported") * 100 + answered / 2).checked_div(answered) {
        Some(share) => t1("states-supported-share", "share", share),
        None => t("states-no-positions"),
    }
}

/// Per cycle after the first: the share of the recommendations received that repeat an
/// earlier cycle's, in a sentence.
async fn repeat_sentences(app: &AppState, iso3: &str) -> Result<Vec<(u8, String)>, WebError> {
    let counts = app.store.repeat_counts(iso3).await?;
    Ok(counts
        .iter()
        .filter(|c| c.cycle > 1 && c.recommendations > 0)
        .map(|c| {
            let share = (c.repeated * 100 + c.recommendations / 2) / c.recommendations;
            let sentence = t2("states-repeat-share", "share", share, "cycle", c.cycle)
                + " "
                + &t2("states-repeat-of", "repeated", c.repeated, "n", c.recommendations);
            (c.cycle, sentence)
        })
        .collect())
}

async fn show(
    State(app): State<AppState>,
    auth: crate::auth::Auth,
    Path(iso3): Path<String>,
) -> Result<Html<String>, WebError> {
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
    let today = Utc::now().date_naive();
    let (no_review, next) = if state.observer {
        (why_no_review(&state.iso3, 1), None)
    } else {
        (None, next_review(&app, &state.iso3, today).await?)
    };
    let held: Vec<u8> = as_sur
        .facets
        .get("cycle")
        .map(|c| c.iter().filter(|(_, n)| **n > 0).filter_map(|(k, _)| k.parse().ok()).collect())
        .unwrap_or_default();
    let next_cycle = next.as_ref().map(|n| n.calendar.cycle);
    let prepare = match next_cycle {
        Some(cycle) => Some(crate::routes::workspaces::prepare::prepare(&app, &auth, &code, cycle).await?),
        None => None,
    };
    let page = StatePage {
        iso3: code.clone(),
        name: state_name(&code),
        // The UN formal names uprkit holds are English ones.
        formal_name: state.formal_name.clone().filter(|_| crate::i18n::current() == Lang::En),
        group: facet_value_label("sur_regional_group", &state.regional_group),
        organisations: state.organisations.join(", "),
        no_review,
        previous: previous_cycle(&app, &code, &held, next_cycle).await?,
        documents: documents(&app, &code).await?,
        next,
        prepare,
        received: as_sur.total,
        received_per_cycle: figures("cycle", &as_sur, 10),
        received_supported: supported_share(&as_sur),
        top_issues: figures("issues", &as_sur, 10),
        top_recommenders: figures("rs", &as_sur, 10),
        made: as_rs.total,
        made_to: figures("sur", &as_rs, 10),
        made_on: figures("issues", &as_rs, 10),
        made_supported: supported_share(&as_rs),
        repeated: repeat_sentences(&app, &code).await?,
    };
    Ok(Html(page.render()?))
}
