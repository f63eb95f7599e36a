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
# Menus
controls-menu-file = 文件
controls-menu-new = 新建
controls-menu-open = 打开…
controls-menu-save = 保存
controls-menu-save-as = 另存为…
controls-menu-export = 导出
controls-menu-export-onnx = ONNX 模型…
controls-menu-export-onnx-tip = 训练好的网络连同数据预处理，供其他程序使用（onnxruntime、tract…）
controls-menu-export-pytorch = PyTorch 项目…
controls-menu-export-pytorch-tip = model.py、权重、数据预处理和 train.py，用 PyTorch 接着训练（也可用 torchrun 在多台机器上训练）
controls-menu-recent = 最近打开
controls-menu-recent-none = 没有最近的会话
controls-menu-examples = 示例
controls-menu-examples-none = saves/ 中没有找到示例会话
controls-menu-by-path = 按路径打开或保存…
controls-menu-by-path-tip = 适用于没有文件对话框的机器：输入会话文件的路径
controls-menu-quit = 退出
controls-menu-edit = 编辑
controls-menu-undo = 撤销
controls-menu-redo = 重做
controls-menu-view = 视图
controls-menu-debug = 调试（帧耗时）
controls-menu-help = 帮助
controls-menu-shortcuts = 快捷键与提示
controls-menu-guide = 导览：把训练循环看作做菜
# Tabs (the accessible name of a tab is its title plus " tab")
controls-tab-loss = 损失
controls-tab-data = 数据
controls-tab-flow = 梯度流
controls-tab-network = 网络
controls-tab-boundary = 决策边界
controls-tab-judge = 评委
controls-tab-step = 单步
controls-tab-name = { $title }标签页
# Training controls
controls-train-heading = 训练
controls-play-train = ▶ 训练
controls-play-continue = ▶ 继续训练
controls-play-resume = ▶ 继续
controls-play-pause = ⏸ 暂停
controls-train = 训练
controls-key-space = 空格键
controls-key-escape = Esc 键
controls-stop-button = ⏹ 停止
controls-stop = 停止
controls-stop-tip = 停止；权重会保留，再按“训练”将从这里接着练
controls-step-batch = 单步一批
controls-step-batch-tip = 训练一个批次，然后暂停
controls-step-epoch = 单步一轮
controls-step-epoch-tip = 训练到本轮结束，然后暂停
controls-reset = 重置
controls-reset-tip = 清除权重和历史记录；下次训练从随机种子重新开始
controls-speed = 速度
controls-pace-full = 全速
controls-pace-epochs = 每秒 { $n } 轮
controls-pace-batches = 慢动作：每秒 { $n } 批
controls-epoch-progress = 第 { $epoch } / { $total } 轮
controls-batch-progress = 批次 { $batch } / { $total }
controls-samples-per-sec = { $rate } 样本/秒
# Training settings
controls-learning-rate = 学习率
controls-lr-divide = 学习率 ÷10
controls-lr-multiply = 学习率 ×10
controls-optimizer = 优化器
controls-optimizer-settings = 优化器设置
controls-optimizer-momentum = 动量
controls-loss = 损失
controls-loss-auto = 自动
controls-loss-auto-is = 自动（{ $loss }）
controls-loss-auto-task = 自动（按任务选择）
controls-loss-cross-entropy = 交叉熵
controls-loss-binary-cross-entropy = 二元交叉熵
controls-loss-mse = 均方误差
controls-loss-mae = 平均绝对误差
controls-loss-huber = Huber
controls-loss-settings = 损失设置
controls-huber-delta = Huber delta
controls-batch-size = 批大小
controls-epochs = 轮数
controls-warmup = 预热轮数
controls-seed = 随机种子
controls-l1 = L1 惩罚
controls-l2 = L2 惩罚
controls-clip = 梯度裁剪
controls-clip-norm = 梯度裁剪范数
controls-early-stopping = 早停
controls-patience = 耐心轮数
controls-early-stopping-patience = 早停耐心轮数
controls-applies-later = 除学习率外，其他改动在重新开始训练时生效。
controls-schedule = 学习率调度
controls-schedule-settings = 调度设置
controls-schedule-constant = 恒定
controls-schedule-step = 阶梯衰减
controls-schedule-exponential = 指数衰减
controls-schedule-cosine = 余弦退火
controls-step-every = 间隔（轮）
controls-step-every-name = 阶梯间隔轮数
controls-step-factor = 衰减系数
controls-step-factor-name = 阶梯衰减系数
controls-exp-factor = 每轮系数
controls-exp-factor-name = 指数衰减系数
controls-cosine-length = 长度（轮）
controls-cosine-length-name = 余弦周期长度
controls-cosine-final = 最终系数
controls-cosine-final-name = 余弦最终系数
controls-init = 初始化
controls-init-settings = 初始化设置
controls-init-auto = 自动
controls-init-constant = 常数
controls-init-zeros = 全零
controls-init-uniform = 均匀分布
controls-init-normal = 正态分布
controls-init-xavier-uniform = Xavier 均匀
controls-init-xavier-normal = Xavier 正态
controls-init-he-uniform = He 均匀
controls-init-he-normal = He 正态
controls-init-value = 取值
controls-init-limit = 范围 ±
controls-init-std = 标准差
controls-init-value-name = 初始化取值
controls-threads = 线程
controls-threads-auto = 自动
controls-threads-cores = { $n } 核
# The layer editor
controls-editor-heading = 网络
controls-presets = 预设
controls-total-params = 参数总数：{ $count }
controls-total-params-unknown = 参数总数：—（请修正标出的层）
controls-reset-banner = 未改动的层保留已训练的权重；下次训练将重新初始化：{ $layers }
controls-add-layer-button = ➕ 添加层
controls-add-layer-tip = 在末尾（输出层之前）添加一层
controls-input = 输入
controls-features = { $n } 个特征
controls-image = 图像 { $shape }
controls-input-from = { $what }，来自 { $dataset }
controls-no-data = 还没有数据——请到“数据”标签页选择
controls-output = 输出
controls-classes = { $n } 个类别
controls-regression = 回归
controls-output-fixed = 由任务决定：{ $what }
controls-new-layer = 新
controls-new-layer-tip = 下次训练时重新初始化
controls-params = { $count } 个参数
controls-out-shape = 输出 { $shape }
controls-insert-at = 在第 { $n } 个位置插入层
controls-insert-tip = 在这里插入一层
controls-add-a-layer = 添加一层
controls-add-kind = 添加 { $kind }
controls-comes-with-activation = 会连同激活函数一起添加：没有激活函数，叠在一起的层会塌缩成单独一个直线（线性）层。
controls-layer-name = 第 { $n } 层（{ $kind }）
controls-remove = 删除
controls-remove-named = 删除{ $name }
controls-duplicate = 复制
controls-duplicate-named = 复制{ $name }
controls-move-down = 下移
controls-move-down-named = 下移{ $name }
controls-move-up = 上移
controls-move-up-named = 上移{ $name }
controls-layer-setting = 第 { $n } 层{ $what }
controls-layer-units = 神经元数
controls-layer-bias = 偏置
controls-layer-filters = 卷积核数
controls-layer-kernel = 核大小
controls-layer-stride = 步幅
controls-layer-padding = 填充
controls-layer-size = 窗口大小
controls-layer-drop = 丢弃概率
controls-layer-no-settings = 无需设置
controls-layer-function = 函数
controls-layer-slope = 斜率
controls-layer-alpha = alpha
controls-fewer = 减少{ $name }
controls-more = 增加{ $name }
controls-fewer-tip = 减少
controls-more-tip = 增加
# Presenter mode
controls-layers = 层
controls-add-button = ➕ 添加
controls-add-layer = 添加层
controls-presenter-output = 输出：Dense { $units }
controls-presenter-output-none = 输出：—
controls-dataset = 数据集
# Dialogs
controls-ok = 确定
controls-unsaved-title = 保存更改吗？
controls-unsaved-quit = 这个会话有未保存的更改。关闭前要保存吗？
controls-unsaved-new = 这个会话有未保存的更改。新建会话前要保存吗？
controls-unsaved-open = 这个会话有未保存的更改。打开另一个会话前要保存吗？
controls-dont-save = 不保存
controls-cancel = 取消
controls-outside-title = 要读取会话文件夹以外的文件吗？
controls-outside-reads = 会话 { $name } 从这里读取数据：
controls-outside-warning = 它位于会话文件夹之外。只有在你确定这个会话应当使用该文件时才读取。
controls-outside-read = 读取
controls-outside-refuse = 打开但不读取数据
controls-recovery-title = 恢复上次的会话吗？
controls-recovery-body = layerlab 上次没有正常关闭。训练过程中自动保存了一份会话。
controls-recovery-restore = 恢复
controls-recovery-discard = 丢弃
controls-path-title = 会话文件
controls-path-explain = 输入会话文件（.ron）的路径，用来打开或保存。
controls-path-label = 会话路径
controls-path-open = 打开该路径
controls-path-save = 保存到该路径
controls-help-title = 帮助
controls-help-keyboard = 键盘
controls-help-key-space = 训练 / 暂停 / 继续
controls-help-key-undo = 撤销对网络的修改
controls-help-key-redo = 重做
controls-help-key-save = 保存会话
controls-help-key-open = 打开会话
controls-help-key-views = 打开“损失”…“单步”视图
controls-help-key-escape = 关闭菜单、下拉列表或本窗口
controls-help-start = 快速上手
controls-help-step1 = 1. 在“数据”标签页选数据（内置数据集，或 CSV 文件：打开、拖入或输入路径）。
controls-help-step2 = 2. 在左侧搭建网络：从层列表添加层，用 − 和 + 调整神经元数。
controls-help-step3 = 3. 按下 ▶ 训练，看损失一路下降。逐批单步训练，看清每一次更新。
# The status bar
controls-status-epoch = 第 { $epoch } 轮
controls-status-no-batch = 批次 —
controls-status-no-speed = — 样本/秒
controls-status-unsaved = 有未保存的更改
controls-status-saved = 已保存
# View ▸ Debug
controls-debug-title = 调试
controls-debug-p95 = 每帧工作量 p95：{ $ms } ms
controls-debug-frames = p50 { $p50 } ms · 最大 { $max } ms · { $frames } 帧（预算 { $budget } ms）
controls-debug-none = 还没有测到帧
controls-debug-cpu = 界面线程每帧 CPU：p50 { $p50 } ms · p95 { $p95 } ms（不含被其他程序抢占的时间）
controls-debug-fps = 最近一秒绘制的帧数：{ $last } · 启动以来：{ $total }
controls-debug-speed = 训练：{ $rate } 样本/秒
controls-debug-jobs = 后台任务运行中：{ $n }
controls-debug-phase = 训练：{ $phase }
controls-debug-timing = 载入 784 特征的计时数据
controls-debug-timing-tip = 6000 个样本、784 个特征、10 个类别：MLP 的基准工作量
# View ▸ look
controls-theme = 主题
controls-theme-system = 跟随系统
controls-theme-light = 浅色
controls-theme-dark = 深色
controls-theme-name = { $name }主题
controls-presenter = 演示模式
controls-presenter-tip = 更大的字体、高对比度、隐藏高级控件——适合投影
controls-zoom = 缩放 { $percent }%
controls-zoom-out = 缩小
controls-zoom-in = 放大
controls-zoom-reset = 重置缩放
# The Loss view
controls-log-scale = 对数刻度
controls-raw-batch-loss = 原始批次损失
controls-latest-train-loss = 训练损失 { $value }
controls-latest-val-loss = 验证损失 { $value }
controls-latest-val-metric = 验证{ $metric } { $value }
controls-latest-train-metric = 训练{ $metric } { $value }
controls-metric-accuracy = 准确率
controls-metric-accuracy-title = 准确率
controls-loss-points = 已记录 { $points } 个损失点 · { $epochs } 轮
controls-loss-empty = 按 ▶ 训练（或空格键）开始。
controls-loss-empty-more = 网络学习时，损失曲线会出现在这里。
controls-loss-title = 损失
controls-line-batch = 批次损失
controls-line-smoothed = 平滑后的批次损失
controls-line-train = 训练损失（每轮）
controls-line-val = 验证损失（每轮）
controls-line-lr = 学习率已调整
controls-line-diagnostic = 诊断
controls-axis-step = 步数
controls-axis-loss = 损失
controls-axis-loss-log = 损失（对数刻度）
controls-axis-epoch = 轮次
controls-hover-step = 步数 { $step }
controls-hover-loss = 损失 { $loss }
controls-metric-train = 训练{ $metric }
controls-metric-val = 验证{ $metric }
# end of controls

## views: Judge, Boundary, Flow, Network, compare
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
# end of lessons
