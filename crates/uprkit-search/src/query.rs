//! The text part of a search: the user's words read with the query language people know from
//! web search engines: `"death penalty"`, `AND`, `OR`, `NOT`, `-abolish`, `tortur*`.

use tantivy::Index;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser};
use tantivy::tokenizer::TokenStream;
use uprkit_core::search::{QueryError, check_query};

use crate::schema::Fields;

/// A parsed text query.
pub struct TextQuery {
    /// The query, over the English, French and Spanish text fields.
    pub query: Box<dyn Query>,
}

impl TextQuery {
    /// Reads the user's words. `None` when nothing searchable is left (only stop words such as
    /// "the", or only punctuation): such a search is not narrowed by text. A text beyond the
    /// limits of [`check_query`] (length, words, nesting) is refused before any parsing: the
    /// parser and the query it builds recurse once per level of nesting.
    pub fn parse(index: &Index, fields: &Fields, text: &str) -> Result<Option<TextQuery>, QueryError> {
        check_query(text)?;
        // A colon would name a field (`id:5`, `x:*`): the fields are internal, and a name that
        // does not exist fails the whole search. People mean a plain word separator.
        let text = &text.replace(':', " ");
        if !has_searchable_words(index, text) {
            return Ok(None);
        }
        // One query per language field, each read with that language's analyser, combined with
        // OR. Parsing all fields at once would let a French or Spanish analyser keep an English
        // stop word ("of") as a required term that no English text holds.
        let per_language: Vec<(Occur, Box<dyn Query>)> = [fields.text_en, fields.text_fr, fields.text_es]
            .into_iter()
            .map(|field| {
                let mut parser = QueryParser::for_index(index, vec![field]);
                // All words must match unless the user says OR: what people expect of a search box.
                parser.set_conjunction_by_default();
                // Lenient: a stray quote or bracket is read as well as possible, never an error page.
                let (query, _errors) = parser.parse_query_lenient(text);
                (Occur::Should, query)
            })
            .collect();
        let query: Box<dyn Query> = Box::new(BooleanQuery::new(per_language));
        Ok(Some(TextQuery { query }))
    }
}

fn has_searchable_words(index: &Index, text: &str) -> bool {
    let Ok(mut analyser) = index.tokenizers().get("uprkit_en").ok_or(()) else { return true };
    let cleaned: String =
        text.split_whitespace().filter(|w| !matches!(*w, "AND" | "OR" | "NOT")).collect::<Vec<_>>().join(" ");
    let mut stream = analyser.token_stream(&cleaned);
    stream.advance()
}
