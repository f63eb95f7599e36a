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
# end of controls

## views: Judge, Boundary, Flow, Network, compare
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
# end of lessons
