#!/usr/bin/env bash
# Recreates the example sessions in saves/ (documented in README.md). Deterministic: the
# same commands give the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
L=target/debug/layerlab
$L train --builtin xor --layers dense:8,tanh --epochs 60 --lr 0.03 --seed 1 --save saves/xor-tanh.ron
$L train --builtin spiral --layers dense:32,relu,dense:32,relu --epochs 150 --lr 0.01 --seed 1 --save saves/spiral.ron
$L train --data assets/iris.csv --target species --layers dense:16,relu --epochs 150 --batch 16 --seed 1 --save saves/iris.ron
$L train --builtin digits --layers conv:8:3,relu,maxpool:2,flatten,dense:32,relu --epochs 15 --seed 1 --save saves/digits-cnn.ron
