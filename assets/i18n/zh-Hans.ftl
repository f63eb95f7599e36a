# layerlab: the window's words in Simplified Chinese (简体中文). Exactly the keys of en.ftl, in the same
# sections (tests/suite/i18n_keys.rs checks it). Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = 语言
# end of menu

## words: the guide, the tooltips of every setting and kind, the Step view
# end of words

## controls: menus, the layer editor, the training panel, dialogs, presenter mode, the loss view
# end of controls

## views: Judge, Boundary, Flow, Network, compare
# end of views

## data: the Data tab
data-read-as-categorical = 把列 `{ $column }` 当作类别读取
data-read-as-categorical-tip = 重新读取文件，把这一列的每个值都当作类别（文本），而不是数字
data-task-classes = { $count } 个类别
data-task-regression-short = 回归
data-summary = 正在使用：{ $name } — 输入 { $shape }，{ $task }；训练 { $train } 行 / 验证 { $val } 行 / 测试 { $test } 行
data-type-numeric = 数值
data-type-categorical = 类别
data-type-boolean = 布尔
data-type-missing = { $kind }，缺失 { $missing } 个
data-no-table = 还没有载入表格。
data-preview-title = { $name } 预览 — { $rows } 行 × { $columns } 列
data-more-columns = … 还有 { $count } 列
data-from = 数据来源
data-source-builtin = 内置数据集
data-source-builtin-tip = 生成的数据（螺旋、圆环、双月 …）、鸢尾花，以及小的数字图像
data-source-csv = CSV 文件
data-source-csv-tip = 你自己的表格：每行一个样本，每列一个值
data-reading = 正在读取 { $what } — { $percent } %
data-cancel = 取消
data-dataset = 数据集
data-samples = 样本数
data-samples-tip = 生成多少个点（想要更多可直接输入数字，最多 1,000,000）
data-noise = 噪声
data-noise-tip = 给每个点加上多少随机抖动
data-seed = 种子
data-seed-name = 数据种子
data-generating = 正在生成…
data-still-using = 打开文件之前，仍在使用 { $origin }。
data-open-csv = 打开 CSV…
data-open-csv-tip = 选择一个文件；也可以把文件拖到窗口上，或者直接输入路径
data-path = 路径
data-load = 载入
data-preparing = 正在准备数据…
data-delimiter = 分隔符
data-delimiter-tip = 一行中各字段之间的字符；换一个分隔符会重新读取文件
data-delimiter-comma = 逗号 ,
data-delimiter-semicolon = 分号 ;
data-delimiter-pipe = 竖线 |
data-delimiter-tab = 制表符
data-delimiter-space = 空格
data-detected = 自动识别：{ $name }
data-detect = 自动识别
data-decimal-comma = 小数逗号
data-decimal-comma-yes = 是（1,5 = 1.5）
data-decimal-comma-no = 否
data-decimal-comma-tip = 用逗号写小数的数字（1,5），欧洲很多地方这样写；分隔符不是逗号的文件会自动识别
data-builtin-circle = 圆环
data-builtin-xor = 异或
data-builtin-gaussians = 高斯团
data-builtin-spiral = 螺旋
data-builtin-moons = 双月
data-builtin-plane = 平面
data-builtin-sine = 正弦
data-builtin-multigaussian = 山峰与山谷
data-builtin-iris = 鸢尾花
data-builtin-digits = 小图形
data-builtin-circle-description = 两个类别：小圆盘里的点，和围着它的一圈圆环上的点。
data-builtin-xor-description = 按象限分成两类：同号的两个角对异号的两个角。
data-builtin-gaussians-description = 三团圆形的点云（高斯团），每团一个类别，二维。
data-builtin-spiral-description = 两条相互缠绕的螺旋臂：一条直线很难分开。
data-builtin-moons-description = 两个交错的半月，每个一个类别。
data-builtin-plane-description = 回归：y 是两个输入上的一个倾斜平面，加上噪声。
data-builtin-sine-description = 回归：y = sin(x)，两个完整的波，加上噪声。
data-builtin-multigaussian-description = 回归：y 是二维平面上两座山峰和两个山谷组成的地形。
data-builtin-iris-description = Fisher 的鸢尾花：150 朵花，4 项测量，3 个品种。
data-builtin-digits-description = 8×8 的灰度小图，四种形状（条形、对角线、圆环），适合小型 CNN。
data-no-picture = { $count } 个输入值：这份数据画不出二维图。
data-training-data = 训练数据
data-yellow-high = { $target }（越黄越高）
data-samples-legend = 样本
data-pixels-mismatch = { $count } 个像素列拼不成 { $c }×{ $h }×{ $w } 的图像：请在下面设置图像尺寸。
data-first-images = 前 { $shown } 张图像（共 { $total } 张）及其标签
data-image-alt = 图像 { $number }：{ $label }
data-input-features = 输入特征
data-input-features-tip = 网络拿到的输入。计算出来的特征（平方、乘积、正弦）能让只会画直线的网络画出曲线：用特征工程代替隐藏层。
data-feature-column-tip = 列 `{ $column }` 本身
data-feature-square-tip = `{ $column }` 的平方：让单个神经元也能画出圆和抛物线
data-feature-product-tip = 两列的乘积：在相对的两个角为正，另外两个角为负（异或）
data-feature-sin-tip = `{ $column }` 的正弦（弧度）：沿着它起伏的波
data-input-width = { $count ->
   *[other] 网络有 { $count } 个输入。
}
data-predict = 预测
data-predict-as = 作为
data-task-auto = 由数据决定
data-task-classification = 类别（分类）
data-task-regression = 一个数（回归）
data-preparation = 数据准备
data-scaling = 缩放
data-target-scaling = 目标缩放
data-target-scaling-tip = 仅用于回归：网络学习缩放后的目标（在训练集上拟合）；RMSE、MAE、R² 和预测值都按目标原来的单位显示
data-text-columns = 文本列
data-one-hot = 独热编码
data-ordinal = 序号编码（编号）
data-missing-values = 缺失值
data-split = 划分（训练 / 验证 / 测试）
data-train-ratio = 训练集比例
data-val-ratio = 验证集比例
data-test-ratio = 测试集比例
data-ratios-sum = 比例加起来是 { $sum }；会按比例使用
data-image-mode = 图像模式
data-image-channels = 图像通道数
data-image-height = 图像高度
data-image-width = 图像宽度
data-features = 特征（{ $used } / { $total }）
data-use-every-column = 使用除目标以外的所有列
data-too-many-columns = { $count } 列：太多了，不逐一列出；全部使用
data-scaling-standardize = 标准化（均值 0，标准差 1）
data-scaling-min-max = 最小-最大（0 到 1）
data-scaling-none = 不缩放
data-missing-drop-row = 删除该行
data-missing-fill-mean = 用均值填充
data-missing-fill-median = 用中位数填充
data-missing-fill-most-frequent = 用最常见的值填充
# end of data

## app: notices and messages from the window's logic
app-origin-none = 没有数据
app-origin-builtin = 内置的{ $name }
app-origin-timing = 计时数据（784 个特征）
app-load-cancelled = 已取消载入；正在使用的数据没有变
app-no-path = 请先输入一个 CSV 文件的路径
app-sample-count = { $samples } 个样本：请选 1 到 { $max } 之间的数
app-spawn-failed = 无法启动后台线程（{ $error }）；请关闭其他程序后再试
app-head-no-data = 请先载入数据：输出层的大小由目标决定
app-fail-notice = { $title }：{ $message }
app-wait-for-data = 请等数据载入完成
app-load-data-first = 请先载入数据：选一个内置数据集，或者打开一个 CSV 文件
app-output-does-not-fit = 输出与任务不匹配：{ $error }
app-fix-network-first = 请先修好网络 — { $error }
app-fix-settings-first = 请先修好训练设置：{ $error }
app-network-changed = 网络改了：改动要等重新开始训练时才生效（先停止，再训练）
app-dialog-onnx-models = ONNX 模型
app-dialog-pytorch-folder = 存放 PyTorch 项目的文件夹
app-dialog-csv-files = CSV 文件
app-dialog-all-files = 所有文件
app-dialog-sessions = layerlab 会话
app-preset-small-mlp = 小型 MLP
app-preset-deep-mlp = 深层 MLP
app-preset-cnn = 图像用 CNN
app-preset-small-mlp-description = 两个 8 单元的隐藏层，配 ReLU：大多数二维数据都够用。
app-preset-deep-mlp-description = 四个 32 单元的隐藏层：容量更大，训练更慢。
app-preset-cnn-description = 卷积和池化，再接一个全连接层：需要图像输入（C×H×W）。
app-layer-output = 输出层
app-lr-set = 学习率改为 { $lr }
app-eta-seconds = 大约还剩 { $seconds } 秒
app-eta-minutes = 大约还剩 { $minutes } 分钟
app-eta-hours = 大约还剩 { $hours } 小时
app-no-file-chosen = 没有选择文件（如果没有弹出对话框，请直接在路径栏里输入路径）
app-choose-save-as = 请用“另存为…”选择保存位置，然后再试一次
app-new-session = 新会话
app-autosave-failed = 自动保存失败：{ $error }
app-could-not-save = 无法保存
app-could-not-open-session = 无法打开会话
app-recovery-discarded = 已丢弃自动保存的会话
app-recovery-restored = 已恢复自动保存的会话；请保存一下以便留存
app-weights-not-restored = 保存的权重没有恢复：{ $error }
app-opened = 已打开 { $path }
app-opened-with-warnings = 已打开 { $path } — { $warnings }
app-saved = 已保存 { $path }
app-unknown-data = 未知数据
app-previous-run = 上一次训练
app-init-auto = 自动初始化
app-init-named = { $init } 初始化
app-run-label = { $optimizer } 学习率 { $lr } · { $init } · 批大小 { $batch }
app-no-trained-weights = 请先训练网络：还没有训练好的权重可以导出
app-load-the-data-first = 请先载入数据
app-cannot-export-yet = 暂时无法导出：{ $why }
app-cannot-predict-yet = 暂时无法预测：{ $why }
app-exported-pytorch = 已导出 PyTorch 项目
app-exported-onnx = 已导出 ONNX 模型
app-predicted-rows = 已预测 { $name } 的 { $rows } 行中的 { $predicted } 行（{ $skipped } 行因缺失值跳过）
app-predicted-file = 预测 { $name }
app-files-in = { $folder } 中的 { $count } 个文件
app-output-done = { $what }：{ $shown }
app-output-failed = { $what }：{ $error }
app-could-not-finish = 无法完成
app-cannot-train-yet = 暂时无法训练：{ $why }
app-cannot-look-yet = 暂时无法查看：{ $why }
app-could-not-compute = 无法计算：{ $error }
app-kept-weights = 保留了未改动层的训练权重；重新初始化的层：{ $layers }
app-reset-done = 权重和历史已清空；下次训练从种子 { $seed } 重新开始
app-old-data = 原来的数据
app-new-data = 换了新数据：从第 0 轮重新开始训练；在 { $label } 上的那次训练保留为虚影
app-training-finished = 训练完成，共练习了 { $epoch } 轮
app-training-stopped = 训练停在第 { $epoch } 轮；“继续”从这里接着练，“重置”从头开始
app-stopped-early = 在第 { $epoch } 轮提前停止：验证集损失不再下降
app-phase-ready = 就绪
app-phase-starting = 正在启动…
app-phase-training = 训练中
app-phase-paused = 已暂停
app-phase-stopping = 正在停止…
app-phase-done = 完成
app-phase-stopped = 已停止
app-phase-stopped-early = 已提前停止
app-phase-failed = 失败
app-training-thread-ended = 训练线程结束时没有发回最终报告；保留最后的权重
app-join-thread-failed = 无法启动用来妥善结束训练的线程：{ $error }
# end of app

## lessons: the lesson panel
# end of lessons
