//! The statistics page over HTTP with real data (UPR Info's 2015 export, the recommendations
//! received by six States): every bar and every cross-tabulation cell links to a search that
//! finds as many recommendations as it shows, cells add up to their row, long State names are
//! printed whole, and the page speaks French and Spanish.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::StateDirectory;
use uprkit_import::upr_info::{self, UprInfoFile};
use uprkit_search::Engine;
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;
use uprkit_web::i18n::{Lang, sync_scope};
use uprkit_web::{AppState, app};

/// States under review kept from the export: Sri Lanka and the United Kingdom (whose name is
/// the longest the charts show), and enough others for counts past a thousand.
const STATES: [&str; 6] = ["LKA", "GBR", "USA", "FRA", "SVN", "TUV"];

async fn seeded() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let path = uprkit_core::testing::shared_data("upr-info/recommendations_sessions01-16.csv");
    let Ok(UprInfoFile::Recommendations { records, .. }) = upr_info::read_file(&path, &StateDirectory::load()) else {
        panic!("UPR Info's 2015 export (../shared/data beside the project)");
    };
    let recommendations: Vec<_> = records.into_iter().filter(|r| STATES.contains(&r.sur.as_str())).collect();
    store
        .import(ImportBatch { source: "upr-info 2015".into(), recommendations, pledges: vec![] }, &|_| {})
        .await
        .expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index built");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    (db, AppState::new(store, engine, documents))
}

async fn get_in(state: &AppState, uri: &str, lang: &str) -> (StatusCode, String) {
    let request = Request::get(uri).header("accept-language", lang).body(Body::empty()).expect("request");
    let response = app(state.clone()).oneshot(request).await.expect("response");
    let status = response.status();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn page(state: &AppState, uri: &str, lang: &str) -> String {
    let (status, html) = get_in(state, uri, lang).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {html}");
    html
}

/// HTML text back to plain text (askama escapes `&`, quotes and angle brackets).
fn unescape(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
}

/// The text between `open` and the next `close` after each `open`.
fn all_between<'a>(text: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    text.match_indices(open)
        .filter_map(|(at, _)| {
            let rest = &text[at + open.len()..];
            rest.find(close).map(|end| &rest[..end])
        })
        .collect()
}

/// A count as printed in any language: "1,234", "1 234", "1.234".
fn number(text: &str) -> u64 {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().unwrap_or_else(|_| panic!("not a count: {text:?}"))
}

/// The bars of a page: (chart, label, count, link).
fn bars(html: &str) -> Vec<(String, String, u64, String)> {
    let mut out = Vec::new();
    for figure in html.split("<figure class=\"card chart bar-chart\"").skip(1) {
        let chart = all_between(figure, "aria-labelledby=\"chart-", "\"")[0].to_string();
        let figure = &figure[..figure.find("</figure>").expect("figure closes")];
        for bar in all_between(figure, "<a class=\"bar\" href=\"", "</a>") {
            let href = unescape(&bar[..bar.find('"').expect("href")]);
            let label = unescape(all_between(bar, "<span class=\"bar-label\">", "</span>")[0]);
            let count = number(all_between(bar, "<span class=\"bar-value\">", "</span>")[0]);
            out.push((chart.clone(), label, count, href));
        }
    }
    out
}

/// How many recommendations a search link finds, asked of the JSON API with the same query.
async fn found(state: &AppState, href: &str) -> u64 {
    let query = href.strip_prefix("/search?").unwrap_or_else(|| panic!("a search link: {href}"));
    let (status, body) = get_in(state, &format!("/api/v1/recommendations?{query}&per_page=1"), "en").await;
    assert_eq!(status, StatusCode::OK, "{href}: {body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    v["total"].as_u64().expect("total")
}

/// The count the search page prints for a link.
async fn search_page_total(state: &AppState, href: &str) -> u64 {
    let html = page(state, href, "en").await;
    number(all_between(&html, "id=\"total\">", "<").first().unwrap_or_else(|| panic!("{href}: no total")))
}

/// The page's total, from its heading.
fn heading_total(html: &str) -> u64 {
    number(all_between(html, "<h1>", "</h1>")[0])
}

#[tokio::test]
async fn every_bar_links_to_a_search_with_its_count() {
    let (_db, state) = seeded().await;
    for uri in [
        "/statistics",
        "/statistics?sur=LKA",
        "/statistics?sur=LKA&cycle=2",
        "/statistics?rs=GBR&rs=USA&response=noted",
    ] {
        let html = page(&state, uri, "en").await;
        let total = heading_total(&html);
        assert!(total > 0, "{uri}");
        let bars = bars(&html);
        assert!(bars.len() >= 10, "{uri}: {} bars", bars.len());
        for (chart, label, count, href) in &bars {
            assert!(*count > 0, "{uri} {chart} {label}");
            assert_eq!(found(&state, href).await, *count, "{uri}: {chart} bar {label:?} links to {href}");
        }
        // A recommendation has one cycle and one position: those bars add up to the page.
        for chart in ["cycle", "response"] {
            let shown: Vec<u64> = bars.iter().filter(|b| b.0 == chart).map(|b| b.2).collect();
            if !shown.is_empty() {
                assert_eq!(shown.iter().sum::<u64>(), total, "{uri}: {chart}");
            }
        }
        // The search page says the same as the API for a few of them.
        for (chart, label, count, href) in bars.iter().step_by(7) {
            assert_eq!(search_page_total(&state, href).await, *count, "{uri}: {chart} {label}");
        }
    }
    // Filtered on two recommending States, the chart of recommending States shows those two,
    // each counted as the search for it alone counts it.
    let html = page(&state, "/statistics?rs=GBR&rs=USA&response=noted", "en").await;
    let rs: Vec<String> = bars(&html).into_iter().filter(|b| b.0 == "rs").map(|b| b.1).collect();
    assert_eq!(rs.len(), 2, "{rs:?}");
    // A facet filtered on one value has no chart: its one bar would be the total.
    let html = page(&state, "/statistics?sur=LKA", "en").await;
    assert!(!bars(&html).iter().any(|b| b.0 == "sur"));
}

/// The rows of the page's cross-tabulation: (label, [(count, link)], (total, link)).
type Rows = Vec<(String, Vec<(u64, Option<String>)>, (u64, String))>;

fn crosstab(html: &str) -> Rows {
    let body = all_between(html, "<tbody>", "</tbody>")[0];
    all_between(body, "<tr>", "</tr>")
        .into_iter()
        .map(|row| {
            let label = unescape(all_between(row, "<th scope=\"row\">", "</th>")[0]);
            let cell = |td: &str| {
                let href = all_between(td, "<a href=\"", "\"").first().map(|h| unescape(h));
                let text = match td.find("<a href=") {
                    Some(_) => all_between(td, "\">", "</a>")[0],
                    None => &td[..td.find('<').unwrap_or(td.len())],
                };
                (number(text), href)
            };
            let cells: Vec<(u64, Option<String>)> =
                all_between(row, "<td class=\"num\">", "</td>").into_iter().map(cell).collect();
            let (total, href) = cell(all_between(row, "<td class=\"num total\">", "</td>")[0]);
            (label, cells, (total, href.expect("row total links to its search")))
        })
        .collect()
}

#[tokio::test]
async fn crosstab_cells_add_up_to_their_rows_and_to_their_searches() {
    let (_db, state) = seeded().await;
    let kinds = ["issue-position", "issue-cycle", "position-cycle", "action-position", "rs-position", "sur-position"];
    for (filters, kind) in kinds
        .iter()
        .map(|k| ("sur=LKA", *k))
        .chain([("", "sur-position"), ("cycle=1&response=supported", "issue-cycle")])
    {
        let uri = if filters.is_empty() {
            format!("/statistics?crosstab={kind}")
        } else {
            format!("/statistics?{filters}&crosstab={kind}")
        };
        let html = page(&state, &uri, "en").await;
        assert!(html.contains("<caption") && html.contains("<th scope=\"col\""), "{uri}");
        let rows = crosstab(&html);
        assert!(!rows.is_empty(), "{uri}");
        assert!(rows.len() <= 15, "{uri}: top rows only");
        for (label, cells, (total, total_href)) in &rows {
            assert_eq!(cells.iter().map(|c| c.0).sum::<u64>(), *total, "{uri}: row {label}");
            assert_eq!(found(&state, total_href).await, *total, "{uri}: row {label} total");
            for (n, href) in cells {
                let href = href.as_ref().unwrap_or_else(|| panic!("{uri}: a cell of {label} without a link"));
                assert_eq!(found(&state, href).await, *n, "{uri}: {label} {href}");
            }
        }
        // The CSV file holds the same numbers.
        let (status, csv) = get_in(&state, &format!("{uri}&format=csv"), "en").await;
        assert_eq!(status, StatusCode::OK, "{uri}: {csv}");
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("csv row")).collect();
        assert_eq!(records.len(), rows.len(), "{uri}");
        for (record, (label, cells, (total, _))) in records.iter().zip(&rows) {
            assert_eq!(&record[1], label.as_str());
            let numbers: Vec<u64> = record.iter().skip(2).map(|v| v.parse().expect("count")).collect();
            let mut expected: Vec<u64> = cells.iter().map(|c| c.0).collect();
            expected.push(*total);
            assert_eq!(numbers, expected, "{uri}: {label}");
        }
    }
    // Issues of Sri Lanka: the rows are those of the issue chart, in its order.
    let html = page(&state, "/statistics?sur=LKA&crosstab=issue-position", "en").await;
    let issues: Vec<(String, u64)> = bars(&html).into_iter().filter(|b| b.0 == "issues").map(|b| (b.1, b.2)).collect();
    let rows: Vec<(String, u64)> = crosstab(&html).into_iter().map(|r| (r.0, r.2.0)).collect();
    assert_eq!(rows, issues);
    let (status, _) = get_in(&state, "/statistics?crosstab=colour-shape", "en").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn long_state_names_are_printed_whole() {
    let (_db, state) = seeded().await;
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let name = sync_scope(lang, || uprkit_web::labels::state_name("GBR"));
        assert!(name.len() > 45, "{name}");
        let html = page(&state, "/statistics", lang.code()).await;
        assert!(bars(&html).iter().any(|b| b.0 == "sur" && b.1 == name), "{name} in the chart of States under review");
        let html = page(&state, "/statistics?crosstab=sur-position", lang.code()).await;
        assert!(crosstab(&html).iter().any(|r| r.0 == name), "{name} in the table of States under review");
    }
    let html = page(&state, "/statistics", "en").await;
    assert!(bars(&html).iter().any(|b| b.1 == "United Kingdom of Great Britain and Northern Ireland"));
    assert!(!html.contains('…'), "nothing is cut");
}

#[tokio::test]
async fn the_page_in_french_and_spanish() {
    let (_db, state) = seeded().await;
    let html = page(&state, "/statistics?crosstab=issue-position", "fr").await;
    let total = heading_total(&html);
    assert!(total > 1000, "{total}");
    let grouped = format!("{}\u{202f}{:03}", total / 1000, total % 1000);
    assert!(html.contains(&format!("<h1>Statistiques de {grouped} recommandations</h1>")), "{html}");
    let supported = sync_scope(Lang::Fr, || uprkit_web::labels::position("supported"));
    for text in [
        "Par cycle",
        "Par position de l’État examiné",
        "Les 15 thèmes les plus fréquents",
        "Tableaux croisés",
        "Thème × position",
        supported.as_str(),
        "Télécharger ce tableau (CSV)",
        "Sri Lanka",
    ] {
        assert!(html.contains(text), "French page without {text:?}");
    }
    // Shares as French writes them, "62 %".
    assert!(html.contains("\u{202f}%</span>"), "French percentages");
    let html = page(&state, "/statistics?sur=LKA&crosstab=position-cycle", "es").await;
    for text in ["Estadísticas de", "Por ciclo", "Posición × ciclo", "Ciclo 1", "Total"] {
        assert!(html.contains(text), "Spanish page without {text:?}");
    }
    let html = page(&state, "/statistics?sur=LKA", "en").await;
    for text in ["By cycle", "Top 15 issues", "Issue × position", "Percentages are shares of the row&#39;s total."] {
        assert!(html.contains(text), "English page without {text:?}");
    }
}
