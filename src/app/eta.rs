//! The time-left estimate: the run's recent speed (steps per second over the last few
//! seconds, so a change of pace shows quickly) applied to the steps still to go, counting
//! down between progress reports. Paused time never counts. Pure: times are seconds on any
//! clock, so the tests feed it deterministic streams.

use std::collections::VecDeque;

/// Seconds of recent progress the speed is measured over.
const WINDOW_SECS: f64 = 8.0;
/// Share of the run that must be done (since the estimate started) before it is shown.
const MIN_DONE: f64 = 0.1;

/// Observations of (time, steps done) since the run started or resumed.
#[derive(Debug, Clone, Default)]
pub struct Eta {
    samples: VecDeque<(f64, f64)>,
    /// Steps done when the estimate started.
    first_done: Option<f64>,
}

impl Eta {
    /// Forgets the speed (a pause or a new start); the share done so far still counts.
    pub fn restart_clock(&mut self) {
        self.samples.clear();
    }

    /// Forgets everything (a new run).
    pub fn reset(&mut self) {
        *self = Eta::default();
    }

    /// `done` steps were complete at time `now` (seconds).
    pub fn observe(&mut self, now: f64, done: f64) {
        self.first_done.get_or_insert(done);
        if let Some(&(t, d)) = self.samples.back() {
            if now < t || done < d {
                self.samples.clear(); // a restart after a rollback: measure anew
            }
        }
        self.samples.push_back((now, done));
        while self.samples.len() > 2 && self.samples[1].0 <= now - WINDOW_SECS {
            self.samples.pop_front();
        }
    }

    /// Seconds left at time `now` to reach `total` steps; `None` until a tenth of the run
    /// is done or while the speed is unknown.
    pub fn seconds_left(&self, now: f64, total: f64) -> Option<f64> {
        let first = self.first_done?;
        let (&(t0, d0), &(t1, d1)) = (self.samples.front()?, self.samples.back()?);
        let run = total - first;
        if run <= 0.0 || d1 - first < MIN_DONE * run || t1 <= t0 || d1 <= d0 {
            return None;
        }
        let rate = (d1 - d0) / (t1 - t0);
        Some(((total - d1) / rate - (now - t1)).max(0.0))
    }
}

/// "about 12 s left", "about 3 min left" (rounded so the text does not flicker).
pub fn about(seconds: f64) -> String {
    let s = seconds.max(0.0);
    if s < 10.0 {
        crate::tr!("app-eta-seconds", seconds = s.ceil().max(1.0).to_string())
    } else if s < 60.0 {
        crate::tr!(
            "app-eta-seconds",
            seconds = ((s / 5.0).round() * 5.0).to_string()
        )
    } else if s < 3600.0 {
        crate::tr!(
            "app-eta-minutes",
            minutes = (s / 60.0).round().max(1.0).to_string()
        )
    } else {
        crate::tr!("app-eta-hours", hours = format!("{:.1}", s / 3600.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `(time, done)` events; after a tenth of the run, every estimate (also between
    /// events) must be within 20% of the truth, which `truth(now)` gives.
    fn check(events: &[(f64, f64)], total: f64, truth: impl Fn(f64) -> f64) -> usize {
        let mut eta = Eta::default();
        let mut checked = 0;
        for (i, &(t, d)) in events.iter().enumerate() {
            eta.observe(t, d);
            let next = events.get(i + 1).map_or(t, |e| e.0);
            for now in [t, (t + next) / 2.0] {
                let right = truth(now);
                match eta.seconds_left(now, total) {
                    Some(est) => {
                        assert!(d >= 0.1 * total, "shown before 10% at {now}");
                        assert!(
                            (est - right).abs() <= 0.2 * right + 0.05,
                            "at {now:.2} s: estimate {est:.2} s, truth {right:.2} s"
                        );
                        checked += 1;
                    }
                    None => assert!(d < 0.2 * total || right < 0.5, "no estimate at {now}"),
                }
            }
        }
        checked
    }

    #[test]
    fn full_speed_with_jittery_reports() {
        // 10,000 steps at 2,000 steps/s, reported every ~16 ms with jitter.
        let total = 10_000.0;
        let mut events = Vec::new();
        let mut t = 0.0;
        let mut k = 0u64;
        while t < 5.0 {
            let jitter = ((k * 7919) % 13) as f64 / 1000.0;
            t += 0.010 + jitter;
            events.push((t, (t * 2000.0).min(total).floor()));
            k += 1;
        }
        let n = check(&events, total, |now| (5.0 - now).max(0.0));
        assert!(n > 100);
    }

    #[test]
    fn slow_paces_report_once_a_batch() {
        // 1 epoch per second, 4 batches per epoch, 30 epochs: one report per batch.
        let total = 120.0;
        let events: Vec<(f64, f64)> = (1..=120).map(|b| (b as f64 * 0.25, b as f64)).collect();
        let n = check(&events, total, |now| (30.0 - now).max(0.0));
        assert!(n > 150);
        // Slow motion: 2 batches per second, 40 batches.
        let events: Vec<(f64, f64)> = (1..=40).map(|b| (b as f64 * 0.5, b as f64)).collect();
        assert!(check(&events, 40.0, |now| (20.0 - now).max(0.0)) > 50);
    }

    #[test]
    fn a_change_of_pace_is_followed() {
        // 2 s at full speed (1000 steps/s), then 1 step per 10 ms for the rest.
        let total = 4000.0;
        let mut eta = Eta::default();
        let mut t = 0.0;
        let mut d = 0.0;
        while d < 2000.0 {
            t += 0.016;
            d = (d + 16.0f64).min(2000.0);
            eta.observe(t, d);
        }
        while d < 3000.0 {
            t += 0.1;
            d += 10.0;
            eta.observe(t, d);
        }
        // Remaining 1,000 steps at 100 steps/s: 10 s.
        let est = eta.seconds_left(t, total).unwrap_or(f64::NAN);
        assert!((est - 10.0).abs() <= 2.0, "{est}");
    }

    #[test]
    fn counts_down_between_reports_and_pauses_do_not_count() {
        let mut eta = Eta::default();
        for i in 1..=50 {
            eta.observe(i as f64 * 0.1, i as f64 * 10.0);
        }
        // 500 of 1000 steps at 100 steps/s: 5 s left, 4 s a second later.
        assert!((eta.seconds_left(5.0, 1000.0).unwrap_or(0.0) - 5.0).abs() < 1e-9);
        assert!((eta.seconds_left(6.0, 1000.0).unwrap_or(0.0) - 4.0).abs() < 1e-9);
        // A pause of 60 s: resuming restarts the clock, the speed is measured again.
        eta.restart_clock();
        assert_eq!(eta.seconds_left(65.0, 1000.0), None);
        eta.observe(65.0, 500.0);
        eta.observe(66.0, 600.0);
        assert!((eta.seconds_left(66.0, 1000.0).unwrap_or(0.0) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn words() {
        assert_eq!(about(3.2), "about 4 s left");
        assert_eq!(about(42.0), "about 40 s left");
        assert_eq!(about(150.0), "about 3 min left");
    }
}
