//! The search box's words (`"death penalty"`, `OR`, `-primary`, `tortur*`) translated for the
//! SQL baselines, as close to the engine's reading as their query languages allow:
//!
//! - PostgreSQL: `websearch_to_tsquery('english', ...)` reads quotes, `OR` and `-word` like the
//!   engine; it has no prefix syntax, so `tortur*` becomes `to_tsquery('english', 'tortur:*')`.
//!   Its English stop-word list is longer than the engine's (Lucene's 33 words).
//! - SQLite FTS5: the same structure in FTS5's syntax (`AND`, `OR`, `NOT`, `"phrase"`,
//!   `tortur*`). FTS5 has no stop words, so the engine's are left out of the query, as the
//!   engine leaves them out of its index; its `porter` stemmer is Porter's first algorithm,
//!   the others use Snowball's English one.

/// The engine's English stop words (tantivy's, from Lucene).
const STOP_WORDS: [&str; 33] = [
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
    "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
];

/// One operand of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Word(String),
    Prefix(String),
    Phrase(String),
}

/// The words of a search: groups that must all match (each group: any of its terms), and
/// terms that must not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    all_of: Vec<Vec<Term>>,
    none_of: Vec<Term>,
}

impl Words {
    /// Reads the search box's syntax.
    pub fn parse(text: &str) -> Words {
        let mut words = Words::default();
        let (mut or_next, mut not_next) = (false, false);
        for token in tokens(text) {
            let (negated, term) = match token.as_str() {
                "OR" => {
                    or_next = true;
                    continue;
                }
                "AND" => continue,
                "NOT" => {
                    not_next = true;
                    continue;
                }
                t if t.starts_with('"') => (false, Term::Phrase(t.trim_matches('"').to_string())),
                t => {
                    let (negated, t) = match t.strip_prefix('-') {
                        Some(rest) => (true, rest),
                        None => (false, t.strip_prefix('+').unwrap_or(t)),
                    };
                    let term = match t.strip_suffix('*') {
                        Some(stem) => Term::Prefix(stem.to_string()),
                        None => Term::Word(t.to_string()),
                    };
                    (negated, term)
                }
            };
            if negated || not_next {
                words.none_of.push(term);
            } else if let (true, Some(group)) = (or_next, words.all_of.last_mut()) {
                group.push(term);
            } else {
                words.all_of.push(vec![term]);
            }
            or_next = false;
            not_next = false;
        }
        words
    }

    /// The prefix terms (`tortur*`), outside quotes, that PostgreSQL's web-search syntax lacks.
    pub fn postgres_prefixes(text: &str) -> (String, Vec<String>) {
        let mut rest = Vec::new();
        let mut prefixes = Vec::new();
        for token in tokens(text) {
            match token.strip_suffix('*').filter(|_| !token.starts_with('"')) {
                Some(stem) => {
                    let stem: String = stem.chars().filter(|c| c.is_alphanumeric()).collect();
                    if !stem.is_empty() {
                        prefixes.push(format!("{stem}:*"));
                    }
                }
                None => rest.push(token),
            }
        }
        (rest.join(" "), prefixes)
    }

    /// The FTS5 `MATCH` expression, or `None` when no searchable word is left (the engine
    /// then does not narrow the search by text).
    pub fn fts5(&self) -> Option<String> {
        let groups: Vec<String> = self
            .all_of
            .iter()
            .filter_map(|group| {
                let terms: Vec<String> = group.iter().filter_map(fts5_term).collect();
                match terms.len() {
                    0 => None,
                    1 => terms.into_iter().next(),
                    _ => Some(format!("({})", terms.join(" OR "))),
                }
            })
            .collect();
        if groups.is_empty() {
            return None;
        }
        let mut expr = groups.join(" AND ");
        for term in self.none_of.iter().filter_map(fts5_term) {
            expr = format!("({expr}) NOT {term}");
        }
        Some(expr)
    }
}

/// Splits on spaces, keeping `"quoted phrases"` whole.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => {
                current.push(c);
                if quoted {
                    out.push(std::mem::take(&mut current));
                }
                quoted = !quoted;
            }
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn fts5_term(term: &Term) -> Option<String> {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    match term {
        Term::Word(w) if STOP_WORDS.contains(&w.to_lowercase().as_str()) => None,
        Term::Word(w) if w.chars().any(char::is_alphanumeric) => Some(quote(w)),
        Term::Prefix(p) if p.chars().any(char::is_alphanumeric) => Some(format!("{}*", quote(p))),
        Term::Phrase(p) if p.chars().any(char::is_alphanumeric) => Some(quote(p)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts5_expressions() {
        let fts = |q: &str| Words::parse(q).fts5();
        assert_eq!(fts("torture").as_deref(), Some("\"torture\""));
        assert_eq!(fts("tortur*").as_deref(), Some("\"tortur\"*"));
        assert_eq!(fts("the"), None);
        assert_eq!(
            fts("freedom of expression").as_deref(),
            Some("\"freedom\" AND \"expression\""),
            "stop words are left out as the engine leaves them out"
        );
        assert_eq!(
            fts("journalists OR \"human rights defenders\"").as_deref(),
            Some("(\"journalists\" OR \"human rights defenders\")")
        );
        assert_eq!(fts("education girls -primary").as_deref(), Some("(\"education\" AND \"girls\") NOT \"primary\""));
    }

    #[test]
    fn postgres_prefixes_are_split_out() {
        assert_eq!(Words::postgres_prefixes("tortur*"), (String::new(), vec!["tortur:*".to_string()]));
        assert_eq!(
            Words::postgres_prefixes("\"death penalty\" abol*"),
            ("\"death penalty\"".into(), vec!["abol:*".into()])
        );
    }
}
