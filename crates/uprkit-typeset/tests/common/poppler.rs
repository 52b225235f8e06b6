//! Reading the PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), as a
//! person's PDF viewer would. CI installs poppler-utils; without it the checks are skipped,
//! unless UPRKIT_REQUIRE_BROWSER says that every external tool must be there.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use uprkit_typeset::Pdf;

/// A PDF written to a temporary file for the poppler tools.
pub struct PdfFile {
    file: tempfile::NamedTempFile,
}

/// `pdf` in a file, or `None` (with a note) when poppler-utils is not installed.
pub fn open(pdf: &Pdf) -> Option<PdfFile> {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("UPRKIT_REQUIRE_BROWSER").is_none(),
            "pdftotext not found: install poppler-utils (UPRKIT_REQUIRE_BROWSER is set, nothing may be skipped)"
        );
        eprintln!("skipped: pdftotext not found (install poppler-utils)");
        return None;
    }
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().expect("a temporary file");
    file.write_all(&pdf.bytes).expect("the PDF is written");
    Some(PdfFile { file })
}

impl PdfFile {
    /// Where the file is.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// The text of all pages, in reading order (pdftotext without -layout).
    pub fn text(&self) -> String {
        self.run("pdftotext", &["-enc", "UTF-8"], &["-"])
    }

    /// The text of one page (from 1).
    pub fn page_text(&self, page: usize) -> String {
        let page = page.to_string();
        self.run("pdftotext", &["-enc", "UTF-8", "-f", &page, "-l", &page], &["-"])
    }

    /// The page count pdfinfo reads.
    pub fn pages(&self) -> usize {
        let info = self.run("pdfinfo", &[], &[]);
        let line = info.lines().find(|line| line.starts_with("Pages:")).expect("pdfinfo prints Pages:");
        line["Pages:".len()..].trim().parse().expect("a page count")
    }

    /// (font name, embedded) of every font pdffonts lists.
    pub fn fonts(&self) -> Vec<(String, bool)> {
        let listing = self.run("pdffonts", &[], &[]);
        listing
            .lines()
            .skip(2)
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let fields: Vec<&str> = line.split_whitespace().collect();
                // name ... emb sub uni object-number generation
                let embedded = fields[fields.len() - 5];
                (fields[0].to_owned(), embedded == "yes")
            })
            .collect()
    }

    /// Renders page `page` to a PNG at `dpi` beside `prefix` (pdftoppm adds "-N.png").
    pub fn page_png(&self, page: usize, dpi: u32, prefix: &Path) {
        let (page, dpi) = (page.to_string(), dpi.to_string());
        let prefix = prefix.to_str().expect("a UTF-8 path");
        self.run("pdftoppm", &["-png", "-r", &dpi, "-f", &page, "-l", &page], &[prefix]);
    }

    fn run(&self, tool: &str, before: &[&str], after: &[&str]) -> String {
        let output = Command::new(tool)
            .args(before)
            .arg(self.path())
            .args(after)
            .output()
            .unwrap_or_else(|e| panic!("{tool} did not run: {e}"));
        assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

/// `text` with every run of white space as one space, so that line breaks do not matter.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
