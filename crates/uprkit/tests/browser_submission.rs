//! Issue 14's browser acceptance for the submission builder: sign in, open a workspace (made
//! through the application layer on the server's own database), add a section from the builder,
//! write it and watch the word count move as you type, cite a recommendation found with the
//! search panel (inserted at the cursor by the page's script), save, see the citation linked in
//! the preview and listed in the annex, and download the DOCX. Screenshots of the builder and
//! the editor at 1280 and 360 pixels go to `target/browser-screenshots/`.
//! Skipped without Chromium and chromedriver (a failure when `UPRKIT_REQUIRE_BROWSER=1`).

mod common;

use common::browser::*;
use fantoccini::{Client, Locator};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use uprkit_app::App;
use uprkit_app::workspaces::WorkspaceOpening;
use uprkit_store::{Actor, Store};

const PASSWORD: &str = "a long enough password";
const ORGANISATION: &str = "Tuvalu Climate Network";

/// Opens a workspace on Tuvalu's third cycle for the organisation, as the command line would
/// (the operator acts for any organisation), on the database the server runs on.
async fn open_workspace(data: &std::path::Path) -> i64 {
    let store = Store::connect(&uprkit_store::sqlite_url_in(data)).await.expect("the server's database");
    let organisation = store.organisation_id(ORGANISATION, false).await.expect("lookup").expect("the organisation");
    // Opening a workspace does not search: an index of its own keeps clear of the server's lock.
    let index = tempfile::tempdir().expect("index folder");
    let engine = Arc::new(uprkit_search::Engine::open(index.path()).expect("index"));
    let app = App::new(store, engine);
    let opening = WorkspaceOpening {
        organisation_id: organisation,
        sur: "TUV".into(),
        cycle: 3,
        coalition_id: None,
        title: None,
    };
    app.open_workspace(&Actor::command_line(), &opening).await.expect("workspace")
}

async fn sign_in(client: &Client, app: &Server) {
    client.goto(&app.url("/login")).await.expect("login page");
    client.find(Locator::Css("input[name=email]")).await.expect("email").send_keys("tala@example.org").await.ok();
    client.find(Locator::Css("input[name=password]")).await.expect("password").send_keys(PASSWORD).await.ok();
    client.find(Locator::Css("#login-button")).await.expect("button").click().await.expect("sign in");
    wait_for(client, "the account page", || async {
        client.current_url().await.ok().filter(|u| u.path() == "/account").map(|_| ())
    })
    .await;
}

/// axe-core's violations on the page, when axe-core is installed (`npm ci --prefix
/// crates/uprkit/tests/axe`, as `.ci/run` does); nothing to report otherwise.
async fn axe_violations(client: &Client) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe/node_modules/axe-core/axe.min.js");
    let Ok(axe) = std::fs::read_to_string(&path) else {
        eprintln!("NOTE: axe-core is not installed ({}): accessibility not checked", path.display());
        return Vec::new();
    };
    client.execute(&axe, vec![]).await.expect("inject axe-core");
    let run = r#"const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
            .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | '))))
            .catch(e => done(['axe failed: ' + e]));"#;
    match client.execute_async(run, vec![]).await.expect("axe-core runs") {
        serde_json::Value::Array(v) => v.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect(),
        other => vec![format!("axe answered {other}")],
    }
}

/// Screenshots of the page at 1280 and 360 pixels (the whole page), then back to 1280; no
/// sideways overflow and no accessibility violation at either width.
async fn both_widths(client: &Client, shots: &mut Screenshots, label: &str) {
    for width in [1280, 360] {
        client.set_window_size(width, 1000).await.expect("resize the window");
        let overflow = client
            .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![])
            .await
            .expect("overflow");
        assert!(overflow.as_i64().unwrap_or(0) <= 0, "{label} at {width}px sticks out sideways by {overflow}px");
        let violations = axe_violations(client).await;
        assert!(violations.is_empty(), "{label} at {width}px: {violations:#?}");
        shots.take_full_page(client, &format!("{label}-{width}")).await;
    }
    client.set_window_size(1280, 1000).await.expect("resize the window");
}

async fn number(client: &Client, css: &str) -> u64 {
    number_in(&text_of(client, css).await.unwrap_or_default()).unwrap_or_else(|| panic!("no number in {css}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn write_a_section_cite_a_recommendation_and_download() {
    let Some(tools) = tools_or_skip("write_a_section_cite_a_recommendation_and_download") else {
        return;
    };
    let data: Arc<Mutex<Option<PathBuf>>> = Arc::default();
    let seen = data.clone();
    let app = Arc::new(Server::start_demo_after(move |dir| {
        run_uprkit(
            dir,
            &["user", "add", "tala@example.org", "--name", "Tala", "--org", ORGANISATION, "--role", "editor"],
            PASSWORD,
        );
        *seen.lock().expect("lock") = Some(dir.to_path_buf());
    }));
    let dir = data.lock().expect("lock").clone().expect("the data folder");
    let workspace = open_workspace(&dir).await;
    let browser = Browser::start(&tools, true).await;
    browser
        .run(move |client| async move {
            let mut shots = Screenshots::new("submission");
            sign_in(&client, &app).await;
            let builder = app.url(&format!("/workspaces/{workspace}/submission"));
            client.goto(&builder).await.expect("the builder");
            assert!(text_of(&client, "h1").await.unwrap_or_default().contains("Tuvalu"));

            // Add a thematic section from the builder's form: its editor opens.
            client.find(Locator::Css("#add-title-field")).await.expect("title").send_keys("Climate change and relocation").await.expect("type");
            client.find(Locator::Css("#add-budget")).await.expect("budget").send_keys("400").await.expect("type");
            client.find(Locator::Css("section[aria-labelledby=add-title] button[type=submit]")).await.expect("add").click().await.expect("add the section");
            wait_for(&client, "the section editor", || async {
                client.current_url().await.ok().filter(|u| u.path().starts_with("/sections/")).map(|_| ())
            })
            .await;
            let section_url = client.current_url().await.expect("url").path().to_string();

            // Write: the count moves with every word typed.
            let before = number(&client, "#section-count").await;
            let total_before = number(&client, "#total-count").await;
            let text = client.find(Locator::Css("#text")).await.expect("the text box");
            text.send_keys("Tuvalu has no relocation plan for the communities of Funafuti. ").await.expect("type");
            let after = number(&client, "#section-count").await;
            assert_eq!(after, before + 10, "the section's count moves as you type");
            assert_eq!(number(&client, "#total-count").await, total_before + 10, "and the submission's");

            // Cite: search the recommendations to Tuvalu, insert the first at the cursor.
            client.find(Locator::Css("#cite-q")).await.expect("search box").send_keys("climate change").await.expect("type");
            client.find(Locator::Css("#cite-form button[type=submit]")).await.expect("search").click().await.expect("search");
            let insert = wait_for(&client, "the search results in the page", || async {
                client.find(Locator::Css("#cite-results form.cite-insert button")).await.ok()
            })
            .await;
            assert!(client.current_url().await.expect("url").path() == section_url, "the results came into the editor");
            insert.click().await.expect("insert");
            let body: String = client
                .execute("return document.getElementById('text').value", vec![])
                .await
                .expect("the text")
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(body.contains("](rec:"), "the citation is in the text: {body}");
            assert!(body.starts_with("Tuvalu has no relocation plan"), "inserted where the cursor was: {body}");
            assert!(number(&client, "#section-count").await > after, "the citation's words count too");
            both_widths(&client, &mut shots, "editor").await;

            client.find(Locator::Css("#save")).await.expect("save").click().await.expect("save");
            wait_for(&client, "the saved section's preview", || async {
                client.find(Locator::Css(".builder-preview a[href^='/recommendations/']")).await.ok()
            })
            .await;
            // Saved: the count is the server's now, and the text stays.
            let saved: String = client.execute("return document.getElementById('text').value", vec![]).await.expect("text").as_str().unwrap_or_default().to_string();
            assert_eq!(saved.trim(), body.trim());

            client.goto(&builder).await.expect("the builder");
            let annex = client.find(Locator::Css(".builder-annex li")).await.expect("the annex lists the citation");
            assert!(annex.text().await.expect("annex text").contains("Tuvalu") || !annex.text().await.unwrap_or_default().is_empty());
            let words = number(&client, "#check-words").await;
            assert!(words >= 10, "the check counts the section: {words}");
            both_widths(&client, &mut shots, "builder").await;

            // Download the DOCX (with the session's cookie, as a click would).
            let link = client.find(Locator::Css(&format!("a[href='/workspaces/{workspace}/submission.docx']"))).await.expect("the DOCX download link");
            assert!(link.attr("download").await.expect("attr").is_some());
            let answer = client
                .execute_async(
                    r#"const done = arguments[arguments.length - 1];
                    fetch(arguments[0], { credentials: 'same-origin' })
                        .then(r => r.arrayBuffer().then(b => done([r.status, Array.from(new Uint8Array(b.slice(0, 2)))])))
                        .catch(e => done([0, String(e)]));"#,
                    vec![serde_json::json!(format!("/workspaces/{workspace}/submission.docx"))],
                )
                .await
                .expect("fetch the DOCX");
            assert_eq!(answer[0].as_u64(), Some(200), "the DOCX download answers: {answer:?}");
            assert_eq!(answer[1], serde_json::json!([80, 75]), "the DOCX is a zip (starts with PK)");
        })
        .await;
}
