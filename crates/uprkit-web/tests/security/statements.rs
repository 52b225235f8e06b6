//! Issue 15 in the authorisation matrix: statements at the Human Rights Council. A statement
//! carries its workspace's visibility: A's private one is for A's people only, the one in the
//! coalition's workspace for A and the partner; nobody else sees or changes either.

use super::matrix::Row;
use super::*;

/// The matrix's rows for the statement routes; they run before the workspace rows (which end
/// by deleting A's private workspace), their deletions last among them.
pub(super) fn rows(w: &World) -> Vec<Row> {
    let [ws, shared_ws] = w.records.workspaces;
    let [st, shared_st] = w.records.statements;
    let a_only = [404, 200, 200, 200, 404, 404];
    let a_and_partner = [404, 200, 200, 200, 404, 200];
    let writes = [403, 403, 303, 303, 404, 404];
    let form = "kind=oral&title=Matrix&accreditation=special&pace=140&language=fr&body=Mr+President".to_string();
    let json = r#"{"kind":"written","title":"Matrix","accreditation":"general","body":"Text.^[A note.]"}"#.to_string();
    let api = |p: String| format!("/api/v1{p}");
    vec![
        ("GET", "/static/statement.js", "/static/statement.js".into(), None, [200; 6]),
        ("GET", "/workspaces/{id}/statements", format!("/workspaces/{ws}/statements"), None, a_only),
        ("GET", "/workspaces/{id}/statements", format!("/workspaces/{shared_ws}/statements"), None, a_and_partner),
        ("POST", "/workspaces/{id}/statements", format!("/workspaces/{ws}/statements"), Some(form.clone()), writes),
        (
            "POST",
            "/workspaces/{id}/statements",
            format!("/workspaces/{shared_ws}/statements"),
            Some(form.clone()),
            [403, 403, 303, 303, 404, 303],
        ),
        ("GET", "/statements/{id}", format!("/statements/{st}"), None, a_only),
        ("GET", "/statements/{id}", format!("/statements/{shared_st}"), None, a_and_partner),
        ("POST", "/statements/{id}", format!("/statements/{st}"), Some(form.clone()), writes),
        ("POST", "/statements/{id}", format!("/statements/{shared_st}"), Some(form), [403, 403, 303, 303, 404, 303]),
        ("GET", "/statements/{id}/practice", format!("/statements/{st}/practice"), None, a_only),
        ("GET", "/statements/{id}/statement.docx", format!("/statements/{st}/statement.docx"), None, a_only),
        ("GET", "/statements/{id}/statement.pdf", format!("/statements/{st}/statement.pdf"), None, a_only),
        ("GET", "/api/v1/workspaces/{id}/statements", api(format!("/workspaces/{ws}/statements")), None, a_only),
        (
            "POST",
            "/api/v1/workspaces/{id}/statements",
            api(format!("/workspaces/{ws}/statements")),
            Some(json.clone()),
            [403, 403, 201, 201, 404, 404],
        ),
        ("GET", "/api/v1/statements/{id}", api(format!("/statements/{st}")), None, a_only),
        ("GET", "/api/v1/statements/{id}", api(format!("/statements/{shared_st}")), None, a_and_partner),
        (
            "PUT",
            "/api/v1/statements/{id}",
            api(format!("/statements/{st}")),
            Some(json),
            [403, 403, 200, 200, 404, 404],
        ),
        ("GET", "/api/v1/statements/{id}/check", api(format!("/statements/{st}/check")), None, a_only),
        (
            "GET",
            "/api/v1/statements/{id}/statement.docx",
            api(format!("/statements/{st}/statement.docx")),
            None,
            a_only,
        ),
        ("GET", "/api/v1/statements/{id}/statement.pdf", api(format!("/statements/{st}/statement.pdf")), None, a_only),
        // Only the owner's editors delete: the partner may write in the shared one, not delete it.
        (
            "DELETE",
            "/api/v1/statements/{id}",
            api(format!("/statements/{shared_st}")),
            None,
            [403, 403, 204, 404, 404, 404],
        ),
        ("POST", "/statements/{id}/delete", format!("/statements/{st}/delete"), None, [403, 403, 303, 404, 404, 404]),
    ]
}
