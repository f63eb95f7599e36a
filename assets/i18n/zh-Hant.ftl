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
views-no-data = 還沒有資料
views-no-data-body = 請先在「資料」頁載入資料。

# 評審（judge.rs）
views-judge-need-data = 請先載入資料
views-judge-no-test-split = 這份資料沒有測試集：請在「資料」頁設定測試集比例
views-judge-evaluate-button = ⚖ 在測試集上評估
views-judge-evaluate = 在測試集上評估
views-judge-evaluate-tip = 評審品嚐的是廚師從沒練過的菜：測試樣本。它們的得分說明這份配方在新資料上做得如何。
views-judge-tasting = 評審正在品嚐…
views-judge-predict-button = 預測 CSV…
views-judge-predict = 預測 CSV
views-judge-predict-tip = 用訓練好的網路處理一個欄位相同的 CSV 檔案的每一列；預測結果寫在它旁邊，檔名為 NAME.predictions.csv
views-judge-test-loss = 測試損失 { $loss }（{ $rows } 個樣本）
views-judge-not-judged = 評審還沒評分
views-judge-not-judged-body = 先訓練一會兒，再按「在測試集上評估」。測試樣本從未用於訓練，所以能看出網路在新資料上的表現。
views-judge-close = ✖ 關閉
views-judge-accuracy = 準確率
views-judge-accuracy-tip = 網路判對類別的測試樣本所占的比例。
views-judge-confusion = 混淆矩陣
views-judge-confusion-tip = 列：樣本實際上是什麼。欄：網路說它是什麼。對角線上是答對的；其餘都是搞混了。點一個格子，列出其中的樣本。
views-judge-per-class = 各類別指標
views-judge-per-class-tip = 精確率：被判為這一類的樣本中，真正屬於這一類的比例。召回率：這一類的樣本中，被找出來的比例。F1 兼顧兩者。
views-judge-col-class = 類別
views-judge-col-precision = 精確率
views-judge-col-recall = 召回率
views-judge-col-samples = 樣本數
views-judge-cell-samples = { $count } 個樣本實為 { $actual }，卻被判為 { $predicted }：
views-judge-open-test-sample = 開啟測試樣本 { $row }
views-judge-and-more = … 還有 { $count } 個
views-judge-confusion-axes = 列：實際類別，欄：預測類別
views-judge-confusion-cell = { $actual } 被判為 { $predicted }
views-judge-confusion-cell-tip = { $count } 個 { $actual } 樣本被判為 { $predicted }（占該類的 { $share }%）
views-judge-rmse-tip = 均方根誤差：一次失誤的典型大小，單位與目標相同；大的失誤算得更重。
views-judge-mae-tip = 平均絕對誤差：失誤的平均大小。
views-judge-r2-tip = 1 表示完美；0 表示不比總是猜平均值好；小於 0 則比那還差。
views-judge-pred-vs-actual = 預測值對實際值
views-judge-pred-vs-actual-tip = 每個點是一個測試樣本。落在虛線上代表預測完全正確；離虛線越遠，偏差越大。
views-judge-test-samples = 測試樣本
views-judge-perfect = 完全正確
views-judge-actual = 實際值
views-judge-predicted = 預測值
views-judge-hover =
    實際值 { $actual }
    預測值 { $predicted }
views-judge-worst = 做得最差的幾道菜
views-judge-worst-tip = 損失最高的測試樣本：配方最失敗的地方。常見原因是標註錯誤、少見的情況，或網路還沒學會的區域。
views-judge-col-sample = 樣本
views-judge-col-loss = 損失
views-judge-open = 開啟
views-judge-open-worst = 開啟最差樣本 { $row }
views-judge-sample-title = 測試樣本 #{ $row }
views-judge-ingredients = 它的食材（輸入，已縮放）
views-judge-more = … 還有 { $count } 個
views-judge-it-is = 實際類別：{ $class }
views-judge-answer = 網路的回答（每個類別的機率）
views-judge-actual-predicted = 實際值 { $actual } · 預測值 { $predicted }
views-judge-sample-loss = 這個樣本的損失：{ $loss }
views-judge-forward = 它的前向傳播，逐層顯示
views-judge-show-forward = 顯示它的前向傳播
views-judge-show-forward-tip = 讓這個測試樣本逐層通過網路（不做任何訓練）

# 比較訓練（compare.rs）
views-compare-title = 比較訓練：
views-compare-tip = 把一次訓練的曲線留作淡淡的「幽靈」，然後重設、改一項設定（最佳化器、初始化、學習率…）再訓練一次，就能看出差別。重設時會自動把這次訓練留作幽靈。
views-compare-keep = 📌 保留這次訓練
views-compare-keep-tip = 把目前的曲線留作幽靈
views-compare-keep-disabled = 請先至少訓練一輪
views-compare-none = 還沒有幽靈
views-compare-show = 顯示幽靈
views-compare-other-data = { $label } — 基於 { $data }，不在這份資料上顯示
views-compare-other-data-tip = 只有同一份資料上的訓練才能比較：重新載入那份資料即可看到這個幽靈。
views-compare-clear = 清除幽靈
views-compare-clear-tip = 丟掉保留的訓練
views-compare-ghost = 幽靈：{ $label }

# 決策邊界（boundary.rs）
views-boundary-not-images = 不適用於影像
views-boundary-not-images-body = 決策邊界畫在兩個輸入特徵上，而影像有成百上千個。試試「網路」或「梯度流」檢視。
views-boundary-needs-two = 需要兩個輸入特徵
views-boundary-needs-two-body = 這張圖畫在兩個特徵上，而這份資料只有一個。
views-boundary-plane = 以 { $x } 和 { $y } 為座標，使用它們原本的單位
views-boundary-plane-tip = 網路的每個輸入（這些欄位本身，以及由它們算出的輸入特徵）都在圖上每一點由這兩個值算出。
views-boundary-horizontal = 橫軸特徵
views-boundary-vertical = 縱軸特徵
views-boundary-median = 其他特徵固定在中位數
views-boundary-median-tip = 這張圖是輸入空間的一個切片：不在座標軸上的特徵都固定在訓練資料中的典型值（中位數）。
views-boundary-test-points = 測試點
views-boundary-test-points-tip = 空心菱形：網路從不拿來訓練的樣本——端給評審的菜。
views-boundary-neuron-maps = 神經元圖
views-boundary-neuron-maps-tip = 第一個隱藏層的每個單元對什麼有反應：輸出層把這些簡單形狀組合成決策邊界。
views-boundary-live = ■ 即時：訓練時每秒最多更新 5 次
views-boundary-refresh = 依目前權重重新整理
views-boundary-show = 依目前權重顯示
views-boundary-show-tip = 用網路現在的樣子計算這張圖（訓練前：它隨機的初始配方）。
views-boundary-stale = 這張圖來自第 { $epoch } 輪；訓練已進行到第 { $done } 輪：請按「重新整理」
views-boundary-after-epoch = 第 { $epoch } 輪之後
views-boundary-no-curve = 還沒有擬合曲線
views-boundary-no-map = 還沒有圖
views-boundary-no-map-body = 開始訓練後就會出現（也可以按上面的按鈕）。
views-boundary-units-title = 第一個隱藏層每個單元看到的（{ $layer }）
views-boundary-units-tip = 每張小圖是第一個隱藏層的一個單元：它被激發的地方就亮。輸出層把這些簡單形狀混合成決策邊界。
views-boundary-unit-map = 單元 { $unit } 的圖
views-boundary-unit = 單元 { $unit }
views-boundary-paler = · 越淡 = 越不確定
views-boundary-colour-value = 顏色：預測值（暗為低，黃為高）
views-boundary-dots = · 圓點：訓練樣本
views-boundary-diamonds = · 菱形：測試樣本
views-boundary-feature = 特徵 { $n }
views-boundary-hover-class = 預測為 { $label }（把握 { $sure }%）
views-boundary-hover-value = 預測值 { $value }
views-boundary-prediction = 預測
views-boundary-train = 訓練
views-boundary-test = 測試
views-boundary-map = 決策邊界圖
views-boundary-network-prediction = 網路的預測

# 梯度流（flow.rs）
views-flow-gradients = 梯度
views-flow-weights = 權重
views-flow-ratio = 更新量 / 權重比
views-flow-gradients-tip = 梯度表示某個參數稍微變動時損失會變多少：也就是嚐過味道後每種調料得到的回饋。梯度極小（消失）代表這一層幾乎學不動；梯度極大（爆炸）會讓訓練上下亂跳。
views-flow-weights-tip = 每層權重的大小（L2 範數）：調料放了多少。穩定成長是正常的；突然暴增或崩塌就不正常。
views-flow-ratio-tip = 最佳化器一步讓某一層改變了多少（相對於它本身的大小）。0.001 左右是健康的；接近 1 代表每一步都在重寫配方（學習率太高）；低於 1e-6 則幾乎沒有變化。
views-flow-gradient-norm = 梯度範數
views-flow-weight-norm = 權重範數
views-flow-update-weight = 更新量 / 權重
views-flow-show = 顯示{ $what }
views-flow-epoch-step = 第 { $epoch } 輪 · 第 { $step } 步
views-flow-empty = 還沒有梯度統計
views-flow-empty-body = 每輪結束時出現：按 ▶ 訓練 或「單步一輪」。你會看到每一層被修正得有多厲害。
views-flow-diagnostic = ⚠ { $message }（第 { $epoch } 輪）
views-flow-try = 試試：{ $tip }
views-flow-per-layer = 每層的{ $metric }（對數刻度）
views-flow-activation-health = 激活健康度
views-flow-activation-health-tip = 激活層在最近一個批次上的輸出。死掉的 ReLU 對每個樣本都輸出零，不再學習；飽和的 sigmoid/tanh 單元停在兩端，那裡的梯度幾乎為零。
views-flow-mean-grad = 平均 |梯度|
views-flow-max-grad = 最大 |梯度|
views-flow-bar-tip =
    第 { $layer } 層（{ $label }）
    平均 |梯度| { $mean }
    最大 |梯度| { $max }
    梯度範數 { $grad }
    權重範數 { $weight }
    更新量 / 權重 { $ratio }
views-flow-healthy-marker = | 健康 ≈ 0.001
views-flow-healthy = 健康 ≈ 0.001
views-flow-layer = 層 { $label }
views-flow-no-activations = 沒有激活層
views-flow-dead = 死亡
views-flow-dead-tip = 對批次裡每個樣本都輸出零的單元：它們得不到梯度，不再學習。
views-flow-saturated = 飽和
views-flow-saturated-tip = 輸出被壓在曲線兩端，那裡的斜率（也就是梯度）幾乎為零。
views-flow-zero = 為零
views-flow-zero-tip = 輸出恰好為零。對 ReLU 來說，一半左右是正常的。
views-flow-mean-std = 平均 { $mean } · 標準差 { $std }
views-flow-mean-std-tip = 輸出的平均與離散程度。離散程度接近零，代表在下一層看來每個樣本都一樣。
views-flow-history = 歷史：每層的{ $metric }（對數刻度）
views-flow-history-tip = 每層一條線，橫軸是訓練步數。遠遠沉到其他線下方的，就是已經停止學習的層。
views-flow-step = 步數
views-flow-hover =
    { $name }
    第 { $step } 步
    { $value }

# 逐個神經元畫出的網路（network/）
views-net-weights = 權重
views-net-gradients = 梯度
views-net-update = 上次更新
views-net-weights-tip = 調料：神經元的每個輸入占多大分量，是正還是負。
views-net-gradients-tip = 一步訓練的回饋：每個權重對損失該負多大責任。它從輸出往回計算（反向傳播）。
views-net-update-tip = 最佳化器在一步中把每個權重改了多少。
views-net-shows = 網路顯示{ $what }
views-net-from-batch = 來自最近一個訓練批次
views-net-from-sample = 來自訓練樣本 #{ $sample } 上的一步
views-net-over-epoch = 上一輪中的變化
views-net-trace-hint = 追蹤一步才能看到
views-net-trace = 追蹤一步
views-net-trace-tip = 在一個樣本上計算一步訓練的梯度和更新量（網路本身不會改變）
views-net-play = ▶ 播放反向傳播
views-net-play-tip = 看回饋如何從損失一路傳回第一層
views-net-error = 網路有錯誤
views-net-error-body = 請修正左側編輯器中標紅的層：圖會跟著編輯器變化。
views-net-not-trained = 尚未訓練：圖中是編輯器裡搭好的網路。按 ▶ 訓練 或「單步一批」給它權重。
views-net-changed-running = { $layers } 層中有 { $untrained } 層在本次訓練開始後改動過：它們顯示為灰色，直到重新開始訓練（先停止，再訓練）。
views-net-changed = { $layers } 層中有 { $untrained } 層在訓練後改動過：顯示為灰色，直到下次訓練給它們權重。
views-net-click = 點一個神經元
views-net-click-tip = 神經元把每個輸入乘上權重後相加，再加上偏置，然後套用激活函數。
views-net-click-body = 查看它的輸入權重和偏置。滑鼠停在連線上可看它的數值。
views-net-input-info = 這是一個輸入：它自己沒有權重，只把數值送給下一層的每個神經元。
views-net-layer-not-trained = 尚未訓練：這一層在開始訓練時才會得到權重。
views-net-no-values = 這個檢視還沒有數值
views-net-bias = 偏置（{ $what }）：{ $value }
views-net-incoming = 輸入連線（{ $what }）：
views-net-input-label = 輸入（{ $inputs }）
views-net-output-label = 輸出 { $spec }
views-net-unit = 單元 { $unit }
views-net-forward = 前向：做菜 ▶
views-net-backprop = ◀ 反向傳播：回饋
views-net-feedback = ◀ 回饋
views-net-input-column = 輸入欄：{ $inputs } 個輸入
views-net-layer-column = 第 { $column } 欄：{ $label }，{ $units } 個單元{ $untrained }{ $mapped }
views-net-suffix-untrained = ，尚未訓練
views-net-suffix-map = ，每個都附小圖
views-net-input-neuron = 輸入神經元 { $n }
views-net-neuron = 第 { $column } 欄的神經元 { $n }
views-net-legend = 藍 +  紅 −  越粗 = 越大   （神經元顏色：偏置）
views-net-legend-maps = 藍 +  紅 −  越粗 = 越大   （邊框：偏置；小圖：神經元在輸入平面上的輸出）
views-net-frame-untrained = 尚未訓練
views-net-units = { $units } 個單元

# 卷積內部（network/conv.rs）
views-conv-title = 卷積內部
views-conv-sample-label = 特徵圖來自訓練樣本
views-conv-sample-stepper = 特徵圖樣本
views-conv-sample-class = （類別：{ $class }）
views-conv-blocked = 網路能執行後就會顯示特徵圖（見「訓練」按鈕）。
views-conv-computing = 正在計算這個樣本的特徵圖…
views-conv-first-of = （前 { $shown } 個，共 { $total } 個）
views-conv-layer = 第 { $layer } 層（{ $spec }）
views-conv-layer-act = 第 { $layer } 層（{ $spec } · { $act }）
views-conv-kernels = { $what }的卷積核{ $mean }{ $untrained }
views-conv-mean-over = ，{ $channels } 個輸入通道的平均
views-conv-untrained = ——尚未訓練
views-conv-kernel = { $what }的卷積核 { $n }
views-conv-training-sample = 訓練樣本 #{ $sample }
views-conv-sample-channel = 樣本 { $sample } 通道 { $channel }
views-conv-feature-maps = { $group }之後的特徵圖：{ $c } × { $h }×{ $w }
views-conv-feature-map = 第 { $layer } 層之後的特徵圖 { $n }
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
