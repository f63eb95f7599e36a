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
# Menus
controls-menu-file = 檔案
controls-menu-new = 新增
controls-menu-open = 開啟…
controls-menu-save = 儲存
controls-menu-save-as = 另存新檔…
controls-menu-export = 匯出
controls-menu-export-onnx = ONNX 模型…
controls-menu-export-onnx-tip = 訓練好的網路連同資料前處理，供其他程式使用（onnxruntime、tract…）
controls-menu-export-pytorch = PyTorch 專案…
controls-menu-export-pytorch-tip = model.py、權重、資料前處理和 train.py，用 PyTorch 繼續訓練（也可用 torchrun 在多台機器上訓練）
controls-menu-recent = 最近開啟
controls-menu-recent-none = 沒有最近的工作階段
controls-menu-examples = 範例
controls-menu-examples-none = saves/ 中找不到範例工作階段
controls-menu-by-path = 依路徑開啟或儲存…
controls-menu-by-path-tip = 適用於沒有檔案對話框的機器：輸入工作階段檔案的路徑
controls-menu-quit = 結束
controls-menu-edit = 編輯
controls-menu-undo = 復原
controls-menu-redo = 重做
controls-menu-view = 檢視
controls-menu-debug = 除錯（影格耗時）
controls-menu-help = 說明
controls-menu-shortcuts = 快速鍵與提示
controls-menu-guide = 導覽：把訓練迴圈看作做菜
# Tabs (the accessible name of a tab is its title plus " tab")
controls-tab-loss = 損失
controls-tab-data = 資料
controls-tab-flow = 梯度流
controls-tab-network = 網路
controls-tab-boundary = 決策邊界
controls-tab-judge = 評審
controls-tab-step = 單步
controls-tab-name = { $title }分頁
# Training controls
controls-train-heading = 訓練
controls-play-train = ▶ 訓練
controls-play-continue = ▶ 繼續訓練
controls-play-resume = ▶ 繼續
controls-play-pause = ⏸ 暫停
controls-train = 訓練
controls-key-space = 空白鍵
controls-key-escape = Esc 鍵
controls-stop-button = ⏹ 停止
controls-stop = 停止
controls-stop-tip = 停止；權重會保留，再按「訓練」會從這裡接著練
controls-step-batch = 單步一批
controls-step-batch-tip = 訓練一個批次，然後暫停
controls-step-epoch = 單步一輪
controls-step-epoch-tip = 訓練到本輪結束，然後暫停
controls-reset = 重設
controls-reset-tip = 清除權重和歷史紀錄；下次訓練從隨機種子重新開始
controls-speed = 速度
controls-pace-full = 全速
controls-pace-epochs = 每秒 { $n } 輪
controls-pace-batches = 慢動作：每秒 { $n } 批
controls-epoch-progress = 第 { $epoch } / { $total } 輪
controls-batch-progress = 批次 { $batch } / { $total }
controls-samples-per-sec = { $rate } 樣本/秒
# Training settings
controls-learning-rate = 學習率
controls-lr-divide = 學習率 ÷10
controls-lr-multiply = 學習率 ×10
controls-optimizer = 最佳化器
controls-optimizer-settings = 最佳化器設定
controls-optimizer-momentum = 動量
controls-loss = 損失
controls-loss-auto = 自動
controls-loss-auto-is = 自動（{ $loss }）
controls-loss-auto-task = 自動（依任務選擇）
controls-loss-cross-entropy = 交叉熵
controls-loss-binary-cross-entropy = 二元交叉熵
controls-loss-mse = 均方誤差
controls-loss-mae = 平均絕對誤差
controls-loss-huber = Huber
controls-loss-settings = 損失設定
controls-huber-delta = Huber delta
controls-batch-size = 批次大小
controls-epochs = 輪數
controls-warmup = 暖身輪數
controls-seed = 隨機種子
controls-l1 = L1 懲罰
controls-l2 = L2 懲罰
controls-clip = 梯度裁剪
controls-clip-norm = 梯度裁剪範數
controls-early-stopping = 提早停止
controls-patience = 耐心輪數
controls-early-stopping-patience = 提早停止耐心輪數
controls-applies-later = 除學習率外，其他變更在重新開始訓練時生效。
controls-schedule = 學習率排程
controls-schedule-settings = 排程設定
controls-schedule-constant = 固定
controls-schedule-step = 階梯衰減
controls-schedule-exponential = 指數衰減
controls-schedule-cosine = 餘弦退火
controls-step-every = 間隔（輪）
controls-step-every-name = 階梯間隔輪數
controls-step-factor = 衰減係數
controls-step-factor-name = 階梯衰減係數
controls-exp-factor = 每輪係數
controls-exp-factor-name = 指數衰減係數
controls-cosine-length = 長度（輪）
controls-cosine-length-name = 餘弦週期長度
controls-cosine-final = 最終係數
controls-cosine-final-name = 餘弦最終係數
controls-init = 初始化
controls-init-settings = 初始化設定
controls-init-auto = 自動
controls-init-constant = 常數
controls-init-zeros = 全零
controls-init-uniform = 均勻分布
controls-init-normal = 常態分布
controls-init-xavier-uniform = Xavier 均勻
controls-init-xavier-normal = Xavier 常態
controls-init-he-uniform = He 均勻
controls-init-he-normal = He 常態
controls-init-value = 數值
controls-init-limit = 範圍 ±
controls-init-std = 標準差
controls-init-value-name = 初始化數值
controls-threads = 執行緒
controls-threads-auto = 自動
controls-threads-cores = { $n } 核
# The layer editor
controls-editor-heading = 網路
controls-presets = 預設
controls-total-params = 參數總數：{ $count }
controls-total-params-unknown = 參數總數：—（請修正標出的層）
controls-reset-banner = 未變更的層保留已訓練的權重；下次訓練將重新初始化：{ $layers }
controls-add-layer-button = ➕ 新增層
controls-add-layer-tip = 在最後（輸出層之前）新增一層
controls-input = 輸入
controls-features = { $n } 個特徵
controls-image = 影像 { $shape }
controls-input-from = { $what }，來自 { $dataset }
controls-no-data = 還沒有資料——請到「資料」分頁選擇
controls-output = 輸出
controls-classes = { $n } 個類別
controls-regression = 迴歸
controls-output-fixed = 由任務決定：{ $what }
controls-new-layer = 新
controls-new-layer-tip = 下次訓練時重新初始化
controls-params = { $count } 個參數
controls-out-shape = 輸出 { $shape }
controls-insert-at = 在第 { $n } 個位置插入層
controls-insert-tip = 在這裡插入一層
controls-add-a-layer = 新增一層
controls-add-kind = 新增 { $kind }
controls-comes-with-activation = 會連同激活函數一起新增：沒有激活函數，疊在一起的層會塌縮成單獨一個直線（線性）層。
controls-layer-name = 第 { $n } 層（{ $kind }）
controls-remove = 刪除
controls-remove-named = 刪除{ $name }
controls-duplicate = 複製
controls-duplicate-named = 複製{ $name }
controls-move-down = 下移
controls-move-down-named = 下移{ $name }
controls-move-up = 上移
controls-move-up-named = 上移{ $name }
controls-layer-setting = 第 { $n } 層{ $what }
controls-layer-units = 神經元數
controls-layer-bias = 偏置
controls-layer-filters = 卷積核數
controls-layer-kernel = 核大小
controls-layer-stride = 步幅
controls-layer-padding = 填補
controls-layer-size = 視窗大小
controls-layer-drop = 丟棄機率
controls-layer-no-settings = 無需設定
controls-layer-function = 函數
controls-layer-slope = 斜率
controls-layer-alpha = alpha
controls-fewer = 減少{ $name }
controls-more = 增加{ $name }
controls-fewer-tip = 減少
controls-more-tip = 增加
# Presenter mode
controls-layers = 層
controls-add-button = ➕ 新增
controls-add-layer = 新增層
controls-presenter-output = 輸出：Dense { $units }
controls-presenter-output-none = 輸出：—
controls-dataset = 資料集
# Dialogs
controls-ok = 確定
controls-unsaved-title = 要儲存變更嗎？
controls-unsaved-quit = 這個工作階段有尚未儲存的變更。關閉前要儲存嗎？
controls-unsaved-new = 這個工作階段有尚未儲存的變更。新增工作階段前要儲存嗎？
controls-unsaved-open = 這個工作階段有尚未儲存的變更。開啟另一個工作階段前要儲存嗎？
controls-dont-save = 不儲存
controls-cancel = 取消
controls-outside-title = 要讀取工作階段資料夾以外的檔案嗎？
controls-outside-reads = 工作階段 { $name } 從這裡讀取資料：
controls-outside-warning = 它位於工作階段資料夾之外。只有在你確定這個工作階段應該使用該檔案時才讀取。
controls-outside-read = 讀取
controls-outside-refuse = 開啟但不讀取資料
controls-recovery-title = 要還原上次的工作階段嗎？
controls-recovery-body = layerlab 上次沒有正常關閉。訓練過程中自動儲存了一份工作階段。
controls-recovery-restore = 還原
controls-recovery-discard = 捨棄
controls-path-title = 工作階段檔案
controls-path-explain = 輸入工作階段檔案（.ron）的路徑，用來開啟或儲存。
controls-path-label = 工作階段路徑
controls-path-open = 開啟該路徑
controls-path-save = 儲存到該路徑
controls-help-title = 說明
controls-help-keyboard = 鍵盤
controls-help-key-space = 訓練 / 暫停 / 繼續
controls-help-key-undo = 復原對網路的修改
controls-help-key-redo = 重做
controls-help-key-save = 儲存工作階段
controls-help-key-open = 開啟工作階段
controls-help-key-views = 開啟「損失」…「單步」檢視
controls-help-key-escape = 關閉選單、下拉清單或本視窗
controls-help-start = 快速上手
controls-help-step1 = 1. 在「資料」分頁選資料（內建資料集，或 CSV 檔案：開啟、拖入或輸入路徑）。
controls-help-step2 = 2. 在左側搭建網路：從層清單新增層，用 − 和 + 調整神經元數。
controls-help-step3 = 3. 按下 ▶ 訓練，看損失一路下降。逐批單步訓練，看清每一次更新。
# The status bar
controls-status-epoch = 第 { $epoch } 輪
controls-status-no-batch = 批次 —
controls-status-no-speed = — 樣本/秒
controls-status-unsaved = 有尚未儲存的變更
controls-status-saved = 已儲存
# View ▸ Debug
controls-debug-title = 除錯
controls-debug-p95 = 每影格工作量 p95：{ $ms } ms
controls-debug-frames = p50 { $p50 } ms · 最大 { $max } ms · { $frames } 影格（預算 { $budget } ms）
controls-debug-none = 尚未量測到影格
controls-debug-cpu = 介面執行緒每影格 CPU：p50 { $p50 } ms · p95 { $p95 } ms（不含被其他程式搶占的時間）
controls-debug-fps = 最近一秒繪製的影格數：{ $last } · 啟動以來：{ $total }
controls-debug-speed = 訓練：{ $rate } 樣本/秒
controls-debug-jobs = 背景工作執行中：{ $n }
controls-debug-phase = 訓練：{ $phase }
controls-debug-timing = 載入 784 特徵的計時資料
controls-debug-timing-tip = 6000 個樣本、784 個特徵、10 個類別：MLP 的基準工作量
# View ▸ look
controls-theme = 主題
controls-theme-system = 跟隨系統
controls-theme-light = 淺色
controls-theme-dark = 深色
controls-theme-name = { $name }主題
controls-presenter = 簡報模式
controls-presenter-tip = 更大的字型、高對比、隱藏進階控制項——適合投影
controls-zoom = 縮放 { $percent }%
controls-zoom-out = 縮小
controls-zoom-in = 放大
controls-zoom-reset = 重設縮放
# The Loss view
controls-log-scale = 對數刻度
controls-raw-batch-loss = 原始批次損失
controls-latest-train-loss = 訓練損失 { $value }
controls-latest-val-loss = 驗證損失 { $value }
controls-latest-val-metric = 驗證{ $metric } { $value }
controls-latest-train-metric = 訓練{ $metric } { $value }
controls-metric-accuracy = 準確率
controls-metric-accuracy-title = 準確率
controls-loss-points = 已記錄 { $points } 個損失點 · { $epochs } 輪
controls-loss-empty = 按 ▶ 訓練（或空白鍵）開始。
controls-loss-empty-more = 網路學習時，損失曲線會出現在這裡。
controls-loss-title = 損失
controls-line-batch = 批次損失
controls-line-smoothed = 平滑後的批次損失
controls-line-train = 訓練損失（每輪）
controls-line-val = 驗證損失（每輪）
controls-line-lr = 學習率已調整
controls-line-diagnostic = 診斷
controls-axis-step = 步數
controls-axis-loss = 損失
controls-axis-loss-log = 損失（對數刻度）
controls-axis-epoch = 輪次
controls-hover-step = 步數 { $step }
controls-hover-loss = 損失 { $loss }
controls-metric-train = 訓練{ $metric }
controls-metric-val = 驗證{ $metric }
# end of controls

## views: Judge, Boundary, Flow, Network, compare
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
# end of lessons
