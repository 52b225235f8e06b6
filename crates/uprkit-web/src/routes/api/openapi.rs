//! The OpenAPI document, generated from the handlers' `#[utoipa::path]` annotations and the
//! `ToSchema` types they answer with. The filter parameters of `GET /recommendations` come from
//! [`Filter::ALL`], so that the document, the query parser and the command line cannot disagree.

use super::workspaces::{citations, consultations, diff, files, sections, submission, workspace};
use super::{classification, data, notes, recommendations, reference, smart, statements, tokens};
use std::sync::LazyLock;
use uprkit_core::search::{Filter, ValueKind};
use utoipa::openapi::OpenApi as Document;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The API as its annotations describe it.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "uprkit API",
        version = "1",
        description = "Read access to UPR recommendations, States and sessions. Public UN data needs no login. Errors are JSON: {\"error\": {\"code\": \"snake_case\", \"message\": \"...\"}}."
    ),
    servers((url = "/api/v1")),
    paths(
        recommendations::list,
        recommendations::show,
        reference::states,
        reference::sessions,
        openapi_json,
        reference::review_calendar,
        notes::list,
        notes::create,
        notes::show,
        notes::delete,
        notes::update,
        notes::of_organisation,
        tokens::list,
        tokens::create,
        tokens::revoke,
        data::report,
        smart::advise,
        classification::show,
        classification::decide,
        classification::queue,
        classification::repeats,
        classification::apply,
        classification::train,
        workspace::list,
        workspace::create,
        workspace::show,
        workspace::update,
        workspace::delete,
        sections::list,
        sections::create,
        sections::show,
        sections::update,
        sections::delete,
        sections::versions,
        sections::restore,
        consultations::list,
        consultations::create,
        consultations::show,
        consultations::update,
        consultations::delete,
        citations::assess,
        diff::show,
        submission::check,
        submission::assembled,
        files::docx,
        files::pdf,
        files::import,
        statements::list,
        statements::create,
        statements::show,
        statements::update,
        statements::delete,
        statements::check,
        statements::docx,
        statements::pdf,
    ),
    components(schemas(crate::error::ErrorBody)),
    modifiers(&SecuritySchemes, &FilterParameters),
    security((), ("bearer" = []), ("session" = []))
)]
struct ApiDoc;

/// `GET /api/v1/openapi.json`: this document.
#[utoipa::path(
    get,
    path = "/openapi.json",
    summary = "This document",
    responses((status = 200, description = "OpenAPI 3.1", content_type = "application/json"))
)]
pub async fn openapi_json() -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], document())
}

static DOCUMENT: LazyLock<String> = LazyLock::new(|| match ApiDoc::openapi().to_pretty_json() {
    Ok(doc) => doc,
    Err(e) => {
        // Every part is a typed value, so serialising cannot fail but through a bug.
        tracing::error!("the OpenAPI document cannot be written: {e}");
        String::from("{}")
    }
});

/// The document as served.
pub fn document() -> &'static str {
    &DOCUMENT
}

/// The two ways to act as someone: a personal API token or the browser session.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, doc: &mut Document) {
        let components = doc.components.get_or_insert_with(Default::default);
        let bearer = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("A personal API token (`uprkit token create` or /account/tokens): acts as its user."))
            .build();
        components.add_security_scheme("bearer", SecurityScheme::Http(bearer));
        let session = ApiKeyValue::with_description(
            "uprkit_session",
            "The browser session; state-changing calls also send the X-CSRF-Token header.",
        );
        components.add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(session)));
    }
}

/// Inserts one query parameter per search filter after `q` in `GET /recommendations`.
struct FilterParameters;

impl Modify for FilterParameters {
    fn modify(&self, doc: &mut Document) {
        let Some(item) = doc.paths.paths.get_mut("/recommendations") else { return };
        let Some(operation) = item.get.as_mut() else { return };
        let parameters = operation.parameters.get_or_insert_with(Vec::new);
        let at = parameters.iter().position(|p| p.name == "q").map_or(0, |i| i + 1);
        parameters.splice(at..at, Filter::ALL.into_iter().map(filter_parameter));
    }
}

/// The query parameter of one filter.
pub fn filter_parameter(filter: Filter) -> Parameter {
    let schema = match filter.kind() {
        ValueKind::Text { choices: [] } => ObjectBuilder::new().schema_type(Type::String),
        ValueKind::Text { choices } => {
            ObjectBuilder::new().schema_type(Type::String).enum_values(Some(choices.iter().copied()))
        }
        ValueKind::Number { min, max } => {
            ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(min)).maximum(max)
        }
    };
    let mut description = filter.description().to_string();
    if filter.comma_separated() {
        description.push_str("; repeat the key or separate values with commas for any of several");
    } else {
        description.push_str("; repeat the key for any of several");
    }
    if !filter.aliases().is_empty() {
        description.push_str(&format!(" (also read as {})", filter.aliases().join(", ")));
    }
    ParameterBuilder::new()
        .name(filter.key())
        .parameter_in(ParameterIn::Query)
        .schema(Some(schema))
        .description(Some(description))
        .example(filter.example().map(serde_json::Value::from))
        .build()
}
