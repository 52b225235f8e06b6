//! `upload`: a document sent to the upload page (`POST /import/preview`, multipart, as a
//! signed-in editor) through the whole web path: the request parser, the isolated reader, the
//! preview. The answer must never be a server error, and a preview must write nothing.

use super::documents::seeds;
use super::targets::{Run, Target};
use crate::commands::read_document::isolated_reader;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;
use uprkit_search::Engine;
use uprkit_store::testing::{TestDatabase, row_counts};
use uprkit_store::{Role, Store};
use uprkit_web::AppState;
use uprkit_web::documents::Documents;

const BOUNDARY: &str = "uprkitfuzzboundary0123456789";

/// The upload target.
pub struct UploadTarget {
    _db: TestDatabase,
    store: Store,
    state: AppState,
    cookie: String,
    csrf: String,
    seeds: Vec<Vec<u8>>,
}

impl UploadTarget {
    /// A signed-in editor on a fresh SQLite database, with the real isolated reader.
    pub async fn open(shared: &Path) -> anyhow::Result<UploadTarget> {
        let mut all = seeds(shared, "pdf", 2)?;
        all.extend(seeds(shared, "docx", 2)?);
        let db = TestDatabase::sqlite()?;
        let store = db.store().await?;
        let engine = Arc::new(Engine::open(&db.dir.join("index"))?);
        let documents = Documents { reader: isolated_reader()?, uploads: db.dir.join("uploads") };
        let state = AppState::new(store.clone(), engine, documents);
        // Through the use-cases, as the operator of the command line would set it up.
        let operator = uprkit_app::Actor::command_line();
        let user = state.app.add_user(&operator, "fuzz@example.org", "Fuzz", "a long enough password", false).await?;
        let org = state.app.create_organisation(&operator, "Fuzz").await?;
        state.app.grant_role(&operator, user, org, Role::Editor).await?;
        let cookie = store.create_session(user).await?;
        let csrf = store.session(&cookie).await?.ok_or_else(|| anyhow::anyhow!("session"))?.csrf_token;
        Ok(UploadTarget { _db: db, store, state, cookie, csrf, seeds: all })
    }

    fn body(&self, input: &[u8]) -> Vec<u8> {
        // Named after what it starts as, so both readers get their share of mutations.
        let name = if input.starts_with(b"%PDF") { "fuzz.pdf" } else { "fuzz.docx" };
        let mut body = Vec::with_capacity(input.len() + 400);
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n", self.csrf)
                .as_bytes(),
        );
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"{name}\"\r\n\r\n")
                .as_bytes(),
        );
        body.extend(input);
        body.extend(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        body
    }
}

impl Target for UploadTarget {
    fn seeds(&self) -> &[Vec<u8>] {
        &self.seeds
    }

    fn run_one(self: Arc<Self>, input: Vec<u8>) -> Run {
        Box::pin(async move {
            let before = row_counts(&self.store).await.map_err(|e| format!("cannot read the database: {e}"))?;
            let request = axum::http::Request::post("/import/preview")
                .header("cookie", format!("uprkit_session={}", self.cookie))
                .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
                .body(axum::body::Body::from(self.body(&input)))
                .map_err(|e| e.to_string())?;
            let response = uprkit_web::app(self.state.clone()).oneshot(request).await.map_err(|e| e.to_string())?;
            if response.status().is_server_error() {
                return Err(format!("the upload page answered {}", response.status()));
            }
            let after = row_counts(&self.store).await.map_err(|e| format!("cannot read the database: {e}"))?;
            if after != before {
                return Err("a preview changed the database".into());
            }
            Ok(())
        })
    }
}
