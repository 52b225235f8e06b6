//! The model's binary format. Little-endian; lengths as LEB128 varints; every count is checked
//! against the bytes left before anything is allocated, so corrupt or hostile bytes give an
//! error, never a panic or a huge allocation.
//!
//! Layout: magic `UPRKCLS\0`, format version (u32), the recipe, the vocabulary (terms and
//! their idf), then the three heads (action, issues, SDGs), each a presence byte and, when
//! present: examples, labels, bias, threshold and confidence scale `(a, b)` per label, and per feature its non-zero
//! (label, weight) pairs.

use crate::ClassifyError;
use crate::classifier::{Classifier, MAX_LABELS, Recipe};
use crate::features::{Vectorizer, Weighting};
use crate::heads::Head;
use crate::text::Analyzer;

const MAGIC: &[u8; 8] = b"UPRKCLS\0";
/// Bumped whenever the layout or the meaning of a field changes.
pub const FORMAT_VERSION: u32 = 2;

/// Writes a model.
pub(crate) fn encode(model: &Classifier) -> Vec<u8> {
    let mut out = Writer(Vec::new());
    out.0.extend_from_slice(MAGIC);
    out.0.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    let r = &model.recipe;
    out.flag(r.analyzer.fold_accents);
    out.0.push(r.analyzer.min_word_len);
    out.flag(r.analyzer.leading_phrase);
    out.flag(r.analyzer.stems);
    out.0.push(r.analyzer.char_ngrams);
    out.flag(r.analyzer.shape);
    out.0.push(r.analyzer.word_ngrams);
    out.flag(r.weighting.sublinear_tf);
    out.varint(u64::from(r.weighting.min_df));
    out.f32(r.weighting.leading_weight);
    out.f32(r.weighting.char_weight);
    out.0.extend_from_slice(&r.c.to_le_bytes());
    out.0.extend_from_slice(&r.eps.to_le_bytes());
    out.flag(r.at_least_one_issue);
    out.f32(r.prune);
    out.f32(r.threshold);
    out.flag(r.leading_for_action_only);
    out.0.extend_from_slice(&r.action_c.to_le_bytes());
    out.0.extend_from_slice(&r.positive_weight.to_le_bytes());
    out.0.push(r.cv_folds);
    out.flag(r.chars_for_sdgs_only);
    out.varint(model.vectorizer.terms.len() as u64);
    for (term, idf) in model.vectorizer.terms.iter().zip(&model.vectorizer.idf) {
        out.str(term);
        out.f32(*idf);
    }
    for head in [&model.action, &model.issues, &model.sdgs] {
        out.flag(head.is_some());
        let Some(head) = head else { continue };
        out.varint(u64::from(head.examples));
        out.varint(head.labels.len() as u64);
        for (((label, bias), threshold), scale) in
            head.labels.iter().zip(&head.bias).zip(&head.thresholds).zip(&head.scale)
        {
            out.str(label);
            out.f32(*bias);
            out.f32(*threshold);
            out.f32(scale.0);
            out.f32(scale.1);
        }
        for run in head.starts.windows(2) {
            let entries = &head.entries[run[0] as usize..run[1] as usize];
            out.varint(entries.len() as u64);
            for &(label, weight) in entries {
                out.varint(u64::from(label));
                out.f32(weight);
            }
        }
    }
    out.0
}

/// Reads a model, checking everything.
pub(crate) fn decode(bytes: &[u8]) -> Result<Classifier, ClassifyError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(bad("wrong magic bytes"));
    }
    let version = u32::from_le_bytes(r.array()?);
    if version != FORMAT_VERSION {
        return Err(bad(&format!("format version {version}, this program reads {FORMAT_VERSION}")));
    }
    let analyzer = Analyzer {
        fold_accents: r.flag()?,
        min_word_len: r.byte()?,
        leading_phrase: r.flag()?,
        stems: r.flag()?,
        char_ngrams: r.byte()?,
        shape: r.flag()?,
        word_ngrams: r.byte()?,
    };
    let weighting = Weighting {
        sublinear_tf: r.flag()?,
        min_df: r.count(u32::MAX as usize)? as u32,
        leading_weight: r.f32()?,
        char_weight: r.f32()?,
    };
    let c = f64::from_le_bytes(r.array()?);
    let eps = f64::from_le_bytes(r.array()?);
    let recipe = Recipe {
        analyzer,
        weighting,
        c,
        eps,
        at_least_one_issue: r.flag()?,
        prune: r.f32()?,
        threshold: r.f32()?,
        leading_for_action_only: r.flag()?,
        action_c: f64::from_le_bytes(r.array()?),
        positive_weight: f64::from_le_bytes(r.array()?),
        cv_folds: r.byte()?,
        chars_for_sdgs_only: r.flag()?,
    };
    // Each term takes at least 5 bytes (length and idf).
    let n_terms = r.count(r.left() / 5)?;
    let mut terms = Vec::with_capacity(n_terms);
    let mut idf = Vec::with_capacity(n_terms);
    for _ in 0..n_terms {
        let term = r.str()?;
        if terms.last().is_some_and(|last: &String| *last >= term) {
            return Err(bad("terms out of order"));
        }
        terms.push(term);
        idf.push(r.f32()?);
    }
    let vectorizer = Vectorizer::new(analyzer, weighting, terms, idf);
    let action = head(&mut r, n_terms, Some(5))?;
    let issues = head(&mut r, n_terms, None)?;
    let sdgs = head(&mut r, n_terms, Some(17))?;
    if r.left() != 0 {
        return Err(bad("trailing bytes"));
    }
    Ok(Classifier { recipe, vectorizer, action, issues, sdgs })
}

/// One head; `numbers_up_to` for heads whose labels are numbers 1..=n.
fn head(r: &mut Reader, n_features: usize, numbers_up_to: Option<u8>) -> Result<Option<Head>, ClassifyError> {
    if !r.flag()? {
        return Ok(None);
    }
    let examples = r.count(u32::MAX as usize)? as u32;
    let n_labels = r.count(MAX_LABELS.min(r.left() / 17))?;
    let (mut labels, mut bias, mut thresholds, mut scale) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n_labels {
        let label = r.str()?;
        if let Some(max) = numbers_up_to
            && !label.parse::<u8>().is_ok_and(|n| (1..=max).contains(&n))
        {
            return Err(bad(&format!("label {label:?} is not a number from 1 to {max}")));
        }
        if labels.contains(&label) {
            return Err(bad("a label twice"));
        }
        labels.push(label);
        bias.push(r.f32()?);
        thresholds.push(r.f32()?);
        scale.push((r.f32()?, r.f32()?));
    }
    if n_labels == 0 {
        return Err(bad("a head without labels"));
    }
    // Each feature takes at least one byte (its count).
    if n_features > r.left() {
        return Err(bad("truncated"));
    }
    let mut starts = Vec::with_capacity(n_features + 1);
    let mut entries = Vec::new();
    starts.push(0u32);
    for _ in 0..n_features {
        let n = r.count(n_labels.min(r.left() / 5))?;
        for _ in 0..n {
            let label = r.count(n_labels - 1)? as u16;
            entries.push((label, r.f32()?));
        }
        starts.push(entries.len() as u32);
    }
    Ok(Some(Head { labels, examples, starts, entries, bias, thresholds, scale }))
}

fn bad(reason: &str) -> ClassifyError {
    ClassifyError::Format(reason.to_string())
}

struct Writer(Vec<u8>);

impl Writer {
    fn flag(&mut self, value: bool) {
        self.0.push(u8::from(value));
    }

    fn f32(&mut self, value: f32) {
        self.0.extend_from_slice(&value.to_le_bytes());
    }

    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.0.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.0.push(value as u8);
    }

    fn str(&mut self, value: &str) {
        self.varint(value.len() as u64);
        self.0.extend_from_slice(value.as_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn take(&mut self, n: usize) -> Result<&[u8], ClassifyError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| bad("truncated"))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ClassifyError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8, ClassifyError> {
        Ok(self.array::<1>()?[0])
    }

    fn flag(&mut self) -> Result<bool, ClassifyError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(bad(&format!("flag byte {other}"))),
        }
    }

    fn f32(&mut self) -> Result<f32, ClassifyError> {
        let value = f32::from_le_bytes(self.array()?);
        if value.is_finite() { Ok(value) } else { Err(bad("a weight that is not a finite number")) }
    }

    fn varint(&mut self) -> Result<u64, ClassifyError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(bad("a number too long"))
    }

    /// A varint that must not exceed `max`.
    fn count(&mut self, max: usize) -> Result<usize, ClassifyError> {
        let value = self.varint()?;
        usize::try_from(value).ok().filter(|&v| v <= max).ok_or_else(|| bad(&format!("count {value} out of range")))
    }

    fn str(&mut self) -> Result<String, ClassifyError> {
        let n = self.count(self.left())?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| bad("text that is not UTF-8"))
    }
}
