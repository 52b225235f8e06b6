//! Acceptance of issue 3 in a real browser: on the demo data, search a phrase, tick two facets,
//! open a recommendation, come back and export the result set as CSV, with a screenshot after
//! each step in `target/browser-screenshots/`.
//!
//! Runs when Chromium and chromedriver are found, is skipped (with a message) otherwise, and
//! fails without them when `UPRKIT_REQUIRE_BROWSER=1`, as in `.ci/run`. See `common::browser`.

mod common;
#[path = "browser/page.rs"]
mod page;

use common::browser::{
    Browser, Screenshots, Server, http_get, link_query, number_in, query_pairs, text_of, tools_or_skip, wait_for,
};
use fantoccini::{Client, Locator};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use page::*;

/// In 101 of the small demo set's 2,661 recommendations (2,747 rows), across 9 States and both
/// cycles.
const PHRASE: &str = "\"human rights defenders\"";
/// The phrase's words as every match holds them (stemmed: "defender" also matches).
const WORDS: [&str; 3] = ["human", "right", "defender"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_tick_two_facets_open_a_recommendation_and_export_csv() {
    let Some(tools) = tools_or_skip("search_tick_two_facets_open_a_recommendation_and_export_csv") else {
        return;
    };
    let app = Arc::new(Server::start_demo());
    let browser = Browser::start(&tools, true).await;
    browser.run(move |client| async move { scenario(&client, &app, true, Screenshots::new("search")).await }).await;
}

/// The same steps for people without JavaScript: ticking a box does nothing until "Apply".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_without_javascript() {
    let Some(tools) = tools_or_skip("the_same_without_javascript") else {
        return;
    };
    let app = Arc::new(Server::start_demo());
    let browser = Browser::start(&tools, false).await;
    browser.run(move |client| async move { scenario(&client, &app, false, Screenshots::new("nojs")).await }).await;
}

/// Every facet of the sidebar filters: ticking its first box and applying gives the count the
/// box announced, and the box stays ticked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_facet_box_filters_to_its_count() {
    let Some(tools) = tools_or_skip("every_facet_box_filters_to_its_count") else {
        return;
    };
    let app = Arc::new(Server::start_demo());
    let browser = Browser::start(&tools, false).await;
    browser
        .run(move |client| async move {
            client.goto(&app.url("/search")).await.expect("open /search");
            let sidebar = facets(&client).await;
            assert!(sidebar.len() >= 6, "facets on the empty search page: {:?}", sidebar.keys());
            let mut wrong = Vec::new();
            for (facet, values) in &sidebar {
                let value = &values.first().unwrap_or_else(|| panic!("{facet} has no values")).value;
                client.goto(&app.url("/search")).await.expect("open /search");
                let count = tick(&client, facet, value, false).await;
                let shown = total(&client).await;
                let ticked =
                    facets(&client).await.get(facet).and_then(|vs| vs.iter().find(|v| &v.value == value).cloned());
                if shown != count || !ticked.as_ref().is_some_and(|v| v.checked) {
                    wrong.push(format!("{facet}={value}: box said {count}, page shows {shown}, box now {ticked:?}"));
                }
            }
            assert!(wrong.is_empty(), "facet boxes that do not filter as they announce:\n{}", wrong.join("\n"));
        })
        .await;
}

/// Issue 3's walk through the search page; `javascript` says whether the browser runs scripts.
async fn scenario(client: &Client, app: &Server, javascript: bool, mut shots: Screenshots) {
    // 1. The empty search page: the whole demo set and its facets.
    client.goto(&app.url("/search")).await.expect("open /search");
    let everything = total(client).await;
    // Proves the browser runs (or does not run) the page's scripts as this run means it to.
    let htmx = client.execute("return typeof window.htmx", vec![]).await.expect("WebDriver script");
    let expected = if javascript { "object" } else { "undefined" };
    assert_eq!(htmx, expected, "typeof htmx with javascript={javascript}");
    assert_eq!(everything, 2661, "the small demo set has 2,661 recommendations (2,747 rows)");
    let sidebar = facets(client).await;
    for facet in ["sur", "cycle", "response"] {
        assert!(sidebar.contains_key(facet), "no {facet} facet on the empty search page: {sidebar:?}");
    }
    let cycles: u64 = sidebar["cycle"].iter().map(FacetValue::count).sum();
    assert_eq!(cycles, everything, "the cycle counts add up to the total");
    let states: u64 = sidebar["sur"].iter().map(FacetValue::count).sum();
    assert!(sidebar["sur"].len() >= 10 && states <= everything, "States under Review: {:?}", sidebar["sur"]);
    shots.take(client, "empty").await;

    // 2. Search the phrase.
    let q = client.find(Locator::Css("form#search input[name=q]")).await.expect("input[name=q]");
    q.clear().await.expect("clear q");
    q.send_keys(PHRASE).await.expect("type the phrase");
    client.find(Locator::Css("button#search-button")).await.expect("#search-button").click().await.expect("search");
    wait_for(client, "the URL to carry the phrase", || async {
        query_pairs(client).await.iter().any(|(k, v)| k == "q" && v == PHRASE).then_some(())
    })
    .await;
    let phrase_total = total(client).await;
    assert!((101..400).contains(&phrase_total), "{phrase_total} matches for {PHRASE}; 101 hold it verbatim");
    check_results(&results(client).await, phrase_total);
    let sidebar = facets(client).await;
    let by_cycle: Vec<(String, u64)> = sidebar["cycle"].iter().map(|v| (v.value.clone(), v.count())).collect();
    assert!(by_cycle.len() == 2, "the phrase is in both cycles: {by_cycle:?}");
    assert_eq!(by_cycle.iter().map(|(_, n)| n).sum::<u64>(), phrase_total, "cycle counts add up: {by_cycle:?}");
    assert!(sidebar["sur"].len() >= 5, "the phrase is in several States: {:?}", sidebar["sur"]);
    assert_eq!(
        client.find(Locator::Css("form#search input[name=q]")).await.expect("q").prop("value").await.expect("value"),
        Some(PHRASE.to_string()),
        "the search box keeps the phrase"
    );
    shots.take(client, "phrase").await;

    // 3. Tick cycle 2, then "supported": two facets in different fieldsets.
    let cycle_total = tick(client, "cycle", "2", javascript).await;
    wait_for_total(client, cycle_total, "cycle 2").await;
    assert!(cycle_total < phrase_total, "cycle 2 has fewer matches ({cycle_total}) than both ({phrase_total})");
    for item in results(client).await {
        assert!(item.meta.contains("cycle 2,"), "cycle 2 filter lists {item:?}");
    }
    shots.take(client, "cycle-2").await;

    let filtered = tick(client, "response", "supported", javascript).await;
    wait_for_total(client, filtered, "supported").await;
    assert!(filtered > 0 && filtered < cycle_total, "supported: {filtered} of {cycle_total}");
    let pairs = query_pairs(client).await;
    for (k, v) in [("q", PHRASE), ("cycle", "2"), ("response", "supported")] {
        assert!(pairs.iter().any(|(pk, pv)| pk == k && pv == v), "URL lacks {k}={v}: {pairs:?}");
    }
    let sidebar = facets(client).await;
    assert!(facet_value(&sidebar, "cycle", "2").checked, "cycle 2 stays ticked");
    assert!(facet_value(&sidebar, "response", "supported").checked, "supported is ticked");
    let items = results(client).await;
    check_results(&items, filtered);
    for item in &items {
        assert!(item.meta.contains("cycle 2,"), "cycle 2 filter lists {item:?}");
        assert!(item.position.iter().any(|c| c == "supported"), "supported filter lists {item:?}");
    }
    let active = text_of(client, "p.active").await.unwrap_or_default();
    assert!(active.contains("Cycle") && active.to_lowercase().contains("supported"), "active filters: {active:?}");
    let filtered_url = client.current_url().await.expect("URL").to_string();
    let export_links = export_hrefs(client).await;
    shots.take(client, "cycle-2-supported").await;
    shots.take_full_page(client, "cycle-2-supported-full-page").await;
    shots.take_narrow(client, "cycle-2-supported-narrow").await;

    // 4. Open the first result: the full text, its details and related recommendations.
    let first = &items[0];
    let first_id: i64 = first.href.trim_start_matches("/recommendations/").parse().expect("id");
    client.find(Locator::Css("ol.results > li a.text")).await.expect("first result").click().await.expect("open it");
    let quote = wait_for(client, "article.recommendation blockquote", || async {
        text_of(client, "article.recommendation blockquote").await
    })
    .await;
    assert!(client.current_url().await.expect("URL").path().ends_with(&format!("/recommendations/{first_id}")));
    let lower = quote.to_lowercase();
    assert!(lower.contains("human rights defender"), "the recommendation's text lacks the phrase: {quote}");
    let snippet_start: String = first.text.trim().trim_start_matches('…').chars().take(30).collect();
    assert!(quote.contains(snippet_start.trim()), "text {quote:?} does not hold the snippet {:?}", first.text);
    let details = text_of(client, "article.recommendation dl").await.expect("details in a dl");
    assert!(details.to_lowercase().contains("supported"), "details show the position: {details}");
    assert!(client.find(Locator::Css("section#related")).await.is_ok(), "no section#related");
    shots.take_full_page(client, "recommendation").await;
    shots.take_narrow(client, "recommendation-narrow").await;

    // 5. Back to the filtered list, then the same URL loaded afresh: the state is in the URL.
    client.back().await.expect("back");
    wait_for(client, "the filtered list after going back", || async {
        let url = client.current_url().await.ok()?.to_string();
        let shown = text_of(client, "#total").await.as_deref().and_then(number_in);
        (url == filtered_url && shown == Some(filtered)).then_some(())
    })
    .await;
    shots.take(client, "back").await;
    client.goto(&filtered_url).await.expect("reload the filtered URL");
    assert_eq!(total(client).await, filtered, "the URL alone gives the same result set");
    let sidebar = facets(client).await;
    assert!(facet_value(&sidebar, "cycle", "2").checked && facet_value(&sidebar, "response", "supported").checked);
    shots.take(client, "reloaded").await;

    // 6. Export: the links carry the search; the CSV holds the whole result set.
    let (csv_href, xlsx_href) = export_hrefs(client).await;
    assert_eq!((&csv_href, &xlsx_href), (&export_links.0, &export_links.1), "the links after ticking and on reload");
    for (href, path) in [(&csv_href, "/search/export.csv"), (&xlsx_href, "/search/export.xlsx")] {
        assert!(href.starts_with(path), "{href} is not {path}?…");
        let pairs = link_query(href);
        for (k, v) in [("q", PHRASE), ("cycle", "2"), ("response", "supported")] {
            assert!(pairs.iter().any(|(pk, pv)| pk == k && pv == v), "{href} lacks {k}={v}");
        }
    }
    let csv = http_get(&app.url(&csv_href)).await;
    assert_eq!(csv.status, 200, "GET {csv_href}: {}", String::from_utf8_lossy(&csv.body));
    let content_type = csv.header("content-type").unwrap_or_default();
    assert!(content_type.starts_with("text/csv"), "CSV served as {content_type:?}");
    let disposition = csv.header("content-disposition").unwrap_or_default();
    assert!(disposition.contains("attachment") && disposition.contains(".csv"), "disposition {disposition:?}");
    let body = csv.body.strip_prefix(b"\xEF\xBB\xBF".as_slice()).expect("the CSV starts with a UTF-8 BOM");
    let first_line = body.split(|&b| b == b'\n').next().unwrap_or_default();
    assert!(first_line.ends_with(b"\r"), "CSV lines end in CRLF");
    let mut reader = csv::Reader::from_reader(body);
    let header: Vec<String> = reader.headers().expect("CSV header").iter().map(String::from).collect();
    assert_eq!(header.first().map(String::as_str), Some("id"), "header {header:?}");
    let column =
        |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} in {header:?}"));
    let (id_col, cycle_col, response_col, text_col) =
        (column("id"), column("cycle"), column("response"), column("text"));
    let mut ids = HashSet::new();
    for (n, row) in reader.records().enumerate() {
        let row = row.unwrap_or_else(|e| panic!("CSV row {}: {e}", n + 2));
        assert_eq!(row.len(), header.len(), "CSV row {} has {} fields", n + 2, row.len());
        let text = row[text_col].to_lowercase();
        for word in WORDS {
            assert!(text.contains(word), "CSV row {} lacks {word:?}: {}", n + 2, &row[text_col]);
        }
        assert_eq!(&row[cycle_col], "2", "CSV row {} cycle", n + 2);
        assert_eq!(row[response_col].to_lowercase(), "supported", "CSV row {} response", n + 2);
        assert!(ids.insert(row[id_col].to_string()), "CSV row {} repeats id {}", n + 2, &row[id_col]);
    }
    assert_eq!(ids.len() as u64, filtered, "the CSV has one row per match of the whole result set");
    assert!(ids.contains(&first_id.to_string()), "the CSV holds the recommendation opened");
    let xlsx = http_get(&app.url(&xlsx_href)).await;
    assert_eq!(xlsx.status, 200, "GET {xlsx_href}");
    assert!(xlsx.body.starts_with(b"PK\x03\x04"), "the XLSX is a zip file");
}
