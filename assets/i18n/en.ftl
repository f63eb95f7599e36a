# layerlab: the window's words in English (the reference: every other language has the
# same keys; tests/suite/i18n_keys.rs checks it). One section per panel; keys start with
# the section's name. Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = Language
# end of menu

## words: the guide, the tooltips of every setting and kind, the Step view
words-setting-speed = Speed
    .tip = How fast training runs. Slow it down so everyone can watch the boundary form; in slow motion each batch is shown travelling forward and back through the Network view.
words-setting-learning-rate = Learning rate
    .tip = How big a change the optimizer makes to the recipe after each tasting. Too big: the loss jumps around or explodes; too small: nothing seems to happen. Try 0.01 for Adam, 0.1 for SGD. You can change it while training.
words-setting-lr-divide = Learning rate ÷10
    .tip = Divide the learning rate by 10: smaller, more careful steps. Try it when the loss jumps around.
words-setting-lr-multiply = Learning rate ×10
    .tip = Multiply the learning rate by 10: bigger, bolder steps. Try it when the loss creeps down too slowly.
words-setting-optimizer = Optimizer
    .tip = The cook who adjusts the recipe after each tasting, using the gradients. Adam is a good first choice; plain SGD is the easiest to follow step by step in the Step tab.
words-setting-momentum = Momentum
    .tip = How much of the previous change is kept (0 to 1), like a ball rolling downhill. 0.9 smooths out noisy steps; 0 is plain SGD.
words-setting-beta1 = Beta 1
    .tip = How long Adam remembers the direction of recent gradients (its momentum). 0.9 is the usual value; closer to 1 means a longer memory.
words-setting-beta2 = Beta 2
    .tip = How long Adam remembers how large recent gradients were; it gives every seasoning its own step size. 0.999 is the usual value.
words-setting-epsilon = Epsilon
    .tip = A tiny number added before dividing, so a step never divides by zero. Leave it as it is.
words-setting-weight-decay = Weight decay
    .tip = AdamW gently shrinks every weight towards zero at each step (this fraction times the learning rate), so no seasoning grows huge. 0.01 is common.
words-setting-alpha = Alpha
    .tip = How slowly RMSprop forgets how large the gradients have been. 0.99 is the usual value.
words-setting-loss = Loss
    .tip = How the dish is tasted: one number saying how wrong the network's answers are; training makes it small. Auto picks cross-entropy for classes and mean squared error for numbers. Keep Auto unless you want to compare.
words-setting-huber-delta = Huber delta
    .tip = Errors smaller than this are squared, larger ones count only by their size, so a few wild samples cannot dominate. Try 1.
words-setting-batch-size = Batch size
    .tip = How many samples are tasted before each adjustment of the recipe. Small batches (8 to 32): many quick, noisy steps; large batches: fewer, smoother steps. Try 32.
words-setting-epochs = Epochs
    .tip = How many times training goes through the whole training set. Watch the validation loss: once it stops falling, more epochs do not help.
words-setting-schedule = LR schedule
    .tip = How the learning rate changes during training. Constant is fine to start; Cosine lowers it slowly for a careful finish.
words-setting-step-every = every (epochs)
    .tip = Step decay: how many epochs pass between two drops of the learning rate.
words-setting-step-factor = factor
    .tip = Step decay: the learning rate is multiplied by this at every drop. 0.5 halves it.
words-setting-exp-factor = factor per epoch
    .tip = Exponential decay: the learning rate is multiplied by this once per epoch. 0.95 lowers it by 5% an epoch.
words-setting-cosine-length = length (epochs)
    .tip = Cosine: over how many epochs the learning rate glides down.
words-setting-cosine-final = final factor
    .tip = Cosine: the learning rate at the end, as a fraction of the start. 0.01 ends at 1%.
words-setting-warmup = Warm-up epochs
    .tip = Start with a tiny learning rate and raise it to the full value over this many epochs; it calms wild first steps. 0 switches it off.
words-setting-init = Initialization
    .tip = How much of each seasoning the cook starts with, before any tasting. Auto is right almost always; try Zeros or Constant to see why a network needs different random starts.
words-setting-init-value = Initialization value
    .tip = The number the chosen start uses: the constant, the ± limit of Uniform or the spread of Normal. Too large and training starts unsteady.
words-setting-seed = Seed
    .tip = The number all chance comes from: starting weights, shuffling and dropout. The same seed gives exactly the same run; change it to see how much luck matters.
words-setting-threads = Threads
    .tip = How many processor cores compute the big matrix products. Auto uses a second core only when the network is big enough to gain from it. Every choice gives exactly the same numbers, only faster or slower.
words-setting-l1 = L1 penalty
    .tip = A cost for large weights that pushes unneeded seasonings to exactly zero. A pinch: 0.0001 to 0.001. 0 switches it off.
words-setting-l2 = L2 penalty
    .tip = A cost for large weights (weight decay) that keeps every seasoning modest, so the network learns the pattern instead of memorising the training data. Try 0.0001 to 0.01 when the validation loss rises while the training loss falls.
words-setting-clip-gradients = Clip gradients
    .tip = Caps how large one adjustment can be (the length of all gradients together). Turn it on when the loss suddenly jumps to huge values or NaN.
words-setting-early-stopping = Early stopping
    .tip = Stops training by itself when the validation loss has not improved for 'patience' epochs, so the dish is not overcooked (overfitting).
words-setting-units = units
    .tip = How many units (neurons) this layer has: more units, more seasonings to tune. Try 8 to 32; more learns more but is slower and overfits sooner.
words-setting-bias = bias
    .tip = Each unit adds its own learned number, letting it shift its output. Leave it on.
words-setting-filters = filters
    .tip = How many different patterns this layer looks for; each filter makes one new image channel. Try 8, then 16 in a second conv layer.
words-setting-kernel = kernel
    .tip = How many pixels wide each filter looks (3 means 3×3). 3 is the usual choice.
words-setting-stride = stride
    .tip = How far the window moves each time; 2 halves the image. Try 1 for conv layers and the window size for pooling.
words-setting-padding = padding
    .tip = Zeros added around the border so the image does not shrink; with kernel 3, padding 1 keeps the size.
words-setting-pool-size = size
    .tip = How many pixels wide each pooling window is. 2 halves the image.
words-setting-drop-probability = drop probability
    .tip = The share of values switched off at random while training (never while judging). Try 0.2 to 0.5 when the network overfits.
words-setting-function = function
    .tip = The bend applied to every value. Without a bend, stacked layers are no better than one. ReLU is the usual first choice.
words-setting-slope = slope
    .tip = How much of a negative value LeakyReLU lets through. 0.01 is the usual value.
words-setting-elu-alpha = alpha
    .tip = How far below zero ELU bends for very negative inputs. 1 is the usual value.
words-data-target = The target: the column the network learns to predict from the others. Everything else is an input (a feature).
words-data-task = Classify (pick one of a few labels) or regress (predict a number). Auto decides from the target column: text or a few whole numbers means classes.
words-data-scaling = How each input column is rescaled before the network sees it. Standardize (mean 0, spread 1) suits almost every network; min-max squeezes into 0 to 1.
words-data-target-scaling = How a number to predict is rescaled while training. Standard is best for learning; results are always shown in the target's own units.
words-data-text-columns = How words in input columns become numbers: one-hot gives each value its own 0/1 input; ordinal numbers them in order, which suits ranked values only.
words-data-missing = What to do with empty cells: drop those rows, or fill them with the training mean, median or most frequent value.
words-data-split = How the rows are shared out: the network learns from the training rows, the validation rows watch for overfitting, and the test rows are the judge it never sees.
words-data-image = Treat the columns as the pixels of a picture (channels x height x width), so convolution and pooling layers can look at neighbouring pixels.
words-data-dataset = A ready-made problem to learn. Spiral and xor need hidden layers; circle is easy with the x1 squared and x2 squared inputs.
words-data-samples = How many points the dataset has. Few noisy points make overfitting easy to see; many make training slower but steadier.
words-data-noise = How much the points are jittered. More noise blurs the classes: the network must find the pattern, not memorise each point.
words-data-seed = The number the points are drawn from. The same seed gives the same points; change it for a fresh sample of the same problem.
words-data-path = The CSV file to learn from: type or paste its path and press Enter, or use Open. The first row may name the columns.
words-optimizer-sgd = Plain SGD: every weight moves against its gradient, scaled by the learning rate. Simple to follow; try a learning rate of 0.1.
words-optimizer-momentum = SGD with momentum: keeps a running velocity of past gradients, so steps roll on in a steady direction and noise evens out. Try momentum 0.9.
words-optimizer-nesterov = Nesterov: momentum that looks one step ahead before correcting; often a little steadier than plain momentum.
words-optimizer-adam = Adam: remembers both the direction of recent gradients and how large they were, and gives every weight its own step size. The best first choice; try a learning rate of 0.01.
words-optimizer-adamw = AdamW: Adam plus a gentle pull of every weight towards zero (weight decay). Try it when Adam overfits.
words-optimizer-rmsprop = RMSprop: divides each step by a running average of the gradient's size, so weights with large gradients take smaller steps.
words-optimizer-adagrad = Adagrad: steps shrink as squared gradients add up; good for rare features, but learning can slow to a crawl.
words-loss-cross-entropy = Cross-entropy: for choosing between classes; punishes a confident wrong answer hard. The usual choice for classification.
words-loss-binary-cross-entropy = Binary cross-entropy: for yes/no tasks with two classes and one output.
words-loss-mse = Mean squared error: for predicting numbers; big misses count much more than small ones. The usual choice for regression.
words-loss-mae = Mean absolute error: for numbers; every miss counts by its size, so outliers matter less.
words-loss-huber = Huber: squared for small misses, absolute for large ones; a middle ground for numbers with some outliers.
words-init-auto = Auto: He for ReLU-like layers, Xavier otherwise. Right almost always.
words-init-constant = Constant: every weight the same value. All units then learn the same thing: try it to see why random starts matter.
words-init-zeros = Zeros: every weight 0. Nothing breaks the symmetry, so the network barely learns: a lesson, not a choice.
words-init-uniform = Uniform: random weights spread evenly within ± the limit.
words-init-normal = Normal: random weights from a bell curve with the given spread.
words-init-xavier-uniform = Xavier uniform: random weights sized to the layer, so signals keep their strength through Tanh or Sigmoid layers.
words-init-xavier-normal = Xavier normal: like Xavier uniform, drawn from a bell curve.
words-init-he-uniform = He uniform: random weights sized for ReLU layers, which silence half their inputs.
words-init-he-normal = He normal: like He uniform, drawn from a bell curve.
words-schedule-constant = Constant: the same learning rate from start to end.
words-schedule-step = Step decay: the learning rate drops by a factor every few epochs, in stairs.
words-schedule-exponential = Exponential: the learning rate shrinks a little every epoch.
words-schedule-cosine = Cosine: the learning rate glides down along a smooth curve, for a careful finish.
words-loss-auto = Auto: cross-entropy for classes, mean squared error for numbers. The right choice to start.
words-kind-dense = Every input connects to every unit: a weighted sum plus a bias — the basic 'seasoning' knobs.
    .try = Start with one or two Dense layers of 8 to 32 units, each followed by an activation such as ReLU.
words-kind-conv2d = Slides small learned filters over the image to detect local patterns such as edges.
    .try = For images: 8 filters of size 3, then ReLU and MaxPool 2; add a second conv layer with 16 filters for harder pictures.
words-kind-maxpool2d = Keeps the strongest value in each window: smaller images, some tolerance to shifts.
    .try = Put one with size 2 after a conv layer and its ReLU, to halve the image.
words-kind-avgpool2d = Averages each window: a smoother way to shrink the image.
    .try = Swap it in for MaxPool and compare the loss curves.
words-kind-flatten = Lays an image out as one long list of numbers so dense layers can read it.
    .try = Needed between the last conv or pooling layer and the first Dense layer; it has nothing to learn.
words-kind-dropout = While training, randomly switches off values so the network cannot rely on any one.
    .try = When the validation loss rises while the training loss falls, add Dropout 0.2 to 0.5 after a large Dense layer.
words-kind-batchnorm = Rescales each feature to mean 0 and spread 1 over the batch; steadies training.
    .try = Put it between a Dense or conv layer and its activation when a deep network trains slowly; a larger learning rate may then work.
words-kind-layernorm = Rescales the values of each sample to mean 0 and spread 1.
    .try = Like BatchNorm but independent of the batch; try it with small batches.
words-kind-relu = Keeps positive values, zeroes negatives: simple and fast, but units can 'die'.
    .try = The usual choice after every Dense or conv layer. If the Flow tab reports dead units, try LeakyReLU.
words-kind-leakyrelu = Like ReLU but lets a small slope through for negatives, so units never die.
    .try = Use it instead of ReLU when units die; slope 0.01 is usual.
words-kind-elu = Smooth for negatives, bending towards −alpha; keeps mean activations near zero.
    .try = Try it instead of ReLU in a deeper network; alpha 1 is usual.
words-kind-gelu = A smooth ReLU that weighs each value by how likely it is to be positive.
    .try = Try it instead of ReLU and compare the loss curves.
words-kind-tanh = Squashes values into (−1, 1); saturates (stops learning) for large inputs.
    .try = Try it on small networks for smooth boundaries; keep the learning rate modest.
words-kind-sigmoid = Squashes values into (0, 1); saturates for large inputs, gradients shrink.
    .try = Mostly of historic interest inside a network: compare it with ReLU in a deep stack and watch the gradients vanish in the Flow tab.
words-kind-softplus = A smooth version of ReLU: ln(1 + e^x).
    .try = Try it instead of ReLU when you want a smooth boundary.
words-kind-tip =
    { $what }
    Try: { $advice }
words-guide-title = How a network learns — in the kitchen
words-guide-intro = Training is a loop. Every batch goes once around it:
words-guide-parameters = Seasonings are the parameters
    .text = A network is a recipe with many seasonings: its weights and biases. At the start they are set at random (the initialization). Training is the search for the amounts that make the dish right.
words-guide-forward = Cooking is the forward pass
    .text = An input (the ingredients) goes through the layers one after another. Each layer mixes what it gets with its seasonings — z = W·x + b — and an activation decides how much passes on. Out comes a prediction: the dish.
words-guide-loss = Tasting is the loss
    .text = The loss compares the dish with what it should have been and gives one number: how bad it is. Cross-entropy for classes, mean squared error for numbers. Smaller is better.
words-guide-backprop = Feedback is backpropagation
    .text = Going backwards from the loss, every seasoning learns how much it is to blame: its gradient. A large gradient means “this one matters a lot right now”; a tiny one means it barely affects the taste.
words-guide-optimizer = Adjusting the recipe is the optimizer
    .text = The optimizer turns each seasoning a little against its gradient. How far is set by the learning rate: too small and nothing happens, too large and the recipe jumps around. SGD takes plain steps; Adam adapts the step for each seasoning.
words-guide-epochs = Practice is epochs
    .text = One epoch is one pass over every training sample, in small batches. Practice makes the loss fall — watch the Loss tab.
words-guide-judge = The judge is evaluation
    .text = The test samples are dishes the cook never practised on. Only they show whether the recipe works on new data. Open the Judge tab and press “Evaluate on test set”.
words-guide-more = More is not always better
    .text = Practise too long, or with too big a recipe, and the cook memorizes the training dishes instead of learning to cook: the training loss keeps falling while the validation loss rises. That is overfitting. Stop earlier, add dropout or L2, or get more data.
words-guide-where = Where to see it
words-guide-where-loss = Loss: the tasting scores over time (and kept runs as ghosts to compare).
words-guide-where-flow = Gradient flow: how much feedback reaches each layer.
words-guide-where-network = Network: every seasoning as a line; switch to gradients and play backprop.
words-guide-where-boundary = Boundary: what the network currently believes, over the input space.
words-guide-where-judge = Judge: the score on unseen dishes, and the worst ones.
words-guide-where-step = Step: one sample through the whole loop, with the real numbers.
words-guide-glossary = Glossary
words-guide-window = Guide: the training loop
words-glossary-weight = Weight
    .text = How strongly one input of a neuron counts, and with which sign.
words-glossary-bias = Bias
    .text = A neuron's own offset, added whatever the inputs are.
words-glossary-activation = Activation
    .text = The function after each layer (ReLU, tanh, sigmoid…) that lets a network bend; without it, many layers are no better than one.
words-glossary-gradient = Gradient
    .text = How much the loss changes when a parameter moves a little: the blame each seasoning gets.
words-glossary-vanishing = Vanishing gradients
    .text = Gradients that shrink layer by layer until the first layers hardly learn. Often sigmoid/tanh in deep stacks.
words-glossary-exploding = Exploding gradients
    .text = Gradients that grow huge and make training jump or fail. Lower the learning rate or clip gradients.
words-glossary-dead-relu = Dead ReLU
    .text = A ReLU unit that outputs zero for every input: it gets no gradient and never recovers.
words-glossary-saturation = Saturation
    .text = Sigmoid or tanh outputs stuck near their limits, where the slope — and the gradient — is almost zero.
words-glossary-learning-rate = Learning rate
    .text = The size of the optimizer's steps.
words-glossary-batch = Batch
    .text = The few samples tasted before each adjustment.
words-glossary-boundary = Decision boundary
    .text = Where the network's answer changes from one class to another.
words-glossary-confusion = Confusion matrix
    .text = A table of what each test sample really is against what the network said.
words-step-sample = Training sample
words-step-sample-tip = Which training sample to follow through one step
words-step-trace = Trace one step
words-step-trace-tip = Follow this one sample through the whole training loop with the real numbers. The network is not changed.
words-step-empty-title = One step, slowly
words-step-empty-body = Pick a training sample and press “Trace one step”: you will see the forward pass, the loss, the gradients flowing back and the update of every weight, with the actual numbers.
words-step-back = ◀ Back
words-step-next = Next ▶
words-step-next-tip = Reveal the next part of the step
words-step-show-all = Show all
words-step-part = part { $part } of { $total } · sample #{ $sample }
words-step-input = 1. The ingredients
words-step-input-tip = The sample's input values (after scaling): what goes into the pot.
words-step-more = … { $n } more
words-step-forward = Forward: layer { $layer } — { $label }
words-step-forward-tip = Cooking: each layer mixes what it receives with its seasonings (weights and biases) and passes the result on.
words-step-loss = Tasting: the loss
words-step-loss-tip = The loss compares the network's answer with the right one: one number saying how bad this dish is. Training tries to make it small.
words-step-prediction = prediction: [{ $values }]
words-step-target-class = { $name } (class { $class })
words-step-target = target: { $target }
words-step-loss-value = loss = { $loss }
words-step-backward = Feedback flows back: layer { $layer } — { $label }
words-step-backward-tip = Backpropagation: starting from the loss and walking backwards, each weight learns how much it is to blame — its gradient. Positive: turning it up makes the dish worse.
words-step-gradient-of = gradient of { $name } { $shape }
words-step-update = Adjusting the recipe: layer { $layer } — { $label }
words-step-update-tip = The optimizer changes each weight a little against its gradient, scaled by the learning rate. Plain SGD: new = old − learning rate × gradient; Adam and friends also use their memory of earlier gradients, shown below with the numbers.
words-step-z-unit = z = W·x + b, unit by unit:
words-step-more-terms = … ({ $n } more)
words-step-more-units = … and { $n } more units
words-step-and-more = … and { $n } more
words-step-output = output:
words-step-all-zero = all zero: this layer gets no feedback from this sample
words-step-more-rows = … { $n } more rows
words-step-param-weight = weight
words-step-param-bias = bias
words-optim-velocity = velocity
words-optim-running-square = running square
words-optim-sum-of-squares = sum of squares
words-optim-story-sgd = Plain SGD remembers nothing: the change is the learning rate times the gradient, so a zero gradient means no change.
words-optim-story-momentum = Momentum keeps a velocity per weight: a running sum of past gradients. Like a rolling ball, a weight keeps moving even where the gradient of this sample is 0.
words-optim-story-adam = Adam keeps two memories per weight: m, the recent direction of its gradients (momentum), and v, how large they have been. The change follows m, divided by the square root of v, so a weight keeps moving even where the gradient of this sample is 0, and every weight gets its own step size.
words-optim-story-rmsprop = RMSprop keeps a running square of each weight's gradients and divides the step by its square root: weights with large gradients take smaller steps.
words-optim-story-adagrad = Adagrad adds up each weight's squared gradients and divides the step by the square root of the sum, so steps shrink over time.
words-optim-g-clip = g = gradient × clip factor = { $raw } × { $scale } = { $g }
words-optim-g = g = gradient = { $g }
words-optim-sgd-change = change = −lr × g = −{ $lr } × { $g } = { $change }
words-optim-velocity-line = velocity = momentum × velocity_old + g = { $mu } × { $old } + { $g } = { $new }
words-optim-nesterov-change = change = −lr × (g + momentum × velocity) = −{ $lr } × ({ $g } + { $mu } × { $v }) = { $change }
words-optim-momentum-change = change = −lr × velocity = −{ $lr } × { $v } = { $change }
words-optim-adam-m = m = β1 × m_old + (1 − β1) × g = { $b } × { $old } + { $rest } × { $g } = { $new }
words-optim-adam-v = v = β2 × v_old + (1 − β2) × g² = { $b } × { $old } + { $rest } × { $g }² = { $new }
words-optim-adam-bias = bias corrections (update number t = { $t }; early memories start at 0): corrected m = m / (1 − β1^t) = { $m } / { $cm } = { $mh }, corrected v = v / (1 − β2^t) = { $v } / { $cv } = { $vh }
words-optim-adam-change = change = −lr × corrected m / (√(corrected v) + ε) = −{ $lr } × { $mh } / ({ $root } + { $eps }) = { $change }
words-optim-adamw-decay = weight decay: − lr × decay × old = −{ $lr } × { $decay } × { $old } = { $d }; change in all { $total }
words-optim-rms-square = running square = α × old + (1 − α) × g² = { $a } × { $old } + { $rest } × { $g }² = { $new }
words-optim-rms-change = change = −lr × g / (√(running square) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-adagrad-sum = sum of squares = old + g² = { $old } + { $g }² = { $new }
words-optim-adagrad-change = change = −lr × g / (√(sum of squares) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-header = learning rate { $lr } · { $optimizer } · update number { $step }
words-optim-momentum-name = Momentum
words-optim-penalty-note = The gradients of the weights include the L1/L2 penalty.
words-optim-clip-note = All gradients together were longer than the clip limit, so each was multiplied by { $scale } first.
words-optim-param-title = { $name } { $shape }: old + change = new
words-optim-col-old = old
words-optim-col-gradient = gradient
words-optim-col-change = change
words-optim-col-new = new
words-optim-more-values = … and { $n } more values
words-optim-worked = Worked out for { $name }{ $index }:
words-optim-zero-grad = Its gradient is 0 for this sample, yet it changes: the optimizer's memory of earlier gradients keeps it moving.
# end of words

## controls: menus, the layer editor, the training panel, dialogs, presenter mode, the loss view
# Menus
controls-menu-file = File
controls-menu-new = New
controls-menu-open = Open…
controls-menu-save = Save
controls-menu-save-as = Save As…
controls-menu-export = Export
controls-menu-export-onnx = ONNX model…
controls-menu-export-onnx-tip = The trained network with its data preparation, for other programs (onnxruntime, tract…)
controls-menu-export-pytorch = PyTorch project…
controls-menu-export-pytorch-tip = model.py, the weights, the data preparation and train.py to keep training with PyTorch (also on many machines with torchrun)
controls-menu-recent = Recent
controls-menu-recent-none = no recent sessions
controls-menu-examples = Examples
controls-menu-examples-none = no example sessions found in saves/
controls-menu-by-path = Open or save by path…
controls-menu-by-path-tip = For machines without a file dialog: type the session's path
controls-menu-quit = Quit
controls-menu-edit = Edit
controls-menu-undo = Undo
controls-menu-redo = Redo
controls-menu-view = View
controls-menu-debug = Debug (frame times)
controls-menu-help = Help
controls-menu-shortcuts = Keyboard shortcuts and tips
controls-menu-guide = Guide: the training loop as cooking
# Tabs (the accessible name of a tab is its title plus " tab")
controls-tab-loss = Loss
controls-tab-data = Data
controls-tab-flow = Flow
controls-tab-network = Network
controls-tab-boundary = Boundary
controls-tab-judge = Judge
controls-tab-step = Step
controls-tab-name = { $title } tab
# Training controls
controls-train-heading = Training
controls-play-train = ▶ Train
controls-play-continue = ▶ Continue
controls-play-resume = ▶ Resume
controls-play-pause = ⏸ Pause
controls-train = Train
controls-key-space = Space
controls-key-escape = Escape
controls-stop-button = ⏹ Stop
controls-stop = Stop
controls-stop-tip = Stop; the weights are kept and Train continues from them
controls-step-batch = Step batch
controls-step-batch-tip = Train one batch, then pause
controls-step-epoch = Step epoch
controls-step-epoch-tip = Train to the end of the epoch, then pause
controls-reset = Reset
controls-reset-tip = Forget the weights and history; the next Train starts from the seed
controls-speed = Speed
controls-pace-full = full speed
controls-pace-epochs =
    { $n ->
        [one] { $n } epoch/s
       *[other] { $n } epochs/s
    }
controls-pace-batches =
    { $n ->
        [one] slow motion: { $n } batch/s
       *[other] slow motion: { $n } batches/s
    }
controls-epoch-progress = Epoch { $epoch } / { $total }
controls-batch-progress = batch { $batch } / { $total }
controls-samples-per-sec = { $rate } samples/s
# Training settings
controls-learning-rate = Learning rate
controls-lr-divide = Learning rate ÷10
controls-lr-multiply = Learning rate ×10
controls-optimizer = Optimizer
controls-optimizer-settings = Optimizer settings
controls-optimizer-momentum = Momentum
controls-loss = Loss
controls-loss-auto = Auto
controls-loss-auto-is = Auto ({ $loss })
controls-loss-auto-task = Auto (from the task)
controls-loss-cross-entropy = Cross-entropy
controls-loss-binary-cross-entropy = Binary cross-entropy
controls-loss-mse = Mean squared error
controls-loss-mae = Mean absolute error
controls-loss-huber = Huber
controls-loss-settings = Loss settings
controls-huber-delta = Huber delta
controls-batch-size = Batch size
controls-epochs = Epochs
controls-warmup = Warm-up epochs
controls-seed = Seed
controls-l1 = L1 penalty
controls-l2 = L2 penalty
controls-clip = Clip gradients
controls-clip-norm = Gradient clip norm
controls-early-stopping = Early stopping
controls-patience = patience
controls-early-stopping-patience = Early stopping patience
controls-applies-later = Changes other than the learning rate apply when training starts again.
controls-schedule = LR schedule
controls-schedule-settings = Schedule settings
controls-schedule-constant = Constant
controls-schedule-step = Step decay
controls-schedule-exponential = Exponential
controls-schedule-cosine = Cosine
controls-step-every = every (epochs)
controls-step-every-name = Step every epochs
controls-step-factor = factor
controls-step-factor-name = Step factor
controls-exp-factor = factor per epoch
controls-exp-factor-name = Exponential factor
controls-cosine-length = length (epochs)
controls-cosine-length-name = Cosine length
controls-cosine-final = final factor
controls-cosine-final-name = Cosine final factor
controls-init = Initialization
controls-init-settings = Initialization settings
controls-init-auto = Auto
controls-init-constant = Constant
controls-init-zeros = Zeros
controls-init-uniform = Uniform
controls-init-normal = Normal
controls-init-xavier-uniform = Xavier uniform
controls-init-xavier-normal = Xavier normal
controls-init-he-uniform = He uniform
controls-init-he-normal = He normal
controls-init-value = value
controls-init-limit = limit ±
controls-init-std = std dev
controls-init-value-name = Initialization value
controls-threads = Threads
controls-threads-auto = Auto
controls-threads-cores =
    { $n ->
        [one] { $n } core
       *[other] { $n } cores
    }
# The layer editor
controls-editor-heading = Network
controls-presets = Presets
controls-total-params = Total parameters: { $count }
controls-total-params-unknown = Total parameters: — (fix the marked layer)
controls-reset-banner = Trained weights are kept for unchanged layers; the next Train re-initializes: { $layers }
controls-add-layer-button = ➕ Add layer
controls-add-layer-tip = Add a layer at the end (before the output)
controls-input = Input
controls-features =
    { $n ->
        [one] { $n } feature
       *[other] { $n } features
    }
controls-image = image { $shape }
controls-input-from = { $what } from { $dataset }
controls-no-data = no data yet — see the Data tab
controls-output = Output
controls-classes =
    { $n ->
        [one] { $n } class
       *[other] { $n } classes
    }
controls-regression = regression
controls-output-fixed = Fixed by the task: { $what }
controls-new-layer = new
controls-new-layer-tip = re-initialized on the next Train
controls-params = { $count } params
controls-out-shape = out { $shape }
controls-insert-at = Insert layer at position { $n }
controls-insert-tip = Insert a layer here
controls-add-a-layer = Add a layer
controls-add-kind = Add { $kind }
controls-comes-with-activation = Comes with its activation: without one, stacked layers collapse into a single straight-line (linear) layer.
controls-layer-name = layer { $n } ({ $kind })
controls-remove = Remove
controls-remove-named = Remove { $name }
controls-duplicate = Duplicate
controls-duplicate-named = Duplicate { $name }
controls-move-down = Move down
controls-move-down-named = Move { $name } down
controls-move-up = Move up
controls-move-up-named = Move { $name } up
controls-layer-setting = Layer { $n } { $what }
controls-layer-units = units
controls-layer-bias = bias
controls-layer-filters = filters
controls-layer-kernel = kernel
controls-layer-stride = stride
controls-layer-padding = padding
controls-layer-size = size
controls-layer-drop = drop probability
controls-layer-no-settings = no settings
controls-layer-function = function
controls-layer-slope = slope
controls-layer-alpha = alpha
controls-fewer = Fewer { $name }
controls-more = More { $name }
controls-fewer-tip = fewer
controls-more-tip = more
# Presenter mode
controls-layers = Layers
controls-add-button = ➕ Add
controls-add-layer = Add layer
controls-presenter-output = Output: Dense { $units }
controls-presenter-output-none = Output: —
controls-dataset = Dataset
# Dialogs
controls-ok = OK
controls-unsaved-title = Save changes?
controls-unsaved-quit = This session has unsaved changes. Save them before closing?
controls-unsaved-new = This session has unsaved changes. Save them before starting a new session?
controls-unsaved-open = This session has unsaved changes. Save them before opening another session?
controls-dont-save = Don't save
controls-cancel = Cancel
controls-outside-title = Read a file outside the session's folder?
controls-outside-reads = The session { $name } reads its data from:
controls-outside-warning = It lies outside the session's folder. Read it only if you expected this session to use that file.
controls-outside-read = Read it
controls-outside-refuse = Open without the data
controls-recovery-title = Restore your last session?
controls-recovery-body = layerlab did not close normally last time. A session was saved automatically while it was training.
controls-recovery-restore = Restore
controls-recovery-discard = Discard
controls-path-title = Session file
controls-path-explain = Type the path of a session file (.ron) to open or to save to.
controls-path-label = Session path
controls-path-open = Open path
controls-path-save = Save to path
controls-help-title = Help
controls-help-keyboard = Keyboard
controls-help-key-space = train / pause / resume
controls-help-key-undo = undo an edit of the network
controls-help-key-redo = redo
controls-help-key-save = save the session
controls-help-key-open = open a session
controls-help-key-views = open the Loss … Step view
controls-help-key-escape = close a menu, drop-down or this window
controls-help-start = Getting started
controls-help-step1 = 1. Pick data in the Data tab (a built-in dataset, or a CSV file: open, drop, or type its path).
controls-help-step2 = 2. Build the network on the left: add layers from the palette, change units with − and +.
controls-help-step3 = 3. Press ▶ Train and watch the loss fall. Step through batches to see each update.
# The status bar
controls-status-epoch = epoch { $epoch }
controls-status-no-batch = batch —
controls-status-no-speed = — samples/s
controls-status-unsaved = unsaved changes
controls-status-saved = saved
# View › Debug
controls-debug-title = Debug
controls-debug-p95 = frame work p95: { $ms } ms
controls-debug-frames = p50 { $p50 } ms · max { $max } ms · { $frames } frames (budget { $budget } ms)
controls-debug-none = no frames measured yet
controls-debug-cpu = UI thread CPU per frame: p50 { $p50 } ms · p95 { $p95 } ms (leaves out time preempted by other programs)
controls-debug-fps = frames drawn in the last second: { $last } · since start: { $total }
controls-debug-speed = training: { $rate } samples/s
controls-debug-jobs = background jobs running: { $n }
controls-debug-phase = training: { $phase }
controls-debug-timing = Load 784-feature timing data
controls-debug-timing-tip = 6000 samples, 784 features, 10 classes: the reference MLP workload
# View › look
controls-theme = Theme
controls-theme-system = System
controls-theme-light = Light
controls-theme-dark = Dark
controls-theme-name = { $name } theme
controls-presenter = Presenter mode
controls-presenter-tip = Larger fonts, high contrast, advanced controls hidden — for a projector
controls-zoom = Zoom { $percent }%
controls-zoom-out = Zoom out
controls-zoom-in = Zoom in
controls-zoom-reset = Reset zoom
# The Loss view
controls-log-scale = Log scale
controls-raw-batch-loss = Raw batch loss
controls-latest-train-loss = train loss { $value }
controls-latest-val-loss = validation loss { $value }
controls-latest-val-metric = validation { $metric } { $value }
controls-latest-train-metric = train { $metric } { $value }
controls-metric-accuracy = accuracy
controls-metric-accuracy-title = Accuracy
controls-loss-points = { $points } loss points recorded · { $epochs } epochs
controls-loss-empty = Press ▶ Train (or Space) to start.
controls-loss-empty-more = The loss appears here as the network learns.
controls-loss-title = Loss
controls-line-batch = batch loss
controls-line-smoothed = smoothed batch loss
controls-line-train = train loss (epoch)
controls-line-val = validation loss (epoch)
controls-line-lr = learning rate changed
controls-line-diagnostic = diagnostic
controls-axis-step = step
controls-axis-loss = loss
controls-axis-loss-log = loss (log scale)
controls-axis-epoch = epoch
controls-hover-step = step { $step }
controls-hover-loss = loss { $loss }
controls-metric-train = train { $metric }
controls-metric-val = validation { $metric }
# end of controls

## views: Judge, Boundary, Flow, Network, compare
views-no-data = No data yet
views-no-data-body = Load data in the Data tab first.

# The judge (judge.rs)
views-judge-need-data = load data first
views-judge-no-test-split = the data has no test split: set a test share in the Data tab
views-judge-evaluate-button = ⚖ Evaluate on test set
views-judge-evaluate = Evaluate on test set
views-judge-evaluate-tip = The judge tastes dishes the cook never practised on: the test samples. Their score tells how well the recipe works on new data.
views-judge-tasting = the judge is tasting…
views-judge-predict-button = Predict a CSV…
views-judge-predict = Predict a CSV
views-judge-predict-tip = Run the trained network on every row of a CSV file with the same columns; the predictions are written next to it as NAME.predictions.csv
views-judge-test-loss = test loss { $loss } on { $rows } samples
views-judge-not-judged = Not judged yet
views-judge-not-judged-body = Train a little, then press “Evaluate on test set”. The test samples were never used for training, so they show how the network does on new data.
views-judge-close = ✖ Close
views-judge-accuracy = Accuracy
views-judge-accuracy-tip = The share of test samples whose class the network got right.
views-judge-confusion = Confusion matrix
views-judge-confusion-tip = Rows: what each sample really is. Columns: what the network said. The diagonal holds the right answers; everything else is a mix-up. Click a cell to list its samples.
views-judge-per-class = Per class
views-judge-per-class-tip = Precision: of the samples called this class, the share that are. Recall: of the samples of this class, the share found. F1 balances the two.
views-judge-col-class = class
views-judge-col-precision = precision
views-judge-col-recall = recall
views-judge-col-samples = samples
views-judge-cell-samples = { $count } samples that are { $actual } and were called { $predicted }:
views-judge-open-test-sample = Open test sample { $row }
views-judge-and-more = … and { $count } more
views-judge-confusion-axes = rows: actual, columns: predicted
views-judge-confusion-cell = Confusion { $actual } as { $predicted }
views-judge-confusion-cell-tip = { $count } samples that are { $actual } were called { $predicted } ({ $share }% of that class)
views-judge-rmse-tip = Root mean squared error: a typical size of a miss, in the target's units; big misses count extra.
views-judge-mae-tip = Mean absolute error: the average size of a miss.
views-judge-r2-tip = 1 is perfect; 0 is no better than always guessing the average; below 0 is worse than that.
views-judge-pred-vs-actual = Predicted against actual
views-judge-pred-vs-actual-tip = Each dot is a test sample. On the dashed line the prediction is exactly right; the further a dot is from it, the bigger the miss.
views-judge-test-samples = test samples
views-judge-perfect = perfect
views-judge-actual = actual
views-judge-predicted = predicted
views-judge-hover =
    actual { $actual }
    predicted { $predicted }
views-judge-worst = The worst dishes
views-judge-worst-tip = The test samples with the highest loss: where the recipe fails worst. Often mislabeled data, rare cases, or a region the network has not learned.
views-judge-col-sample = sample
views-judge-col-loss = loss
views-judge-open = Open
views-judge-open-worst = Open worst sample { $row }
views-judge-sample-title = Test sample #{ $row }
views-judge-ingredients = Its ingredients (inputs, after scaling)
views-judge-more = … { $count } more
views-judge-it-is = It is: { $class }
views-judge-answer = The network's answer (probability per class)
views-judge-actual-predicted = Actual { $actual } · predicted { $predicted }
views-judge-sample-loss = Loss of this sample: { $loss }
views-judge-forward = Its forward pass, layer by layer
views-judge-show-forward = Show its forward pass
views-judge-show-forward-tip = Run this test sample through the network layer by layer (nothing is trained)

# Compare runs (compare.rs)
views-compare-title = Compare runs:
views-compare-tip = Keep a run's curves as a faint ghost, then Reset, change a setting (optimizer, initialization, learning rate…) and train again to see the difference. Reset keeps the run as a ghost automatically.
views-compare-keep = 📌 Keep this run
views-compare-keep-tip = Keep the current curves as a ghost
views-compare-keep-disabled = train at least one epoch first
views-compare-none = no ghosts yet
views-compare-show = Show ghosts
views-compare-other-data = { $label } — on { $data }, not shown on this data
views-compare-other-data-tip = A run is compared only with runs on the same data: load that data again to see this ghost.
views-compare-clear = Clear ghosts
views-compare-clear-tip = Forget the kept runs
views-compare-ghost = ghost: { $label }

# The decision boundary (boundary.rs)
views-boundary-not-images = Not for images
views-boundary-not-images-body = The decision boundary is drawn over two input features; images have hundreds. Try the Network or Gradient flow views.
views-boundary-needs-two = Needs two input features
views-boundary-needs-two-body = The map is drawn over two features. This data has one.
views-boundary-plane = over { $x } and { $y }, in their own units
views-boundary-plane-tip = Every input of the network (the columns themselves and any input features computed from them) is worked out from these two values at each point of the map.
views-boundary-horizontal = Horizontal feature
views-boundary-vertical = Vertical feature
views-boundary-median = other features held at their median
views-boundary-median-tip = The map is a slice through the input space: every feature not on an axis is fixed at its typical (median) training value.
views-boundary-test-points = Test points
views-boundary-test-points-tip = Hollow diamonds: samples the network never trains on — the judge's plates.
views-boundary-neuron-maps = Neuron maps
views-boundary-neuron-maps-tip = What each unit of the first hidden layer responds to: the simple shapes the output combines into the boundary.
views-boundary-live = ■ live: updated up to 5 times a second while training
views-boundary-refresh = Refresh for the current weights
views-boundary-show = Show for the current weights
views-boundary-show-tip = Computes the map with the network as it is now (before training: its random starting recipe).
views-boundary-stale = map from epoch { $epoch }; training went on to epoch { $done }: press Refresh
views-boundary-after-epoch = after epoch { $epoch }
views-boundary-no-curve = No fitted curve yet
views-boundary-no-map = No map yet
views-boundary-no-map-body = It appears when training starts (or press the button above).
views-boundary-units-title = What each unit of the first hidden layer sees ({ $layer })
views-boundary-units-tip = Each small map is one unit of the first hidden layer: bright where it fires. The output layer mixes these simple shapes into the decision boundary.
views-boundary-unit-map = Unit { $unit } map
views-boundary-unit = unit { $unit }
views-boundary-paler = · paler = less sure
views-boundary-colour-value = colour: predicted value (dark low, yellow high)
views-boundary-dots = · dots: training samples
views-boundary-diamonds = · diamonds: test samples
views-boundary-feature = feature { $n }
views-boundary-hover-class = predicted { $label } ({ $sure }% sure)
views-boundary-hover-value = predicted { $value }
views-boundary-prediction = prediction
views-boundary-train = train
views-boundary-test = test
views-boundary-map = Decision boundary map
views-boundary-network-prediction = the network's prediction

# Gradient flow (flow.rs)
views-flow-gradients = Gradients
views-flow-weights = Weights
views-flow-ratio = Update / weight ratio
views-flow-gradients-tip = The gradient says how much the loss would change if a parameter moved a little: the feedback each seasoning gets after tasting. Tiny gradients (vanishing) mean a layer barely learns; huge ones (exploding) make training jump around.
views-flow-weights-tip = The size (L2 norm) of each layer's weights: the amount of seasoning. Steady growth is normal; a sudden jump or collapse is not.
views-flow-ratio-tip = How much one optimizer step changes a layer, relative to its size. Around 0.001 is healthy; near 1 the recipe is rewritten every step (learning rate too high); below 1e-6 nothing changes.
views-flow-gradient-norm = gradient norm
views-flow-weight-norm = weight norm
views-flow-update-weight = update / weight
views-flow-show = Show { $what }
views-flow-epoch-step = epoch { $epoch } · step { $step }
views-flow-empty = No gradient statistics yet
views-flow-empty-body = They arrive at the end of every epoch: press ▶ Train or Step epoch. For each layer you will see how strongly it is being corrected.
views-flow-diagnostic = ⚠ { $message } (epoch { $epoch })
views-flow-try = Try: { $tip }
views-flow-per-layer = { $metric } per layer (log scale)
views-flow-activation-health = Activation health
views-flow-activation-health-tip = What the activation layers output on the last batch. Dead ReLUs output zero for every sample and stop learning; saturated sigmoid/tanh units sit at their limits where the gradient is almost zero.
views-flow-mean-grad = mean |gradient|
views-flow-max-grad = max |gradient|
views-flow-bar-tip =
    layer { $layer } ({ $label })
    mean |gradient| { $mean }
    max |gradient| { $max }
    gradient norm { $grad }
    weight norm { $weight }
    update / weight { $ratio }
views-flow-healthy-marker = | healthy ≈ 0.001
views-flow-healthy = healthy ≈ 0.001
views-flow-layer = Layer { $label }
views-flow-no-activations = no activation layers
views-flow-dead = dead
views-flow-dead-tip = Units that output zero for every sample of the batch: they get no gradient and no longer learn.
views-flow-saturated = saturated
views-flow-saturated-tip = Outputs pinned near the ends of the curve, where its slope (and so the gradient) is almost zero.
views-flow-zero = zero
views-flow-zero-tip = Outputs exactly zero. For ReLU around half is normal.
views-flow-mean-std = mean { $mean } · std { $std }
views-flow-mean-std-tip = Mean and spread of the outputs. A spread near zero means every sample looks the same to the next layer.
views-flow-history = History: { $metric } per layer (log scale)
views-flow-history-tip = One line per layer over the training steps. Lines that sink far below the others are layers that stopped learning.
views-flow-step = step
views-flow-hover =
    { $name }
    step { $step }
    { $value }

# The network drawn neuron by neuron (network/)
views-net-weights = Weights
views-net-gradients = Gradients
views-net-update = Last update
views-net-weights-tip = The seasonings: how strongly each input of a neuron counts, and with which sign.
views-net-gradients-tip = The feedback of one training step: how much each weight is to blame for the loss. It is computed from the output backwards (backpropagation).
views-net-update-tip = How much the optimizer changed each weight in one step.
views-net-shows = Network shows { $what }
views-net-from-batch = from the last training batch
views-net-from-sample = from one step on training sample #{ $sample }
views-net-over-epoch = change over the last epoch
views-net-trace-hint = trace a step to see them
views-net-trace = Trace a step
views-net-trace-tip = Compute the gradients and update of one training step on one sample (the network is not changed)
views-net-play = ▶ Play backprop
views-net-play-tip = Watch the feedback travel from the loss back to the first layer
views-net-error = The network has an error
views-net-error-body = Fix the layer marked in red in the editor on the left: the drawing follows the editor.
views-net-not-trained = Not trained yet: the drawing shows the network as built in the editor. Press ▶ Train or Step batch to give it weights.
views-net-changed-running = { $untrained } of { $layers } layers changed since this run started: they are drawn grey until training starts again (Stop, then Train).
views-net-changed = { $untrained } of { $layers } layers changed since training: drawn grey until the next Train gives them weights.
views-net-click = Click a neuron
views-net-click-tip = A neuron adds up its inputs, each multiplied by a weight, plus its bias, then applies the activation.
views-net-click-body = to see its incoming weights and bias. Hover a connection for its value.
views-net-input-info = An input: it has no weights of its own; it feeds every neuron of the next layer.
views-net-layer-not-trained = Not trained yet: this layer gets its weights when training starts.
views-net-no-values = no values for this view yet
views-net-bias = bias ({ $what }): { $value }
views-net-incoming = incoming ({ $what }):
views-net-input-label = Input ({ $inputs })
views-net-output-label = Output { $spec }
views-net-unit = unit { $unit }
views-net-forward = forward: cooking ▶
views-net-backprop = ◀ backprop: the feedback
views-net-feedback = ◀ feedback
views-net-input-column = Input column: { $inputs } inputs
views-net-layer-column = Layer column { $column }: { $label }, { $units } units{ $untrained }{ $mapped }
views-net-suffix-untrained = , not trained yet
views-net-suffix-map = , each with its map
views-net-input-neuron = Input neuron { $n }
views-net-neuron = Neuron { $n } of layer column { $column }
views-net-legend = blue +  red −  thicker = larger   (neuron colour: bias)
views-net-legend-maps = blue +  red −  thicker = larger   (frame: bias; picture: what the neuron outputs over the input plane)
views-net-frame-untrained = not trained yet
views-net-units = { $units } units

# Inside the convolutions (network/conv.rs)
views-conv-title = Inside the convolutions
views-conv-sample-label = feature maps of training sample
views-conv-sample-stepper = Feature-map sample
views-conv-sample-class = (a { $class })
views-conv-blocked = Feature maps appear once the network can run (see the Train button).
views-conv-computing = Computing the feature maps of this sample…
views-conv-first-of = (first { $shown } of { $total })
views-conv-layer = layer { $layer } ({ $spec })
views-conv-layer-act = layer { $layer } ({ $spec } · { $act })
views-conv-kernels = Kernels of { $what }{ $mean }{ $untrained }
views-conv-mean-over = , mean over { $channels } input channels
views-conv-untrained = {" "}— not trained yet
views-conv-kernel = Kernel { $n } of { $what }
views-conv-training-sample = Training sample #{ $sample }
views-conv-sample-channel = Sample { $sample } channel { $channel }
views-conv-feature-maps = Feature maps after { $group }: { $c } × { $h }×{ $w }
views-conv-feature-map = Feature map { $n } after layer { $layer }
# end of views

## data: the Data tab
data-read-as-categorical = Read column `{ $column }` as categorical
data-read-as-categorical-tip = Load the file again, treating every value of this column as a category (text) instead of a number
data-task-classes = { $count } classes
data-task-regression-short = regression
data-summary = In use: { $name } — input { $shape }, { $task }; { $train } train / { $val } validation / { $test } test rows
data-type-numeric = numeric
data-type-categorical = categorical
data-type-boolean = boolean
data-type-missing = { $kind }, { $missing } missing
data-no-table = No table loaded.
data-preview-title = Preview of { $name } — { $rows } rows × { $columns } columns
data-more-columns = … and { $count } more columns
data-from = Data from
data-source-builtin = Built-in dataset
data-source-builtin-tip = Generated data (spiral, circle, moons …), iris, and small digit images
data-source-csv = CSV file
data-source-csv-tip = Your own table: one row per sample, one column per value
data-reading = reading { $what } — { $percent } %
data-cancel = Cancel
data-dataset = Dataset
data-samples = Samples
data-samples-tip = How many points to generate (type a number for more, up to 1,000,000)
data-noise = Noise
data-noise-tip = How much random jitter is added to every point
data-seed = Seed
data-seed-name = Data seed
data-generating = generating…
data-still-using = Still using { $origin } until a file is opened.
data-open-csv = Open CSV…
data-open-csv-tip = Pick a file; you can also drop a file on the window or type its path
data-path = Path
data-load = Load
data-preparing = preparing data…
data-delimiter = Delimiter
data-delimiter-tip = The character between the fields of a row; read the file again with another one
data-delimiter-comma = comma ,
data-delimiter-semicolon = semicolon ;
data-delimiter-pipe = pipe |
data-delimiter-tab = tab
data-delimiter-space = space
data-detected = detected: { $name }
data-detect = detect
data-decimal-comma = Decimal comma
data-decimal-comma-yes = yes (1,5 = 1.5)
data-decimal-comma-no = no
data-decimal-comma-tip = Numbers written with a comma (1,5), as in much of Europe; detected in files whose delimiter is not a comma
data-builtin-circle = circle
data-builtin-xor = xor
data-builtin-gaussians = gaussians
data-builtin-spiral = spiral
data-builtin-moons = moons
data-builtin-plane = plane
data-builtin-sine = sine
data-builtin-multigaussian = multigaussian
data-builtin-iris = iris
data-builtin-digits = digits
data-builtin-circle-description = Two classes: points inside a small disc versus points on a ring around it.
data-builtin-xor-description = Two classes by quadrant: same-sign corners versus opposite-sign corners.
data-builtin-gaussians-description = Three round clouds of points (blobs), one class each, in 2-D.
data-builtin-spiral-description = Two spiral arms wound into each other: hard for a straight line.
data-builtin-moons-description = Two interleaving half moons, one class each.
data-builtin-plane-description = Regression: y is a tilted plane of two inputs, plus noise.
data-builtin-sine-description = Regression: y = sin(x) over two full waves, plus noise.
data-builtin-multigaussian-description = Regression: y is a landscape of two hills and two valleys over 2-D.
data-builtin-iris-description = Fisher's iris flowers: 150 flowers, 4 measurements, 3 species.
data-builtin-digits-description = 8×8 grayscale pictures of four shapes (bars, diagonal, ring) for a small CNN.
data-no-picture = { $count } input values: no 2-D picture for this data.
data-training-data = Training data
data-yellow-high = { $target } (yellow = high)
data-samples-legend = samples
data-pixels-mismatch = { $count } pixel columns do not make { $c }×{ $h }×{ $w } images: set the image size below.
data-first-images = The first { $shown } of { $total } images, with their labels
data-image-alt = image { $number }: { $label }
data-input-features = Input features
data-input-features-tip = What the network gets as its inputs. Computed features (squares, the product, sines) can make a straight-line network draw curves: feature engineering instead of hidden layers.
data-feature-column-tip = The column `{ $column }` itself
data-feature-square-tip = `{ $column }` squared: lets a single neuron draw circles and parabolas
data-feature-product-tip = the product of the two columns: positive in two opposite corners, negative in the others (XOR)
data-feature-sin-tip = the sine of `{ $column }` (radians): waves along it
data-input-width = { $count ->
    [one] The network gets { $count } input.
   *[other] The network gets { $count } inputs.
}
data-predict = Predict
data-predict-as = as
data-task-auto = decided by the data
data-task-classification = classes (classification)
data-task-regression = a number (regression)
data-preparation = Preparation
data-scaling = Scaling
data-target-scaling = Target scaling
data-target-scaling-tip = Regression only: the network learns the target scaled (fitted on the training split); RMSE, MAE, R² and predictions are shown in the target's own units
data-text-columns = Text columns
data-one-hot = One-hot
data-ordinal = Ordinal (numbered)
data-missing-values = Missing values
data-split = Split (train / val / test)
data-train-ratio = Train ratio
data-val-ratio = Validation ratio
data-test-ratio = Test ratio
data-ratios-sum = the ratios add up to { $sum }; they are used in proportion
data-image-mode = Image mode
data-image-channels = Image channels
data-image-height = Image height
data-image-width = Image width
data-features = Features ({ $used } of { $total })
data-use-every-column = Use every column except the target
data-too-many-columns = { $count } columns: too many to list; all are used
data-scaling-standardize = Standardize (mean 0, sd 1)
data-scaling-min-max = Min-max (0 to 1)
data-scaling-none = None
data-missing-drop-row = Drop the row
data-missing-fill-mean = Fill with the mean
data-missing-fill-median = Fill with the median
data-missing-fill-most-frequent = Fill with the most frequent
# end of data

## app: notices and messages from the window's logic
app-origin-none = no data
app-origin-builtin = built-in { $name }
app-origin-timing = timing data (784 features)
app-load-cancelled = loading was cancelled; the data in use did not change
app-no-path = type the path of a CSV file first
app-sample-count = { $samples } samples: choose between 1 and { $max }
app-spawn-failed = could not start a background thread ({ $error }); close other programs and try again
app-head-no-data = load data first: the output size comes from the target
app-fail-notice = { $title }: { $message }
app-wait-for-data = wait until the data has loaded
app-load-data-first = load data first: choose a built-in dataset or open a CSV file
app-output-does-not-fit = the output does not fit the task: { $error }
app-fix-network-first = fix the network first — { $error }
app-fix-settings-first = fix the training settings first: { $error }
app-network-changed = the network changed: the change applies when training starts again (Stop, then Train)
app-dialog-onnx-models = ONNX models
app-dialog-pytorch-folder = Folder for the PyTorch project
app-dialog-csv-files = CSV files
app-dialog-all-files = All files
app-dialog-sessions = layerlab sessions
app-preset-small-mlp = Small MLP
app-preset-deep-mlp = Deep MLP
app-preset-cnn = CNN for images
app-preset-small-mlp-description = Two hidden layers of 8 units with ReLU: enough for most 2-D data.
app-preset-deep-mlp-description = Four hidden layers of 32 units: more capacity, slower to train.
app-preset-cnn-description = Convolutions and pooling, then a dense layer: needs image input (C×H×W).
app-layer-output = Output
app-lr-set = learning rate set to { $lr }
app-eta-seconds = about { $seconds } s left
app-eta-minutes = about { $minutes } min left
app-eta-hours = about { $hours } h left
app-no-file-chosen = no file chosen (if no dialog appeared, type the path into the path field instead)
app-choose-save-as = choose where to save with Save As…, then try again
app-new-session = new session
app-autosave-failed = autosave failed: { $error }
app-could-not-save = Could not save
app-could-not-open-session = Could not open the session
app-recovery-discarded = the autosaved session was discarded
app-recovery-restored = the autosaved session was restored; save it to keep it
app-weights-not-restored = the saved weights were not restored: { $error }
app-opened = opened { $path }
app-opened-with-warnings = opened { $path } — { $warnings }
app-saved = saved { $path }
app-unknown-data = unknown data
app-previous-run = previous run
app-init-auto = auto init
app-init-named = { $init } init
app-run-label = { $optimizer } lr { $lr } · { $init } · batch { $batch }
app-no-trained-weights = train the network first: there are no trained weights to export
app-load-the-data-first = load the data first
app-cannot-export-yet = cannot export yet: { $why }
app-cannot-predict-yet = cannot predict yet: { $why }
app-exported-pytorch = exported the PyTorch project
app-exported-onnx = exported the ONNX model
app-predicted-rows = predicted { $predicted } of { $rows } rows of { $name } ({ $skipped } skipped for missing values)
app-predicted-file = predicted { $name }
app-files-in = { $count } files in { $folder }
app-output-done = { $what }: { $shown }
app-output-failed = { $what }: { $error }
app-could-not-finish = Could not finish
app-cannot-train-yet = cannot train yet: { $why }
app-cannot-look-yet = cannot look yet: { $why }
app-could-not-compute = could not compute that: { $error }
app-kept-weights = kept the trained weights of unchanged layers; re-initialized: { $layers }
app-reset-done = weights and history cleared; the next Train starts fresh from seed { $seed }
app-old-data = the old data
app-new-data = new data: a new run starts at epoch 0; the run on { $label } is kept as a ghost
app-training-finished = training finished after { $epoch } epochs
app-training-stopped = training stopped in epoch { $epoch }; Continue goes on from here, Reset starts over
app-stopped-early = stopped early at epoch { $epoch }: the validation loss stopped improving
app-phase-ready = Ready
app-phase-starting = Starting…
app-phase-training = Training
app-phase-paused = Paused
app-phase-stopping = Stopping…
app-phase-done = Done
app-phase-stopped = Stopped
app-phase-stopped-early = Stopped early
app-phase-failed = Failed
app-training-thread-ended = the training thread ended without a final report; the last weights are kept
app-join-thread-failed = could not start a thread to end training cleanly: { $error }
# end of app

## lessons: the lesson panel
lessons-menu = Lessons
lessons-close = Close the lesson
lessons-show = Show the lesson
lessons-hide = Fold the lesson away
lessons-step-of = step { $step } of { $total }
lessons-next = Next ▶
lessons-back = ◀ Back
lessons-restart = Restart
lessons-last-step = This is the last step
lessons-not-yet = Do what the step asks first (see below)
lessons-question = Question:
lessons-answer = Answer:
lessons-reveal = Reveal the answer
lessons-done = Lesson complete. Well cooked!
lessons-wait-train = Train to epoch { $epochs } (press Train)
lessons-wait-layers = Change the layers (add, remove or edit one)
lessons-wait-view = Open the { $view } view
lessons-wait-evaluate = Press Evaluate in the Judge view
lessons-wait-trace = Trace one sample in the Step view
lessons-check-test = Test accuracy at least { $value }
lessons-check-val = Validation accuracy at least { $value }
lessons-check-loss = Training loss below { $value }
lessons-check-nan = The loss became infinite or NaN (not a number)
lessons-check-early = Early stopping ended the run
lessons-check-overfit = The overfitting warning appeared
lessons-check-identical = The hidden units are all identical
lessons-check-differ = The hidden units differ from each other
lessons-dialog-filter = layerlab lessons
lessons-open-file = Open a lesson file…
lessons-file-error = This lesson cannot be used: { $error }
# end of lessons

## replay: the timeline under the views
replay-play = Replay the run from the start, epoch by epoch, at the chosen speed
replay-pause = Pause the replay
replay-label = Replay
replay-tip = Drag to see the network as it was at that epoch ({ $frames } epochs recorded)
replay-epoch = epoch { $epoch }
replay-live = live (epoch { $epoch })
replay-go-live = Live
replay-busy = Pause or stop the training to replay it
replay-changed = The network or data changed since this run: train again to replay
replay-save = Save with the session
replay-save-tip = Keep these epochs in the session file ({ $size }), so it opens ready to replay
replay-marker = replay
replay-empty = Train, and every epoch is recorded here to replay afterwards
replay-untitled = untitled
# end of replay
