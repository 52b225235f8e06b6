//! The index schema and its text analysers (English, French, Spanish).

use tantivy::Index;
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};

/// Bumped whenever the schema or analysers change: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 2;

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub text_en: Field,
    pub text_fr: Field,
    pub text_es: Field,
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
        codes: b.add_u64_field("codes", INDEXED | FAST),
        newest: b.add_u64_field("newest", FAST),
        by_sur: b.add_u64_field("by_sur", FAST),
    };
    (b.build(), fields)
}

/// Registers the analysers: words, lower case, accents folded, stop words dropped (a search for
/// "the" would otherwise match everything), stems (so "tortures" finds "torture").
pub fn register_analysers(index: &Index) {
    for (code, language) in LANGUAGES {
        let mut builder = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .dynamic();
        if let Some(stop) = StopWordFilter::new(language) {
            builder = builder.filter_dynamic(stop);
        }
        let analyser = builder.filter_dynamic(AsciiFoldingFilter).filter_dynamic(Stemmer::new(language)).build();
        index.tokenizers().register(&analyser_name(code), analyser);
    }
}
