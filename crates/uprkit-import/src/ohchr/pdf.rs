//! Text of a PDF as positioned lines, read with the pure-Rust `pdf-extract` (on `lopdf`).
//!
//! The crate's own plain-text output follows the content stream, so footnote marks, footnotes,
//! page headers and barcodes end up inside the text. We take the glyphs with their position and
//! size instead and lay the lines out ourselves: lines are glyphs on one baseline in x order,
//! and everything set smaller than the body text (footnote marks, footnotes, running headers,
//! page numbers) can then be told apart from the body by its size alone.

use crate::ImportError;
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use std::path::Path;

/// One line of text as printed.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Page number, from 1.
    pub page: u32,
    /// Font size of most of the line's glyphs, in points.
    pub size: f32,
    /// The text; a wide gap between two runs (a table column) is a tab.
    pub text: String,
}

/// The lines of a PDF and the size of its body text.
#[derive(Debug)]
pub(crate) struct PdfText {
    /// Every line, page by page, top to bottom.
    pub lines: Vec<Line>,
    /// The most common glyph size: the body text.
    pub body_size: f32,
}

impl PdfText {
    /// Lines at body size or larger: the body and the headings, without footnotes, footnote
    /// marks, running headers and page numbers, which UN documents set smaller.
    pub fn body(&self) -> impl Iterator<Item = &Line> {
        let min = self.body_size * 0.95;
        self.lines.iter().filter(move |l| l.size >= min)
    }
}

#[derive(Debug, Clone, Copy)]
struct Glyph {
    x: f32,
    y: f32,
    size: f32,
    end: f32,
    c: char,
}

#[derive(Default)]
struct Collector {
    page: u32,
    height: f64,
    pages: Vec<(u32, Vec<Glyph>)>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page = page;
        self.height = media_box.ury - media_box.lly;
        self.pages.push((page, Vec::new()));
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        s: &str,
    ) -> Result<(), OutputError> {
        // The rendering matrix scales the font size; its determinant gives the printed size even
        // for rotated or stretched text.
        let size = font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        let n = s.chars().count().max(1) as f64;
        let Some((_, glyphs)) = self.pages.last_mut() else { return Ok(()) };
        for (i, c) in s.chars().enumerate() {
            // Private-use code points are symbol fonts (the barcode on page 1), not text.
            if c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) {
                continue;
            }
            let step = width * size / n;
            let gx = x + step * i as f64;
            glyphs.push(Glyph { x: gx as f32, y: y as f32, size: size as f32, end: (gx + step) as f32, c });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Reads the text of a PDF. Damaged, encrypted and image-only files are errors that say so.
pub(crate) fn extract(path: &Path, bytes: &[u8]) -> Result<PdfText, ImportError> {
    let fail = |reason: String| ImportError::file(path, reason);
    crate::limits::check_file_size(path, bytes.len())?;
    // pdf-extract unwraps in places on malformed input; a panic there must not take the
    // caller (a web server, a batch import) down with it, so it is caught and reported.
    let run = std::panic::catch_unwind(|| -> Result<Collector, String> {
        let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| damaged(&e.to_string()))?;
        if doc.is_encrypted() && doc.decrypt("").is_err() {
            return Err("the PDF is encrypted with a password: save an unprotected copy and import that".into());
        }
        crate::limits::check_pdf(&doc)?;
        let mut out = Collector::default();
        pdf_extract::output_doc(&doc, &mut out).map_err(|e| damaged(&e.to_string()))?;
        Ok(out)
    });
    let collector = match run {
        Ok(Ok(c)) => c,
        Ok(Err(reason)) => return Err(fail(reason)),
        Err(_) => return Err(fail(damaged("the PDF reader failed on its structure"))),
    };
    let body_size = body_size(&collector.pages);
    let Some(body_size) = body_size else {
        return Err(fail(
            "the PDF has no text layer (a scanned image?): OHCHR publishes these documents as text PDFs \
             and Word files; download the original or run OCR first"
                .into(),
        ));
    };
    let mut lines = Vec::new();
    for (page, glyphs) in collector.pages {
        lay_out(page, glyphs, body_size, &mut lines);
    }
    Ok(PdfText { lines, body_size })
}

fn damaged(detail: &str) -> String {
    format!("not a readable PDF (truncated or damaged file?): {detail}")
}

/// The most common size of visible glyphs, rounded to half points; `None` without any text.
fn body_size(pages: &[(u32, Vec<Glyph>)]) -> Option<f32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for g in pages.iter().flat_map(|(_, g)| g).filter(|g| !g.c.is_whitespace()) {
        let key = (g.size * 2.0).round() as i32;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k as f32 / 2.0)
}

/// Groups a page's glyphs into lines (top to bottom) and spells each line out.
fn lay_out(page: u32, mut glyphs: Vec<Glyph>, body_size: f32, out: &mut Vec<Line>) {
    // Footnote marks and other superscripts are much smaller than the body; dropping them here
    // keeps them from gluing onto words ("submissions1") or splitting a line in two.
    glyphs.retain(|g| g.size >= body_size * 0.75);
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut start = 0;
    while start < glyphs.len() {
        let first = glyphs[start];
        let mut end = start + 1;
        while end < glyphs.len() && glyphs[end].y - first.y <= first.size.max(glyphs[end].size) * 0.4 {
            end += 1;
        }
        let mut line = glyphs[start..end].to_vec();
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        if let Some(l) = spell(page, &line) {
            out.push(l);
        }
        start = end;
    }
}

fn spell(page: u32, glyphs: &[Glyph]) -> Option<Line> {
    let mut text = String::new();
    let mut prev_end: Option<f32> = None;
    let mut sizes: Vec<(i32, usize)> = Vec::new();
    for g in glyphs {
        if let Some(end) = prev_end {
            let gap = g.x - end;
            if gap > g.size * 2.0 {
                // A column gap: tables and the "refs | text" layout of some addenda.
                text.truncate(text.trim_end().len());
                text.push('\t');
            } else if gap > g.size * 0.15 && !text.ends_with(char::is_whitespace) && !g.c.is_whitespace() {
                text.push(' ');
            }
        }
        if g.c.is_whitespace() {
            if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                text.push(' ');
            }
        } else {
            text.push(g.c);
            let key = (g.size * 2.0).round() as i32;
            match sizes.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += 1,
                None => sizes.push((key, 1)),
            }
        }
        prev_end = Some(prev_end.map_or(g.end, |e| e.max(g.end)));
    }
    let size = sizes.into_iter().max_by_key(|(_, n)| *n)?.0 as f32 / 2.0;
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(Line { page, size, text })
}
