//! The index schema and its text analysers (English, French, Spanish).

use tantivy::Index;
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};

/// Bumped whenever the schema or analysers change: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 3;

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub text_en: Field,
    pub text_fr: Field,
    pub text_es: Field,
    /// Every word of the text as written (lower case, accents kept, no stems): the vocabulary
    /// "did you mean" suggests from, with how many recommendations use each word.
    pub words: Field,
    pub codes: Field,
    pub newest: Field,
    pub by_sur: Field,
}

/// Languages with their own analyser; anything else is read as English.
pub const LANGUAGES: [(&str, Language); 3] =
    [("en", Language::English), ("fr", Language::French), ("es", Language::Spanish)];

fn analyser_name(code: &str) -> String {
    format!("uprkit_{code}")
}

/// Builds the schema.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |code: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&analyser_name(code))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: b.add_u64_field("id", INDEXED | FAST | STORED),
        text_en: b.add_text_field("text_en", text("en")),
        text_fr: b.add_text_field("text_fr", text("fr")),
        text_es: b.add_text_field("text_es", text("es")),
        words: b.add_text_field(
            "words",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default().set_tokenizer(WORDS_ANALYSER).set_index_option(IndexRecordOption::Basic),
            ),
        ),
        codes: b.add_u64_field("codes", INDEXED | FAST),
        newest: b.add_u64_field("newest", FAST),
        by_sur: b.add_u64_field("by_sur", FAST),
    };
    (b.build(), fields)
}

/// The analyser of the `words` field: words as people write them, only lower-cased. Stems
/// ("tortur") and folded accents ("discriminacion") are what the search matches, not words to
/// show people.
pub const WORDS_ANALYSER: &str = "uprkit_words";

/// Registers the analysers: words, lower case, accents folded, stop words dropped (a search for
/// "the" would otherwise match everything), stems (so "tortures" finds "torture").
pub fn register_analysers(index: &Index) {
    for (code, language) in LANGUAGES {
        let mut builder = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .dynamic();
        if let Some(stop) = StopWordFilter::new(language) {
            builder = builder.filter_dynamic(stop);
        }
        let analyser = builder.filter_dynamic(AsciiFoldingFilter).filter_dynamic(Stemmer::new(language)).build();
        index.tokenizers().register(&analyser_name(code), analyser);
    }
    let words = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .build();
    index.tokenizers().register(WORDS_ANALYSER, words);
}

/// Tokens longer than this (in bytes) are not indexed: no language has such words, only
/// addresses and garbage.
pub const MAX_WORD_BYTES: usize = 40;
