//! Issue 14 in the authorisation matrix: review workspaces, their sections and consultations.
//! Rows for every workspace route, and a test that takes every declared route of a workspace,
//! a section or a consultation (new ones included, without a row to write) and checks that
//! organisation A's private workspace stays invisible and unchangeable to anonymous visitors
//! and to organisation B.

use super::matrix::Row;
use super::*;
use uprkit_app::workspaces::{SectionEdit, WorkspaceOpening};
use uprkit_core::submission::SectionKind;
use uprkit_store::{Actor, Consultation, RaisedIssue, SectionState};

/// Texts only organisation A (and, for the shared ones, its coalition) may read.
pub(super) const PRIVATE_TEXTS: [&str; 5] = [
    "PRIVATE-WORKSPACE-TITLE: Tuvalu strategy",
    "PRIVATE-SECTION: the witness in Funafuti",
    "PRIVATE-CONSULTATION: the safe house",
    "PRIVATE-ISSUE: names of the detainees",
    "PRIVATE-STATEMENT: what we will say in Geneva",
];
const SHARED_SECTION: &str = "COALITION-SECTION: our joint draft on the judiciary";

/// The workspace records of the world: A's private and coalition-shared ones.
pub(super) struct WorkspaceRecords {
    /// A private workspace of organisation A and a workspace shared with A's coalition.
    pub(super) workspaces: [i64; 2],
    /// A section in each.
    pub(super) sections: [i64; 2],
    /// A consultation in each.
    pub(super) consultations: [i64; 2],
    /// A statement at the HRC in each (issue 15).
    pub(super) statements: [i64; 2],
}

/// Makes A's workspaces as A's editor.
pub(super) async fn records(app: &uprkit_app::App, editor: &Actor, org_a: i64, coalition: i64) -> WorkspaceRecords {
    let mut workspaces = [0; 2];
    for (i, coalition_id) in [None, Some(coalition)].into_iter().enumerate() {
        let title = if i == 0 { Some(PRIVATE_TEXTS[0].to_string()) } else { None };
        let opening = WorkspaceOpening { organisation_id: org_a, sur: "TUV".into(), cycle: 4, coalition_id, title };
        workspaces[i] = app.open_workspace(editor, &opening).await.expect("workspace");
    }
    let mut sections = [0; 2];
    let mut consultations = [0; 2];
    for (i, body) in [PRIVATE_TEXTS[1], SHARED_SECTION].into_iter().enumerate() {
        let edit = SectionEdit {
            kind: SectionKind::Theme,
            title: "Justice".into(),
            assigned_organisation_id: Some(org_a),
            assigned_person: String::new(),
            word_budget: Some(500),
            state: SectionState::Draft,
            body: body.into(),
        };
        sections[i] = app.add_section(editor, workspaces[i], &edit).await.expect("section");
        let consultation = Consultation {
            workspace_id: workspaces[i],
            held_on: "2026-03-14".into(),
            place: PRIVATE_TEXTS[2].into(),
            organised_by: "Org A".into(),
            participants: "Org A".into(),
            issues_raised: vec![RaisedIssue { issue: PRIVATE_TEXTS[3].into(), section_id: Some(sections[i]) }],
        };
        consultations[i] = app.record_consultation(editor, workspaces[i], &consultation).await.expect("consultation");
    }
    let mut statements = [0; 2];
    for (i, workspace) in workspaces.into_iter().enumerate() {
        let edit = uprkit_app::statements::StatementEdit {
            kind: uprkit_core::statement::StatementKind::Oral,
            title: PRIVATE_TEXTS[4].into(),
            body: PRIVATE_TEXTS[4].into(),
            pace: None,
            accreditation: uprkit_core::statement::Accreditation::General,
            organisation_name: None,
            partner: String::new(),
            speaker: String::new(),
            language: None,
        };
        statements[i] = app.create_statement(editor, workspace, &edit).await.expect("statement");
    }
    WorkspaceRecords { workspaces, sections, consultations, statements }
}

/// The matrix's rows for the workspace routes; they run first, their deletions last.
pub(super) fn rows(w: &World) -> Vec<Row> {
    let [ws, shared_ws] = w.records.workspaces;
    let [section, shared_section] = w.records.sections;
    let [consultation, _] = w.records.consultations;
    let a = w.org_a;
    let ok = [200; 6];
    let a_only = [404, 200, 200, 200, 404, 404];
    let a_and_partner = [404, 200, 200, 200, 404, 200];
    let api = |p: &str| format!("/api/v1{p}");
    vec![
        ("GET", "/api/v1/workspaces", api("/workspaces"), None, ok),
        ("GET", "/api/v1/workspaces", api("/workspaces?sur=TUV&cycle=4"), None, ok),
        ("GET", "/api/v1/workspaces/{id}", api(&format!("/workspaces/{ws}")), None, a_only),
        ("GET", "/api/v1/workspaces/{id}", api(&format!("/workspaces/{shared_ws}")), None, a_and_partner),
        (
            "POST",
            "/api/v1/workspaces",
            api("/workspaces"),
            Some(format!(r#"{{"organisation_id":{a},"sur":"TUV","cycle":5}}"#)),
            [403, 403, 201, 201, 403, 403],
        ),
        (
            "PUT",
            "/api/v1/workspaces/{id}",
            api(&format!("/workspaces/{ws}")),
            Some(r#"{"key_words":"justice, detention"}"#.into()),
            [403, 403, 200, 200, 404, 404],
        ),
        ("GET", "/api/v1/workspaces/{id}/sections", api(&format!("/workspaces/{ws}/sections")), None, a_only),
        (
            "POST",
            "/api/v1/workspaces/{id}/sections",
            api(&format!("/workspaces/{ws}/sections")),
            Some(r#"{"title":"Detention","body":"Conditions of detention."}"#.into()),
            [403, 403, 201, 201, 404, 404],
        ),
        (
            "POST",
            "/api/v1/workspaces/{id}/sections",
            api(&format!("/workspaces/{shared_ws}/sections")),
            Some(r#"{"title":"Media","body":"Freedom of expression."}"#.into()),
            [403, 403, 201, 201, 404, 201],
        ),
        ("GET", "/api/v1/sections/{id}", api(&format!("/sections/{section}")), None, a_only),
        ("GET", "/api/v1/sections/{id}", api(&format!("/sections/{shared_section}")), None, a_and_partner),
        // The editor saves version 2; the owner's save on version 1 then conflicts.
        (
            "PUT",
            "/api/v1/sections/{id}",
            api(&format!("/sections/{section}")),
            Some(r#"{"base_version":1,"body":"Second text."}"#.into()),
            [403, 403, 200, 409, 404, 404],
        ),
        ("GET", "/api/v1/sections/{id}/versions", api(&format!("/sections/{section}/versions")), None, a_only),
        ("GET", "/api/v1/sections/{id}/diff", api(&format!("/sections/{section}/diff?from=1&to=2")), None, a_only),
        (
            "POST",
            "/api/v1/sections/{id}/restore",
            api(&format!("/sections/{section}/restore")),
            Some(r#"{"version":1,"base_version":2}"#.into()),
            [403, 403, 200, 409, 404, 404],
        ),
        (
            "GET",
            "/api/v1/workspaces/{id}/submission/check",
            api(&format!("/workspaces/{ws}/submission/check")),
            None,
            a_only,
        ),
        ("GET", "/api/v1/workspaces/{id}/submission", api(&format!("/workspaces/{ws}/submission")), None, a_only),
        (
            "GET",
            "/api/v1/workspaces/{id}/submission.docx",
            api(&format!("/workspaces/{ws}/submission.docx")),
            None,
            a_only,
        ),
        (
            "GET",
            "/api/v1/workspaces/{id}/submission.pdf",
            api(&format!("/workspaces/{ws}/submission.pdf")),
            None,
            a_only,
        ),
        // Not a Word document: refused with its name, after the authorisation.
        (
            "POST",
            "/api/v1/workspaces/{id}/submission/import",
            api(&format!("/workspaces/{ws}/submission/import?file_name=notes.docx")),
            Some("{}".into()),
            [403, 403, 400, 400, 404, 404],
        ),
        (
            "PUT",
            "/api/v1/workspaces/{id}/citations/{recommendation_id}",
            api(&format!("/workspaces/{ws}/citations/1")),
            Some(r#"{"assessment":"Not implemented."}"#.into()),
            [403, 403, 204, 204, 404, 404],
        ),
        ("GET", "/api/v1/workspaces/{id}/consultations", api(&format!("/workspaces/{ws}/consultations")), None, a_only),
        (
            "POST",
            "/api/v1/workspaces/{id}/consultations",
            api(&format!("/workspaces/{ws}/consultations")),
            Some(r#"{"held_on":"2026-04-01","place":"Funafuti"}"#.into()),
            [403, 403, 201, 201, 404, 404],
        ),
        ("GET", "/api/v1/consultations/{id}", api(&format!("/consultations/{consultation}")), None, a_only),
        (
            "PUT",
            "/api/v1/consultations/{id}",
            api(&format!("/consultations/{consultation}")),
            Some(r#"{"held_on":"2026-03-15","place":"Funafuti"}"#.into()),
            [403, 403, 200, 200, 404, 404],
        ),
        (
            "DELETE",
            "/api/v1/consultations/{id}",
            api(&format!("/consultations/{consultation}")),
            None,
            [403, 403, 204, 404, 404, 404],
        ),
        ("DELETE", "/api/v1/sections/{id}", api(&format!("/sections/{section}")), None, [403, 403, 204, 404, 404, 404]),
        ("DELETE", "/api/v1/workspaces/{id}", api(&format!("/workspaces/{ws}")), None, [403, 403, 204, 404, 404, 404]),
    ]
}

/// A declared route with its `{...}` filled with A's private records: the segment before a
/// placeholder says which record it names.
fn fill(route: &str, r: &WorkspaceRecords) -> String {
    let mut out = Vec::new();
    let mut previous = "";
    for segment in route.split('/') {
        let filled = if segment.starts_with('{') {
            match previous {
                "workspaces" => r.workspaces[0].to_string(),
                "sections" => r.sections[0].to_string(),
                "consultations" => r.consultations[0].to_string(),
                "statements" => r.statements[0].to_string(),
                _ => "1".to_string(),
            }
        } else if let Some((head, tail)) = segment.split_once('{').and_then(|(h, t)| Some((h, t.split_once('}')?.1))) {
            // "{id}.docx"-like segments.
            format!("{head}{}{tail}", r.workspaces[0])
        } else {
            segment.to_string()
        };
        previous = segment;
        out.push(filled);
    }
    let path = out.join("/");
    // Queries some routes need, so that they reach their authorisation rather than stop at
    // a missing parameter.
    if path.ends_with("/diff") { format!("{path}?from=1&to=1") } else { path }
}

#[tokio::test]
async fn private_workspaces_are_invisible_and_unchangeable_to_others_on_every_route() {
    for db in TestDatabase::all().await.expect("databases") {
        let engine = db.engine_name();
        let w = world(db).await;
        let routes: Vec<String> = declared_routes()
            .into_iter()
            .filter(|r| ["/workspaces/", "/sections/", "/consultations/", "/statements/"].iter().any(|k| r.contains(k)))
            .collect();
        assert!(routes.len() >= 12, "{engine}: only {} workspace routes found", routes.len());
        let other = w.store.organisation_id("Org B", false).await.expect("org").expect("B");
        let json = format!(
            r#"{{"organisation_id":{other},"sur":"TUV","cycle":4,"title":"B was here","body":"B was here","base_version":1,"version":1,"held_on":"2026-01-01","place":"B","assessment":"B was here","visibility":"public"}}"#
        );
        let form = "title=B+was+here&body=B+was+here&base_version=1&version=1&held_on=2026-01-01&assessment=B&visibility=public";
        for route in &routes {
            let uri = fill(route, &w.records);
            for method in ["GET", "POST", "PUT", "DELETE"] {
                let body = if method == "GET" {
                    None
                } else if uri.starts_with("/api/") {
                    Some(json.clone())
                } else {
                    Some(form.to_string())
                };
                // Anonymous (0) and a member of organisation B (4), with B's CSRF token.
                for person in [0, 4] {
                    let (status, text) = send(&w, person, method, &uri, body.clone()).await;
                    assert!(!status.is_success(), "{engine}: {method} {uri} answers {status} to {}", PEOPLE[person]);
                    for secret in PRIVATE_TEXTS {
                        assert!(
                            !text.contains(secret),
                            "{engine}: {method} {uri} shows {secret:?} to {}",
                            PEOPLE[person]
                        );
                    }
                }
            }
        }
        // Nothing changed: A's editor still reads the records as they were made.
        let editor = 2;
        let (_, text) = send(&w, editor, "GET", &format!("/api/v1/sections/{}", w.records.sections[0]), None).await;
        assert!(text.contains(PRIVATE_TEXTS[1]) && text.contains(r#""version":1"#), "{engine}: {text}");
        let (_, text) = send(&w, editor, "GET", &format!("/api/v1/workspaces/{}", w.records.workspaces[0]), None).await;
        assert!(text.contains(PRIVATE_TEXTS[0]) && text.contains(r#""visibility":"private""#), "{engine}: {text}");
        let (_, text) =
            send(&w, editor, "GET", &format!("/api/v1/consultations/{}", w.records.consultations[0]), None).await;
        assert!(text.contains(PRIVATE_TEXTS[2]) && text.contains("2026-03-14"), "{engine}: {text}");
    }
}
