//! The authorisation matrix of `security.rs`: every route with the status each person gets,
//! and the routes the web crate declares, to check that the matrix covers them all.

use super::*;

/// Every route with the expected status per person (anonymous, viewer, editor and owner of
/// organisation A, a member of organisation B, a coalition partner of A).
/// (method, route as declared, concrete URI, form body, expected status per person).
pub(super) type Row = (&'static str, &'static str, String, Option<String>, [u16; 6]);

pub(super) fn matrix(w: &World) -> Vec<Row> {
    let [private, shared, public] = w.notes;
    let [workspace, section, doomed] = w.builder;
    // What a writer sends when saving the section unchanged: the same version, no conflict.
    let unchanged = "kind=theme&title=Matrix&state=draft&body=Matrix+text&base_version=1&word_budget=&assigned_person=";
    let hidden = [404, 200, 200, 200, 404, 404];
    let [ws, consultation] = w.workspace;
    let a = w.org_a;
    let ok = [200; 6];
    // The workspace rows first: the last rows here end the sessions.
    let mut rows = super::statements::rows(w);
    rows.extend(super::workspaces::rows(w));
    rows.extend(vec![
        ("GET", "/", "/".into(), None, ok),
        ("GET", "/search", "/search?q=judiciary".into(), None, ok),
        ("GET", "/search/{file}", "/search/export.csv?sur=TUV".into(), None, ok),
        ("GET", "/recommendations/{id}", "/recommendations/1".into(), None, ok),
        ("GET", "/states", "/states".into(), None, ok),
        ("GET", "/states/{iso3}", "/states/TUV".into(), None, ok),
        ("GET", "/statistics", "/statistics".into(), None, ok),
        ("GET", "/calendar", "/calendar".into(), None, ok),
        ("GET", "/sessions/{file}", "/sessions/16".into(), None, ok),
        ("GET", "/reviews/{iso3}/{cycle}", "/reviews/SVN/4".into(), None, ok),
        ("GET", "/reviews/{iso3}/{cycle}/calendar.ics", "/reviews/SVN/4/calendar.ics".into(), None, ok),
        ("GET", "/static/style.css", "/static/style.css".into(), None, ok),
        ("GET", "/static/htmx.min.js", "/static/htmx.min.js".into(), None, ok),
        ("GET", "/static/filters.js", "/static/filters.js".into(), None, ok),
        ("GET", "/static/builder.js", "/static/builder.js".into(), None, ok),
        // Preferences kept in the visitor's own cookies (the State they work on, the language):
        // the same for everyone, nothing stored on the server.
        ("GET", "/my-state", "/my-state?state=Tuvalu".into(), None, [303; 6]),
        ("GET", "/language", "/language?to=fr&back=/states".into(), None, [303; 6]),
        ("GET", "/api/v1/recommendations", "/api/v1/recommendations".into(), None, ok),
        ("GET", "/api/v1/recommendations/{id}", "/api/v1/recommendations/1".into(), None, ok),
        ("GET", "/api/v1/states", "/api/v1/states".into(), None, ok),
        ("GET", "/api/v1/sessions", "/api/v1/sessions".into(), None, ok),
        ("GET", "/api/v1/data/report", "/api/v1/data/report".into(), None, ok),
        // The SMART checker (issue 15): public data only, nothing written, the same for all.
        ("GET", "/smart", "/smart?text=Ratify+the+Convention+against+Torture&sur=TUV".into(), None, ok),
        ("GET", "/smart/advice", "/smart/advice?text=Consider+ratifying+OP-CAT&sur=TUV".into(), None, ok),
        (
            "POST",
            "/api/v1/smart",
            "/api/v1/smart".into(),
            Some(r#"{"text":"Ratify the Convention against Torture","sur":"TUV"}"#.into()),
            ok,
        ),
        (
            "GET",
            "/api/v1/recommendations/{id}/classification",
            "/api/v1/recommendations/1/classification".into(),
            None,
            ok,
        ),
        (
            "PUT",
            "/api/v1/recommendations/{id}/classification/{head}",
            "/api/v1/recommendations/2/classification/sdg".into(),
            Some(r#"{"values":["16"]}"#.into()),
            [403, 403, 200, 200, 200, 200],
        ),
        (
            "GET",
            "/api/v1/classification/queue",
            "/api/v1/classification/queue".into(),
            None,
            [401, 403, 200, 200, 200, 200],
        ),
        ("GET", "/api/v1/states/{iso3}/repeats", "/api/v1/states/TUV/repeats".into(), None, ok),
        (
            "POST",
            "/api/v1/classification/apply",
            "/api/v1/classification/apply".into(),
            Some(r#"{"sur":["TUV"]}"#.into()),
            [403, 403, 403, 403, 403, 403],
        ),
        (
            "POST",
            "/api/v1/classification/train",
            "/api/v1/classification/train".into(),
            Some("{}".into()),
            [403, 403, 403, 403, 403, 403],
        ),
        ("GET", "/classification/review", "/classification/review".into(), None, [303, 403, 200, 200, 200, 200]),
        (
            "POST",
            "/recommendations/{id}/classification",
            "/recommendations/2/classification".into(),
            Some("head=sdg&value=16".into()),
            [403, 403, 303, 303, 303, 303],
        ),
        ("GET", "/api/v1/openapi.json", "/api/v1/openapi.json".into(), None, ok),
        ("GET", "/api/v1/reviews/{iso3}/{cycle}/{file}", "/api/v1/reviews/SVN/4/calendar".into(), None, ok),
        ("GET", "/api/v1/notes", "/api/v1/notes?recommendation_id=1".into(), None, ok),
        ("GET", "/api/v1/notes/{id}", format!("/api/v1/notes/{private}"), None, [404, 200, 200, 200, 404, 404]),
        (
            "POST",
            "/api/v1/notes",
            "/api/v1/notes".into(),
            Some(format!(r#"{{"organisation_id":{a},"recommendation_id":2,"body":"hello","visibility":"private"}}"#)),
            [403, 403, 201, 201, 403, 403],
        ),
        ("GET", "/api/v1/tokens", "/api/v1/tokens".into(), None, [401, 200, 200, 200, 200, 200]),
        (
            "POST",
            "/api/v1/tokens",
            "/api/v1/tokens".into(),
            Some(r#"{"name":"matrix"}"#.into()),
            [403, 201, 201, 201, 201, 201],
        ),
        ("DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/999999".into(), None, [403, 404, 404, 404, 404, 404]),
        ("GET", "/account/tokens", "/account/tokens".into(), None, [303, 200, 200, 200, 200, 200]),
        (
            "POST",
            "/account/tokens",
            "/account/tokens".into(),
            Some("name=matrix".into()),
            [403, 200, 200, 200, 200, 200],
        ),
        (
            "POST",
            "/account/tokens/{id}/revoke",
            "/account/tokens/999999/revoke".into(),
            None,
            [403, 404, 404, 404, 404, 404],
        ),
        // Review workspaces: A's private workspace is not found for B, the partner and anonymous
        // visitors; only the list sends anonymous visitors to sign in.
        ("GET", "/workspaces", "/workspaces".into(), None, [303, 200, 200, 200, 200, 200]),
        (
            "POST",
            "/workspaces",
            "/workspaces".into(),
            Some(format!("organisation_id={a}&sur=TUV&cycle=3&coalition_id=")),
            [403, 403, 303, 303, 403, 403],
        ),
        ("GET", "/workspaces/{id}", format!("/workspaces/{ws}"), None, [404, 200, 200, 200, 404, 404]),
        ("GET", "/workspaces/{id}/settings", format!("/workspaces/{ws}/settings"), None, [404, 403, 200, 200, 404, 404]),
        (
            "POST",
            "/workspaces/{id}/settings",
            format!("/workspaces/{ws}/settings"),
            Some("title=PRIVATE-NOTE%3A+renamed&kind=single&organisations=Org+A&key_words=&count_footnotes=on&visibility=private".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        ("GET", "/workspaces/{id}/delete", format!("/workspaces/{ws}/delete"), None, [404, 403, 200, 200, 404, 404]),
        (
            "GET",
            "/workspaces/{id}/consultations",
            format!("/workspaces/{ws}/consultations"),
            None,
            [404, 200, 200, 200, 404, 404],
        ),
        (
            "POST",
            "/workspaces/{id}/consultations",
            format!("/workspaces/{ws}/consultations"),
            Some("held_on=2026-02-01&place=Vaitupu&issue-0=Climate".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        (
            "GET",
            "/consultations/{id}/edit",
            format!("/consultations/{consultation}/edit"),
            None,
            [404, 403, 200, 200, 404, 404],
        ),
        (
            "POST",
            "/consultations/{id}/edit",
            format!("/consultations/{consultation}/edit"),
            Some("held_on=2026-01-11&place=PRIVATE-NOTE%3A+Funafuti".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        // The submission's downloads (routes/workspaces/download.rs) are not wired until the
        // export use-case lands: every address answers 404 for now. Once wired, they answer as
        // the workspace's home does: [404, 200, 200, 200, 404, 404].
        ("GET", "/workspaces/{id}/submission.docx", format!("/workspaces/{ws}/submission.docx"), None, [404, 200, 200, 200, 404, 404]),
        ("GET", "/workspaces/{id}/submission.pdf", format!("/workspaces/{ws}/submission.pdf"), None, [404, 200, 200, 200, 404, 404]),
        // A draft upload is multipart: a form-encoded body is refused before anything else.
        (
            "POST",
            "/workspaces/{id}/submission/import",
            format!("/workspaces/{ws}/submission/import"),
            None,
            [400; 6],
        ),
        ("GET", "/login", "/login".into(), None, [200, 303, 303, 303, 303, 303]),
        ("GET", "/account", "/account".into(), None, [303, 200, 200, 200, 200, 200]),
        ("GET", "/invitations/{token}", "/invitations/not-a-real-token".into(), None, [404; 6]),
        ("GET", "/organisations/{id}", format!("/organisations/{a}"), None, [303, 200, 200, 200, 404, 404]),
        ("GET", "/organisations/{id}/audit", format!("/organisations/{a}/audit"), None, [303, 403, 403, 200, 404, 404]),
        (
            "GET",
            "/organisations/{id}/audit.csv",
            format!("/organisations/{a}/audit.csv"),
            None,
            [303, 403, 403, 200, 404, 404],
        ),
        ("GET", "/organisations", "/organisations".into(), None, [303, 200, 200, 200, 200, 200]),
        ("GET", "/organisations/{id}/notes", format!("/organisations/{a}/notes"), None, [303, 200, 200, 200, 404, 404]),
        ("GET", "/coalitions", "/coalitions".into(), None, [303, 200, 200, 200, 200, 200]),
        ("GET", "/coalitions/{id}", format!("/coalitions/{}", w.coalition), None, [303, 200, 200, 200, 404, 200]),
        (
            "GET",
            "/api/v1/organisations/{id}/notes",
            format!("/api/v1/organisations/{a}/notes"),
            None,
            [401, 200, 200, 200, 404, 404],
        ),
        ("GET", "/notes/{id}/edit", format!("/notes/{private}/edit"), None, [303, 403, 200, 200, 404, 404]),
        ("GET", "/notes/{id}/edit", format!("/notes/{shared}/edit"), None, [303, 403, 200, 200, 404, 403]),
        ("GET", "/notes/{id}/delete", format!("/notes/{private}/delete"), None, [404, 403, 200, 200, 404, 404]),
        (
            "POST",
            "/notes/{id}/edit",
            format!("/notes/{shared}/edit"),
            Some(format!("body={}&visibility=coalition&coalition_id={}", urlencode(SHARED), w.coalition)),
            [403, 403, 303, 303, 404, 403],
        ),
        (
            "PUT",
            "/api/v1/notes/{id}",
            format!("/api/v1/notes/{shared}"),
            Some(format!(r#"{{"body":"{SHARED}","visibility":"coalition","coalition_id":{}}}"#, w.coalition)),
            [403, 403, 200, 200, 404, 403],
        ),
        ("GET", "/notes/{id}", format!("/notes/{private}"), None, [404, 200, 200, 200, 404, 404]),
        ("GET", "/notes/{id}", format!("/notes/{shared}"), None, [404, 200, 200, 200, 404, 200]),
        ("GET", "/notes/{id}", format!("/notes/{public}"), None, ok),
        (
            "POST",
            "/recommendations/{id}/notes",
            "/recommendations/2/notes".into(),
            Some(format!("organisation_id={a}&body=hello&visibility=private")),
            [403, 403, 303, 303, 403, 403],
        ),
        (
            "POST",
            "/organisations/{id}/invitations",
            format!("/organisations/{a}/invitations"),
            Some("role=viewer".into()),
            [403, 403, 403, 200, 404, 404],
        ),
        (
            "POST",
            "/account/password",
            "/account/password".into(),
            Some("current=wrong-password&new=another-long-one".into()),
            [403, 200, 200, 200, 200, 200],
        ),
        // The submission builder on A's private workspace: nobody outside A sees any of it.
        ("GET", "/workspaces/{id}/submission", format!("/workspaces/{workspace}/submission"), None, hidden),
        (
            "POST",
            "/workspaces/{id}/sections",
            format!("/workspaces/{workspace}/sections"),
            Some("kind=theme&title=Added".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        (
            "POST",
            "/workspaces/{id}/citations/{recommendation_id}",
            format!("/workspaces/{workspace}/citations/1"),
            Some("assessment=Not+implemented".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        ("GET", "/sections/{id}", format!("/sections/{section}"), None, hidden),
        (
            "POST",
            "/sections/{id}",
            format!("/sections/{section}"),
            Some(unchanged.into()),
            [403, 403, 303, 303, 404, 404],
        ),
        ("GET", "/sections/{id}/versions", format!("/sections/{section}/versions"), None, hidden),
        (
            "POST",
            "/sections/{id}/restore",
            format!("/sections/{section}/restore"),
            Some("version=1&base_version=1".into()),
            [403, 403, 303, 303, 404, 404],
        ),
        ("GET", "/sections/{id}/cite", format!("/sections/{section}/cite?q=judiciary"), None, hidden),
        // The editor's insert makes version 2: the owner, still on version 1, is refused.
        (
            "POST",
            "/sections/{id}/cite",
            format!("/sections/{section}/cite"),
            Some("recommendation_id=1&base_version=1".into()),
            [403, 403, 303, 409, 404, 404],
        ),
        ("GET", "/sections/{id}/delete", format!("/sections/{doomed}/delete"), None, [303, 403, 200, 200, 404, 404]),
        ("POST", "/sections/{id}/delete", format!("/sections/{doomed}/delete"), None, [403, 403, 303, 404, 404, 404]),
        ("POST", "/notes/{id}/delete", format!("/notes/{private}/delete"), None, [403, 403, 303, 404, 404, 404]),
        ("DELETE", "/api/v1/notes/{id}", format!("/api/v1/notes/{shared}"), None, [403, 403, 204, 404, 404, 404]),
        (
            "POST",
            "/login",
            "/login".into(),
            Some("email=nobody%40example.org&password=x".into()),
            [403, 401, 401, 401, 401, 401],
        ),
        ("POST", "/invitations/{token}", "/invitations/not-a-real-token".into(), None, [403, 404, 404, 404, 404, 404]),
        ("GET", "/import", "/import".into(), None, [303, 403, 200, 200, 200, 200]),
        ("POST", "/import/preview", "/import/preview".into(), None, [400, 400, 400, 400, 400, 400]),
        (
            "POST",
            "/import/confirm",
            "/import/confirm".into(),
            Some(format!("token={}&name=x.pdf", "0".repeat(64))),
            [403, 403, 400, 400, 400, 400],
        ),
        // Deleting a consultation, then the workspace: the editor's goes through, the owner then
        // finds nothing.
        (
            "POST",
            "/consultations/{id}/delete",
            format!("/consultations/{consultation}/delete"),
            None,
            [403, 403, 303, 404, 404, 404],
        ),
        ("POST", "/workspaces/{id}/delete", format!("/workspaces/{ws}/delete"), None, [403, 403, 303, 404, 404, 404]),
        ("POST", "/logout", "/logout".into(), None, [403, 303, 303, 303, 303, 303]),
    ]);
    rows
}

/// Every `.route("...")` path written in the web crate, with `/api/v1` for the API's.
pub(super) fn declared_routes() -> Vec<String> {
    let mut out = Vec::new();
    let routes = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/routes"));
    let mut stack = vec![routes.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("routes folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("source");
            // Relative to the routes folder: the checkout's own path may contain "/api/".
            let api = path.strip_prefix(&routes).is_ok_and(|p| p.starts_with("api"));
            for part in source.split(".route(\"").skip(1) {
                let route = &part[..part.find('"').expect("closing quote")];
                out.push(if api { format!("/api/v1{route}") } else { route.to_string() });
            }
        }
    }
    out
}
