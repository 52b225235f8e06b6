//! The generic entry points: typst sources with data files, errors, dates, fonts.

mod common;

use common::poppler::{self, flat};
use uprkit_typeset::{Today, TypesetError, render, render_dated};

fn compile_errors(result: Result<uprkit_typeset::Pdf, TypesetError>) -> Vec<uprkit_typeset::Diagnostic> {
    match result {
        Err(TypesetError::Compile { diagnostics }) => diagnostics,
        other => panic!("expected a compile error, got {other:?}"),
    }
}

#[test]
fn a_source_reads_its_data_files_as_data() {
    let source = "#let d = json(\"greeting.json\")\n#d.greeting, #d.names.join(\" and \")";
    let data = r#"{"greeting": "Dobrodošli", "names": ["Ljubljana", "Maribor"]}"#.as_bytes().to_vec();
    let pdf = render(source, &[("greeting.json", data)]).expect("compiles");
    assert_eq!(pdf.pages, 1);
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    let Some(file) = poppler::open(&pdf) else { return };
    assert_eq!(file.pages(), 1);
    assert_eq!(flat(&file.text()), "Dobrodošli, Ljubljana and Maribor");
}

#[test]
fn a_syntax_error_is_typed_and_located() {
    let diagnostics = compile_errors(render("Fine first line.\n#let x = (1, 2", &[]));
    let first = &diagnostics[0];
    assert_eq!(first.file.as_deref(), Some("main.typ"), "{first:?}");
    assert_eq!(first.line, Some(2), "{first:?}");
    assert!(!first.message.is_empty());
    let shown = TypesetError::Compile { diagnostics }.to_string();
    assert!(shown.contains("main.typ:2:"), "{shown}");
}

#[test]
fn a_missing_data_file_is_named() {
    let diagnostics = compile_errors(render("#json(\"submission.json\")", &[]));
    let shown = diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    assert!(shown.contains("submission.json"), "{shown}");
}

#[test]
fn broken_data_is_located_in_the_data_file() {
    let data = b"{\n  \"a\": 1,\n  \"b\": \n}".to_vec();
    let diagnostics = compile_errors(render("#json(\"broken.json\")", &[("broken.json", data)]));
    let shown = diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    assert!(shown.contains("broken.json"), "{shown}");
}

#[test]
fn a_data_name_outside_the_project_is_refused() {
    match render("", &[("../outside.json", b"{}".to_vec())]) {
        Err(TypesetError::DataName { name, .. }) => assert_eq!(name, "../outside.json"),
        other => panic!("expected a data name error, got {other:?}"),
    }
}

#[test]
fn today_is_the_callers_date_and_there_is_none_by_default() {
    let source = "#datetime.today().display(\"[day] [month repr:long] [year]\")";
    let diagnostics = compile_errors(render(source, &[]));
    assert!(!diagnostics.is_empty());

    let today = Today { year: 2026, month: 11, day: 30 };
    let pdf = render_dated(source, &[], today).expect("compiles with a date");
    let Some(file) = poppler::open(&pdf) else { return };
    assert_eq!(flat(&file.text()), "30 November 2026");
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let source = "= Heading\n\nText with a note.#footnote[The note.]";
    let first = render(source, &[]).expect("compiles");
    let second = render(source, &[]).expect("compiles");
    assert_eq!(first, second);
}

#[test]
fn every_font_is_embedded() {
    let source = "Regular *bold* _italic_ *_bold italic_* `mono` $x^2 + sum_(i=1)^n i$";
    let pdf = render(source, &[]).expect("compiles");
    let Some(file) = poppler::open(&pdf) else { return };
    let fonts = file.fonts();
    assert!(fonts.len() >= 4, "{fonts:?}");
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} is not embedded: {fonts:?}");
    }
}
