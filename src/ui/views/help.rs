//! The guide: the training loop explained with the cooking picture, and a glossary whose
//! entries also serve as the views' tooltips.

use egui::{RichText, Ui};

/// The training loop as cooking, step by step: (title, text).
pub const LOOP: [(&str, &str); 8] = [
    (
        "Seasonings are the parameters",
        "A network is a recipe with many seasonings: its weights and biases. At the start they are set at random (the initialization). Training is the search for the amounts that make the dish right.",
    ),
    (
        "Cooking is the forward pass",
        "An input (the ingredients) goes through the layers one after another. Each layer mixes what it gets with its seasonings — z = W·x + b — and an activation decides how much passes on. Out comes a prediction: the dish.",
    ),
    (
        "Tasting is the loss",
        "The loss compares the dish with what it should have been and gives one number: how bad it is. Cross-entropy for classes, mean squared error for numbers. Smaller is better.",
    ),
    (
        "Feedback is backpropagation",
        "Going backwards from the loss, every seasoning learns how much it is to blame: its gradient. A large gradient means “this one matters a lot right now”; a tiny one means it barely affects the taste.",
    ),
    (
        "Adjusting the recipe is the optimizer",
        "The optimizer turns each seasoning a little against its gradient. How far is set by the learning rate: too small and nothing happens, too large and the recipe jumps around. SGD takes plain steps; Adam adapts the step for each seasoning.",
    ),
    (
        "Practice is epochs",
        "One epoch is one pass over every training sample, in small batches. Practice makes the loss fall — watch the Loss tab.",
    ),
    (
        "The judge is evaluation",
        "The test samples are dishes the cook never practised on. Only they show whether the recipe works on new data. Open the Judge tab and press “Evaluate on test set”.",
    ),
    (
        "More is not always better",
        "Practise too long, or with too big a recipe, and the cook memorizes the training dishes instead of learning to cook: the training loss keeps falling while the validation loss rises. That is overfitting. Stop earlier, add dropout or L2, or get more data.",
    ),
];

/// Short explanations of the words the views use.
pub const GLOSSARY: [(&str, &str); 12] = [
    ("Weight", "How strongly one input of a neuron counts, and with which sign."),
    ("Bias", "A neuron's own offset, added whatever the inputs are."),
    ("Activation", "The function after each layer (ReLU, tanh, sigmoid…) that lets a network bend; without it, many layers are no better than one."),
    ("Gradient", "How much the loss changes when a parameter moves a little: the blame each seasoning gets."),
    ("Vanishing gradients", "Gradients that shrink layer by layer until the first layers hardly learn. Often sigmoid/tanh in deep stacks."),
    ("Exploding gradients", "Gradients that grow huge and make training jump or fail. Lower the learning rate or clip gradients."),
    ("Dead ReLU", "A ReLU unit that outputs zero for every input: it gets no gradient and never recovers."),
    ("Saturation", "Sigmoid or tanh outputs stuck near their limits, where the slope — and the gradient — is almost zero."),
    ("Learning rate", "The size of the optimizer's steps."),
    ("Batch", "The few samples tasted before each adjustment."),
    ("Decision boundary", "Where the network's answer changes from one class to another."),
    ("Confusion matrix", "A table of what each test sample really is against what the network said."),
];

/// Draws the guide's contents.
pub fn contents(ui: &mut Ui) {
    ui.label(
        RichText::new("How a network learns — in the kitchen")
            .size(20.0)
            .strong(),
    );
    ui.label("Training is a loop. Every batch goes once around it:");
    ui.add_space(6.0);
    for (i, (title, text)) in LOOP.iter().enumerate() {
        ui.label(
            RichText::new(format!("{}. {title}", i + 1))
                .size(16.0)
                .strong(),
        );
        ui.label(*text);
        ui.add_space(4.0);
    }
    ui.separator();
    ui.label(RichText::new("Where to see it").strong());
    for line in [
        "Loss: the tasting scores over time (and kept runs as ghosts to compare).",
        "Gradient flow: how much feedback reaches each layer.",
        "Network: every seasoning as a line; switch to gradients and play backprop.",
        "Boundary: what the network currently believes, over the input space.",
        "Judge: the score on unseen dishes, and the worst ones.",
        "Step: one sample through the whole loop, with the real numbers.",
    ] {
        ui.label(format!("• {line}"));
    }
    ui.separator();
    ui.label(RichText::new("Glossary").strong());
    egui::Grid::new("glossary").striped(true).show(ui, |ui| {
        for (word, text) in GLOSSARY {
            ui.label(RichText::new(word).strong());
            ui.label(text);
            ui.end_row();
        }
    });
}

/// The guide as a window.
pub fn window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Guide: the training loop")
        .open(open)
        .default_width(560.0)
        .default_height(560.0)
        .vscroll(true)
        .show(ctx, contents);
}
