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

/// A whole number with thousands separators, negative ones too (`-12,345`); rounds.
pub fn grouped(v: f64) -> String {
    let r = v.round();
    if !r.is_finite() || r.abs() >= 1e15 {
        return format!("{v:.2e}");
    }
    let digits = thousands(r.abs() as usize);
    if r < 0.0 {
        format!("-{digits}")
    } else {
        digits
    }
}

/// An axis tick for ticks `step` apart: as many decimals as the step needs and no more,
/// thousands separators, never "-0" (`1,100`, `0.25`, `12,000`, `1.5e-6`).
pub fn tick(value: f64, step: f64) -> String {
    if !value.is_finite() {
        return format!("{value}");
    }
    let step = step.abs();
    // A tick that is zero up to rounding noise reads "0".
    if step > 0.0 && value.abs() < step * 1e-6 {
        return "0".into();
    }
    let big = value.abs().max(step);
    if big >= 1e15 || (step > 0.0 && step < 1e-5) {
        return format!("{value:.1e}");
    }
    let decimals = if step > 0.0 && step < 1.0 {
        (-step.log10() - 1e-9).ceil().clamp(0.0, 6.0) as usize
    } else {
        0
    };
    if decimals == 0 {
        return grouped(value);
    }
    let s = format!("{:.*}", decimals, value.abs());
    let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let int = int
        .parse::<usize>()
        .map_or_else(|_| int.to_string(), thousands);
    let nonzero = s.bytes().any(|b| matches!(b, b'1'..=b'9'));
    let sign = if value < 0.0 && nonzero { "-" } else { "" };
    format!("{sign}{int}.{frac}")
}

/// A tick on a log-10 axis, given its exponent (`-2` reads `0.01`, `0.301` reads `2`):
/// up to three significant digits, scientific only for tiny or huge values.
pub fn log_tick(exponent: f64) -> String {
    let v = 10f64.powf(exponent);
    if !v.is_finite() || !(1e-4..1e15).contains(&v) {
        return format!("{v:.0e}");
    }
    if v >= 100.0 {
        return grouped(v);
    }
    // Three significant digits, trailing zeros dropped.
    let decimals = (2.0 - v.log10().floor()).clamp(0.0, 8.0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
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

    #[test]
    fn ticks_read_like_people_write_them() {
        // (value, step, expected)
        let table = [
            (1100.0, 100.0, "1,100"),
            (12000.0, 2000.0, "12,000"),
            (0.0, 500.0, "0"),
            (5.0, 1.0, "5"),
            (0.25, 0.05, "0.25"),
            (0.2, 0.2, "0.2"),
            (0.30000000000000004, 0.1, "0.3"),
            (-0.5, 0.5, "-0.5"),
            (-2.0e-17, 0.1, "0"),
            (1234.5, 0.5, "1,234.5"),
            (-12345.0, 5000.0, "-12,345"),
            (1.5e-6, 5e-7, "1.5e-6"),
            (1e16, 1e15, "1.0e16"),
        ];
        for (v, step, want) in table {
            assert_eq!(tick(v, step), want, "tick({v}, {step})");
        }
        assert!(!tick(1100.0, 100.0).contains('.'), "no 1100.000");
    }

    #[test]
    fn log_ticks_and_grouped_counts() {
        let table = [
            (0.0, "1"),
            (1.0, "10"),
            (3.0, "1,000"),
            (-1.0, "0.1"),
            (-2.0, "0.01"),
            (2f64.log10(), "2"),
            (5f64.log10() - 2.0, "0.05"),
            (-6.0, "1e-6"),
        ];
        for (e, want) in table {
            assert_eq!(log_tick(e), want, "log_tick({e})");
        }
        assert_eq!(grouped(1234567.4), "1,234,567");
        assert_eq!(grouped(-1000.0), "-1,000");
        assert_eq!(grouped(0.4), "0");
    }
}
