//! A horizontal bar chart: one bar per category, the count at its end.

use super::{BAR_HEIGHT, BAR_MAX, BAR_X, ROW, category_label, count, escape, no_data, open, palette, px};

/// Where the first row starts, below the title.
const TOP: f64 = 44.0;

/// Draws one horizontal bar per `(label, count)`, in the order given, with the count written at
/// the end of each bar. Bars share one scale from zero to the largest count. Returns a
/// standalone `<svg>` element.
///
/// ```
/// let svg = uprkit_docs::charts::bar_chart(
///     "Recommendations by cycle",
///     &[("Cycle 1".to_string(), 120), ("Cycle 2".to_string(), 310)],
/// );
/// assert!(svg.starts_with("<svg") && svg.contains(">310</text>"));
/// ```
pub fn bar_chart(title: &str, bars: &[(String, u64)]) -> String {
    if bars.is_empty() {
        return no_data(title);
    }
    let desc = bars.iter().map(|(label, n)| format!("{}: {}", label.trim(), count(*n))).collect::<Vec<_>>().join("; ");
    let height = TOP + ROW * bars.len() as f64 + 12.0;
    let mut svg = open(title, &format!("{desc}."), height, &desc);

    // Zero everywhere still draws the rows (labels and "0"), just no bars.
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    for (i, (label, n)) in bars.iter().enumerate() {
        let top = TOP + ROW * i as f64;
        let middle = top + ROW / 2.0;
        // A bar of one count among thousands would round to nothing; keep it visible.
        let width = if *n > 0 { (BAR_MAX * (*n as f64) / max).max(1.5) } else { 0.0 };
        svg.push_str("<g>");
        category_label(&mut svg, label, middle);
        if *n > 0 {
            svg.push_str(&format!(
                r#"<rect x="{BAR_X}" y="{}" width="{}" height="{BAR_HEIGHT}" rx="2" fill="{}"><title>{}: {}</title></rect>"#,
                px(middle - BAR_HEIGHT / 2.0),
                px(width),
                palette::BLUE,
                escape(label.trim()),
                count(*n)
            ));
        }
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" fill="{}">{}</text></g>"#,
            px(BAR_X + width + 6.0),
            px(middle + super::TEXT_DROP),
            palette::TEXT,
            count(*n)
        ));
    }
    // The zero line, drawn last so it sits on top of the bars' rounded starts.
    let x = BAR_X - 0.5;
    svg.push_str(&format!(
        // Half a pixel left of the bars, so a 1 px line covers one pixel column, not two.
        r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/></svg>"#,
        px(TOP + 2.0),
        px(height - 10.0),
        palette::RULE
    ));
    svg
}
