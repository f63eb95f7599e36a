# layerlab: the window's words in Traditional Chinese (繁體中文). Exactly the keys of en.ftl, in the same
# sections (tests/suite/i18n_keys.rs checks it). Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = 語言
# end of menu

## words: the guide, the tooltips of every setting and kind, the Step view
words-setting-speed = 速度
    .tip = 訓練跑多快。放慢一點，大家就能看著決策邊界一點點成形；慢動作時，網路檢視會展示每一批資料如何向前走、再往回傳。
words-setting-learning-rate = 學習率
    .tip = 每嘗一次味道後，最佳化器把配方改動多大。太大：損失上躥下跳甚至爆掉；太小：好像什麼都沒發生。Adam 試試 0.01，SGD 試試 0.1。訓練過程中也可以隨時調整。
words-setting-lr-divide = 學習率 ÷10
    .tip = 把學習率除以 10：步子更小、更謹慎。損失上躥下跳時試試它。
words-setting-lr-multiply = 學習率 ×10
    .tip = 把學習率乘以 10：步子更大、更大膽。損失下降得太慢時試試它。
words-setting-optimizer = 最佳化器
    .tip = 掌勺的廚師：每嘗一次味道，就根據梯度調整配方。Adam 是不錯的首選；最樸素的 SGD 最容易在「單步」分頁裡一步步看懂。
words-setting-momentum = 動量
    .tip = 保留多少上一次的改動（0 到 1），就像往山下滾的球。0.9 能抹平忽左忽右的步子；0 就是普通的 SGD。
words-setting-beta1 = Beta 1
    .tip = Adam 記住最近梯度方向的時間長短（也就是它的動量）。常用 0.9；越接近 1，記得越久。
words-setting-beta2 = Beta 2
    .tip = Adam 記住最近梯度有多大的時間長短；它讓每種調料都有自己的步長。常用 0.999。
words-setting-epsilon = Epsilon
    .tip = 做除法前加上的一個極小的數，保證永遠不會除以零。保持預設即可。
words-setting-weight-decay = 權重衰減
    .tip = AdamW 在每一步都把每個權重輕輕往零拉一點（這個比例乘以學習率），免得哪種調料放得過頭。常用 0.01。
words-setting-alpha = Alpha
    .tip = RMSprop 忘掉過去梯度大小的快慢，越大忘得越慢。常用 0.99。
words-setting-loss = 損失
    .tip = 怎樣嘗這道菜：用一個數說明網路的答案錯得有多離譜；訓練就是要把它變小。「自動」對分類用交叉熵，對數值用均方誤差。除非想做比較，否則保持「自動」。
words-setting-huber-delta = Huber delta
    .tip = 比這個值小的誤差按平方計算，更大的只按其大小計算，這樣少數離譜的樣本就左右不了大局。試試 1。
words-setting-batch-size = 批次大小
    .tip = 每調整一次配方之前先嚐多少個樣本。小批次（8 到 32）：步子多、快但有雜訊；大批次：步子少但更平穩。試試 32。
words-setting-epochs = 輪數
    .tip = 訓練要把整個訓練集過多少遍。盯著驗證損失：一旦它不再下降，再多練幾輪也沒用。
words-setting-schedule = 學習率排程
    .tip = 訓練過程中學習率怎樣變化。一開始用「固定」就行；「餘弦退火」會慢慢調低學習率，讓收尾更穩。
words-setting-step-every = 間隔（輪）
    .tip = 階梯衰減：學習率每隔多少輪下降一次。
words-setting-step-factor = 係數
    .tip = 階梯衰減：每次下降時學習率乘以這個數。0.5 就是減半。
words-setting-exp-factor = 每輪係數
    .tip = 指數衰減：學習率每輪乘以這個數一次。0.95 表示每輪降低 5%。
words-setting-cosine-length = 長度（輪）
    .tip = 餘弦退火：學習率在多少輪內平滑地降下來。
words-setting-cosine-final = 最終係數
    .tip = 餘弦退火：結束時的學習率佔起始值的比例。0.01 表示最後降到 1%。
words-setting-warmup = 預熱輪數
    .tip = 從很小的學習率開始，在這麼多輪內升到設定值，讓一開始的步子不那麼莽撞。0 表示關閉。
words-setting-init = 初始化
    .tip = 還沒嘗第一口之前，廚師每種調料先放多少。「自動」幾乎總是對的；試試「全零」或「常數」，就能明白為什麼網路需要各不相同的隨機起點。
words-setting-init-value = 初始化數值
    .tip = 所選起點用到的數：常數的值、均勻分佈的 ± 範圍，或常態分佈的標準差。太大的話，訓練一開始就不穩。
words-setting-seed = 隨機種子
    .tip = 所有隨機性的來源：初始權重、打亂順序和 Dropout。同一個種子會得到完全相同的一次訓練；換一個種子，看看運氣的影響有多大。
words-setting-threads = 執行緒數
    .tip = 用多少個處理器核心來計算大型矩陣乘法。「自動」只在網路大到值得時才多用一個核心。無論怎麼選，結果數字都完全相同，只是快慢不同。
words-setting-l1 = L1 懲罰
    .tip = 給大權重加一點代價，把用不著的調料壓到正好為零。一小撮就夠：0.0001 到 0.001。0 表示關閉。
words-setting-l2 = L2 懲罰
    .tip = 給大權重加一點代價（權重衰減），讓每種調料都適可而止，網路就會去學規律，而不是死記訓練資料。當驗證損失上升而訓練損失還在下降時，試試 0.0001 到 0.01。
words-setting-clip-gradients = 梯度裁剪
    .tip = 限制一次調整最多能有多大（所有梯度合起來的長度）。損失突然跳到巨大的值或 NaN 時開啟它。
words-setting-early-stopping = 早停
    .tip = 如果驗證損失連續「耐心」輪都沒有改善，就自動停止訓練，免得把菜做過頭（過擬合）。
words-setting-units = 單元數
    .tip = 這一層有多少個單元（神經元）：單元越多，要調的調料越多。試試 8 到 32；更多能學到更多，但更慢，也更早過擬合。
words-setting-bias = 偏置
    .tip = 每個單元再加上一個自己學到的數，讓輸出可以整體平移。保持開啟。
words-setting-filters = 濾波器數
    .tip = 這一層要找多少種不同的圖案；每個濾波器產生一個新的影像通道。先試 8，第二個卷積層再用 16。
words-setting-kernel = 卷積核
    .tip = 每個濾波器看多寬的像素範圍（3 表示 3×3）。通常選 3。
words-setting-stride = 步幅
    .tip = 視窗每次移動多遠；2 會讓影像尺寸減半。卷積層試試 1，池化層用和視窗一樣的大小。
words-setting-padding = 填充
    .tip = 在邊緣補上一圈零，讓影像不縮小；卷積核為 3 時，填充 1 可以保持尺寸不變。
words-setting-pool-size = 大小
    .tip = 每個池化視窗有多少像素寬。2 會讓影像尺寸減半。
words-setting-drop-probability = 丟棄機率
    .tip = 訓練時隨機關掉的數值所佔的比例（評估時從不關掉）。網路過擬合時試試 0.2 到 0.5。
words-setting-function = 函數
    .tip = 作用在每個值上的「彎折」。沒有彎折，疊再多層也不比一層強。ReLU 是常用的首選。
words-setting-slope = 斜率
    .tip = LeakyReLU 讓負值通過多少。常用 0.01。
words-setting-elu-alpha = alpha
    .tip = ELU 對很負的輸入向零以下彎多遠。常用 1。
words-data-target = 目標欄：網路要根據其他欄來預測的那一欄。其餘的都是輸入（特徵）。
words-data-task = 分類（從幾個標籤中選一個）還是迴歸（預測一個數）。「自動」會根據目標欄判斷：文字或少數幾個整數就當作類別。
words-data-scaling = 每個輸入欄位在送進網路之前怎樣縮放。標準化（均值 0、離散度 1）幾乎適合所有網路；最小-最大縮放把數值壓到 0 到 1 之間。
words-data-target-scaling = 訓練時要預測的數值怎樣縮放。「標準化」最利於學習；結果始終按目標本身的單位顯示。
words-data-text-columns = 輸入欄位裡的文字怎樣變成數字：獨熱編碼讓每個取值各佔一個 0/1 輸入；序數編碼按順序給它們編號，只適合有先後等級的值。
words-data-missing = 空儲存格怎麼辦：刪掉這些列，或者用訓練集的平均值、中位數或最常見的值來填。
words-data-split = 這些列怎樣分配：網路從訓練集學習，驗證集用來盯住過擬合，測試集則是網路從沒見過的評審。
words-data-image = 把這些欄位當成一張圖片的像素（通道 × 高 × 寬），這樣卷積層和池化層就能看到相鄰的像素。
words-data-dataset = 一個現成的學習問題。螺旋和異或需要隱藏層；圓形用上 x1 平方和 x2 平方這兩個輸入就很容易。
words-data-samples = 資料集有多少個點。點少又有雜訊，就很容易看到過擬合；點多則訓練更慢但更穩。
words-data-noise = 這些點被隨機擾動得有多厲害。雜訊越大，類別越模糊：網路必須找到規律，而不是記住每個點。
words-data-seed = 生成這些點所用的隨機數。同一個種子得到同樣的點；換一個種子，就是同一個問題的一份新樣本。
words-data-path = 要學習的 CSV 檔案：輸入或貼上它的路徑後按 Enter 鍵，或者點「開啟」。第一列可以是欄位名稱。
words-optimizer-sgd = 普通 SGD：每個權重都逆著自己的梯度移動，步子按學習率縮放。最容易看懂；學習率試試 0.1。
words-optimizer-momentum = 帶動量的 SGD：對過去的梯度保持一個累積的速度，於是步子沿著穩定的方向滾下去，雜訊被抹平。動量試試 0.9。
words-optimizer-nesterov = Nesterov：先往前看一步再修正的動量法；通常比普通動量更穩一點。
words-optimizer-adam = Adam：既記住最近梯度的方向，也記住它們有多大，並給每個權重各自的步長。最好的首選；學習率試試 0.01。
words-optimizer-adamw = AdamW：Adam 再加上把每個權重輕輕拉向零的力（權重衰減）。Adam 過擬合時試試它。
words-optimizer-rmsprop = RMSprop：把每一步除以梯度大小的滑動平均，梯度大的權重步子就小。
words-optimizer-adagrad = Adagrad：梯度的平方不斷累加，步子隨之越來越小；適合稀有特徵，但學習可能慢得幾乎停下來。
words-loss-cross-entropy = 交叉熵：用於在幾個類別中做選擇；對自信滿滿卻答錯的情況罰得很重。分類問題的常用選擇。
words-loss-binary-cross-entropy = 二元交叉熵：用於只有兩個類別、一個輸出的是/否問題。
words-loss-mse = 均方誤差：用於預測數值；大的偏差比小的偏差重要得多。迴歸問題的常用選擇。
words-loss-mae = 平均絕對誤差：用於預測數值；每個偏差按其大小計算，所以離群值影響較小。
words-loss-huber = Huber：小偏差按平方，大偏差按絕對值；對帶少量離群值的數值問題是個折中。
words-init-auto = 自動：類 ReLU 的層用 He，其他用 Xavier。幾乎總是對的。
words-init-constant = 常數：每個權重都取同一個值。於是所有單元學到的都一樣：試試看，就明白為什麼隨機起點很重要。
words-init-zeros = 全零：每個權重都是 0。沒有東西打破對稱性，網路幾乎學不會：這是一堂課，不是一個選項。
words-init-uniform = 均勻分佈：隨機權重均勻地分佈在 ± 範圍之內。
words-init-normal = 常態分佈：隨機權重來自給定標準差的鐘形曲線。
words-init-xavier-uniform = Xavier 均勻：隨機權重的大小按層的規模來定，讓訊號穿過 Tanh 或 Sigmoid 層時保持強度。
words-init-xavier-normal = Xavier 常態：和 Xavier 均勻一樣，只是從鐘形曲線中抽取。
words-init-he-uniform = He 均勻：為 ReLU 層定大小的隨機權重，因為 ReLU 會讓一半的輸入歸零。
words-init-he-normal = He 常態：和 He 均勻一樣，只是從鐘形曲線中抽取。
words-schedule-constant = 固定：從頭到尾都用同一個學習率。
words-schedule-step = 階梯衰減：每隔幾輪，學習率按一個係數下降一級，像階梯一樣。
words-schedule-exponential = 指數衰減：學習率每輪都縮小一點。
words-schedule-cosine = 餘弦退火：學習率沿著一條平滑的曲線慢慢降下來，讓收尾更穩。
words-loss-auto = 自動：分類用交叉熵，數值用均方誤差。一開始就選它沒錯。
words-kind-dense = 每個輸入都連接到每個單元：加權求和再加上偏置——最基本的「調料」旋鈕。
    .try = 先用一到兩個 8 到 32 個單元的 Dense 層，每層後面跟一個激活函數，比如 ReLU。
words-kind-conv2d = 在影像上滑動學到的小濾波器，找出邊緣之類的局部圖案。
    .try = 處理影像：先用 8 個大小為 3 的濾波器，再接 ReLU 和 MaxPool 2；圖片更難時，再加一個 16 個濾波器的卷積層。
words-kind-maxpool2d = 保留每個視窗中最強的值：影像變小，對平移也更寬容。
    .try = 在卷積層和它的 ReLU 之後放一個大小為 2 的，讓影像尺寸減半。
words-kind-avgpool2d = 對每個視窗取平均：一種更平滑的縮小影像的方式。
    .try = 把 MaxPool 換成它，比較兩條損失曲線。
words-kind-flatten = 把影像攤成一長串數字，讓全連接層能讀取。
    .try = 放在最後一個卷積或池化層與第一個 Dense 層之間；它沒有要學的東西。
words-kind-dropout = 訓練時隨機關掉一些數值，讓網路不能只依賴其中任何一個。
    .try = 當驗證損失上升而訓練損失還在下降時，在較大的 Dense 層後面加上 0.2 到 0.5 的 Dropout。
words-kind-batchnorm = 在一批資料上把每個特徵縮放到均值 0、離散度 1；讓訓練更平穩。
    .try = 深層網路訓練很慢時，把它放在 Dense 或卷積層與其激活函數之間；之後也許可以用更大的學習率。
words-kind-layernorm = 把每個樣本自己的數值縮放到均值 0、離散度 1。
    .try = 和 BatchNorm 類似，但與批次無關；批次很小時試試它。
words-kind-relu = 保留正值，負值變成零：簡單又快，但單元可能會「死掉」。
    .try = 每個 Dense 或卷積層之後的常用選擇。如果梯度流分頁報告有死單元，試試 LeakyReLU。
words-kind-leakyrelu = 和 ReLU 一樣，但讓負值以一個小斜率通過，單元就不會死掉。
    .try = 單元死掉時用它代替 ReLU；斜率通常取 0.01。
words-kind-elu = 對負值平滑，向 −alpha 彎過去；讓激活值的平均保持在零附近。
    .try = 在更深的網路裡用它代替 ReLU 試試；alpha 通常取 1。
words-kind-gelu = 平滑版的 ReLU：按每個值為正的可能性給它加權。
    .try = 用它代替 ReLU，比較兩條損失曲線。
words-kind-tanh = 把數值壓進 (−1, 1)；輸入很大時會飽和（不再學習）。
    .try = 在小網路上試試，能得到平滑的邊界；學習率別太大。
words-kind-sigmoid = 把數值壓進 (0, 1)；輸入很大時會飽和，梯度隨之變小。
    .try = 在網路內部主要只有歷史意義：在深層堆疊裡把它和 ReLU 比一比，再到梯度流分頁看梯度如何消失。
words-kind-softplus = ReLU 的平滑版本：ln(1 + e^x)。
    .try = 想要平滑的邊界時，用它代替 ReLU 試試。
words-kind-tip =
    { $what }
    試試：{ $advice }
words-guide-title = 神經網路怎樣學習——在廚房裡
words-guide-intro = 訓練是一個迴圈。每一批資料都會沿著它走一圈：
words-guide-parameters = 調料就是參數
    .text = 神經網路就像一份放了很多調料的食譜：這些調料就是它的權重和偏置。一開始它們是隨機放的（初始化）。訓練，就是去找出讓這道菜恰到好處的用量。
words-guide-forward = 做菜就是前向傳播
    .text = 一個輸入（食材）依次經過各層。每一層把拿到的東西和自己的調料拌在一起——z = W·x + b——再由激活函數決定有多少往下傳。最後端出來的是一個預測：也就是這道菜。
words-guide-loss = 嘗味道就是損失
    .text = 損失把做出來的菜和它本該有的樣子相比較，給出一個數：差得有多遠。分類用交叉熵，數值用均方誤差。越小越好。
words-guide-backprop = 回饋就是反向傳播
    .text = 從損失出發往回走，每種調料都會知道自己該擔多少責任：這就是它的梯度。梯度大，意思是「這一味現在很關鍵」；梯度很小，說明它幾乎不影響味道。
words-guide-optimizer = 調整配方就是最佳化器
    .text = 最佳化器把每種調料都逆著它的梯度擰一點點。擰多少由學習率決定：太小，什麼都沒變；太大，配方就會忽左忽右。SGD 每次都按部就班地走一步；Adam 會為每種調料分別調整步子。
words-guide-epochs = 練習就是輪次
    .text = 一輪就是把所有訓練樣本按小批次完整過一遍。多練幾輪，損失就會下降——看看「損失」分頁。
words-guide-judge = 評審就是評估
    .text = 測試樣本是廚師從沒練過的菜。只有它們能說明這份配方在新資料上是否管用。開啟「評審」分頁，點「在測試集上評估」。
words-guide-more = 多不一定好
    .text = 練得太久，或者配方太複雜，廚師就會把訓練時的那幾道菜背下來，而不是學會做菜：訓練損失一直在降，驗證損失卻在升。這就是過擬合。早點停下，加上 Dropout 或 L2，或者找更多的資料。
words-guide-where = 在哪裡看
words-guide-where-loss = 損失：隨時間變化的試吃分數（保留下來的訓練會以淡影顯示，便於比較）。
words-guide-where-flow = 梯度流：每一層收到了多少回饋。
words-guide-where-network = 網路：每種調料都是一條線；切換到梯度，播放反向傳播。
words-guide-where-boundary = 決策邊界：網路此刻在整個輸入空間上的判斷。
words-guide-where-judge = 評審：在沒見過的菜上的得分，以及做得最差的幾道。
words-guide-where-step = 單步：用真實的數字，看一個樣本走完整個迴圈。
words-guide-glossary = 術語表
words-guide-window = 指南：訓練迴圈
words-glossary-weight = 權重
    .text = 神經元的一個輸入佔多大分量，以及是正是負。
words-glossary-bias = 偏置
    .text = 神經元自帶的偏移量，不管輸入是什麼都會加上。
words-glossary-activation = 激活函數
    .text = 每層之後的函數（ReLU、tanh、sigmoid……），讓網路能夠「彎折」；沒有它，疊再多層也不比一層強。
words-glossary-gradient = 梯度
    .text = 某個參數稍微動一點時，損失會變化多少：也就是每種調料該擔的責任。
words-glossary-vanishing = 梯度消失
    .text = 梯度一層層變小，直到最前面的幾層幾乎學不到東西。深層堆疊裡用 sigmoid/tanh 時常見。
words-glossary-exploding = 梯度爆炸
    .text = 梯度變得巨大，讓訓練上躥下跳甚至失敗。調低學習率或裁剪梯度。
words-glossary-dead-relu = 死亡 ReLU
    .text = 對任何輸入都輸出零的 ReLU 單元：它得不到梯度，再也恢復不過來。
words-glossary-saturation = 飽和
    .text = sigmoid 或 tanh 的輸出卡在接近極限的地方，那裡的斜率——也就是梯度——幾乎為零。
words-glossary-learning-rate = 學習率
    .text = 最佳化器每一步邁多大。
words-glossary-batch = 批次
    .text = 每次調整之前先嚐的那幾個樣本。
words-glossary-boundary = 決策邊界
    .text = 網路的答案從一個類別變成另一個類別的地方。
words-glossary-confusion = 混淆矩陣
    .text = 一張表：每個測試樣本實際是什麼，對比網路說它是什麼。
words-step-sample = 訓練樣本
words-step-sample-tip = 追蹤哪一個訓練樣本走完一步
words-step-trace = 追蹤一步
words-step-trace-tip = 用真實的數字，跟著這一個樣本走完整個訓練迴圈。網路本身不會被改變。
words-step-empty-title = 慢慢走一步
words-step-empty-body = 選一個訓練樣本，點「追蹤一步」：你會用真實的數字看到前向傳播、損失、梯度往回流，以及每個權重的更新。
words-step-back = ◀ 上一步
words-step-next = 下一步 ▶
words-step-next-tip = 顯示這一步的下一部分
words-step-show-all = 全部顯示
words-step-part = 第 { $part } 部分，共 { $total } 部分 · 樣本 #{ $sample }
words-step-input = 1. 食材
words-step-input-tip = 這個樣本的輸入值（縮放之後）：也就是下鍋的東西。
words-step-more = ……還有 { $n } 個
words-step-forward = 前向：第 { $layer } 層 — { $label }
words-step-forward-tip = 做菜：每一層把收到的東西和自己的調料（權重和偏置）拌在一起，再把結果往下傳。
words-step-loss = 嘗味道：損失
words-step-loss-tip = 損失把網路的答案和正確答案相比較：用一個數說明這道菜有多糟。訓練就是要把它變小。
words-step-prediction = 預測：[{ $values }]
words-step-target-class = { $name }（類別 { $class }）
words-step-target = 目標：{ $target }
words-step-loss-value = 損失 = { $loss }
words-step-backward = 回饋往回流：第 { $layer } 層 — { $label }
words-step-backward-tip = 反向傳播：從損失出發往回走，每個權重都會知道自己該擔多少責任——這就是它的梯度。為正：把它調大，菜會變得更糟。
words-step-gradient-of = { $name } { $shape } 的梯度
words-step-update = 調整配方：第 { $layer } 層 — { $label }
words-step-update-tip = 最佳化器把每個權重逆著它的梯度改動一點，幅度按學習率縮放。普通 SGD：新值 = 舊值 − 學習率 × 梯度；Adam 等最佳化器還會用到它們對之前梯度的記憶，下面用真實的數字展示。
words-step-z-unit = z = W·x + b，逐個單元：
words-step-more-terms = ……（還有 { $n } 項）
words-step-more-units = ……還有 { $n } 個單元
words-step-and-more = ……還有 { $n } 個
words-step-output = 輸出：
words-step-all-zero = 全為零：這一層沒有從這個樣本得到任何回饋
words-step-more-rows = ……還有 { $n } 列
words-step-param-weight = 權重
words-step-param-bias = 偏置
words-optim-velocity = 速度
words-optim-running-square = 滑動平方
words-optim-sum-of-squares = 平方和
words-optim-story-sgd = 普通 SGD 什麼都不記：改動就是學習率乘以梯度，所以梯度為零就不會有任何改動。
words-optim-story-momentum = 動量法給每個權重記一個速度：過去梯度的累積和。就像滾動的球，即使這個樣本的梯度為 0，權重也會繼續移動。
words-optim-story-adam = Adam 給每個權重記兩樣東西：m，最近梯度的方向（動量）；v，梯度一直以來有多大。改動跟著 m 走，再除以 v 的平方根，所以即使這個樣本的梯度為 0，權重也會繼續移動，而且每個權重都有自己的步長。
words-optim-story-rmsprop = RMSprop 為每個權重的梯度記一個滑動平方，並把步子除以它的平方根：梯度大的權重，步子就小。
words-optim-story-adagrad = Adagrad 把每個權重梯度的平方累加起來，再把步子除以這個和的平方根，所以步子會越來越小。
words-optim-g-clip = g = 梯度 × 裁剪係數 = { $raw } × { $scale } = { $g }
words-optim-g = g = 梯度 = { $g }
words-optim-sgd-change = 改動 = −lr × g = −{ $lr } × { $g } = { $change }
words-optim-velocity-line = 速度 = 動量 × 舊速度 + g = { $mu } × { $old } + { $g } = { $new }
words-optim-nesterov-change = 改動 = −lr × (g + 動量 × 速度) = −{ $lr } × ({ $g } + { $mu } × { $v }) = { $change }
words-optim-momentum-change = 改動 = −lr × 速度 = −{ $lr } × { $v } = { $change }
words-optim-adam-m = m = β1 × 舊 m + (1 − β1) × g = { $b } × { $old } + { $rest } × { $g } = { $new }
words-optim-adam-v = v = β2 × 舊 v + (1 − β2) × g² = { $b } × { $old } + { $rest } × { $g }² = { $new }
words-optim-adam-bias = 偏差修正（第 t = { $t } 次更新；早期的記憶從 0 開始）：修正後的 m = m / (1 − β1^t) = { $m } / { $cm } = { $mh }，修正後的 v = v / (1 − β2^t) = { $v } / { $cv } = { $vh }
words-optim-adam-change = 改動 = −lr × 修正後的 m / (√(修正後的 v) + ε) = −{ $lr } × { $mh } / ({ $root } + { $eps }) = { $change }
words-optim-adamw-decay = 權重衰減：− lr × 衰減 × 舊值 = −{ $lr } × { $decay } × { $old } = { $d }；總改動 { $total }
words-optim-rms-square = 滑動平方 = α × 舊值 + (1 − α) × g² = { $a } × { $old } + { $rest } × { $g }² = { $new }
words-optim-rms-change = 改動 = −lr × g / (√(滑動平方) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-adagrad-sum = 平方和 = 舊值 + g² = { $old } + { $g }² = { $new }
words-optim-adagrad-change = 改動 = −lr × g / (√(平方和) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-header = 學習率 { $lr } · { $optimizer } · 第 { $step } 次更新
words-optim-momentum-name = 動量法
words-optim-penalty-note = 權重的梯度裡包含了 L1/L2 懲罰。
words-optim-clip-note = 所有梯度合起來的長度超過了裁剪上限，所以每個梯度都先乘以了 { $scale }。
words-optim-param-title = { $name } { $shape }：舊值 + 改動 = 新值
words-optim-col-old = 舊值
words-optim-col-gradient = 梯度
words-optim-col-change = 改動
words-optim-col-new = 新值
words-optim-more-values = ……還有 { $n } 個值
words-optim-worked = 以 { $name }{ $index } 為例算一遍：
words-optim-zero-grad = 這個樣本給它的梯度是 0，它卻還是變了：最佳化器對之前梯度的記憶推著它繼續移動。
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
replay-marker = 重播位置
# end of replay
