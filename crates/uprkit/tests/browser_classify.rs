//! Issue 12 in a real browser: a WG report no source coded gets suggested coding; a reviewer
//! corrects the action category on the recommendation's page; the classifier runs again (as
//! `uprkit classify apply` does, through the API); the correction is still there. Also the
//! review queue, least sure first. Screenshots in `target/browser-screenshots/classify-*`.

mod common;

use common::browser::*;
use fantoccini::{Client, Locator};
use std::path::Path;
use std::sync::Arc;

const PASSWORD: &str = "a long enough password";

/// `uprkit ARGS` on the test's data folder, with its password.
fn uprkit(data: &Path, args: &[&str]) -> String {
    run_uprkit(data, args, PASSWORD)
}

/// The text of the coding block.
async fn coding(client: &Client) -> String {
    text_of(client, "#coding").await.unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_correction_in_the_browser_outlasts_the_next_run() {
    let Some(tools) = tools_or_skip("a_correction_in_the_browser_outlasts_the_next_run") else {
        return;
    };
    let app = Arc::new(Server::start_demo_after(|data| {
        let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/demo/uprinfo_demo.csv");
        uprkit(data, &["import", "upr-info", demo]);
        let report = uprkit_core::testing::shared_data("ohchr/slovenia/cycle3/g1934994.pdf");
        uprkit(data, &["import", "document", report.to_str().expect("path")]);
        uprkit(data, &["classify", "train"]);
        uprkit(data, &["classify", "apply"]);
        uprkit(
            data,
            &[
                "user",
                "add",
                "rhea@example.org",
                "--name",
                "Rhea",
                "--org",
                "Rights Watch",
                "--role",
                "editor",
                "--admin",
            ],
        );
    }));
    let list = http_get(&app.url("/api/v1/recommendations?sur=SVN&session=34&per_page=1")).await;
    let list: serde_json::Value = serde_json::from_slice(&list.body).expect("JSON");
    assert_eq!(list["total"], 215, "{list}");
    assert_eq!(list["facets"]["coded_by"]["suggested"], 215, "{}", list["facets"]);
    let item = &list["items"][0];
    let id = item["id"].as_i64().expect("id");
    let suggested = item["action_category"].as_u64().expect("a suggested action category");
    let corrected = if suggested == 5 { 4 } else { 5 };
    let browser = Browser::start(&tools, true).await;
    browser
        .run(move |client| async move {
            let mut shots = Screenshots::new("classify");
            client.goto(&app.url("/login")).await.expect("login page");
            client.find(Locator::Css("input[name=email]")).await.expect("email").send_keys("rhea@example.org").await.expect("type");
            client.find(Locator::Css("input[name=password]")).await.expect("password").send_keys(PASSWORD).await.expect("type");
            client.find(Locator::Css("#login-button")).await.expect("button").click().await.expect("click");
            wait_for(&client, "the account page", || {
                let client = client.clone();
                async move { text_of(&client, "h1").await.filter(|h| h == "Rhea") }
            })
            .await;

            client.goto(&app.url(&format!("/recommendations/{id}"))).await.expect("recommendation");
            let before = coding(&client).await;
            assert!(before.contains("Suggested by uprkit"), "{before}");
            assert!(before.contains("% sure"), "{before}");
            shots.take_full_page(&client, "suggested").await;

            let radio = format!("#coding input[type=radio][value=\"{corrected}\"]");
            client.find(Locator::Css(&radio)).await.expect("radio").click().await.expect("tick");
            client
                .find(Locator::Css("#coding form:has(input[type=radio]) button[type=submit]"))
                .await
                .expect("save")
                .click()
                .await
                .expect("click");
            wait_for(&client, "the correction", || {
                let client = client.clone();
                async move { coding(&client).await.contains("Corrected by Rhea").then_some(()) }
            })
            .await;
            shots.take_full_page(&client, "corrected").await;

            // The classifier runs again over everything, as `uprkit classify apply` does.
            let answer = client
                .execute_async(
                    "const done = arguments[arguments.length - 1];\
                     const csrf = document.querySelector('input[name=csrf]').value;\
                     fetch('/api/v1/classification/apply', {method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf}, body: '{}'})\
                       .then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('error ' + e));",
                    vec![],
                )
                .await
                .expect("apply through the API");
            let answer = answer.as_str().unwrap_or_default().to_string();
            assert!(answer.starts_with("200 "), "{answer}");
            client.refresh().await.expect("reload");
            let kept = coding(&client).await;
            assert!(kept.contains("Corrected by Rhea"), "the correction outlasts the run: {kept}");
            let expected = format!("{corrected}. ");
            assert!(kept.contains(&expected), "{kept}");
            let json = http_get(&app.url(&format!("/api/v1/recommendations/{id}"))).await;
            let json: serde_json::Value = serde_json::from_slice(&json.body).expect("JSON");
            assert_eq!(json["action_category"].as_u64(), Some(corrected), "{json}");

            // The review queue: least sure first; confirming one takes it off.
            client.goto(&app.url("/classification/review")).await.expect("queue");
            shots.take_full_page(&client, "queue").await;
            let intro = text_of(&client, "main p").await.unwrap_or_default();
            let waiting = number_in(&intro).expect("a count");
            client.find(Locator::Css("ol.queue li form button")).await.expect("confirm").click().await.expect("click");
            wait_for(&client, "one fewer", || {
                let client = client.clone();
                async move {
                    let intro = text_of(&client, "main p").await.unwrap_or_default();
                    (number_in(&intro) == Some(waiting - 1)).then_some(())
                }
            })
            .await;
        })
        .await;
}
