# layerlab: the window's words in Traditional Chinese (繁體中文). Exactly the keys of en.ftl, in the same
# sections (tests/suite/i18n_keys.rs checks it). Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = 語言
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
lessons-menu = 課程
lessons-close = 關閉課程
lessons-show = 展開課程
lessons-hide = 收起課程
lessons-step-of = 第 { $step } 步，共 { $total } 步
lessons-next = 下一步 ▶
lessons-back = ◀ 上一步
lessons-restart = 從頭開始
lessons-last-step = 這是最後一步
lessons-not-yet = 請先完成這一步的要求（見下方）
lessons-question = 提問：
lessons-answer = 答案：
lessons-reveal = 揭曉答案
lessons-done = 課程完成。這道菜做得好！
lessons-wait-train = 訓練到第 { $epochs } 輪（按「訓練」）
lessons-wait-layers = 修改網路層（新增、刪除或編輯一層）
lessons-wait-view = 開啟「{ $view }」檢視
lessons-wait-evaluate = 在評審檢視中按「評估」
lessons-wait-trace = 在單步檢視中追蹤一個樣本
lessons-check-test = 測試集準確率至少 { $value }
lessons-check-val = 驗證集準確率至少 { $value }
lessons-check-loss = 訓練損失低於 { $value }
lessons-check-nan = 損失變成了 NaN（不是一個數）
lessons-check-early = 提前停止結束了訓練
lessons-check-overfit = 出現了過擬合警告
lessons-check-identical = 隱藏層的神經元完全相同
lessons-check-differ = 隱藏層的神經元彼此不同
# end of lessons

## replay: the timeline under the views
replay-play = 依所選速度，從頭逐輪重播這次訓練
replay-pause = 暫停重播
replay-label = 重播
replay-tip = 拖曳查看網路在那一輪時的樣子（已記錄 { $frames } 輪）
replay-epoch = 第 { $epoch } 輪
replay-live = 即時（第 { $epoch } 輪）
replay-go-live = 回到即時
replay-busy = 先暫停或停止訓練，才能重播
replay-changed = 這次訓練之後網路或資料改動過：請重新訓練再重播
replay-save = 隨工作階段儲存
replay-save-tip = 把這些輪次存進工作階段檔案（{ $size }），開啟時就能直接重播
# end of replay
