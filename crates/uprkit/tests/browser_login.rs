//! Issue 6 in a real browser: `uprkit user add`, then signing in, seeing one's organisation,
//! writing a private note, signing out.

mod common;

use common::browser::*;
use fantoccini::Locator;
use std::sync::Arc;

const PASSWORD: &str = "a long enough password";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_add_then_login_in_the_browser() {
    let Some(tools) = tools_or_skip("user_add_then_login_in_the_browser") else {
        return;
    };
    let app = Arc::new(Server::start_demo_after(|data| {
        run_uprkit(
            data,
            &[
                "user",
                "add",
                "amina@example.org",
                "--name",
                "Amina",
                "--org",
                "Coalition for Rights",
                "--role",
                "owner",
            ],
            PASSWORD,
        );
    }));
    let browser = Browser::start(&tools, true).await;
    browser
        .run(move |client| async move {
            let mut shots = Screenshots::new("login");
            client.goto(&app.url("/login")).await.expect("login page");
            shots.take(&client, "login-form").await;
            client
                .find(Locator::Css("input[name=email]"))
                .await
                .expect("email")
                .send_keys("amina@example.org")
                .await
                .expect("type");
            client
                .find(Locator::Css("input[name=password]"))
                .await
                .expect("password")
                .send_keys(PASSWORD)
                .await
                .expect("type");
            client.find(Locator::Css("#login-button")).await.expect("button").click().await.expect("click");
            let heading = wait_for(&client, "the account page", || {
                let client = client.clone();
                async move { text_of(&client, "h1").await.filter(|h| h == "Amina") }
            })
            .await;
            assert_eq!(heading, "Amina");
            let body = text_of(&client, "main").await.unwrap_or_default();
            assert!(body.contains("Coalition for Rights") && body.contains("owner"), "{body}");
            shots.take(&client, "account").await;

            // A private note on a recommendation, visible to the organisation.
            client.goto(&app.url("/recommendations/1")).await.expect("recommendation");
            client
                .find(Locator::Css("textarea[name=body]"))
                .await
                .expect("note box")
                .send_keys("Raise with the embassy in March")
                .await
                .expect("type");
            client.find(Locator::Css("#notes button[type=submit]")).await.expect("add").click().await.expect("click");
            wait_for(&client, "the note", || {
                let client = client.clone();
                async move { text_of(&client, "#notes .note").await.filter(|t| t.contains("Raise with the embassy")) }
            })
            .await;
            shots.take_full_page(&client, "note").await;

            // Signed out, the note is gone from the page.
            client.goto(&app.url("/account")).await.expect("account");
            client.find(Locator::Css("#logout-button")).await.expect("sign out").click().await.expect("click");
            client.goto(&app.url("/recommendations/1")).await.expect("recommendation");
            let notes = text_of(&client, "#notes").await.unwrap_or_default();
            assert!(!notes.contains("Raise with the embassy"), "{notes}");
        })
        .await;
}
