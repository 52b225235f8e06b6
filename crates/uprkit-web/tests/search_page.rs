//! The search page over HTTP on real data (the small demo set: 2,747 UPR Info rows of 14
//! States): "did you mean" for misspelt words (page and API), the filter panel that folds on
//! phones with its count of active filters, long facets with their top values and "Show all N"
//! (`more=FACET`), the skip link to the results, in English, French and Spanish.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::cmp::Ordering;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_core::StateDirectory;
use uprkit_search::Engine;
use uprkit_store::ImportBatch;
use uprkit_store::testing::TestDatabase;
use uprkit_web::i18n::{Lang, collate::compare_in};
use uprkit_web::{AppState, app};

/// The demo set's rows, imported and indexed.
async fn demo() -> (TestDatabase, AppState) {
    let db = TestDatabase::sqlite().expect("db");
    let store = db.store().await.expect("store");
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../uprkit/demo/uprinfo_demo.csv");
    let read = uprkit_import::upr_info::read_file(&file, &StateDirectory::load()).expect("the demo set reads");
    let uprkit_import::upr_info::UprInfoFile::Recommendations { records, .. } = read else { panic!("recommendations") };
    let batch = ImportBatch { source: "demo".into(), recommendations: records, pledges: vec![] };
    store.import(batch, &|_| {}).await.expect("import");
    let engine = Arc::new(Engine::open(&db.dir.join("index")).expect("index"));
    uprkit_search::sync::rebuild(&engine, &store, &|_| {}).await.expect("index built");
    let documents = uprkit_web::documents::Documents::in_process(db.dir.join("uploads"));
    (db, AppState::new(store, engine, documents))
}

/// `GET uri` in a language (`Accept-Language`): the status, content type and body.
async fn get_in(state: &AppState, uri: &str, lang: &str) -> (StatusCode, String, String) {
    let request = Request::get(uri).header("accept-language", lang).body(Body::empty()).expect("request");
    let response = app(state.clone()).oneshot(request).await.expect("response");
    let status = response.status();
    let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = response.into_body().collect().await.expect("body").to_bytes();
    (status, kind, String::from_utf8_lossy(&body).into_owned())
}

async fn page(state: &AppState, uri: &str, lang: &str) -> String {
    let (status, _, html) = get_in(state, uri, lang).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {html}");
    html
}

async fn api(state: &AppState, uri: &str) -> serde_json::Value {
    let (status, _, body) = get_in(state, uri, "en").await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    serde_json::from_str(&body).expect("json")
}

/// HTML text with the entities the templates write turned back into characters.
fn unescape(html: &str) -> String {
    html.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The part of `html` from `start` to the next `end` (inclusive of neither).
fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    let to = html[from..].find(end)? + from;
    Some(&html[from..to])
}

/// The number in the page's `<h1 id="total">`, whatever the digit grouping.
fn total(html: &str) -> u64 {
    let h1 = between(html, "id=\"total\">", "</h1>").expect("h1#total");
    h1.chars().take_while(|c| !c.is_alphabetic()).filter(char::is_ascii_digit).collect::<String>().parse().expect(h1)
}

/// The fieldset of a facet: its markup.
fn fieldset<'a>(html: &'a str, facet: &str) -> &'a str {
    between(html, &format!("<fieldset data-facet=\"{facet}\""), "</fieldset>").unwrap_or_else(|| panic!("no {facet}"))
}

/// A value as a fieldset lists it.
#[derive(Debug)]
struct Listed {
    code: String,
    label: String,
    count: u64,
    names: String,
    checked: bool,
}

/// Every value a fieldset lists, in order.
fn values(fieldset: &str) -> Vec<Listed> {
    fieldset
        .split("<label class=\"facet-value\"")
        .skip(1)
        .map(|part| {
            let count = between(part, "<span class=\"count\">", "</span>").expect("count");
            Listed {
                code: unescape(between(part, "value=\"", "\"").expect("value")),
                label: unescape(between(part, "<span class=\"value-label\">", "</span>").expect("label")),
                count: count.chars().filter(char::is_ascii_digit).collect::<String>().parse().expect("count number"),
                names: between(part, "data-names=\"", "\"").unwrap_or_default().to_string(),
                checked: between(part, "<input", ">").is_some_and(|input| input.ends_with(" checked")),
            }
        })
        .collect()
}

/// The "did you mean" paragraph: the corrected words, the link and the whole text.
fn did_you_mean(html: &str) -> Option<(String, String, String)> {
    let p = between(html, "<p class=\"did-you-mean\">", "</p>")?;
    let href = unescape(between(p, "href=\"", "\"")?);
    let words = unescape(between(p, "\">", "</a>")?);
    Some((words, href, unescape(p)))
}

#[tokio::test]
async fn misspelt_words_get_a_corrected_search_with_its_count() {
    let (_db, state) = demo().await;

    // "torure" finds nothing; the page offers "torture", with the same filters, and its count.
    let html = page(&state, "/search?q=torure", "en").await;
    assert_eq!(total(&html), 0);
    let torture = total(&page(&state, "/search?q=torture", "en").await);
    assert!(torture > 100, "{torture}");
    let (words, href, text) = did_you_mean(&html).expect("a suggestion for torure");
    assert_eq!((words.as_str(), href.as_str()), ("torture", "/search?q=torture"));
    assert!(text.starts_with("Did you mean <a") && text.contains("</a>? "), "{text}");
    assert!(text.contains(&format!("({torture} recommendations)")), "{text}");
    // The skip link's target holds the suggestion first, then the (empty) results.
    let results = between(&html, "<div id=\"results\"", "</ol>").expect("#results");
    assert!(results.contains("did-you-mean"), "{results}");

    let html = page(&state, "/search?q=torure&sur=BRA&cycle=2&sort=newest", "en").await;
    let (_, href, text) = did_you_mean(&html).expect("a suggestion with filters");
    assert_eq!(href, "/search?q=torture&sur=BRA&cycle=2&sort=newest");
    let filtered = total(&page(&state, &href, "en").await);
    assert!(filtered > 0 && filtered < torture, "{filtered} of {torture}");
    let expected =
        if filtered == 1 { "(1 recommendation)".to_string() } else { format!("({filtered} recommendations)") };
    assert!(text.contains(&expected), "{text}");

    // Other typos of the real data, through the API: the corrected `q` and what it finds.
    for (typed, meant) in [
        ("torure", "torture"),
        ("discrimnation", "discrimination"),
        ("\"humen rights defenders\"", "\"human rights defenders\""),
        ("Rigths of the chlid", "Rights of the child"),
    ] {
        let encoded = serde_urlencoded::to_string([("q", typed)]).expect("encode");
        let answer = api(&state, &format!("/api/v1/recommendations?{encoded}")).await;
        let suggestion = &answer["did_you_mean"];
        assert_eq!(suggestion["query"], meant, "{typed}: {answer}");
        let encoded = serde_urlencoded::to_string([("q", meant)]).expect("encode");
        let corrected = api(&state, &format!("/api/v1/recommendations?{encoded}")).await;
        assert_eq!(suggestion["total"], corrected["total"], "{typed}");
        assert!(corrected["total"].as_u64().expect("total") > answer["total"].as_u64().expect("total"));
    }
    // The API's document describes it.
    let doc = api(&state, "/api/v1/openapi.json").await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["DidYouMean"]["required"], serde_json::json!(["query", "total"]), "{}", schemas["DidYouMean"]);
    let answer = schemas["SearchAnswer"].to_string();
    assert!(answer.contains("\"did_you_mean\"") && answer.contains("#/components/schemas/SearchPage"), "{answer}");
    // Enough matches, or every word known: nothing to suggest, on the page or in the API.
    let answer = api(&state, "/api/v1/recommendations?q=torture").await;
    assert!(answer.get("did_you_mean").is_none(), "{answer}");
    assert!(did_you_mean(&page(&state, "/search?q=torture", "en").await).is_none());
    assert!(did_you_mean(&page(&state, "/search?q=torture&sur=NOWHERE", "en").await).is_none());

    // In French and Spanish: the sentence and the count in the language.
    let html = page(&state, "/search?q=torure", "fr").await;
    let (_, _, text) = did_you_mean(&html).expect("a suggestion in French");
    assert!(text.starts_with("Vouliez-vous dire <a") && text.contains("</a>\u{202f}?"), "{text}");
    assert!(text.contains(&format!("({torture} recommandations)")), "{text}");
    assert!(html.contains("id=\"total\">0 recommandation<"), "{html}");
    let html = page(&state, "/search?q=torure", "es").await;
    let (_, _, text) = did_you_mean(&html).expect("a suggestion in Spanish");
    assert!(text.starts_with("¿Quiso decir <a") && text.contains(&format!("({torture} recomendaciones)")), "{text}");
}

#[tokio::test]
async fn long_facets_list_their_top_values_and_show_all_on_demand() {
    let (_db, state) = demo().await;
    let facets = api(&state, "/api/v1/recommendations?per_page=1").await["facets"].clone();
    let all_rs = facets["rs"].as_object().expect("rs facet").len();
    assert!(all_rs > 100, "the demo set has {all_rs} recommending States");

    let html = page(&state, "/search", "en").await;
    let rs = fieldset(&html, "rs");
    let listed = values(rs);
    // The ten most frequent, by count (ties by name), with the type-to-filter box and the link.
    assert_eq!(listed.len(), 10, "{listed:?}");
    let ordered = |a: &Listed, b: &Listed| {
        a.count > b.count || (a.count == b.count && compare_in(Lang::En, &a.label, &b.label) != Ordering::Greater)
    };
    assert!(listed.windows(2).all(|w| ordered(&w[0], &w[1])), "{listed:?}");
    let mut counts: Vec<u64> = facets["rs"].as_object().expect("rs").values().filter_map(|v| v.as_u64()).collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(listed.iter().map(|v| v.count).collect::<Vec<_>>(), counts[..10], "the top ten counts");
    assert!(rs.contains("class=\"facet-filter\""), "{rs}");
    assert!(rs.contains("aria-label=\"Filter the list “Recommending State”\""), "{rs}");
    let show_all = unescape(between(rs, "<a class=\"show-all\" href=\"", "\"").expect("Show all link"));
    assert_eq!(show_all, "/search?more=rs#facet-rs");
    assert!(rs.contains(&format!(">Show all {all_rs}</a>")), "{rs}");
    // Every State value carries its names for type-to-filter: UN names, former names, code.
    for v in &listed {
        assert!(v.names.contains(&v.code.to_lowercase()), "{v:?}");
    }
    // Short facets are listed whole, without a filter box.
    let cycle = fieldset(&html, "cycle");
    assert!(!cycle.contains("facet-filter") && !cycle.contains("show-all"), "{cycle}");

    // Without JavaScript, the link lists every value, by name, and can go back to the top ten.
    let html = page(&state, "/search?more=rs", "en").await;
    let rs = fieldset(&html, "rs");
    let listed = values(rs);
    assert_eq!(listed.len(), all_rs);
    assert!(listed.windows(2).all(|w| compare_in(Lang::En, &w[0].label, &w[1].label) != Ordering::Greater));
    let position = |code: &str| listed.iter().position(|v| v.code == code).unwrap_or_else(|| panic!("{code}"));
    // Collation, not bytes: "Tü" before "Tu…m", "Cô" before "Cu".
    assert!(position("TUR") < position("TKM"), "Türkiye sorts before Turkmenistan");
    assert!(position("CIV") < position("CUB") && position("CUB") < position("CZE"), "Côte d’Ivoire, Cuba, Czechia");
    let turkiye = &listed[position("TUR")];
    assert_eq!(turkiye.label, "Türkiye");
    for name in ["turkiye", "turkey", "republic of turkiye", "republique de turkiye"] {
        assert!(turkiye.names.contains(name), "{name} in {turkiye:?}");
    }
    assert!(rs.contains("<input type=\"hidden\" name=\"more\" value=\"rs\">"), "the form keeps the list whole");
    assert!(rs.contains("Show the top 10"), "{rs}");
    // On a phone the panel is open: the person is working in it.
    assert!(html.contains("<details class=\"filters-panel\" id=\"filters\" open>"), "{html}");
    // A ticked State outside the top ten stays listed (and ticked) once the list folds again.
    let rare = listed.iter().min_by_key(|v| v.count).expect("a rare State").code.clone();
    let html = page(&state, &format!("/search?rs={rare}"), "en").await;
    let listed = values(fieldset(&html, "rs"));
    assert_eq!(listed.len(), 11, "{listed:?}");
    assert!(listed.iter().any(|v| v.code == rare && v.checked), "{listed:?}");
    assert_eq!(listed.iter().filter(|v| v.checked).count(), 1);

    // In French: the facet titles, the link, the names and their order are French.
    let html = page(&state, "/search?more=rs", "fr").await;
    assert!(html.contains("<html lang=\"fr\">"));
    let rs = fieldset(&html, "rs");
    assert!(rs.contains("<legend>État auteur de la recommandation</legend>"), "{rs}");
    assert!(rs.contains("N’afficher que les 10 premiers"), "{rs}");
    let listed = values(rs);
    assert!(listed.windows(2).all(|w| compare_in(Lang::Fr, &w[0].label, &w[1].label) != Ordering::Greater));
    assert!(listed.iter().any(|v| v.code == "DEU" && v.label == "Allemagne"), "{listed:?}");
    let html = page(&state, "/search", "fr").await;
    assert!(fieldset(&html, "rs").contains(&format!(">Tout afficher ({all_rs})</a>")));
    assert!(fieldset(&html, "rs").contains("placeholder=\"Saisissez un nom\""));
}

#[tokio::test]
async fn the_filter_panel_folds_on_phones_and_the_skip_link_reaches_the_results() {
    let (_db, state) = demo().await;
    let html = page(&state, "/search", "en").await;
    // Closed in the markup (CSS shows it beside the results on wide screens); a summary button.
    assert!(html.contains("<details class=\"filters-panel\" id=\"filters\">"), "{html}");
    assert_eq!(between(&html, "<summary>", "</summary>"), Some("Filters"));
    assert_eq!(html.matches("<h1").count(), 1);
    // One Tab + Enter: the skip link goes to #results, whose first focusable element is the
    // first result.
    assert!(html.contains("<a class=\"skip-link\" href=\"#results\">"), "{html}");
    let results = between(&html, "<div id=\"results\"", "</ol>").expect("#results");
    let first_focusable = ["<a ", "<input", "<select", "<button"].iter().filter_map(|t| results.find(t)).min();
    assert_eq!(first_focusable, results.find("<a class=\"text\" href=\"/recommendations/"), "{results}");
    // The script is a file of its own (the CSP allows no inline script), served as JavaScript.
    assert!(!html.contains("<script>") && !html.contains(" onclick="), "no inline script");
    let src = unescape(between(&html, "<script src=\"/static/filters.js", "\"").expect("filters.js"));
    let (status, kind, js) = get_in(&state, &format!("/static/filters.js{src}"), "en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/javascript"), "{kind}");
    assert!(js.contains("facet-filter") && js.contains("normalize(\"NFD\")"));
    // Phone-friendly markup: no fixed widths in the page, the viewport set, long facets scroll
    // inside their box; the stylesheet folds the panel below 800 px.
    assert!(html.contains("name=\"viewport\" content=\"width=device-width"));
    assert!(!html.contains(" style=\"") && !html.contains("<table"), "no inline widths, no table");
    let style_url = between(&html, "<link rel=\"stylesheet\" href=\"", "\"").expect("stylesheet").to_string();
    let (_, _, css) = get_in(&state, &style_url, "en").await;
    let block = &css[css.find("/* == search == */").expect("the search block")..];
    assert!(block.contains("@media (min-width: 801px)") && block.contains("::details-content"), "{block}");

    // Active filters: counted on the button, in each language.
    let html = page(&state, "/search?cycle=2&response=supported&sur=BRA", "en").await;
    assert_eq!(
        between(&html, "<summary>", "</summary>"),
        Some("Filters <span class=\"filters-count\">3 active</span>")
    );
    let html = page(&state, "/search?cycle=2&response=supported", "fr").await;
    assert_eq!(
        between(&html, "<summary>", "</summary>"),
        Some("Filtres <span class=\"filters-count\">2 actifs</span>")
    );
    assert!(html.contains("Filtres appliqués :"), "{html}");
    assert!(html.contains("<span class=\"chip\">Cycle : Cycle 2</span>"), "{html}");
    let html = page(&state, "/search?cycle=2", "es").await;
    assert_eq!(
        between(&html, "<summary>", "</summary>"),
        Some("Filtros <span class=\"filters-count\">1 activo</span>")
    );

    // The rest of the page in French and Spanish: title, buttons, sort, results, pager.
    let html = page(&state, "/search?q=torture", "fr").await;
    let n = total(&html);
    for expected in [
        "<title>torture · uprkit</title>",
        ">Rechercher</button>",
        "Trier par",
        "<option value=\"relevance\" selected>Pertinence</option>",
        "Appliquer les filtres",
        "Tout effacer",
        "Graphiques de cette recherche",
        &format!("Page 1 sur {}", n.div_ceil(20)),
        "Suivante →",
        "pour une expression exacte",
    ] {
        assert!(html.contains(expected), "{expected} missing from the French page");
    }
    assert!(html.contains(&format!("id=\"total\">{n} recommandations<")), "{html}");
    assert!(html.contains(", session "), "French results say session");
    let html = page(&state, "/search?q=torture", "es").await;
    for expected in
        ["<title>torture · uprkit</title>", ">Buscar</button>", "Ordenar por", "período de sesiones", "Página 1 de"]
    {
        assert!(html.contains(expected), "{expected} missing from the Spanish page");
    }
    let html = page(&state, "/search", "es").await;
    assert!(html.contains("<title>Búsqueda · uprkit</title>"));
    // 2,661 recommendations: grouped as each language groups digits.
    assert!(html.contains("id=\"total\">2661 recomendaciones<"), "Spanish leaves four digits ungrouped");
    let html = page(&state, "/search", "fr").await;
    assert!(html.contains("id=\"total\">2\u{202f}661 recommandations<"), "French groups with a narrow space");
    let html = page(&state, "/search", "en").await;
    assert!(html.contains("id=\"total\">2,661 recommendations<"));
}
