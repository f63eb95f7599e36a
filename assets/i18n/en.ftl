# layerlab: the window's words in English (the reference: every other language has the
# same keys; tests/suite/i18n_keys.rs checks it). One section per panel; keys start with
# the section's name. Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = Language
# end of menu

## words: the guide, the tooltips of every setting and kind, the Step view
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
# View ▸ Debug
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
# View ▸ look
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
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
# end of lessons
