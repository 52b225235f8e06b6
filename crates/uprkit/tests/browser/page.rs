//! What `browser.rs` reads from and does on the search page: the export links, the facet
//! sidebar, the result list, ticking a box and waiting for the total.

use super::*;

/// The hrefs of `a#export-csv` and `a#export-xlsx`.
pub(super) async fn export_hrefs(client: &Client) -> (String, String) {
    let mut hrefs = Vec::new();
    for css in ["a#export-csv", "a#export-xlsx"] {
        let link = client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
        hrefs.push(link.attr("href").await.expect("href").unwrap_or_else(|| panic!("{css} has no href")));
    }
    (hrefs.remove(0), hrefs.remove(0))
}

/// One value of a facet as the sidebar shows it.
#[derive(Debug, Clone)]
pub(super) struct FacetValue {
    pub(super) value: String,
    pub(super) checked: bool,
    pub(super) count: Option<String>,
}

impl FacetValue {
    pub(super) fn count(&self) -> u64 {
        self.count.as_deref().and_then(number_in).unwrap_or_else(|| panic!("no count for {self:?}"))
    }
}

/// The sidebar: facet name -> its values, in page order.
pub(super) async fn facets(client: &Client) -> BTreeMap<String, Vec<FacetValue>> {
    let js = r#"
        const out = {};
        for (const fs of document.querySelectorAll('form#search .facets fieldset[data-facet]')) {
            out[fs.dataset.facet] = [...fs.querySelectorAll('input[type=checkbox]')].map(cb => {
                const holder = cb.closest('label') || cb.parentElement;
                const count = holder && holder.querySelector('.count');
                return { value: cb.value, name: cb.name, checked: cb.checked,
                         count: count ? count.textContent : null };
            });
        }
        return out;"#;
    let value = client.execute(js, vec![]).await.expect("read the facet sidebar");
    let object = value.as_object().expect("facet sidebar as a JSON object");
    object
        .iter()
        .map(|(facet, values)| {
            let values = values.as_array().expect("facet values").iter();
            let values = values.map(|v| FacetValue {
                value: v["value"].as_str().unwrap_or_default().to_string(),
                checked: v["checked"].as_bool().unwrap_or_default(),
                count: v["count"].as_str().map(String::from),
            });
            (facet.clone(), values.collect())
        })
        .collect()
}

pub(super) fn facet_value<'a>(
    facets: &'a BTreeMap<String, Vec<FacetValue>>,
    facet: &str,
    value: &str,
) -> &'a FacetValue {
    let values = facets.get(facet).unwrap_or_else(|| panic!("no fieldset[data-facet={facet}] in {facets:?}"));
    values.iter().find(|v| v.value == value).unwrap_or_else(|| panic!("no {facet}={value} checkbox in {values:?}"))
}

/// The number in `#total`, once it is there.
pub(super) async fn total(client: &Client) -> u64 {
    wait_for(client, "#total", || async { text_of(client, "#total").await.as_deref().and_then(number_in) }).await
}

/// One result of the list, as shown.
#[derive(Debug)]
pub(super) struct ResultItem {
    pub(super) href: String,
    pub(super) text: String,
    pub(super) bold: Vec<String>,
    pub(super) meta: String,
    pub(super) position: Vec<String>,
}

pub(super) async fn results(client: &Client) -> Vec<ResultItem> {
    let js = r#"
        return [...document.querySelectorAll('ol.results > li')].map(li => {
            const a = li.querySelector('a.text');
            const meta = li.querySelector('.meta');
            const position = li.querySelector('.position');
            return {
                href: a ? a.getAttribute('href') : '',
                text: a ? a.textContent : '',
                bold: a ? [...a.querySelectorAll('b')].map(b => b.textContent) : [],
                meta: meta ? meta.textContent.replace(/\s+/g, ' ') : '',
                position: position ? [...position.classList] : [],
            };
        });"#;
    let value = client.execute(js, vec![]).await.expect("read the results");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(String::from)).collect()
    };
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let items = value.as_array().expect("results as a JSON array").iter();
    items
        .map(|li| ResultItem {
            href: text(&li["href"]),
            text: text(&li["text"]),
            bold: strings(&li["bold"]),
            meta: text(&li["meta"]),
            position: strings(&li["position"]),
        })
        .collect()
}

/// Checks what every state of the result list must show: as many items as the page holds,
/// each linking to a recommendation, its snippet with the phrase's words in bold.
pub(super) fn check_results(items: &[ResultItem], total: u64) {
    assert!(!items.is_empty(), "no results listed for a total of {total}");
    assert!(items.len() as u64 <= total, "{} results listed for a total of {total}", items.len());
    if total >= 20 {
        assert!(items.len() >= 20, "only {} results on a page of a total of {total}", items.len());
    }
    for item in items {
        let id = item.href.strip_prefix("/recommendations/").unwrap_or_else(|| panic!("result link {item:?}"));
        assert!(id.parse::<i64>().is_ok(), "result link {:?} does not end in an id", item.href);
        let text = item.text.to_lowercase();
        for word in WORDS {
            assert!(text.contains(word), "result {:?} lacks {word:?}", item.text);
        }
        let bold = item.bold.join(" ").to_lowercase();
        for word in WORDS {
            assert!(bold.contains(word), "{word:?} is not in bold in {item:?}");
        }
    }
}

/// Ticks `facet=value` and waits for the URL to carry it. With JavaScript, ticking submits
/// the form by itself (htmx); without, or if that does not happen, #apply does. Gives the count
/// the box announced.
pub(super) async fn tick(client: &Client, facet: &str, value: &str, javascript: bool) -> u64 {
    let before = facets(client).await;
    let expected = facet_value(&before, facet, value);
    assert!(!expected.checked, "{facet}={value} is ticked already");
    let expected = expected.count();
    let url_before = client.current_url().await.expect("URL").to_string();
    // Values such as "Women's rights" hold quotes: the CSS string escapes them.
    let quoted = value.replace('\\', "\\\\").replace('"', "\\\"");
    let selector = format!(".facets fieldset[data-facet='{facet}'] input[type=checkbox][value=\"{quoted}\"]");
    let checkbox = client.find(Locator::Css(&selector)).await.unwrap_or_else(|e| panic!("{selector}: {e}"));
    // Without scripts the filter panel is a closed <details> that the stylesheet shows beside
    // the results on a wide screen; chromedriver counts what a closed <details> holds as hidden
    // whatever the stylesheet says, so open the panel, as its "Filters" button does on a phone.
    if !checkbox.is_displayed().await.expect("is the box displayed") {
        let open = "const panel = document.querySelector('details.filters-panel'); if (panel) panel.open = true;";
        client.execute(open, vec![]).await.expect("open the filter panel");
    }
    checkbox.click().await.unwrap_or_else(|e| panic!("clicking {selector}: {e}"));

    let mut submitted_by_script = false;
    if javascript {
        // htmx pushes the new URL once the filtered form is in; give it a moment.
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if client.current_url().await.expect("URL").to_string() != url_before {
                submitted_by_script = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if !submitted_by_script {
            eprintln!("WARNING: with JavaScript, ticking {facet}={value} did not submit by itself; clicking #apply");
        }
    } else {
        assert_eq!(
            client.current_url().await.expect("URL").to_string(),
            url_before,
            "without JavaScript nothing moves"
        );
    }
    if !submitted_by_script {
        client.find(Locator::Css("button#apply")).await.expect("button#apply").click().await.expect("click #apply");
    }
    wait_for(client, &format!("the URL to carry {facet}={value}"), || async {
        query_pairs(client).await.iter().any(|(k, v)| k == facet && v == value).then_some(())
    })
    .await;
    expected
}

/// Waits for `#total` to show `expected` after ticking `what`.
pub(super) async fn wait_for_total(client: &Client, expected: u64, what: &str) {
    wait_for(client, &format!("#total to be {expected}, as the {what} box announced"), || async {
        (text_of(client, "#total").await.as_deref().and_then(number_in) == Some(expected)).then_some(())
    })
    .await;
}
