//! A readable word-level comparison of two versions of a section's text, for the versions page.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// A stretch of text in the comparison of two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Change {
    /// In both versions.
    Same(String),
    /// Only in the new version.
    Added(String),
    /// Only in the old version.
    Removed(String),
}

impl Change {
    fn text(&self) -> &str {
        match self {
            Change::Same(text) | Change::Added(text) | Change::Removed(text) => text,
        }
    }
}

/// Compares two versions word by word. Consecutive words of one kind are one change; a space
/// between two changes joins them (what was removed reads as one phrase, then what was added),
/// while line breaks stay unchanged text so that paragraphs stay apart. The `Same` and `Removed`
/// texts in order give back `old`, the `Same` and `Added` texts give back `new`.
pub fn diff(old: &str, new: &str) -> Vec<Change> {
    let compared = TextDiff::configure().diff_words(old, new);
    let mut runs: Vec<Change> = Vec::new();
    for change in compared.iter_all_changes() {
        let text = change.value();
        let piece = match change.tag() {
            ChangeTag::Equal => Change::Same(text.to_string()),
            ChangeTag::Insert => Change::Added(text.to_string()),
            ChangeTag::Delete => Change::Removed(text.to_string()),
        };
        push(&mut runs, piece);
    }
    join_across_spaces(runs)
}

/// Appends a piece, merging it with the last one when of the same kind.
fn push(runs: &mut Vec<Change>, piece: Change) {
    match (runs.last_mut(), piece) {
        (Some(Change::Same(last)), Change::Same(text))
        | (Some(Change::Added(last)), Change::Added(text))
        | (Some(Change::Removed(last)), Change::Removed(text)) => last.push_str(&text),
        (_, piece) => runs.push(piece),
    }
}

/// Makes each stretch of changes separated only by spaces one removal then one addition.
fn join_across_spaces(runs: Vec<Change>) -> Vec<Change> {
    let mut out = Vec::new();
    let mut removed = String::new();
    let mut added = String::new();
    let flush = |out: &mut Vec<Change>, removed: &mut String, added: &mut String| {
        if !removed.is_empty() {
            push(out, Change::Removed(std::mem::take(removed)));
        }
        if !added.is_empty() {
            push(out, Change::Added(std::mem::take(added)));
        }
    };
    for (i, run) in runs.iter().enumerate() {
        match run {
            Change::Removed(text) => removed.push_str(text),
            Change::Added(text) => added.push_str(text),
            Change::Same(text) => {
                let between_changes = i > 0
                    && !matches!(runs.get(i + 1), None | Some(Change::Same(_)))
                    && !matches!(runs[i - 1], Change::Same(_));
                let only_spaces = text.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r');
                if between_changes && only_spaces {
                    removed.push_str(text);
                    added.push_str(text);
                } else {
                    flush(&mut out, &mut removed, &mut added);
                    push(&mut out, run.clone());
                }
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out.retain(|change| !change.text().is_empty());
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn rebuild(changes: &[Change]) -> (String, String) {
        let mut old = String::new();
        let mut new = String::new();
        for change in changes {
            match change {
                Change::Same(text) => {
                    old.push_str(text);
                    new.push_str(text);
                }
                Change::Removed(text) => old.push_str(text),
                Change::Added(text) => new.push_str(text),
            }
        }
        (old, new)
    }

    #[test]
    fn words_are_grouped_and_spaces_join_changes() {
        let changes = diff(
            "The State has not ratified the Convention.\n\nSecond paragraph stays.",
            "The State has still not ratified the Optional Protocol.\n\nSecond paragraph stays.",
        );
        assert_eq!(
            changes,
            vec![
                Change::Same("The State has ".into()),
                Change::Added("still ".into()),
                Change::Same("not ratified the ".into()),
                Change::Removed("Convention.".into()),
                Change::Added("Optional Protocol.".into()),
                Change::Same("\n\nSecond paragraph stays.".into()),
            ]
        );
    }

    #[test]
    fn serialised_with_kind_and_text() {
        let json = serde_json::to_string(&diff("a b", "a c")).expect("json");
        assert_eq!(json, r#"[{"kind":"same","text":"a "},{"kind":"removed","text":"b"},{"kind":"added","text":"c"}]"#);
    }

    #[test]
    fn identical_and_empty_texts() {
        assert_eq!(diff("same text", "same text"), vec![Change::Same("same text".into())]);
        assert_eq!(diff("", "new"), vec![Change::Added("new".into())]);
        assert_eq!(diff("", ""), vec![]);
    }

    proptest! {
        #[test]
        fn both_versions_can_be_read_back(old in "[ab \n.]{0,40}", new in "[ab \n.]{0,40}") {
            let changes = diff(&old, &new);
            prop_assert_eq!(rebuild(&changes), (old, new));
            for pair in changes.windows(2) {
                prop_assert!(std::mem::discriminant(&pair[0]) != std::mem::discriminant(&pair[1]));
            }
        }
    }
}
