//! The main menu's view of who is asking: which links it may show. Read once per request by
//! the middleware (only when a session cookie is sent) and held in a task-local, so that the
//! shared layout knows it without every page passing it. It only hides links: every page checks
//! the viewer again itself.

use crate::AppState;
use crate::auth::{SESSION_COOKIE, cookie};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

/// What the menu shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Nav {
    /// Someone is signed in.
    pub signed_in: bool,
    /// They may import documents (the import use-case would accept them).
    pub can_import: bool,
    /// They belong to an organisation.
    pub organisations: bool,
    /// One of their organisations is in a coalition.
    pub coalitions: bool,
}

tokio::task_local! {
    static NAV: Nav;
}

/// The menu for the request being answered (nothing signed in outside a request).
pub fn current() -> Nav {
    NAV.try_with(|n| *n).unwrap_or_default()
}

/// The middleware: works out the menu, then answers the request.
pub async fn nav_layer(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let mut nav = Nav::default();
    // Assets and the JSON API never show the menu: no session lookup for them.
    let path = request.uri().path();
    let has_menu = !path.starts_with("/static/") && !path.starts_with("/api/");
    if has_menu
        && let Some(token) = cookie(request.headers(), SESSION_COOKIE)
        && let Ok(Some((_, actor))) = app.store.authenticate_session(&token).await
    {
        nav = Nav {
            signed_in: true,
            can_import: app.app.may_import_documents(&actor).is_ok(),
            organisations: !actor.organisations().is_empty(),
            coalitions: !actor.coalitions().is_empty(),
        };
    }
    NAV.scope(nav, next.run(request)).await
}
