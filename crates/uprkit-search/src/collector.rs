//! Counting facet values over every match of a search.

use std::collections::HashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// One segment's facet codes, flattened: the codes of document `d` are
/// `values[offsets[d]..offsets[d + 1]]`.
#[derive(Debug, Default)]
pub struct SegmentCodes {
    offsets: Vec<u32>,
    values: Vec<u32>,
}

impl SegmentCodes {
    /// Reads a segment's `codes` fast field into memory.
    pub fn read(segment: &SegmentReader) -> tantivy::Result<Self> {
        let column = segment.fast_fields().u64("codes")?;
        let max_doc = segment.max_doc();
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut values = Vec::with_capacity(max_doc as usize * 12);
        offsets.push(0);
        for doc in 0..max_doc {
            values.extend(column.values_for_doc(doc).map(|v| v as u32));
            offsets.push(values.len() as u32);
        }
        Ok(SegmentCodes { offsets, values })
    }
}

/// Counts, per facet code, the matching documents; and the matches.
pub struct FacetCounter {
    pub segments: Arc<HashMap<SegmentId, Arc<SegmentCodes>>>,
    pub num_codes: usize,
}

/// Counts of one segment or of all.
#[derive(Clone)]
pub struct Counts {
    pub total: u64,
    pub by_code: Vec<u32>,
}

pub struct SegmentCounter {
    codes: Arc<SegmentCodes>,
    counts: Counts,
}

impl Collector for FacetCounter {
    type Fruit = Counts;
    type Child = SegmentCounter;

    fn for_segment(&self, _ord: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentCounter> {
        let codes = match self.segments.get(&segment.segment_id()) {
            Some(c) => c.clone(),
            None => Arc::new(SegmentCodes::read(segment)?),
        };
        Ok(SegmentCounter { codes, counts: Counts { total: 0, by_code: vec![0; self.num_codes] } })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut all = Counts { total: 0, by_code: vec![0; self.num_codes] };
        for f in fruits {
            all.total += f.total;
            for (a, b) in all.by_code.iter_mut().zip(f.by_code) {
                *a += b;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentCounter {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.counts.total += 1;
        let d = doc as usize;
        let (start, end) = (self.codes.offsets[d] as usize, self.codes.offsets[d + 1] as usize);
        for code in &self.codes.values[start..end] {
            // A code added after this search began is beyond the vector; it is not counted.
            if let Some(c) = self.counts.by_code.get_mut(*code as usize) {
                *c += 1;
            }
        }
    }

    fn harvest(self) -> Counts {
        self.counts
    }
}
