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
# end of lessons
