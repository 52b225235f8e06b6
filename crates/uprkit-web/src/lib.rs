//! The web application: server-rendered HTML pages (askama) and the JSON API under
//! `/api/v1`. Every asset is served by uprkit itself, so it works offline.

pub mod auth;
pub mod calendar;
pub mod config;
pub mod documents;
mod error;
mod labels;
pub mod mail;
pub mod query;
mod routes;

pub use error::WebError;

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
    /// Public address and trusted proxies.
    pub config: Arc<config::WebConfig>,
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    routes::router()
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
