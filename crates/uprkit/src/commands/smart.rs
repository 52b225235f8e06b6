//! `uprkit smart "TEXT" [--sur ISO3] [--format json|table]`: the SMART checker on one draft
//! recommendation; `uprkit smart --agreement [--sample N]`: how often its verb rule gives
//! UPR Info's action category, on the recommendations of the database UPR Info coded.

use clap::Args;
use uprkit_app::App;
use uprkit_app::smart::AgreementReport;
use uprkit_core::smart::SmartAdvice;

/// `uprkit smart`.
#[derive(Debug, Args)]
pub struct SmartArgs {
    /// The draft recommendation to check.
    #[arg(required_unless_present = "agreement", conflicts_with = "agreement")]
    pub text: Option<String>,
    /// The State under review (ISO3): its previous recommendations are compared with the draft.
    #[arg(long)]
    pub sur: Option<String>,
    /// Instead of checking a draft: report how often the verb rule's action category agrees
    /// with UPR Info's, on the recommendations UPR Info coded.
    #[arg(long)]
    pub agreement: bool,
    /// With --agreement: compare this many recommendations, spread evenly over States and
    /// sessions (default: all).
    #[arg(long, requires = "agreement")]
    pub sample: Option<usize>,
    /// `table` or `json`.
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    pub format: String,
}

/// Runs `uprkit smart`.
pub async fn run(app: &App, args: &SmartArgs) -> anyhow::Result<()> {
    let json = args.format == "json";
    if args.agreement {
        let report = app.smart_agreement(args.sample).await?;
        if json {
            println!("{}", serde_json::to_string_pretty(&report)?);
        } else {
            print!("{}", agreement_table(&report));
        }
        return Ok(());
    }
    let text = args.text.as_deref().unwrap_or_default();
    let advice = app.smart_advice(text, args.sur.as_deref()).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&advice)?);
    } else {
        print!("{}", advice_table(&advice));
    }
    Ok(())
}

/// The advice as text for a terminal.
fn advice_table(a: &SmartAdvice) -> String {
    let mut out = format!("Action category: {} ({})\n", a.action_category, a.action_category_label);
    let basis = &a.category_basis;
    let why = match basis.rule {
        uprkit_core::smart::CategoryRule::LeadingPhrase | uprkit_core::smart::CategoryRule::LeadingVerb => format!(
            "  because it begins with \"{}\" ({} recommendations of the tuning data)\n",
            basis.words, basis.tuning_rows
        ),
        uprkit_core::smart::CategoryRule::VagueObject => {
            format!("  because \"{}\" names no specific action\n", basis.words)
        }
        uprkit_core::smart::CategoryRule::NoKnownVerb => {
            "  because no known verb leads it (general action)\n".to_string()
        }
    };
    out.push_str(&why);
    if let Some(m) = &a.model_category {
        out.push_str(&format!(
            "Classifier (model {}): {} ({}), confidence {:.0}%\n",
            m.model_version,
            m.category,
            m.label,
            100.0 * m.confidence
        ));
    }
    if a.flags.is_empty() {
        out.push_str("\nNo advice: the draft looks SMART.\n");
    }
    for f in &a.flags {
        out.push_str(&format!("\n- {}\n  {}\n", f.message, f.suggestion));
        if matches!(f.kind, uprkit_core::smart::FlagKind::SeveralActions) {
            for part in &f.alternatives {
                out.push_str(&format!("    * {part}\n"));
            }
        }
    }
    if !a.similar.is_empty() {
        out.push_str("\nPrevious recommendations asking the same:\n");
        for s in &a.similar {
            let r = &s.recommendation;
            out.push_str(&format!(
                "  [{:.2}] cycle {} session {} {} {} ({})\n",
                s.score,
                r.cycle,
                r.session,
                r.paragraph.as_deref().map_or_else(|| format!("#{}", r.id), |p| format!("para. {p}")),
                r.text,
                r.recommending_states.join(", ")
            ));
        }
    }
    out
}

/// The agreement report as text for a terminal.
fn agreement_table(r: &AgreementReport) -> String {
    let pct = |x: f64| format!("{:.1}%", 100.0 * x);
    let mut out = format!(
        "Verb rule against UPR Info's action category: {} of {} recommendations agree ({}); {} coded in the database\n",
        r.agreeing,
        r.recommendations,
        pct(r.agreement),
        r.coded
    );
    out.push_str(&format!(
        "Sessions the rule was not tuned on ({}): {} of {} ({})\n",
        r.held_out.sessions,
        r.held_out.agreeing,
        r.held_out.recommendations,
        pct(r.held_out.agreement)
    ));
    out.push_str(&format!(
        "Baseline (always category {}): {}\n\ncategory\tUPR Info\tagreeing\tagreement\tgiven by rule\n",
        r.baseline_category,
        pct(r.baseline_agreement)
    ));
    for c in &r.per_category {
        out.push_str(&format!(
            "{} {}\t{}\t{}\t{}\t{}\n",
            c.category,
            c.label,
            c.recommendations,
            c.agreeing,
            pct(c.agreement),
            c.given_by_rule
        ));
    }
    out.push_str("\nconfusion (rows: UPR Info, columns: rule)\n\t1\t2\t3\t4\t5\n");
    for (i, row) in r.confusion.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(usize::to_string).collect();
        out.push_str(&format!("{}\t{}\n", i + 1, cells.join("\t")));
    }
    out
}
