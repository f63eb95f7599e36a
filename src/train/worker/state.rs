//! The exact training state: taken from a trainer at an epoch boundary or on request, and
//! put back to continue a run or to recover from a non-finite loss.

use crate::engine::{EngineError, Trainer};
use crate::train::protocol::{from_words, to_words, TrainState};

/// `st` with the trainer's weights, optimizer state, dropout position and base rate.
pub(super) fn capture_state(tr: &Trainer, st: &TrainState) -> TrainState {
    TrainState {
        weights: tr.net.weights(),
        optimizer: tr.opt.state(),
        dropout_pos: to_words(tr.rng_state().1),
        lr: tr.config.lr,
        ..st.clone()
    }
}

/// Puts `st`'s weights, optimizer state, random streams and base rate (if set) back into
/// the trainer.
pub(super) fn restore(tr: &mut Trainer, st: &TrainState) -> Result<(), EngineError> {
    tr.net.set_weights(&st.weights)?;
    tr.opt.set_state(&st.optimizer)?;
    tr.set_rng_state((from_words(st.shuffle_pos), from_words(st.dropout_pos)));
    if st.lr > 0.0 {
        tr.config.lr = st.lr;
    }
    Ok(())
}
