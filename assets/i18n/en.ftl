# layerlab: the window's words in English (the reference: every other language has the
# same keys; tests/suite/i18n_keys.rs checks it). One section per panel; keys start with
# the section's name. Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = Language
