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
# end of controls

## views: Judge, Boundary, Flow, Network, compare
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
# end of lessons
