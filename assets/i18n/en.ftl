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
# end of data

## app: notices and messages from the window's logic
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
lessons-check-nan = The loss became NaN (not a number)
lessons-check-early = Early stopping ended the run
lessons-check-overfit = The overfitting warning appeared
lessons-check-identical = The hidden units are all identical
lessons-check-differ = The hidden units differ from each other
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
# end of replay
