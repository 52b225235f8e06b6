//! LibreOffice opens the submission DOCX: converted to PDF, its text has the organisations
//! block first, paragraph numbers "1." "2." ... in order, the footnotes at the page bottoms,
//! the annex and the page numbers. Needs `soffice` and poppler's `pdftotext`/`pdfinfo`;
//! skipped when `soffice` is absent, unless `UPRKIT_REQUIRE_BROWSER=1` (CI), then it fails.

mod submission_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;
use submission_fixture::{ORGANISATIONS, slovenia_submission};
use uprkit_core::submission::{Block, Inline, SectionKind, labels};
use uprkit_docs::submission::write_docx;

/// `soffice` on the PATH, or `None` (and the test is skipped) when it is absent and not
/// required.
fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|d| d.join("soffice")).find(|p| p.is_file()));
    if found.is_none() {
        if std::env::var("UPRKIT_REQUIRE_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0") {
            panic!(
                "soffice (LibreOffice) is not on the PATH and UPRKIT_REQUIRE_BROWSER is set: install libreoffice-writer"
            );
        }
        eprintln!("skipped: soffice (LibreOffice) is not on the PATH");
    }
    found
}

/// A fresh directory under the target directory, kept after the test for a look at the files.
fn work_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("work directory");
    dir
}

/// Converts `file` with LibreOffice into `format` ("pdf", "odt") in its directory, with a
/// profile of its own (so parallel conversions and an open LibreOffice do not interfere).
fn convert(soffice: &Path, file: &Path, format: &str) -> PathBuf {
    let dir = file.parent().expect("a directory");
    let profile = dir.join(format!("profile-{format}"));
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", "--convert-to", format, "--outdir"])
        .arg(dir)
        .arg(file)
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice --convert-to {format} failed: {status}");
    let out = file.with_extension(format);
    assert!(out.is_file(), "soffice wrote no {}", out.display());
    out
}

fn run(program: &str, args: &[&str]) -> String {
    let out =
        Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs (poppler-utils): {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The number of words LibreOffice counts in a DOCX (Tools > Word Count): the document is
/// converted to ODT and `meta:word-count` read from its `meta.xml`.
pub fn libreoffice_word_count(soffice: &Path, docx: &Path) -> usize {
    use std::io::Read;
    let odt = convert(soffice, docx, "odt");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&odt).expect("odt")).expect("odt is a zip");
    let mut meta = String::new();
    zip.by_name("meta.xml").expect("meta.xml").read_to_string(&mut meta).expect("meta.xml text");
    let at = meta.find("meta:word-count=\"").expect("meta:word-count in meta.xml") + "meta:word-count=\"".len();
    meta[at..].split('"').next().and_then(|n| n.parse().ok()).expect("a number")
}

fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone(),
            Inline::Bold { content } | Inline::Italic { content } => plain(content),
            Inline::Link { label, .. } => plain(label),
            Inline::Citation { label, .. } => label.clone(),
            Inline::Footnote { .. } => String::new(),
        })
        .collect()
}

/// The first words of a text, as pdftotext prints them on one line.
fn opening(text: &str, words: usize) -> String {
    text.split_whitespace().take(words).collect::<Vec<_>>().join(" ")
}

#[test]
fn libreoffice_opens_the_submission_and_prints_what_ohchr_asks_for() {
    let Some(soffice) = soffice() else { return };
    let sub = slovenia_submission(6);
    let dir = work_dir("submission-libreoffice");
    let docx = dir.join("submission.docx");
    std::fs::write(&docx, write_docx(&sub).expect("writes")).expect("saved");
    let pdf = convert(&soffice, &docx, "pdf");
    let info = run("pdfinfo", &[pdf.to_str().expect("path")]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the pages");
    assert!(pages >= 4, "a submission of real length runs over pages: {pages}");
    // Without -layout: one paragraph's lines in order, page by page (form feeds between pages).
    let text = run("pdftotext", &[pdf.to_str().expect("path"), "-"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");

    // The title, then the organisations block, first.
    let by = flat.find(labels::JOINT_BY).expect("the organisations block");
    assert!(flat[..by].contains(&opening(&sub.title, 6)), "the title first");
    let mut at = by;
    for organisation in ORGANISATIONS {
        at += flat[at..].find(organisation).unwrap_or_else(|| panic!("{organisation} in the organisations block"));
    }
    let key_words = flat.find(labels::KEY_WORDS).expect("key words");
    assert!(at < key_words && key_words < flat.find(labels::SUMMARY).expect("summary"));

    // Paragraph numbers: each numbered paragraph starts with its number, in order.
    let numbered: Vec<String> = sub
        .sections
        .iter()
        .filter(|s| s.kind != SectionKind::Summary)
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(plain(content)),
            Block::List { .. } => None,
        })
        .collect();
    let mut from = key_words;
    for (n, paragraph) in numbered.iter().enumerate() {
        let needle = format!("{}. {}", n + 1, opening(paragraph, 4));
        let found = flat[from..].find(&needle).unwrap_or_else(|| panic!("paragraph {} starts {needle:?}", n + 1));
        from += found + needle.len();
    }
    // The list's bullets are not numbered paragraphs.
    assert!(flat.contains("• "), "a bullet list");

    // Footnotes: each printed with its number (a raised number, then its text on the next
    // line in pdftotext's layout), in order, at the bottom of the page that refers to it.
    let layout = run("pdftotext", &["-layout", pdf.to_str().expect("path"), "-"]);
    let layout_pages: Vec<Vec<String>> = layout
        .split('\u{c}')
        .map(|p| p.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect())
        .collect();
    let pages_text: Vec<String> =
        text.split('\u{c}').map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let mut notes: Vec<(String, String)> = Vec::new(); // (note text, opening of its paragraph)
    for section in &sub.sections {
        for block in &section.blocks {
            let items: Vec<&Vec<Inline>> = match block {
                Block::Paragraph { content } => vec![content],
                Block::List { items } => items.iter().collect(),
            };
            for content in items {
                for inline in content {
                    if let Inline::Footnote { content: note } = inline {
                        notes.push((plain(note), opening(&plain(content), 5)));
                    }
                }
            }
        }
    }
    assert!(notes.len() > 30, "the fixture has footnotes");
    let mut last_page = 0;
    for (n, (note, paragraph)) in notes.iter().enumerate() {
        let number = (n + 1).to_string();
        let words = opening(note, 3);
        let page = layout_pages
            .iter()
            .position(|lines| lines.windows(2).any(|w| w[0] == number && w[1].starts_with(&words)))
            .unwrap_or_else(|| panic!("footnote {number} ({words}) printed with its number"));
        assert!(page >= last_page, "footnote {number} on page {} after page {}", page + 1, last_page + 1);
        last_page = page;
        // The note's paragraph starts on this page or ends on it (a paragraph may run over).
        let starts = pages_text.iter().position(|p| p.contains(paragraph.as_str())).expect("the paragraph is printed");
        assert!(
            starts == page || starts + 1 == page,
            "footnote {number} on page {}, its paragraph from page {}",
            page + 1,
            starts + 1
        );
    }

    // The annex: title, column headings and rows.
    let annex = flat.rfind(labels::ANNEX).expect("the annex title");
    for column in labels::ANNEX_COLUMNS {
        assert!(flat[annex..].contains(column), "annex column {column}");
    }
    for row in &sub.annex {
        assert!(
            flat[annex..].contains(&format!("{} {}", row.paragraph, opening(&row.text, 3))),
            "annex row {}",
            row.paragraph
        );
    }

    // Page numbers: each page's last line is its number.
    let printed: Vec<&Vec<String>> = layout_pages.iter().filter(|p| p.iter().any(|l| !l.is_empty())).collect();
    assert_eq!(printed.len(), pages);
    for (i, lines) in printed.iter().enumerate() {
        let last = lines.iter().rev().find(|l| !l.is_empty()).expect("a line");
        assert_eq!(*last, (i + 1).to_string(), "page {} ends with its number", i + 1);
    }

    let words = libreoffice_word_count(&soffice, &docx);
    println!("LibreOffice counts {words} words in {}", docx.display());
    assert!(words > 2_000, "a submission of real length: {words} words");
}
