//! What a frame costs, for the debug panel, the frame log and `bench --window`: the wall
//! time of the app's own work (logic + ui), and the UI thread's CPU time from one frame to
//! the next, which counts everything the thread does for a frame (layout, tessellation,
//! painting submission), not only our code.

use std::collections::VecDeque;
use std::time::Duration;

/// Frames kept for the statistics.
const WINDOW: usize = 600;

/// A rolling window of frame work times: wall-clock, and (on Linux) the UI thread's own
/// CPU time, which leaves out time the thread spent preempted by other work.
#[derive(Debug, Clone, Default)]
pub struct FrameTimer {
    samples: VecDeque<f32>,
    cpu: VecDeque<f32>,
    /// Frames measured since the start.
    pub total_frames: u64,
    /// When the frames of the last second ended (for frames per second).
    recent: VecDeque<std::time::Instant>,
}

/// CPU time the calling thread has used, in nanoseconds (Linux: `/proc/thread-self/schedstat`;
/// `None` elsewhere).
pub fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Summary of the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrameStats {
    /// Median in milliseconds.
    pub p50_ms: f32,
    /// 95th percentile in milliseconds.
    pub p95_ms: f32,
    /// Largest in milliseconds.
    pub max_ms: f32,
    /// Frames in the window.
    pub frames: usize,
}

impl FrameTimer {
    /// Records the wall time of one frame's own work (logic + ui).
    pub fn record_work(&mut self, d: Duration) {
        let now = std::time::Instant::now();
        self.recent.push_back(now);
        while self
            .recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(1))
        {
            self.recent.pop_front();
        }
        if self.samples.len() == WINDOW {
            self.samples.pop_front();
        }
        self.samples.push_back(d.as_secs_f32() * 1000.0);
        self.total_frames += 1;
    }

    /// Records the UI thread's CPU time for a whole frame (from one frame's start to the
    /// next one's).
    pub fn record_frame_cpu(&mut self, cpu_ns: u64) {
        if self.cpu.len() == WINDOW {
            self.cpu.pop_front();
        }
        self.cpu.push_back(cpu_ns as f32 / 1e6);
    }

    /// Frames drawn during the last second.
    pub fn frames_per_second(&self) -> usize {
        self.recent.len()
    }

    /// Percentiles of the recorded wall-clock window (`None` before the first frame).
    pub fn stats(&self) -> Option<FrameStats> {
        Self::percentiles(&self.samples)
    }

    /// Percentiles of the UI thread's CPU time per frame (`None` where not measured).
    pub fn cpu_stats(&self) -> Option<FrameStats> {
        Self::percentiles(&self.cpu)
    }

    fn percentiles(samples: &VecDeque<f32>) -> Option<FrameStats> {
        if samples.is_empty() {
            return None;
        }
        let mut v: Vec<f32> = samples.iter().copied().collect();
        v.sort_by(f32::total_cmp);
        let at = |q: f32| v[((v.len() - 1) as f32 * q).round() as usize];
        Some(FrameStats {
            p50_ms: at(0.5),
            p95_ms: at(0.95),
            max_ms: at(1.0),
            frames: v.len(),
        })
    }

    /// Forgets the window (to measure a new situation).
    pub fn clear(&mut self) {
        self.samples.clear();
        self.cpu.clear();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn percentiles() {
        let mut t = FrameTimer::default();
        for i in 1..=100 {
            t.record_work(Duration::from_millis(i));
            t.record_frame_cpu(i * 1_000_000);
        }
        let s = t.stats().unwrap();
        assert!((s.p95_ms - 95.0).abs() < 1.5, "{s:?}");
        assert!((s.max_ms - 100.0).abs() < 0.01);
        assert!((t.cpu_stats().unwrap().p95_ms - 95.0).abs() < 1.5);
        // All 100 were recorded just now: within the last second.
        assert_eq!(t.frames_per_second(), 100);
    }
}
