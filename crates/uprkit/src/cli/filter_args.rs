//! The filter options of `uprkit search` and `uprkit export`, generated from the table of
//! filters ([`Filter::ALL`]): one `--flag` per filter, named after its URL key with dashes.

use clap::{Arg, ArgAction, ArgMatches, Command};
use uprkit_core::search::{Filter, RecommendationFilter, ValueKind};

/// The filters of a search, shared by `search` and `export`.
#[derive(Debug, Clone, Default)]
pub struct FilterArgs {
    /// Words to look for.
    pub query: Option<String>,
    /// The values given for each filter, in the table's order; filters not given are absent.
    pub values: Vec<(Filter, Vec<String>)>,
    /// Order: relevance, newest or sur.
    pub sort: String,
}

#[cfg(test)]
impl FilterArgs {
    /// The values given for one filter.
    fn get(&self, filter: Filter) -> &[String] {
        self.values.iter().find(|(f, _)| *f == filter).map_or(&[], |(_, v)| v.as_slice())
    }
}

/// Refuses a value the filter cannot take (a cycle that is not a number), as clap reports
/// any bad option value.
fn checker(filter: Filter) -> impl Fn(&str) -> Result<String, String> + Clone + Send + Sync + 'static {
    move |value: &str| {
        filter.push(&mut RecommendationFilter::default(), value).map(|()| value.to_string()).map_err(|e| e.to_string())
    }
}

impl clap::Args for FilterArgs {
    fn augment_args(cmd: Command) -> Command {
        let mut cmd = cmd
            .arg(Arg::new("query").value_name("QUERY").help("Words to look for: \"a phrase\", OR, -exclude, prefix*"));
        for filter in Filter::ALL {
            cmd = cmd.arg(
                Arg::new(filter.key())
                    .long(filter.flag())
                    .value_name(match filter.kind() {
                        ValueKind::Number { .. } => "NUMBER",
                        ValueKind::Text { .. } => "VALUE",
                    })
                    .action(ArgAction::Append)
                    .value_parser(checker(filter))
                    .help(format!("{}; repeat for several", filter.description())),
            );
        }
        cmd.arg(
            Arg::new("sort")
                .long("sort")
                .default_value("relevance")
                .value_parser(["relevance", "newest", "sur"])
                .help("Order: relevance (best match first), newest (session), sur (State under Review)"),
        )
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for FilterArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let values = Filter::ALL
            .into_iter()
            .filter_map(|f| {
                let given: Vec<String> = matches.get_many::<String>(f.key())?.cloned().collect();
                Some((f, given))
            })
            .collect();
        Ok(FilterArgs {
            query: matches.get_one::<String>("query").cloned(),
            values,
            sort: matches.get_one::<String>("sort").cloned().unwrap_or_else(|| "relevance".into()),
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;
    use uprkit_core::search::Filter;

    #[test]
    fn every_filter_has_its_flag_in_search_and_export() {
        for filter in Filter::ALL {
            let flag = format!("--{}", filter.flag());
            let value =
                if matches!(filter.kind(), uprkit_core::search::ValueKind::Number { .. }) { "2" } else { "A, B" };
            let search =
                Cli::try_parse_from(["uprkit", "search", "words", &flag, value, &flag, value]).expect("parses");
            let Command::Search(args) = search.command else { panic!("not a search") };
            assert_eq!(args.filters.get(filter), [value, value], "{flag}");
            assert_eq!(args.filters.query.as_deref(), Some("words"));
            let export = Cli::try_parse_from(["uprkit", "export", "--format", "csv", "-o", "x.csv", &flag, value])
                .expect("parses");
            let Command::Export(args) = export.command else { panic!("not an export") };
            assert_eq!(args.filters.get(filter), [value], "{flag}");
            if value == "2" {
                let err = Cli::try_parse_from(["uprkit", "search", &flag, "two"]).expect_err("not a number");
                assert!(err.to_string().contains("must be a number"), "{err}");
            }
        }
    }
}
