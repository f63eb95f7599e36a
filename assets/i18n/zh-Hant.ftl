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
data-read-as-categorical = 把欄 `{ $column }` 當作類別讀取
data-read-as-categorical-tip = 重新讀取檔案，把這一欄的每個值都當作類別（文字），而不是數字
data-task-classes = { $count } 個類別
data-task-regression-short = 迴歸
data-summary = 正在使用：{ $name } — 輸入 { $shape }，{ $task }；訓練 { $train } 列 / 驗證 { $val } 列 / 測試 { $test } 列
data-type-numeric = 數值
data-type-categorical = 類別
data-type-boolean = 布林
data-type-missing = { $kind }，缺失 { $missing } 個
data-no-table = 還沒有載入表格。
data-preview-title = { $name } 預覽 — { $rows } 列 × { $columns } 欄
data-more-columns = … 還有 { $count } 欄
data-from = 資料來源
data-source-builtin = 內建資料集
data-source-builtin-tip = 產生的資料（螺旋、圓環、雙月 …）、鳶尾花，以及小的數字影像
data-source-csv = CSV 檔案
data-source-csv-tip = 你自己的表格：每列一個樣本，每欄一個值
data-reading = 正在讀取 { $what } — { $percent } %
data-cancel = 取消
data-dataset = 資料集
data-samples = 樣本數
data-samples-tip = 要產生多少個點（想要更多可直接輸入數字，最多 1,000,000）
data-noise = 雜訊
data-noise-tip = 給每個點加上多少隨機抖動
data-seed = 種子
data-seed-name = 資料種子
data-generating = 正在產生…
data-still-using = 開啟檔案之前，仍在使用 { $origin }。
data-open-csv = 開啟 CSV…
data-open-csv-tip = 選擇一個檔案；也可以把檔案拖到視窗上，或者直接輸入路徑
data-path = 路徑
data-load = 載入
data-preparing = 正在準備資料…
data-delimiter = 分隔字元
data-delimiter-tip = 一列中各欄位之間的字元；換一個分隔字元會重新讀取檔案
data-delimiter-comma = 逗號 ,
data-delimiter-semicolon = 分號 ;
data-delimiter-pipe = 豎線 |
data-delimiter-tab = 定位字元（Tab）
data-delimiter-space = 空格
data-detected = 自動偵測：{ $name }
data-detect = 自動偵測
data-decimal-comma = 小數逗號
data-decimal-comma-yes = 是（1,5 = 1.5）
data-decimal-comma-no = 否
data-decimal-comma-tip = 用逗號寫小數的數字（1,5），歐洲很多地方這樣寫；分隔字元不是逗號的檔案會自動偵測
data-builtin-circle = 圓環
data-builtin-xor = 互斥或
data-builtin-gaussians = 高斯團
data-builtin-spiral = 螺旋
data-builtin-moons = 雙月
data-builtin-plane = 平面
data-builtin-sine = 正弦
data-builtin-multigaussian = 山峰與山谷
data-builtin-iris = 鳶尾花
data-builtin-digits = 小圖形
data-builtin-circle-description = 兩個類別：小圓盤裡的點，和圍著它的一圈圓環上的點。
data-builtin-xor-description = 依象限分成兩類：同號的兩個角對異號的兩個角。
data-builtin-gaussians-description = 三團圓形的點雲（高斯團），每團一個類別，二維。
data-builtin-spiral-description = 兩條相互纏繞的螺旋臂：一條直線很難分開。
data-builtin-moons-description = 兩個交錯的半月，每個一個類別。
data-builtin-plane-description = 迴歸：y 是兩個輸入上的一個傾斜平面，加上雜訊。
data-builtin-sine-description = 迴歸：y = sin(x)，兩個完整的波，加上雜訊。
data-builtin-multigaussian-description = 迴歸：y 是二維平面上兩座山峰和兩個山谷組成的地形。
data-builtin-iris-description = Fisher 的鳶尾花：150 朵花，4 項測量，3 個品種。
data-builtin-digits-description = 8×8 的灰階小圖，四種形狀（條形、對角線、圓環），適合小型 CNN。
data-no-picture = { $count } 個輸入值：這份資料畫不出二維圖。
data-training-data = 訓練資料
data-yellow-high = { $target }（越黃越高）
data-samples-legend = 樣本
data-pixels-mismatch = { $count } 個像素欄湊不成 { $c }×{ $h }×{ $w } 的影像：請在下面設定影像尺寸。
data-first-images = 前 { $shown } 張影像（共 { $total } 張）及其標籤
data-image-alt = 影像 { $number }：{ $label }
data-input-features = 輸入特徵
data-input-features-tip = 網路拿到的輸入。計算出來的特徵（平方、乘積、正弦）能讓只會畫直線的網路畫出曲線：用特徵工程代替隱藏層。
data-feature-column-tip = 欄 `{ $column }` 本身
data-feature-square-tip = `{ $column }` 的平方：讓單個神經元也能畫出圓和拋物線
data-feature-product-tip = 兩欄的乘積：在相對的兩個角為正，另外兩個角為負（互斥或）
data-feature-sin-tip = `{ $column }` 的正弦（弧度）：沿著它起伏的波
data-input-width = { $count ->
   *[other] 網路有 { $count } 個輸入。
}
data-predict = 預測
data-predict-as = 作為
data-task-auto = 由資料決定
data-task-classification = 類別（分類）
data-task-regression = 一個數（迴歸）
data-preparation = 資料準備
data-scaling = 縮放
data-target-scaling = 目標縮放
data-target-scaling-tip = 僅用於迴歸：網路學習縮放後的目標（在訓練集上擬合）；RMSE、MAE、R² 和預測值都按目標原來的單位顯示
data-text-columns = 文字欄
data-one-hot = 獨熱編碼
data-ordinal = 序號編碼（編號）
data-missing-values = 缺失值
data-split = 切分（訓練 / 驗證 / 測試）
data-train-ratio = 訓練集比例
data-val-ratio = 驗證集比例
data-test-ratio = 測試集比例
data-ratios-sum = 比例加起來是 { $sum }；會按比例使用
data-image-mode = 影像模式
data-image-channels = 影像通道數
data-image-height = 影像高度
data-image-width = 影像寬度
data-features = 特徵（{ $used } / { $total }）
data-use-every-column = 使用除目標以外的所有欄
data-too-many-columns = { $count } 欄：太多了，不逐一列出；全部使用
data-scaling-standardize = 標準化（平均值 0，標準差 1）
data-scaling-min-max = 最小-最大（0 到 1）
data-scaling-none = 不縮放
data-missing-drop-row = 刪除該列
data-missing-fill-mean = 用平均值填補
data-missing-fill-median = 用中位數填補
data-missing-fill-most-frequent = 用最常見的值填補
# end of data

## app: notices and messages from the window's logic
app-origin-none = 沒有資料
app-origin-builtin = 內建的{ $name }
app-origin-timing = 計時資料（784 個特徵）
app-load-cancelled = 已取消載入；正在使用的資料沒有變
app-no-path = 請先輸入一個 CSV 檔案的路徑
app-sample-count = { $samples } 個樣本：請選 1 到 { $max } 之間的數
app-spawn-failed = 無法啟動背景執行緒（{ $error }）；請關閉其他程式後再試
app-head-no-data = 請先載入資料：輸出層的大小由目標決定
app-fail-notice = { $title }：{ $message }
app-wait-for-data = 請等資料載入完成
app-load-data-first = 請先載入資料：選一個內建資料集，或者開啟一個 CSV 檔案
app-output-does-not-fit = 輸出與任務不相符：{ $error }
app-fix-network-first = 請先修好網路 — { $error }
app-fix-settings-first = 請先修好訓練設定：{ $error }
app-network-changed = 網路改了：改動要等重新開始訓練時才生效（先停止，再訓練）
app-dialog-onnx-models = ONNX 模型
app-dialog-pytorch-folder = 存放 PyTorch 專案的資料夾
app-dialog-csv-files = CSV 檔案
app-dialog-all-files = 所有檔案
app-dialog-sessions = layerlab 工作階段
app-preset-small-mlp = 小型 MLP
app-preset-deep-mlp = 深層 MLP
app-preset-cnn = 影像用 CNN
app-preset-small-mlp-description = 兩個 8 單元的隱藏層，配 ReLU：大多數二維資料都夠用。
app-preset-deep-mlp-description = 四個 32 單元的隱藏層：容量更大，訓練更慢。
app-preset-cnn-description = 卷積和池化，再接一個全連接層：需要影像輸入（C×H×W）。
app-layer-output = 輸出層
app-lr-set = 學習率改為 { $lr }
app-eta-seconds = 大約還剩 { $seconds } 秒
app-eta-minutes = 大約還剩 { $minutes } 分鐘
app-eta-hours = 大約還剩 { $hours } 小時
app-no-file-chosen = 沒有選擇檔案（如果沒有彈出對話方塊，請直接在路徑欄裡輸入路徑）
app-choose-save-as = 請用「另存新檔…」選擇儲存位置，然後再試一次
app-new-session = 新的工作階段
app-autosave-failed = 自動儲存失敗：{ $error }
app-could-not-save = 無法儲存
app-could-not-open-session = 無法開啟工作階段
app-recovery-discarded = 已捨棄自動儲存的工作階段
app-recovery-restored = 已還原自動儲存的工作階段；請儲存一下以便保留
app-weights-not-restored = 儲存的權重沒有還原：{ $error }
app-opened = 已開啟 { $path }
app-opened-with-warnings = 已開啟 { $path } — { $warnings }
app-saved = 已儲存 { $path }
app-unknown-data = 未知資料
app-previous-run = 上一次訓練
app-init-auto = 自動初始化
app-init-named = { $init } 初始化
app-run-label = { $optimizer } 學習率 { $lr } · { $init } · 批次大小 { $batch }
app-no-trained-weights = 請先訓練網路：還沒有訓練好的權重可以匯出
app-load-the-data-first = 請先載入資料
app-cannot-export-yet = 暫時無法匯出：{ $why }
app-cannot-predict-yet = 暫時無法預測：{ $why }
app-exported-pytorch = 已匯出 PyTorch 專案
app-exported-onnx = 已匯出 ONNX 模型
app-predicted-rows = 已預測 { $name } 的 { $rows } 列中的 { $predicted } 列（{ $skipped } 列因缺失值略過）
app-predicted-file = 預測 { $name }
app-files-in = { $folder } 中的 { $count } 個檔案
app-output-done = { $what }：{ $shown }
app-output-failed = { $what }：{ $error }
app-could-not-finish = 無法完成
app-cannot-train-yet = 暫時無法訓練：{ $why }
app-cannot-look-yet = 暫時無法檢視：{ $why }
app-could-not-compute = 無法計算：{ $error }
app-kept-weights = 保留了未改動層的訓練權重；重新初始化的層：{ $layers }
app-reset-done = 權重和歷史已清空；下次訓練從種子 { $seed } 重新開始
app-old-data = 原來的資料
app-new-data = 換了新資料：從第 0 輪重新開始訓練；在 { $label } 上的那次訓練保留為虛影
app-training-finished = 訓練完成，共練習了 { $epoch } 輪
app-training-stopped = 訓練停在第 { $epoch } 輪；「繼續」從這裡接著練，「重置」從頭開始
app-stopped-early = 在第 { $epoch } 輪提前停止：驗證集損失不再下降
app-phase-ready = 就緒
app-phase-starting = 正在啟動…
app-phase-training = 訓練中
app-phase-paused = 已暫停
app-phase-stopping = 正在停止…
app-phase-done = 完成
app-phase-stopped = 已停止
app-phase-stopped-early = 已提前停止
app-phase-failed = 失敗
app-training-thread-ended = 訓練執行緒結束時沒有發回最終報告；保留最後的權重
app-join-thread-failed = 無法啟動用來妥善結束訓練的執行緒：{ $error }
# end of app

## lessons: the lesson panel
# end of lessons
