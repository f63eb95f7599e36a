//! Plotted series fitted to the plot's width: a line never needs more than a lowest and a
//! highest point per pixel column, so however long the run, a plot tessellates at most
//! about two points per pixel and spikes stay visible.

/// `points` (sorted by x) reduced to at most two per column of `columns` equal-width
/// columns over their x range: each column's lowest and highest point, in x order. Series
/// that already fit are returned as they are.
pub fn to_width(points: Vec<[f64; 2]>, columns: usize) -> Vec<[f64; 2]> {
    let columns = columns.max(1);
    if points.len() <= 2 * columns {
        return points;
    }
    let (x0, x1) = match (points.first(), points.last()) {
        (Some(a), Some(b)) if b[0] > a[0] => (a[0], b[0]),
        _ => return points,
    };
    let scale = columns as f64 / (x1 - x0);
    let mut out = Vec::with_capacity(2 * columns + 2);
    let mut i = 0;
    while i < points.len() {
        let col = (((points[i][0] - x0) * scale) as usize).min(columns - 1);
        let (mut lo, mut hi) = (i, i);
        let mut j = i + 1;
        while j < points.len() && (((points[j][0] - x0) * scale) as usize).min(columns - 1) == col {
            if points[j][1] < points[lo][1] {
                lo = j;
            }
            if points[j][1] > points[hi][1] {
                hi = j;
            }
            j += 1;
        }
        let (a, b) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        out.push(points[a]);
        if b != a {
            out.push(points[b]);
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_series_fit_the_width_and_keep_their_extremes() {
        let pts: Vec<[f64; 2]> = (0..100_000)
            .map(|i| [i as f64, if i == 4321 { 50.0 } else { (i as f64).sin() }])
            .collect();
        let out = to_width(pts, 800);
        assert!(out.len() <= 1600, "{}", out.len());
        assert!(out.iter().any(|p| p[1] == 50.0), "the spike survives");
        assert!(out.windows(2).all(|w| w[0][0] <= w[1][0]), "in x order");
    }

    #[test]
    fn short_series_are_left_alone() {
        let pts = vec![[0.0, 1.0], [1.0, 2.0], [2.0, 0.5]];
        assert_eq!(to_width(pts.clone(), 800), pts);
        assert_eq!(to_width(Vec::new(), 10), Vec::<[f64; 2]>::new());
    }
}
