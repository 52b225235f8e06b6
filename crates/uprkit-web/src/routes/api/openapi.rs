//! The OpenAPI document: written by hand next to the routes it describes, except the filter
//! parameters of `GET /recommendations`, which are generated from [`Filter::ALL`] so that the
//! document, the query parser and the command line cannot disagree.

use serde_json::{Value, json};
use std::sync::LazyLock;
use uprkit_core::search::{Filter, ValueKind};

/// The hand-written part (a test checks that every route is in it).
const TEMPLATE: &str = include_str!("../../../static/openapi.json");

static DOCUMENT: LazyLock<String> = LazyLock::new(|| match build(TEMPLATE) {
    Ok(doc) => doc,
    Err(e) => {
        // The template is part of the build and a test reads it: only a broken edit lands here.
        tracing::error!("the OpenAPI template is not valid JSON: {e}");
        TEMPLATE.to_string()
    }
});

/// The document as served.
pub fn document() -> &'static str {
    &DOCUMENT
}

/// The query parameter of one filter.
pub fn filter_parameter(filter: Filter) -> Value {
    let schema = match filter.kind() {
        ValueKind::Text { choices: [] } => json!({"type": "string"}),
        ValueKind::Text { choices } => json!({"type": "string", "enum": choices}),
        ValueKind::Number { min, max: None } => json!({"type": "integer", "minimum": min}),
        ValueKind::Number { min, max: Some(max) } => json!({"type": "integer", "minimum": min, "maximum": max}),
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
    let mut parameter = json!({"name": filter.key(), "in": "query", "schema": schema, "description": description});
    if let Some(example) = filter.example() {
        parameter["example"] = json!(example);
    }
    parameter
}

/// The template with the filter parameters inserted after `q`.
fn build(template: &str) -> Result<String, serde_json::Error> {
    let mut doc: Value = serde_json::from_str(template)?;
    if let Some(parameters) = doc.pointer_mut("/paths/~1recommendations/get/parameters").and_then(Value::as_array_mut) {
        parameters.retain(|p| p["name"].as_str().and_then(Filter::from_key).is_none());
        let at = parameters.iter().position(|p| p["name"] == "q").map_or(0, |i| i + 1);
        let filters: Vec<Value> = Filter::ALL.into_iter().map(filter_parameter).collect();
        parameters.splice(at..at, filters);
    }
    serde_json::to_string_pretty(&doc)
}
