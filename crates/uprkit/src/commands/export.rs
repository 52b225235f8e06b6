//! `uprkit export --format csv|xlsx [filters] --output FILE`: every match of a search.

use crate::cli::{ExportArgs, ExportFormatArg};
use anyhow::Context;
use std::io::BufWriter;
use uprkit_docs::{ExportFormat, RecommendationExport};
use uprkit_search::{Engine, Sort, all_ids};
use uprkit_store::Store;

/// Writes the file and says how many recommendations it holds.
pub async fn run(store: &Store, engine: &Engine, args: &ExportArgs) -> anyhow::Result<()> {
    let filter = super::search::filter_from(&args.filters)?;
    let sort = match Sort::parse(&args.filters.sort).unwrap_or_default() {
        Sort::Relevance if filter.q.is_none() => Sort::Newest,
        s => s,
    };
    let ids = all_ids(engine, &filter, sort)?;
    let format = match args.format {
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Xlsx => ExportFormat::Xlsx,
    };
    let file =
        std::fs::File::create(&args.output).with_context(|| format!("cannot create {}", args.output.display()))?;
    let mut out = RecommendationExport::new(format, BufWriter::new(file))?;
    let bar = super::bar(ids.len() as u64, "exporting");
    for chunk in ids.chunks(500) {
        out.write_rows(&store.recommendations_by_id(chunk).await?)?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    out.finish()?;
    println!("{} recommendations written to {}", ids.len(), args.output.display());
    Ok(())
}
