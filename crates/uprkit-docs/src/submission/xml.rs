//! Escaping for the XML parts of the DOCX. Authors' text goes into element content and link
//! addresses into attributes; both are escaped here and nowhere else, and characters that
//! XML 1.0 forbids (control characters pasted from other programs) are dropped, because one
//! of them makes Word refuse the whole file.

/// `true` for a character XML 1.0 allows in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Appends `text` escaped for element content or a double-quoted attribute value.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Attribute values would turn these into spaces; written as references they survive.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` escaped, as a new string.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends the inside of a run for `text`: `w:t` pieces, a `w:tab` for a tab and a `w:br` for
/// a line break, so that Word shows the author's tabs and line breaks instead of spaces.
pub(crate) fn run_text(out: &mut String, text: &str) {
    let mut piece = String::new();
    let flush = |out: &mut String, piece: &mut String| {
        if !piece.is_empty() {
            out.push_str("<w:t xml:space=\"preserve\">");
            escape_into(out, piece);
            out.push_str("</w:t>");
            piece.clear();
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => {
                flush(out, &mut piece);
                out.push_str("<w:tab/>");
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                flush(out, &mut piece);
                out.push_str("<w:br/>");
            }
            c => piece.push(c),
        }
    }
    flush(out, &mut piece);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_characters() {
        assert_eq!(escape("a<b>&\"c'\u{1}\u{FFFF}é"), "a&lt;b&gt;&amp;&quot;c&apos;é");
    }

    #[test]
    fn tabs_and_breaks_become_elements() {
        let mut out = String::new();
        run_text(&mut out, "a\tb\r\nc");
        assert_eq!(
            out,
            "<w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/>\
             <w:t xml:space=\"preserve\">c</w:t>"
        );
    }
}
