//! The MLP batch 64 case as a hand-written dfdx training loop with dfdx's own modules and
//! optimizer: the baseline the engine's overhead is read against.

use super::cases::{Data, Outputs, LR};
use super::BenchError;
use dfdx::optim::Sgd;
use dfdx::prelude::*;

type PlainMlp = (Linear<784, 128>, ReLU, Linear<128, 10>);
type PlainModel = <PlainMlp as BuildOnDevice<Cpu, f32>>::Built;

/// The same MLP as a hand-written dfdx training loop with dfdx's own modules and optimizer.
pub(super) struct PlainRun {
    dev: Cpu,
    model: PlainModel,
    opt: Sgd<PlainModel, f32, Cpu>,
    grads: Option<Gradients<f32, Cpu>>,
    data: Data,
    next: usize,
}

impl PlainRun {
    /// A seeded MLP 784-128-10 with plain SGD and the same data as the engine's case.
    pub fn new(batch: usize, seed: u64) -> Self {
        let dev = Cpu::seed_from_u64(seed);
        let model = dev.build_module::<PlainMlp, f32>();
        let grads = Some(model.alloc_grads());
        let opt = Sgd::new(
            &model,
            SgdConfig {
                lr: LR,
                momentum: None,
                weight_decay: None,
            },
        );
        let data = Data::new(784, Outputs::Classes(10), batch, seed);
        PlainRun {
            dev,
            model,
            opt,
            grads,
            data,
            next: 0,
        }
    }

    /// Trains `n` batches.
    pub fn steps(&mut self, n: usize) -> Result<(), BenchError> {
        let rows = self.data.batch;
        for _ in 0..n {
            let (x, y) = self.data.batch(self.next);
            self.next += 1;
            let x: Tensor<(usize, Const<784>), f32, Cpu> =
                self.dev.tensor_from_vec(x.to_vec(), (rows, Const));
            let mut onehot = vec![0.0f32; rows * 10];
            for (r, &cls) in y.iter().enumerate() {
                onehot[r * 10 + (cls as usize).min(9)] = 1.0;
            }
            let target: Tensor<(usize, Const<10>), f32, Cpu> =
                self.dev.tensor_from_vec(onehot, (rows, Const));
            let grads = match self.grads.take() {
                Some(g) => g,
                None => self.model.alloc_grads(),
            };
            let logits = self.model.forward_mut(x.traced(grads));
            let loss = cross_entropy_with_logits_loss(logits, target);
            let mut grads = loss.backward();
            self.opt.update(&mut self.model, &grads)?;
            self.model.zero_grads(&mut grads);
            self.grads = Some(grads);
        }
        Ok(())
    }
}
