//! Running the query set against one system and timing it: one warm-up pass whose answers are
//! kept for the correctness checks, then timed passes over the whole set (round robin, so no
//! query is timed only right after itself).

use super::queries::BenchQuery;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Facet counts: facet, value, matches.
pub type FacetCounts = BTreeMap<String, BTreeMap<String, u64>>;

/// What a system answered to one search.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// Every match.
    pub total: u64,
    /// Ids of the first page.
    pub hits: Vec<i64>,
    /// Facet counts over every match (empty values left out).
    pub facets: FacetCounts,
}

/// A system under test: the engine, the API or a baseline.
pub(super) trait Contender {
    /// Answers one search of the set: total, first page, facet counts.
    async fn answer(&mut self, query: &BenchQuery, index: usize) -> anyhow::Result<Answer>;

    /// Runs one search for timing; by default the same as [`Contender::answer`].
    async fn timed(&mut self, query: &BenchQuery, index: usize) -> anyhow::Result<()> {
        self.answer(query, index).await.map(|_| ())
    }
}

/// How many timed passes to make.
#[derive(Debug, Clone, Copy)]
pub struct Passes {
    /// At most this many.
    pub max: u32,
    /// At least this many, whatever the time.
    pub min: u32,
    /// Fewer than `max` when the warm-up pass says `max` would take longer than this.
    pub budget: Duration,
}

impl Passes {
    fn count(self, warm_up: Duration) -> u32 {
        let fit = (self.budget.as_secs_f64() / warm_up.as_secs_f64().max(1e-9)).floor();
        (fit.min(f64::from(self.max)) as u32).clamp(self.min.min(self.max), self.max)
    }
}

/// The timings of one system over the set.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    /// Latencies in milliseconds, per query, one per timed pass.
    pub per_query: Vec<Vec<f64>>,
    /// Answers of the warm-up pass, per query.
    pub answers: Vec<Answer>,
    /// Timed passes made; 0 when only the warm-up pass was timed (too slow for more).
    pub passes: u32,
    /// Wall time of the timed passes.
    pub wall: Duration,
}

impl Measured {
    /// Every latency, sorted.
    fn sorted(&self) -> Vec<f64> {
        let mut all: Vec<f64> = self.per_query.iter().flatten().copied().collect();
        all.sort_by(f64::total_cmp);
        all
    }

    /// The `p`-th percentile (nearest rank) over every timed search, in milliseconds.
    pub fn percentile(&self, p: f64) -> f64 {
        percentile(&self.sorted(), p)
    }

    /// Median latency of one query.
    pub fn query_median(&self, query: usize) -> f64 {
        let mut v = self.per_query[query].clone();
        v.sort_by(f64::total_cmp);
        percentile(&v, 50.0)
    }

    /// Searches per second, one client after the other.
    pub fn qps(&self) -> f64 {
        let n: usize = self.per_query.iter().map(Vec::len).sum();
        n as f64 / self.wall.as_secs_f64().max(1e-9)
    }
}

/// Nearest-rank percentile of sorted values; 0 for none.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Runs the set once to warm up (keeping the answers), then `passes` timed times.
pub(super) async fn measure(
    label: &str,
    contender: &mut impl Contender,
    queries: &[BenchQuery],
    passes: Passes,
) -> anyhow::Result<Measured> {
    let started = Instant::now();
    let mut answers = Vec::with_capacity(queries.len());
    let mut warm_up = Vec::with_capacity(queries.len());
    for (i, q) in queries.iter().enumerate() {
        let t = Instant::now();
        answers.push(contender.answer(q, i).await.map_err(|e| e.context(format!("{label}: {}", q.line)))?);
        warm_up.push(vec![t.elapsed().as_secs_f64() * 1000.0]);
    }
    let warm_up_wall = started.elapsed();
    let passes = passes.count(warm_up_wall);
    eprintln!("{label}: warm-up pass {:.1} s; {passes} timed passes", warm_up_wall.as_secs_f64());
    if passes == 0 {
        // Too slow for more: the warm-up pass is all there is, and the report says so.
        return Ok(Measured { per_query: warm_up, answers, passes, wall: warm_up_wall });
    }
    let mut per_query = vec![Vec::with_capacity(passes as usize); queries.len()];
    let started = Instant::now();
    for _ in 0..passes {
        for (i, q) in queries.iter().enumerate() {
            let t = Instant::now();
            contender.timed(q, i).await.map_err(|e| e.context(format!("{label}: {}", q.line)))?;
            per_query[i].push(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    Ok(Measured { per_query, answers, passes, wall: started.elapsed() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 50.0);
        assert_eq!(percentile(&v, 99.0), 99.0);
        assert_eq!(percentile(&[3.0], 99.0), 3.0);
        assert_eq!(percentile(&[], 50.0), 0.0);
    }

    #[test]
    fn passes_fit_the_budget() {
        let p = Passes { max: 20, min: 3, budget: Duration::from_secs(10) };
        assert_eq!(p.count(Duration::from_millis(100)), 20);
        assert_eq!(p.count(Duration::from_secs(2)), 5);
        assert_eq!(p.count(Duration::from_secs(60)), 3);
        let slow = Passes { max: 20, min: 0, budget: Duration::from_secs(10) };
        assert_eq!(slow.count(Duration::from_secs(60)), 0);
    }
}
