//! Issue 14's acceptance, on SQLite and (when configured) PostgreSQL: Slovenia's third-cycle
//! WG report is imported; a coalition of three organisations opens a workspace for the fourth
//! cycle; an editor of each organisation writes a section; one cites five recommendations
//! found by search and two typed by paragraph number; the checks report the words and the
//! joint limit; the DOCX export opens in LibreOffice, whose PDF shows the paragraph numbers,
//! the footnotes and the annex rows of the seven citations. And the word count of the checks
//! is within 1% of LibreOffice's count of the exported document, on three real-length drafts
//! made of UN text.
//!
//! LibreOffice and poppler are needed; the tests skip only when `soffice` is missing and
//! UPRKIT_REQUIRE_BROWSER is unset (CI sets it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use uprkit_app::documents::reader::DocumentReader;
use uprkit_app::workspaces::{SectionEdit, SubmissionFormat, WorkspaceOpening};
use uprkit_app::{Actor, App};
use uprkit_core::search::RecommendationFilter;
use uprkit_core::submission::SectionKind;
use uprkit_store::testing::TestDatabase;
use uprkit_store::{Role, SectionState};

fn data(path: &str) -> PathBuf {
    uprkit_core::testing::shared_data(path)
}

/// Whether LibreOffice is here; panics when it must be and is not.
fn libreoffice() -> bool {
    let found = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("UPRKIT_REQUIRE_BROWSER").is_some() {
        panic!("soffice (LibreOffice) is required (UPRKIT_REQUIRE_BROWSER is set) but was not found");
    }
    if !found {
        eprintln!("skipped: soffice (LibreOffice) not found");
    }
    found
}

/// Converts `file` with LibreOffice into `to` (pdf, odt) in `dir`; the converted file.
fn convert(file: &Path, to: &str, dir: &Path) -> PathBuf {
    // A profile of its own: two LibreOffice processes sharing one refuse to start.
    let profile = dir.join(format!("profile-{to}"));
    let output = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("soffice runs");
    let converted = dir.join(file.with_extension(to).file_name().expect("name"));
    assert!(
        converted.exists(),
        "LibreOffice did not convert {} to {to}: {}{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    converted
}

/// The text of a PDF (poppler's pdftotext).
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "pdftotext failed on {}", pdf.display());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// LibreOffice's own word count of a document: `meta:word-count` in the ODT's meta.xml.
fn libreoffice_word_count(docx: &Path, dir: &Path) -> usize {
    let odt = convert(docx, "odt", dir);
    let output = Command::new("unzip").arg("-p").arg(&odt).arg("meta.xml").output().expect("unzip runs");
    let meta = String::from_utf8_lossy(&output.stdout);
    let at = meta.find("meta:word-count=\"").expect("meta.xml has a word count") + "meta:word-count=\"".len();
    meta[at..].split('"').next().and_then(|n| n.parse().ok()).expect("a number")
}

struct Coalition {
    app: App,
    orgs: [i64; 3],
    coalition: i64,
    editors: [Actor; 3],
}

async fn coalition(db: &TestDatabase) -> Coalition {
    let store = db.store().await.expect("store");
    let index = Arc::new(uprkit_search::Engine::open(&db.dir.join("index")).expect("index"));
    let app = App::new(store.clone(), index);
    let path = data("ohchr/slovenia/cycle3/g1934994.pdf");
    let bytes = std::fs::read(&path).expect("Slovenia's cycle 3 WG report");
    let document = DocumentReader::in_process().read(&path, &bytes).await.expect("readable report");
    app.write_document(&Actor::command_line(), &path, document, false).await.expect("report imports");
    let names = ["Mirovni inštitut", "Legal-Informational Centre for NGOs", "Amnesty International Slovenia"];
    let mut orgs = [0; 3];
    let mut users = [0; 3];
    for (i, name) in names.into_iter().enumerate() {
        orgs[i] = store.organisation_id(name, true).await.expect("org").expect("id");
        let email = format!("editor{i}@example.org");
        users[i] = store.create_user(&email, name, "correct horse battery", false).await.expect("user");
        store.grant(None, users[i], orgs[i], Role::Editor).await.expect("grant");
    }
    let coalition = store.create_coalition(None, "Slovenian UPR coalition", &orgs).await.expect("coalition");
    // Signed in after the coalition is formed: a session knows its person's coalitions.
    let mut editors = Vec::new();
    for user in users {
        let cookie = store.create_session(user).await.expect("session");
        editors.push(store.authenticate_session(&cookie).await.expect("lookup").expect("live").1);
    }
    let editors = <[Actor; 3]>::try_from(editors).expect("three");
    Coalition { app, orgs, coalition, editors }
}

fn section(kind: SectionKind, title: &str, organisation: i64, budget: i64, body: String) -> SectionEdit {
    SectionEdit {
        kind,
        title: title.into(),
        assigned_organisation_id: Some(organisation),
        assigned_person: String::new(),
        word_budget: Some(budget),
        state: SectionState::Draft,
        body,
    }
}

#[tokio::test]
async fn a_coalition_writes_cites_checks_and_exports_a_joint_submission() {
    if !libreoffice() {
        return;
    }
    for db in TestDatabase::all().await.expect("databases") {
        let at = db.engine_name();
        let c = coalition(&db).await;
        let opening = WorkspaceOpening {
            organisation_id: c.orgs[0],
            sur: "SVN".into(),
            cycle: 4,
            coalition_id: Some(c.coalition),
            title: None,
        };
        let ws = c.app.open_workspace(&c.editors[0], &opening).await.expect("the coalition opens a workspace");

        // Five previous recommendations found by the search, filtered to the State; two more
        // typed by their number, as people write them.
        let typed = ["122.101", "122.103"];
        let mut found = Vec::new();
        for q in ["Roma", "violence against women", "hate speech", "national human rights institution", "migrants"] {
            let filter = RecommendationFilter { q: Some(q.into()), sur: vec!["SVN".into()], ..Default::default() };
            let page = c.app.search_page(&filter, Default::default(), 1, 10).await.expect("search");
            let hit = page.items.into_iter().find(|r| {
                let paragraph = r.paragraph.as_deref().unwrap_or_default();
                !found.iter().any(|f: &(i64, String)| f.0 == r.id)
                    && !typed.contains(&paragraph)
                    && !paragraph.is_empty()
            });
            let hit = hit.unwrap_or_else(|| panic!("{at}: the search finds a recommendation on {q}"));
            found.push((hit.id, hit.paragraph.clone().expect("a paragraph number")));
        }
        let links: Vec<String> =
            found.iter().map(|(id, paragraph)| format!("[recommendation {paragraph}](rec:{id})")).collect();
        let theme = format!(
            "Slovenia supported {} and {} on the Roma and on violence against women.^[UPR Info database, accessed 2026.]\n\n\
             The Government also accepted {}, {} and {}; little has changed since.^[Ombudsman, annual report 2024, p. 12.]\n\n\
             Reports of domestic violence rose, although {} and {} asked for better protection of victims.",
            links[0], links[1], links[2], links[3], links[4], typed[0], typed[1]
        );
        let sections = [
            (0, SectionKind::About, "Mirovni inštitut", "The Peace Institute is an independent research institute in Ljubljana.".to_string()),
            (1, SectionKind::Theme, "Equality and non-discrimination", theme),
            (2, SectionKind::Theme, "Migrants and asylum", "Push-backs at the border with Croatia continued in 2021.^[Amnesty International, report of 2022.]\n\n- Access to asylum\n- Detention of children".to_string()),
        ];
        let mut ids = Vec::new();
        for (who, kind, title, body) in sections {
            let edit = section(kind, title, c.orgs[who], 900, body);
            ids.push(
                c.app.add_section(&c.editors[who], ws, &edit).await.expect("each organisation writes its section"),
            );
        }
        assert_eq!(c.app.sections(&c.editors[2], ws).await.expect("sections").len(), 3);

        let assembled = c.app.assemble_submission(&c.editors[1], ws).await.expect("assemble");
        assert_eq!(assembled.cited.len(), 7, "{at}: five citations by search and two typed: {:?}", assembled.cited);
        let check = assembled.check(chrono::NaiveDate::from_ymd_opt(2026, 1, 15).expect("date"));
        assert!(check.joint, "{at}");
        assert_eq!(check.limit, 5630, "{at}");
        assert!(check.words > 100 && check.words < 2000, "{at}: {} words", check.words);
        assert_eq!(check.words_left, 5630 - check.words as i64);

        let exported = c.app.export_submission(&c.editors[2], ws, SubmissionFormat::Docx).await.expect("export");
        assert_eq!(exported.file_name, "SVN-cycle4-joint-submission.docx");
        let dir = db.dir.join("export");
        std::fs::create_dir_all(&dir).expect("dir");
        let docx = dir.join(&exported.file_name);
        std::fs::write(&docx, &exported.bytes).expect("write");
        let text = pdf_text(&convert(&docx, "pdf", &dir));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for number in ["1.", "2.", "3.", "4."] {
            assert!(text.lines().any(|l| l.trim_start().starts_with(number)), "{at}: paragraph {number} in {text}");
        }
        for note in [
            "UPR Info database, accessed 2026.",
            "Ombudsman, annual report 2024, p. 12.",
            "Amnesty International, report of 2022.",
        ] {
            assert!(flat.contains(note), "{at}: the footnote {note:?} in {flat}");
        }
        assert!(flat.contains("Implementation of previous recommendations"), "{at}: the annex's heading");
        let annex = &flat[flat.rfind("Implementation of previous recommendations").expect("annex")..];
        for paragraph in found.iter().map(|(_, p)| p.as_str()).chain(typed) {
            assert!(annex.contains(paragraph), "{at}: the annex row of {paragraph} in {annex}");
        }
        for org in ["Mirovni inštitut", "Legal-Informational Centre for NGOs", "Amnesty International Slovenia"] {
            assert!(flat.contains(org), "{at}: {org} in the organisations block");
        }
    }
}

/// Paragraphs of real UN text: pdftotext of `file`, joined into paragraphs, with the
/// characters the builder's markup reads as formatting left out, about `words` words.
fn un_paragraphs(file: &str, words: usize) -> Vec<String> {
    let text = pdf_text(&data(file));
    let mut paragraphs = Vec::new();
    let mut count = 0;
    for block in text.split("\n\n") {
        let paragraph: String = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .filter(|ch| !matches!(ch, '*' | '[' | ']' | '^' | '_' | '`' | '\u{c}'))
            .collect();
        let n = paragraph.split_whitespace().count();
        // Page headers, numbers and symbols are not paragraphs of the draft.
        if n < 12 {
            continue;
        }
        count += n;
        paragraphs.push(paragraph);
        if count >= words {
            break;
        }
    }
    assert!(count >= words * 9 / 10, "{file} gives only {count} words of paragraphs");
    paragraphs
}

#[tokio::test]
async fn the_words_counted_are_within_one_percent_of_libreoffice_on_real_drafts() {
    if !libreoffice() {
        return;
    }
    let drafts = [
        ("ohchr/slovenia/cycle3/g1924226.pdf", 3000),
        ("ohchr/georgia/cycle1/Georgia_s10_cycle1_WG_report_A-HRC-17-11_EN.pdf", 4500),
        ("ohchr/argentina/cycle1/Argentina_s01_cycle1_WG_report_A-HRC-8-34_EN.pdf", 2500),
    ];
    for db in TestDatabase::all().await.expect("databases") {
        let at = db.engine_name();
        let c = coalition(&db).await;
        for (n, (file, words)) in drafts.into_iter().enumerate() {
            let opening = WorkspaceOpening {
                organisation_id: c.orgs[0],
                sur: "SVN".into(),
                cycle: 4,
                coalition_id: Some(c.coalition),
                title: Some(format!("Draft {n}")),
            };
            let ws = c.app.open_workspace(&c.editors[0], &opening).await.expect("workspace");
            let paragraphs = un_paragraphs(file, words);
            // Four sections of consecutive paragraphs, a footnote on every fifth paragraph.
            for (s, chunk) in paragraphs.chunks(paragraphs.len().div_ceil(4)).enumerate() {
                let body = chunk
                    .iter()
                    .enumerate()
                    .map(
                        |(i, p)| {
                            if i % 5 == 4 { format!("{p}^[Source: {file}, paragraph {}.]", i + 1) } else { p.clone() }
                        },
                    )
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let edit = section(SectionKind::Theme, &format!("Part {}", s + 1), c.orgs[s % 3], 2000, body);
                c.app.add_section(&c.editors[s % 3], ws, &edit).await.expect("section");
            }
            let assembled = c.app.assemble_submission(&c.editors[0], ws).await.expect("assemble");
            let counted = assembled.check(chrono::NaiveDate::from_ymd_opt(2026, 1, 15).expect("date")).words;
            let exported = c.app.export_submission(&c.editors[0], ws, SubmissionFormat::Docx).await.expect("export");
            let dir = db.dir.join(format!("draft-{n}"));
            std::fs::create_dir_all(&dir).expect("dir");
            let docx = dir.join("draft.docx");
            std::fs::write(&docx, &exported.bytes).expect("write");
            let libreoffice = libreoffice_word_count(&docx, &dir);
            let off = counted.abs_diff(libreoffice) as f64 / libreoffice as f64;
            eprintln!("{at}: {file}: uprkit {counted} words, LibreOffice {libreoffice} ({:.2}% apart)", off * 100.0);
            assert!(counted >= 2000, "{at}: {file}: a real-length draft, not {counted} words");
            assert!(off <= 0.01, "{at}: {file}: uprkit counts {counted} words, LibreOffice {libreoffice}");
        }
    }
}
