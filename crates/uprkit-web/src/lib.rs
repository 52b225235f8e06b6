//! The web application: server-rendered HTML pages (askama) and the JSON API under
//! `/api/v1`. Every asset is served by uprkit itself, so it works offline.

pub mod auth;
pub mod config;
pub mod documents;
mod error;
pub mod i18n;
pub mod labels;
pub mod mail;
pub mod nav;
pub mod query;
mod routes;

pub use error::{JsonError, WebError};
/// The embedded stylesheet and script, with their versioned addresses.
pub use routes::assets;

use axum::Router;
use axum::http::{HeaderValue, header};
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;
use uprkit_search::Engine;
use uprkit_store::Store;

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The search index over it.
    pub engine: Arc<Engine>,
    /// How uploaded documents are read, and where they wait for confirmation.
    pub documents: documents::Documents,
    /// Public address and trusted proxies.
    pub config: Arc<config::WebConfig>,
    /// The use-cases: every change goes through them.
    pub app: uprkit_app::App,
}

impl AppState {
    /// The state over a store, its index and the document reader, with the default
    /// configuration (see [`AppState::with_config`]).
    pub fn new(store: Store, engine: Arc<Engine>, documents: documents::Documents) -> AppState {
        let app = uprkit_app::App::new(store.clone(), engine.clone());
        AppState { store, engine, documents, config: Default::default(), app }
    }

    /// The same state with this configuration.
    pub fn with_config(self, config: config::WebConfig) -> AppState {
        AppState { config: Arc::new(config), ..self }
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    routes::router()
        .merge(i18n::router())
        .layer(axum::middleware::from_fn_with_state(state.clone(), nav::nav_layer))
        .layer(axum::middleware::from_fn(i18n::language_layer))
        // Pages, JSON and assets compressed for weak connections (Brotli, else gzip); the
        // exports stream large files and are compressed too, as they are text.
        .layer(tower_http::compression::CompressionLayer::new().br(true).gzip(true))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .with_state(state)
}

/// Serves the application on `listener` until the process is stopped.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    // The peer address feeds login throttling per address.
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service).with_graceful_shutdown(shutdown()).await
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
