//! Hostile files, built in memory for the tests and the benchmarks that check the readers
//! refuse them: a PDF whose form refers to itself (endless recursion in pdf-extract), and
//! decompression bombs (a DOCX and a PDF of about a megabyte that expand to a gigabyte).
//! Bombs are assembled from one compressed block repeated, so building one costs
//! milliseconds, not the gigabyte of compression it stands for.

use flate2::{Compress, Compression, FlushCompress};

const CHUNK: usize = 1024 * 1024;

/// A raw deflate stream of `chunks` MiB of spaces, and its CRC-32 and Adler-32.
struct Bomb {
    deflate: Vec<u8>,
    crc: u32,
    adler: u32,
    len: u64,
}

fn compress(c: &mut Compress, input: &[u8], flush: FlushCompress) -> Vec<u8> {
    // Deflate never grows data by more than a few bytes per 16 KiB block, so one call with
    // this much room consumes everything and completes the flush.
    let mut out = Vec::with_capacity(input.len() + input.len() / 1000 + 1024);
    let _ = c.compress_vec(input, &mut out, flush);
    out
}

fn bomb(chunks: usize) -> Bomb {
    let spaces = vec![b' '; CHUNK];
    let mut c = Compress::new(Compression::best(), false);
    let mut deflate = compress(&mut c, &spaces, FlushCompress::Full);
    // A full flush resets the compressor, so every following chunk compresses to the same bytes.
    let block = compress(&mut c, &spaces, FlushCompress::Full);
    for _ in 2..chunks {
        deflate.extend_from_slice(&block);
    }
    let mut end = Compress::new(Compression::best(), false);
    deflate.extend(compress(&mut end, &[], FlushCompress::Finish));
    let mut one = crc32fast::Hasher::new();
    one.update(&spaces);
    let mut crc = crc32fast::Hasher::new();
    for _ in 0..chunks {
        crc.combine(&one);
    }
    let len = (chunks * CHUNK) as u64;
    // Adler-32 of `len` bytes all equal to b: A = 1 + len*b, B = len + b*len*(len+1)/2 (mod 65521).
    let m = 65521u128;
    let (n, b) = (u128::from(len), u128::from(b' '));
    let a = (1 + n * b) % m;
    let s = (n + b * (n * (n + 1) / 2)) % m;
    Bomb { deflate, crc: crc.finalize(), adler: ((s as u32) << 16) | a as u32, len }
}

/// A PDF whose only page draws a form XObject that draws itself.
pub fn self_referencing_pdf() -> Vec<u8> {
    let draw = b"/X0 Do\n".to_vec();
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X0 4 0 R >> >> /Contents 5 0 R >>"
            .to_vec(),
        stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X0 4 0 R >> >>", &draw),
        stream("", &draw),
    ])
}

/// A PDF whose page content is a FlateDecode stream of `mib` MiB of spaces.
pub fn pdf_bomb(mib: usize) -> Vec<u8> {
    let b = bomb(mib.max(2));
    let mut zlib = vec![0x78, 0xDA];
    zlib.extend_from_slice(&b.deflate);
    zlib.extend_from_slice(&b.adler.to_be_bytes());
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &zlib),
    ])
}

/// A DOCX whose `word/document.xml` is `mib` MiB of spaces. With `honest`, the zip declares
/// that size; otherwise it claims the part expands to one kilobyte.
pub fn docx_bomb(mib: usize, honest: bool) -> Vec<u8> {
    let b = bomb(mib.max(2));
    let size = if honest { u32::try_from(b.len).unwrap_or(u32::MAX) } else { 1024 };
    let name = b"word/document.xml";
    let csize = u32::try_from(b.deflate.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(b.deflate.len() + 256);
    let header = |out: &mut Vec<u8>, central: bool| {
        let le16 = |out: &mut Vec<u8>, v: u16| out.extend_from_slice(&v.to_le_bytes());
        out.extend_from_slice(if central { &[0x50, 0x4B, 0x01, 0x02] } else { &[0x50, 0x4B, 0x03, 0x04] });
        if central {
            le16(out, 20);
        }
        for v in [20u16, 0, 8, 0, 0x21] {
            le16(out, v);
        }
        for v in [b.crc, csize, size] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        le16(out, name.len() as u16);
        le16(out, 0);
        if central {
            for v in [0u16, 0, 0] {
                le16(out, v);
            }
            out.extend_from_slice(&[0; 8]); // external attributes, then the local header's offset 0
        }
        out.extend_from_slice(name);
    };
    header(&mut out, false);
    out.extend_from_slice(&b.deflate);
    let central_at = out.len() as u32;
    header(&mut out, true);
    let central_len = out.len() as u32 - central_at;
    out.extend_from_slice(&[0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

fn stream(dict: &str, content: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", content.len()).into_bytes();
    s.extend_from_slice(content);
    s.extend_from_slice(b"\nendstream");
    s
}

/// A PDF of these objects (numbered from 1, the first the catalog) with a correct xref table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}
