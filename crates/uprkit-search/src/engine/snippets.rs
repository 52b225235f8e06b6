//! What the pages show beside a result list: highlighted snippets of the matching words, and
//! the recommendations most like one (repeated from cycle to cycle).

use super::*;

impl Engine {
    /// Recommendations to the same State under Review in other cycles whose text is most like
    /// `text`: what is repeated from cycle to cycle.
    pub fn related(&self, text: &str, sur: &str, cycle: u8, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let codes = self.codes.read().map_err(|_| std::io::Error::other("facet codes lock poisoned"))?;
        let (Some(sur_code), cycle_code) = (codes.code("sur", sur), codes.code("cycle", &cycle.to_string())) else {
            return Ok(Vec::new());
        };
        // Any of the words, ranked by BM25: the closest texts share the most distinctive words.
        let words: String = text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
        let words: String =
            words.split_whitespace().filter(|w| !matches!(*w, "AND" | "OR" | "NOT")).collect::<Vec<_>>().join(" ");
        let parser = tantivy::query::QueryParser::for_index(
            &self.index,
            vec![self.fields.text_en, self.fields.text_fr, self.fields.text_es],
        );
        let (similar, _) = parser.parse_query_lenient(&words);
        let term = |code: u32| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_u64(self.fields.codes, u64::from(code)), IndexRecordOption::Basic))
        };
        let mut clauses = vec![(Occur::Must, similar), (Occur::Must, term(sur_code))];
        if let Some(c) = cycle_code {
            clauses.push((Occur::MustNot, term(c)));
        }
        let searcher = self.reader.searcher();
        let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX)).max(1);
        let top = searcher.search(&BooleanQuery::new(clauses), &TopDocs::with_limit(limit).order_by_score())?;
        let mut hits = Vec::new();
        for (score, address) in top {
            let ids = searcher.segment_reader(address.segment_ord).fast_fields().u64("id")?;
            if let Some(id) = ids.first(address.doc_id) {
                hits.push(Hit { id: id as i64, score });
            }
        }
        Ok(hits)
    }

    /// Highlighted snippets of `texts` for the words of `text`: HTML, escaped, matches in `<b>`.
    pub fn snippets(&self, text: &str, texts: &[(String, &str)], max_chars: usize) -> Vec<String> {
        let searcher = self.reader.searcher();
        let Ok(Some(q)) = TextQuery::parse(&self.index, &self.fields, text) else {
            return texts.iter().map(|(_, t)| escape_prefix(t, max_chars)).collect();
        };
        let generator = |field| {
            SnippetGenerator::create(&searcher, q.query.as_ref(), field).ok().map(|mut g| {
                g.set_max_num_chars(max_chars);
                g
            })
        };
        let generators = [
            ("en", generator(self.fields.text_en)),
            ("fr", generator(self.fields.text_fr)),
            ("es", generator(self.fields.text_es)),
        ];
        texts
            .iter()
            .map(|(language, t)| {
                let g = generators.iter().find(|(l, _)| l == language).unwrap_or(&generators[0]);
                match &g.1 {
                    Some(g) => {
                        let html = g.snippet(t).to_html();
                        if html.is_empty() { escape_prefix(t, max_chars) } else { html }
                    }
                    None => escape_prefix(t, max_chars),
                }
            })
            .collect()
    }
}

/// The first `max` characters of a text, HTML-escaped (with "…" when cut).
pub fn escape_prefix(text: &str, max: usize) -> String {
    let cut: String = text.chars().take(max).collect();
    let mut out = uprkit_core::text::escape_html(&cut);
    if text.chars().count() > max {
        out.push('…');
    }
    out
}
