//! The mutator: deterministic given a seed, byte-level, with the edits that break parsers:
//! bit flips, inserted, deleted and duplicated bytes, chunks spliced in from another seed
//! file, truncation, and "interesting" values (NUL, 0xFF, quotes, separators, huge numbers,
//! deep brackets).

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }
}

/// Byte strings that tend to reach the edge cases of text formats and query languages.
const INTERESTING: &[&[u8]] = &[
    b"\0",
    b"\xff",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\"",
    b"'",
    b",",
    b";",
    b"|",
    b"\t",
    b"\r",
    b"\n",
    b"\r\n",
    b"\"\"",
    b"99999999999999999999999",
    b"-1",
    b"4294967296",
    b"18446744073709551616",
    b"1e308",
    b"NaN",
    b"((((((((((((((((((((((((((((((((((((((((",
    b"))))))))))))))))))))",
    b"[[[[[[[[{{{{{{{{",
    b"NOT NOT NOT NOT NOT ",
    b" AND ",
    b" OR ",
    b"*",
    b"~",
    b"^",
    b":",
    b"\\",
    b"%",
    b"&page=4294967295",
    b"&per_page=500",
    b"\xc3\xa9",
    b"\xe2\x80\xae",
];

/// Applies one to four random edits to a copy of `input`; `others` gives splice material.
pub fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        edit(rng, &mut out, others);
    }
    out
}

fn edit(rng: &mut Rng, out: &mut Vec<u8>, others: &[Vec<u8>]) {
    let len = out.len();
    match rng.below(8) {
        0 if len > 0 => {
            let i = rng.below(len);
            out[i] ^= 1 << rng.below(8);
        }
        1 => {
            let byte = (rng.next_u64() & 0xff) as u8;
            out.insert(rng.below(len + 1), byte);
        }
        2 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(16)).min(len);
            out.drain(start..end);
        }
        3 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(256)).min(len);
            let chunk = out[start..end].to_vec();
            let at = rng.below(len + 1);
            out.splice(at..at, chunk);
        }
        4 if !others.is_empty() => {
            let other = &others[rng.below(others.len())];
            if other.is_empty() {
                return;
            }
            let start = rng.below(other.len());
            let end = (start + 1 + rng.below(1024)).min(other.len());
            let at = rng.below(len + 1);
            // Either insert the chunk or replace our tail with it.
            if rng.below(2) == 0 {
                out.splice(at..at, other[start..end].iter().copied());
            } else {
                out.truncate(at);
                out.extend_from_slice(&other[start..end]);
            }
        }
        5 if len > 0 => out.truncate(rng.below(len)),
        6 => {
            let value = INTERESTING[rng.below(INTERESTING.len())];
            let at = rng.below(len + 1);
            out.splice(at..at, value.iter().copied());
        }
        _ if len > 0 => {
            // Overwrite a byte with an interesting single byte.
            let i = rng.below(len);
            out[i] = [0u8, 0xff, b'"', b',', b';', b'\n', b'(', b')'][rng.below(8)];
        }
        _ => out.push((rng.next_u64() & 0xff) as u8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_mutations() {
        let seeds = vec![b"sur,session,text\nTUV,3,\"Ratify\"\n".to_vec(), b"q=torture".to_vec()];
        let run = |seed| {
            let mut rng = Rng::new(seed);
            (0..100).map(|i| mutate(&mut rng, &seeds[i % 2], &seeds)).collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        assert!(run(7).iter().any(|m| m != &seeds[0] && m != &seeds[1]));
    }
}
