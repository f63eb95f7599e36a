//! Numbers as people read them, in one place for every layer (the window, the command
//! line, data summaries and messages). Plain functions on plain numbers; no dependencies.

/// A value for tables of weights and activations: four decimals for ordinary sizes,
/// scientific for tiny or huge ones (`0.5000`, `1.00e-5`).
pub fn num(v: f32) -> String {
    let a = v.abs();
    if v == 0.0 {
        "0".into()
    } else if !v.is_finite() {
        format!("{v}")
    } else if !(1e-3..1e4).contains(&a) {
        format!("{v:.2e}")
    } else {
        format!("{v:.4}")
    }
}

/// A statistic that spans many orders of magnitude (`0.125`, `3.00e-7`).
pub fn sci(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else if (1e-2..1e3).contains(&v.abs()) {
        format!("{v:.3}")
    } else {
        format!("{v:.2e}")
    }
}

/// A small positive setting (learning rate, L2) without trailing zeros (`0.01`, `3.0e-4`).
pub fn compact(x: f64) -> String {
    if x == 0.0 {
        "0".into()
    } else if x.abs() >= 1e-3 && x.abs() < 1e5 {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        format!("{x:.1e}")
    }
}

/// A loss value with four decimals, small ones in scientific notation.
pub fn loss(v: f64) -> String {
    if v != 0.0 && v.abs() < 1e-3 {
        format!("{v:.2e}")
    } else {
        format!("{v:.4}")
    }
}

/// A count with thousands separators (`12,345`).
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A data value as it would appear in a CSV: whole numbers without a decimal point.
pub fn whole_or_plain(x: f32) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style() {
        assert_eq!(num(0.5), "0.5000");
        assert_eq!(num(1e-5), "1.00e-5");
        assert_eq!(num(0.0), "0");
        assert_eq!(sci(0.125), "0.125");
        assert_eq!(sci(3e-7), "3.00e-7");
        assert_eq!(compact(0.01), "0.01");
        assert_eq!(compact(3e-4), "3.0e-4");
        assert_eq!(compact(0.0), "0");
        assert_eq!(loss(1.23456), "1.2346");
        assert_eq!(loss(2e-4), "2.00e-4");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(whole_or_plain(3.0), "3");
        assert_eq!(whole_or_plain(2.5), "2.5");
    }
}
