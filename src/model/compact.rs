//! A compact, lossless serde form for long `f32` vectors (weights, optimizer moments).
//!
//! Short vectors (up to [`LIST_MAX`] values) are written as a plain list of numbers so a
//! bias or a small layer stays readable in the session file. Longer ones are written as a
//! string: `"f32le:"` followed by the base64 of their little-endian bytes, which is exact to
//! the bit (NaN payloads included), about 5.3 characters per value, and fast to read.
//! Reading accepts both forms, whatever the length, so a hand-edited list also loads.
//!
//! Use it with `#[serde(with = "crate::model::compact")]` on a `Vec<f32>` field.

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

/// Vectors up to this length are written as a list of numbers.
pub const LIST_MAX: usize = 64;

/// Marks the packed form.
const PREFIX: &str = "f32le:";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Why packed text could not be read back; each says what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnpackError {
    /// The text does not start with the packed-form prefix.
    #[error("expected a list of numbers or packed values starting with `f32le:`")]
    MissingPrefix,
    /// A character outside the base64 alphabet.
    #[error("`{}` is not allowed in packed values (character {at})", .found.escape_default())]
    BadCharacter {
        /// The offending character.
        found: char,
        /// Its position in the whole text (prefix included).
        at: usize,
    },
    /// The base64 body is not a whole number of 4-character groups.
    #[error("the packed values are cut short ({len} characters after `f32le:`, a multiple of 4 expected)")]
    CutShort {
        /// Characters after the prefix.
        len: usize,
    },
    /// Padding in the wrong place.
    #[error("misplaced `=` in the packed values near character {at}")]
    MisplacedPadding {
        /// Position of the 4-character group (prefix included).
        at: usize,
    },
    /// The decoded bytes do not make whole `f32`s.
    #[error("the packed values hold {bytes} bytes, not a whole number of 4-byte floats")]
    PartialFloat {
        /// Decoded byte count.
        bytes: usize,
    },
}

/// Serializes `v` as a list (short) or a packed string (long).
pub fn serialize<S: Serializer>(v: &[f32], s: S) -> Result<S::Ok, S::Error> {
    if v.len() <= LIST_MAX {
        s.collect_seq(v)
    } else {
        s.serialize_str(&pack(v))
    }
}

/// Deserializes either form.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f32>, D::Error> {
    d.deserialize_any(F32sVisitor)
}

/// The packed text of `v`: `f32le:` + base64 of the little-endian bytes.
pub fn pack(v: &[f32]) -> String {
    let mut bytes = Vec::with_capacity(v.len() * 4);
    for x in v {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let mut out = String::with_capacity(PREFIX.len() + bytes.len().div_ceil(3) * 4);
    out.push_str(PREFIX);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextet = |shift: u32| char::from(ALPHABET[((n >> shift) & 63) as usize]);
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if chunk.len() > 1 { sextet(6) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(0) } else { '=' });
    }
    out
}

fn sextet_of(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Reads text written by [`pack`]; the error says what is wrong and where.
pub fn unpack(text: &str) -> Result<Vec<f32>, UnpackError> {
    let body = text
        .strip_prefix(PREFIX)
        .ok_or(UnpackError::MissingPrefix)?;
    let raw = body.as_bytes();
    if let Some(i) = raw
        .iter()
        .position(|&c| c != b'=' && sextet_of(c).is_none())
    {
        return Err(UnpackError::BadCharacter {
            found: char::from(raw[i]),
            at: i + PREFIX.len(),
        });
    }
    if !raw.len().is_multiple_of(4) {
        return Err(UnpackError::CutShort { len: raw.len() });
    }
    let mut bytes = Vec::with_capacity(raw.len() / 4 * 3);
    let quads = raw.len() / 4;
    for (q, quad) in raw.chunks(4).enumerate() {
        let last = q + 1 == quads;
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return Err(UnpackError::MisplacedPadding {
                at: q * 4 + PREFIX.len(),
            });
        }
        let mut n = 0u32;
        for (i, &c) in quad[..4 - pad].iter().enumerate() {
            let v = sextet_of(c).ok_or(UnpackError::BadCharacter {
                found: char::from(c),
                at: q * 4 + i + PREFIX.len(),
            })?;
            n |= v << (18 - 6 * i as u32);
        }
        let three = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        bytes.extend_from_slice(&three[..3 - pad]);
    }
    if !bytes.len().is_multiple_of(4) {
        return Err(UnpackError::PartialFloat { bytes: bytes.len() });
    }
    Ok(bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

struct F32sVisitor;

impl<'de> Visitor<'de> for F32sVisitor {
    type Value = Vec<f32>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a list of numbers or a string of packed values starting with `{PREFIX}`"
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        unpack(v).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        while let Some(x) = seq.next_element::<f32>()? {
            out.push(x);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_every_length_and_bit_pattern() {
        for n in 0..9 {
            let v: Vec<f32> = (0..n)
                .map(|i| f32::from_bits(0x9E37_79B9u32.wrapping_mul(i + 1)))
                .collect();
            let back = unpack(&pack(&v)).unwrap_or_default();
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&back), bits(&v), "length {n}");
        }
    }

    #[test]
    fn rejects_damaged_text() {
        assert!(unpack("f32le:AAA").is_err());
        assert!(unpack("f32le:AA=A").is_err());
        assert!(unpack("f32le:AAAA").is_err()); // 3 bytes
        assert!(unpack("f32le:AA*AAAAA").is_err());
        assert!(unpack("hello").is_err());
        assert_eq!(unpack("f32le:AACAPw=="), Ok(vec![1.0]));
    }

    #[test]
    fn errors_read_as_before() {
        let text = |s: &str| unpack(s).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            text("hello"),
            "expected a list of numbers or packed values starting with `f32le:`"
        );
        assert_eq!(
            text("f32le:AA*AAAAA"),
            "`*` is not allowed in packed values (character 8)"
        );
        assert_eq!(
            text("f32le:AA\nA"),
            "`\\n` is not allowed in packed values (character 8)"
        );
        assert_eq!(
            text("f32le:AAA"),
            "the packed values are cut short (3 characters after `f32le:`, a multiple of 4 expected)"
        );
        assert_eq!(
            text("f32le:AA==AAAA"),
            "misplaced `=` in the packed values near character 6"
        );
        assert_eq!(
            text("f32le:AAAA"),
            "the packed values hold 3 bytes, not a whole number of 4-byte floats"
        );
    }
}
