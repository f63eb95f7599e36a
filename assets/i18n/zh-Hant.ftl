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
# end of controls

## views: Judge, Boundary, Flow, Network, compare
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
# end of lessons
