//! A stacked horizontal bar chart: one bar per category split into series, such as the
//! positions a State took on the recommendations of each issue.

use super::{
    BAR_HEIGHT, BAR_MAX, BAR_X, PAD, ROW, Series, TEXT_DROP, WIDTH, category_label, count, escape, no_data, open,
    palette, px, text_width,
};

/// Where the legend starts, below the title.
const LEGEND_TOP: f64 = 42.0;
const LEGEND_LINE: f64 = 20.0;
const SWATCH: f64 = 12.0;

/// How a stacked bar is scaled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StackScale {
    /// Bars share one scale from zero to the largest total; segments show counts. Shows how
    /// big each category is.
    Counts,
    /// Every bar fills the width; segments show their percentage of the bar and each bar its
    /// total as "n = ...". Compares proportions (how much was supported) across categories of
    /// very different sizes.
    Shares,
}

/// Draws one stacked bar per category. `series` names the parts and their colours, in stacking
/// order from the left; each category's values are in the same order (a missing value counts
/// as zero, extra values are ignored). A segment shows its value when it fits, and every
/// segment has a tooltip with the count and percentage. Returns a standalone `<svg>` element.
///
/// ```
/// use uprkit_docs::charts::{StackScale, position_series, stacked_bar_chart};
///
/// let svg = stacked_bar_chart(
///     "Positions by issue",
///     &position_series(),
///     &[("Women's rights".to_string(), vec![30, 2, 8, 0])],
///     StackScale::Shares,
/// );
/// assert!(svg.contains(">75%</text>") && svg.contains("n = 40"));
/// ```
pub fn stacked_bar_chart(
    title: &str,
    series: &[Series<'_>],
    categories: &[(String, Vec<u64>)],
    scale: StackScale,
) -> String {
    if categories.is_empty() || series.is_empty() {
        return no_data(title);
    }
    let value = |values: &[u64], s: usize| values.get(s).copied().unwrap_or(0);
    let total = |values: &[u64]| (0..series.len()).map(|s| value(values, s)).sum::<u64>();
    let max_total = categories.iter().map(|(_, v)| total(v)).max().unwrap_or(0);

    // Series with no value anywhere (no "Pending" in a closed cycle) would only add noise to
    // the legend and the description; if nothing has a value, all are listed.
    let mut shown: Vec<usize> =
        (0..series.len()).filter(|s| categories.iter().any(|(_, v)| value(v, *s) > 0)).collect();
    if shown.is_empty() {
        shown = (0..series.len()).collect();
    }
    let desc = describe(series, &shown, categories);
    let (legend, legend_bottom) = legend(series, &shown);
    let top = legend_bottom + 8.0;
    let height = top + ROW * categories.len() as f64 + 12.0;
    let mut svg = open(title, &desc, height, &desc);
    svg.push_str(&legend);

    for (i, (label, values)) in categories.iter().enumerate() {
        let middle = top + ROW * i as f64 + ROW / 2.0;
        let sum = total(values);
        let scale_to = match scale {
            StackScale::Counts => max_total,
            StackScale::Shares => sum,
        };
        svg.push_str("<g>");
        category_label(&mut svg, label, middle);
        let mut before = 0;
        let mut end = BAR_X;
        for (s, part) in series.iter().enumerate() {
            let n = value(values, s);
            if n == 0 || scale_to == 0 {
                continue;
            }
            // Edges from running sums, so rounding never leaves gaps between segments.
            let x0 = BAR_X + BAR_MAX * before as f64 / scale_to as f64;
            before += n;
            end = BAR_X + BAR_MAX * before as f64 / scale_to as f64;
            let share = percent(n, sum);
            svg.push_str(&format!(
                r#"<rect x="{}" y="{}" width="{}" height="{BAR_HEIGHT}" fill="{}"><title>{} — {}: {} ({})</title></rect>"#,
                px(x0),
                px(middle - BAR_HEIGHT / 2.0),
                px(end - x0),
                escape(part.colour),
                escape(label.trim()),
                escape(part.name),
                count(n),
                escape(&share)
            ));
            let text = match scale {
                StackScale::Counts => count(n),
                StackScale::Shares => share,
            };
            if text_width(&text) + 8.0 <= end - x0 {
                svg.push_str(&format!(
                    r#"<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
                    px((x0 + end) / 2.0),
                    px(middle + TEXT_DROP),
                    text_on(part.colour),
                    escape(&text)
                ));
            }
        }
        let total_text = match scale {
            StackScale::Counts => count(sum),
            StackScale::Shares => format!("n = {}", count(sum)),
        };
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" fill="{}">{total_text}</text></g>"#,
            px(end + 6.0),
            px(middle + TEXT_DROP),
            palette::MUTED
        ));
    }
    let x = BAR_X - 0.5;
    svg.push_str(&format!(
        r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/></svg>"#,
        px(top + 2.0),
        px(height - 10.0),
        palette::RULE
    ));
    svg
}

/// The legend, wrapped onto more lines when the series do not fit on one; and its bottom.
fn legend(series: &[Series<'_>], shown: &[usize]) -> (String, f64) {
    let mut svg = String::new();
    let mut x = PAD;
    let mut y = LEGEND_TOP;
    for part in shown.iter().filter_map(|s| series.get(*s)) {
        // A closer estimate than `text_width`: here an error only changes a gap.
        let width = SWATCH + 6.0 + part.name.chars().count() as f64 * 6.6 + 16.0;
        if x > PAD && x + width > WIDTH - PAD {
            x = PAD;
            y += LEGEND_LINE;
        }
        svg.push_str(&format!(
            r#"<rect x="{}" y="{}" width="{SWATCH}" height="{SWATCH}" rx="2" fill="{}"/><text x="{}" y="{}" fill="{}">{}</text>"#,
            px(x),
            px(y + 2.0),
            escape(part.colour),
            px(x + SWATCH + 6.0),
            px(y + 2.0 + SWATCH / 2.0 + TEXT_DROP),
            palette::TEXT,
            escape(part.name)
        ));
        x += width;
    }
    (svg, y + LEGEND_LINE)
}

/// The values in words, for screen readers: "Women's rights: Supported 30 (75%), ...; ...".
fn describe(series: &[Series<'_>], shown: &[usize], categories: &[(String, Vec<u64>)]) -> String {
    let lines: Vec<String> = categories
        .iter()
        .map(|(label, values)| {
            let sum: u64 = (0..series.len()).map(|s| values.get(s).copied().unwrap_or(0)).sum();
            let parts: Vec<String> = shown
                .iter()
                .filter_map(|s| series.get(*s).map(|part| (part, values.get(*s).copied().unwrap_or(0))))
                .map(|(part, n)| format!("{} {} ({})", part.name, count(n), percent(n, sum)))
                .collect();
            format!("{}: {}", label.trim(), parts.join(", "))
        })
        .collect();
    format!("{}.", lines.join("; "))
}

/// A whole percentage; a small non-zero part reads "<1%" rather than a misleading "0%".
fn percent(n: u64, of: u64) -> String {
    if of == 0 {
        return "0%".to_string();
    }
    let p = (n as f64 * 100.0 / of as f64).round();
    if p == 0.0 && n > 0 { "<1%".to_string() } else { format!("{p:.0}%") }
}

/// White or dark text, whichever contrasts more with the fill (WCAG relative luminance).
fn text_on(fill: &str) -> &'static str {
    let Some(hex) = fill.strip_prefix('#').filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit())) else {
        return palette::TEXT;
    };
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if v <= 0.040_45 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // #1f2933 has a luminance of about 0.021.
    let on_white = 1.05 / (luminance + 0.05);
    let on_dark = (luminance + 0.05) / 0.071;
    if on_white >= on_dark { "#ffffff" } else { palette::TEXT }
}
