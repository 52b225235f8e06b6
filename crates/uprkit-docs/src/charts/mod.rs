//! SVG bar charts, rendered as strings with no drawing library: they are small, sit in an
//! HTML page or a report as they are, print sharply and need no JavaScript.
//!
//! Every chart is 640 px wide (set `max-width: 100%; height: auto` in CSS to shrink it), has a
//! white background, and is announced to screen readers as one image whose name is the title
//! and whose description lists the values. Long category labels are cut with an ellipsis; the
//! full label shows as a tooltip. An empty data set draws "No data" under the title.

mod bar;
mod stacked;

pub use bar::bar_chart;
pub use stacked::{StackScale, stacked_bar_chart};

use std::borrow::Cow;
use uprkit_core::Position;

/// The colours of every uprkit chart: one calm set, readable on white, and told apart by
/// people with the common colour-vision deficiencies (blue against orange, not red against
/// green).
pub mod palette {
    /// Bars of a simple chart; supported recommendations.
    pub const BLUE: &str = "#2f6690";
    /// Partially supported recommendations.
    pub const LIGHT_BLUE: &str = "#9cc1e0";
    /// Noted recommendations.
    pub const ORANGE: &str = "#e0913f";
    /// Pending recommendations, anything without a value.
    pub const GREY: &str = "#c2cad3";
    /// Titles and labels.
    pub const TEXT: &str = "#1f2933";
    /// Secondary text ("No data", totals).
    pub const MUTED: &str = "#52606d";
    /// The axis line.
    pub const RULE: &str = "#9aa5b1";
}

/// One series of a stacked chart: a name for the legend and a fill colour (`#rrggbb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Series<'a> {
    /// Name shown in the legend and tooltips.
    pub name: &'a str,
    /// Fill colour, as `#rrggbb`.
    pub colour: &'a str,
}

/// The four positions in display order with their chart colours, for a "supported against
/// noted" chart whose values come in the order of [`Position::ALL`].
pub fn position_series() -> [Series<'static>; 4] {
    Position::ALL.map(|p| Series {
        name: p.label(),
        colour: match p {
            Position::Supported => palette::BLUE,
            Position::PartiallySupported => palette::LIGHT_BLUE,
            Position::Noted => palette::ORANGE,
            Position::Pending => palette::GREY,
        },
    })
}

pub(crate) const WIDTH: f64 = 640.0;
pub(crate) const PAD: f64 = 16.0;
/// Where the bars start; category labels end 10 px to the left of it.
pub(crate) const BAR_X: f64 = 210.0;
/// Room kept right of the longest bar for its value label ("1,048,576" fits).
pub(crate) const VALUE_WIDTH: f64 = 72.0;
pub(crate) const BAR_MAX: f64 = WIDTH - PAD - VALUE_WIDTH - BAR_X;
pub(crate) const ROW: f64 = 28.0;
pub(crate) const BAR_HEIGHT: f64 = 18.0;
/// A slightly generous average advance of a 13 px system sans-serif, so estimated text
/// widths err towards "does not fit" rather than overrunning.
pub(crate) const CHAR_WIDTH: f64 = 7.2;
/// Category labels longer than this are cut (about 180 px at 13 px).
pub(crate) const LABEL_CHARS: usize = 25;
/// From the vertical middle of a row to the baseline of 13 px text centred on it.
pub(crate) const TEXT_DROP: f64 = 4.5;
const TITLE_CHARS: usize = 68;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// Opens a chart: the root element, its accessible name and description, the white
/// background and the visible title.
pub(crate) fn open(title: &str, desc: &str, height: f64, seed: &str) -> String {
    let id = format!("uprkit-chart-{:016x}", fnv1a(&[title, seed]));
    let h = px(height);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="{h}" viewBox="0 0 640 {h}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT}" font-size="13">"#
    );
    svg.push_str(&format!(
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(desc)
    ));
    svg.push_str(&format!(r##"<rect width="640" height="{h}" fill="#ffffff"/>"##));
    svg.push_str(&format!(
        r#"<text x="{PAD}" y="28" font-size="15" font-weight="600" fill="{}">{}</text>"#,
        palette::TEXT,
        escape(&truncate(title, TITLE_CHARS))
    ));
    svg
}

/// A chart with a title and "No data" under it.
pub(crate) fn no_data(title: &str) -> String {
    let mut svg = open(title, "No data.", 96.0, "");
    svg.push_str(&format!(
        r#"<text x="{}" y="68" text-anchor="middle" fill="{}">No data</text></svg>"#,
        WIDTH / 2.0,
        palette::MUTED
    ));
    svg
}

/// A category label ending at `BAR_X - 10`, cut to fit, with the full text as a tooltip.
pub(crate) fn category_label(svg: &mut String, label: &str, middle: f64) {
    svg.push_str(&format!(
        r#"<text x="{}" y="{}" text-anchor="end" fill="{}"><title>{}</title>{}</text>"#,
        px(BAR_X - 10.0),
        px(middle + TEXT_DROP),
        palette::TEXT,
        escape(label),
        escape(&truncate(label, LABEL_CHARS))
    ));
}

/// Escapes text for SVG content and attribute values (with the one HTML escaper,
/// [`uprkit_core::text::escape_html`]), after dropping the control characters XML 1.0 forbids
/// even when escaped (they would make the whole chart fail to parse).
pub(crate) fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    uprkit_core::text::escape_html(&allowed)
}

/// Cuts text to `max` characters, the last being an ellipsis.
pub(crate) fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    let text = text.trim();
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    Cow::Owned(format!("{}…", kept.trim_end()))
}

/// A count with thousands separators: 12,345.
pub(crate) fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut groups = Vec::new();
    let mut rest = digits.as_str();
    while rest.len() > 3 {
        let (head, tail) = rest.split_at(rest.len() - 3);
        groups.push(tail);
        rest = head;
    }
    groups.push(rest);
    groups.reverse();
    groups.join(",")
}

/// A coordinate with at most one decimal, which is finer than any screen or printer needs.
pub(crate) fn px(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") }
}

/// Estimated width of 13 px text.
pub(crate) fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}

/// A stable id from the chart's content, so ids do not change between renders and two
/// different charts on one page do not share the ids that `aria-labelledby` points at.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
        assert_eq!(escape("a\u{1}b\nc"), "ab c");
        assert_eq!(truncate("Human rights education and training", 20), "Human rights educat…");
        assert_eq!(truncate("Women's rights", 20), "Women's rights");
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_048_576), "1,048,576");
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.345), "12.3");
    }
}
