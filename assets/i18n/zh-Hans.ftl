# layerlab: the window's words in Simplified Chinese (简体中文). Exactly the keys of en.ftl, in the same
# sections (tests/suite/i18n_keys.rs checks it). Arguments look like { $name }.

## app
app-name = layerlab

## menu
menu-language = 语言
# end of menu

## words: the guide, the tooltips of every setting and kind, the Step view
words-setting-speed = 速度
    .tip = 训练跑多快。放慢一点，大家就能看着决策边界一点点成形；慢动作时，网络视图会展示每一批数据如何向前走、再往回传。
words-setting-learning-rate = 学习率
    .tip = 每尝一次味道后，优化器把配方改动多大。太大：损失上蹿下跳甚至爆掉；太小：好像什么都没发生。Adam 试试 0.01，SGD 试试 0.1。训练过程中也可以随时调整。
words-setting-lr-divide = 学习率 ÷10
    .tip = 把学习率除以 10：步子更小、更谨慎。损失上蹿下跳时试试它。
words-setting-lr-multiply = 学习率 ×10
    .tip = 把学习率乘以 10：步子更大、更大胆。损失下降得太慢时试试它。
words-setting-optimizer = 优化器
    .tip = 掌勺的厨师：每尝一次味道，就根据梯度调整配方。Adam 是不错的首选；最朴素的 SGD 最容易在“单步”标签页里一步步看懂。
words-setting-momentum = 动量
    .tip = 保留多少上一次的改动（0 到 1），就像往山下滚的球。0.9 能抹平忽左忽右的步子；0 就是普通的 SGD。
words-setting-beta1 = Beta 1
    .tip = Adam 记住最近梯度方向的时间长短（也就是它的动量）。常用 0.9；越接近 1，记得越久。
words-setting-beta2 = Beta 2
    .tip = Adam 记住最近梯度有多大的时间长短；它让每种调料都有自己的步长。常用 0.999。
words-setting-epsilon = Epsilon
    .tip = 做除法前加上的一个极小的数，保证永远不会除以零。保持默认即可。
words-setting-weight-decay = 权重衰减
    .tip = AdamW 在每一步都把每个权重轻轻往零拉一点（这个比例乘以学习率），免得哪种调料放得过头。常用 0.01。
words-setting-alpha = Alpha
    .tip = RMSprop 忘掉过去梯度大小的快慢，越大忘得越慢。常用 0.99。
words-setting-loss = 损失
    .tip = 怎样尝这道菜：用一个数说明网络的答案错得有多离谱；训练就是要把它变小。“自动”对分类用交叉熵，对数值用均方误差。除非想做比较，否则保持“自动”。
words-setting-huber-delta = Huber delta
    .tip = 比这个值小的误差按平方计算，更大的只按其大小计算，这样少数离谱的样本就左右不了大局。试试 1。
words-setting-batch-size = 批大小
    .tip = 每调整一次配方之前先尝多少个样本。小批量（8 到 32）：步子多、快但有噪声；大批量：步子少但更平稳。试试 32。
words-setting-epochs = 轮数
    .tip = 训练要把整个训练集过多少遍。盯着验证损失：一旦它不再下降，再多练几轮也没用。
words-setting-schedule = 学习率调度
    .tip = 训练过程中学习率怎样变化。一开始用“恒定”就行；“余弦退火”会慢慢调低学习率，让收尾更稳。
words-setting-step-every = 间隔（轮）
    .tip = 阶梯衰减：学习率每隔多少轮下降一次。
words-setting-step-factor = 系数
    .tip = 阶梯衰减：每次下降时学习率乘以这个数。0.5 就是减半。
words-setting-exp-factor = 每轮系数
    .tip = 指数衰减：学习率每轮乘以这个数一次。0.95 表示每轮降低 5%。
words-setting-cosine-length = 长度（轮）
    .tip = 余弦退火：学习率在多少轮内平滑地降下来。
words-setting-cosine-final = 最终系数
    .tip = 余弦退火：结束时的学习率占起始值的比例。0.01 表示最后降到 1%。
words-setting-warmup = 预热轮数
    .tip = 从很小的学习率开始，在这么多轮内升到设定值，让一开始的步子不那么莽撞。0 表示关闭。
words-setting-init = 初始化
    .tip = 还没尝第一口之前，厨师每种调料先放多少。“自动”几乎总是对的；试试“全零”或“常数”，就能明白为什么网络需要各不相同的随机起点。
words-setting-init-value = 初始化数值
    .tip = 所选起点用到的数：常数的值、均匀分布的 ± 范围，或正态分布的标准差。太大的话，训练一开始就不稳。
words-setting-seed = 随机种子
    .tip = 所有随机性的来源：初始权重、打乱顺序和 Dropout。同一个种子会得到完全相同的一次训练；换一个种子，看看运气的影响有多大。
words-setting-threads = 线程数
    .tip = 用多少个处理器核心来计算大型矩阵乘法。“自动”只在网络大到值得时才多用一个核心。无论怎么选，结果数字都完全相同，只是快慢不同。
words-setting-l1 = L1 惩罚
    .tip = 给大权重加一点代价，把用不着的调料压到正好为零。一小撮就够：0.0001 到 0.001。0 表示关闭。
words-setting-l2 = L2 惩罚
    .tip = 给大权重加一点代价（权重衰减），让每种调料都适可而止，网络就会去学规律，而不是死记训练数据。当验证损失上升而训练损失还在下降时，试试 0.0001 到 0.01。
words-setting-clip-gradients = 梯度裁剪
    .tip = 限制一次调整最多能有多大（所有梯度合起来的长度）。损失突然跳到巨大的值或 NaN 时打开它。
words-setting-early-stopping = 早停
    .tip = 如果验证损失连续“耐心”轮都没有改善，就自动停止训练，免得把菜做过头（过拟合）。
words-setting-units = 单元数
    .tip = 这一层有多少个单元（神经元）：单元越多，要调的调料越多。试试 8 到 32；更多能学到更多，但更慢，也更早过拟合。
words-setting-bias = 偏置
    .tip = 每个单元再加上一个自己学到的数，让输出可以整体平移。保持打开。
words-setting-filters = 滤波器数
    .tip = 这一层要找多少种不同的图案；每个滤波器产生一个新的图像通道。先试 8，第二个卷积层再用 16。
words-setting-kernel = 卷积核
    .tip = 每个滤波器看多宽的像素范围（3 表示 3×3）。通常选 3。
words-setting-stride = 步幅
    .tip = 窗口每次移动多远；2 会让图像尺寸减半。卷积层试试 1，池化层用和窗口一样的大小。
words-setting-padding = 填充
    .tip = 在边缘补上一圈零，让图像不缩小；卷积核为 3 时，填充 1 可以保持尺寸不变。
words-setting-pool-size = 大小
    .tip = 每个池化窗口有多少像素宽。2 会让图像尺寸减半。
words-setting-drop-probability = 丢弃概率
    .tip = 训练时随机关掉的数值所占的比例（评估时从不关掉）。网络过拟合时试试 0.2 到 0.5。
words-setting-function = 函数
    .tip = 作用在每个值上的“弯折”。没有弯折，叠再多层也不比一层强。ReLU 是常用的首选。
words-setting-slope = 斜率
    .tip = LeakyReLU 让负值通过多少。常用 0.01。
words-setting-elu-alpha = alpha
    .tip = ELU 对很负的输入向零以下弯多远。常用 1。
words-data-target = 目标列：网络要根据其他列来预测的那一列。其余的都是输入（特征）。
words-data-task = 分类（从几个标签中选一个）还是回归（预测一个数）。“自动”会根据目标列判断：文字或少数几个整数就当作类别。
words-data-scaling = 每个输入列在送进网络之前怎样缩放。标准化（均值 0、离散度 1）几乎适合所有网络；最小-最大缩放把数值压到 0 到 1 之间。
words-data-target-scaling = 训练时要预测的数值怎样缩放。“标准化”最利于学习；结果始终按目标本身的单位显示。
words-data-text-columns = 输入列里的文字怎样变成数字：独热编码让每个取值各占一个 0/1 输入；序数编码按顺序给它们编号，只适合有先后等级的值。
words-data-missing = 空单元格怎么办：删掉这些行，或者用训练集的均值、中位数或最常见的值来填。
words-data-split = 这些行怎样分配：网络从训练集学习，验证集用来盯住过拟合，测试集则是网络从没见过的评委。
words-data-image = 把这些列当成一张图片的像素（通道 × 高 × 宽），这样卷积层和池化层就能看到相邻的像素。
words-data-dataset = 一个现成的学习问题。螺旋和异或需要隐藏层；圆形用上 x1 平方和 x2 平方这两个输入就很容易。
words-data-samples = 数据集有多少个点。点少又有噪声，就很容易看到过拟合；点多则训练更慢但更稳。
words-data-noise = 这些点被随机扰动得有多厉害。噪声越大，类别越模糊：网络必须找到规律，而不是记住每个点。
words-data-seed = 生成这些点所用的随机数。同一个种子得到同样的点；换一个种子，就是同一个问题的一份新样本。
words-data-path = 要学习的 CSV 文件：输入或粘贴它的路径后按回车，或者点“打开”。第一行可以是列名。
words-optimizer-sgd = 普通 SGD：每个权重都逆着自己的梯度移动，步子按学习率缩放。最容易看懂；学习率试试 0.1。
words-optimizer-momentum = 带动量的 SGD：对过去的梯度保持一个累积的速度，于是步子沿着稳定的方向滚下去，噪声被抹平。动量试试 0.9。
words-optimizer-nesterov = Nesterov：先往前看一步再修正的动量法；通常比普通动量更稳一点。
words-optimizer-adam = Adam：既记住最近梯度的方向，也记住它们有多大，并给每个权重各自的步长。最好的首选；学习率试试 0.01。
words-optimizer-adamw = AdamW：Adam 再加上把每个权重轻轻拉向零的力（权重衰减）。Adam 过拟合时试试它。
words-optimizer-rmsprop = RMSprop：把每一步除以梯度大小的滑动平均，梯度大的权重步子就小。
words-optimizer-adagrad = Adagrad：梯度的平方不断累加，步子随之越来越小；适合稀有特征，但学习可能慢得几乎停下来。
words-loss-cross-entropy = 交叉熵：用于在几个类别中做选择；对自信满满却答错的情况罚得很重。分类问题的常用选择。
words-loss-binary-cross-entropy = 二元交叉熵：用于只有两个类别、一个输出的是/否问题。
words-loss-mse = 均方误差：用于预测数值；大的偏差比小的偏差重要得多。回归问题的常用选择。
words-loss-mae = 平均绝对误差：用于预测数值；每个偏差按其大小计算，所以离群值影响较小。
words-loss-huber = Huber：小偏差按平方，大偏差按绝对值；对带少量离群值的数值问题是个折中。
words-init-auto = 自动：类 ReLU 的层用 He，其他用 Xavier。几乎总是对的。
words-init-constant = 常数：每个权重都取同一个值。于是所有单元学到的都一样：试试看，就明白为什么随机起点很重要。
words-init-zeros = 全零：每个权重都是 0。没有东西打破对称性，网络几乎学不会：这是一堂课，不是一个选项。
words-init-uniform = 均匀分布：随机权重均匀地分布在 ± 范围之内。
words-init-normal = 正态分布：随机权重来自给定标准差的钟形曲线。
words-init-xavier-uniform = Xavier 均匀：随机权重的大小按层的规模来定，让信号穿过 Tanh 或 Sigmoid 层时保持强度。
words-init-xavier-normal = Xavier 正态：和 Xavier 均匀一样，只是从钟形曲线中抽取。
words-init-he-uniform = He 均匀：为 ReLU 层定大小的随机权重，因为 ReLU 会让一半的输入归零。
words-init-he-normal = He 正态：和 He 均匀一样，只是从钟形曲线中抽取。
words-schedule-constant = 恒定：从头到尾都用同一个学习率。
words-schedule-step = 阶梯衰减：每隔几轮，学习率按一个系数下降一级，像台阶一样。
words-schedule-exponential = 指数衰减：学习率每轮都缩小一点。
words-schedule-cosine = 余弦退火：学习率沿着一条平滑的曲线慢慢降下来，让收尾更稳。
words-loss-auto = 自动：分类用交叉熵，数值用均方误差。一开始就选它没错。
words-kind-dense = 每个输入都连接到每个单元：加权求和再加上偏置——最基本的“调料”旋钮。
    .try = 先用一到两个 8 到 32 个单元的 Dense 层，每层后面跟一个激活函数，比如 ReLU。
words-kind-conv2d = 在图像上滑动学到的小滤波器，找出边缘之类的局部图案。
    .try = 处理图像：先用 8 个大小为 3 的滤波器，再接 ReLU 和 MaxPool 2；图片更难时，再加一个 16 个滤波器的卷积层。
words-kind-maxpool2d = 保留每个窗口中最强的值：图像变小，对平移也更宽容。
    .try = 在卷积层和它的 ReLU 之后放一个大小为 2 的，让图像尺寸减半。
words-kind-avgpool2d = 对每个窗口取平均：一种更平滑的缩小图像的方式。
    .try = 把 MaxPool 换成它，比较两条损失曲线。
words-kind-flatten = 把图像摊成一长串数字，让全连接层能读取。
    .try = 放在最后一个卷积或池化层与第一个 Dense 层之间；它没有要学的东西。
words-kind-dropout = 训练时随机关掉一些数值，让网络不能只依赖其中任何一个。
    .try = 当验证损失上升而训练损失还在下降时，在较大的 Dense 层后面加上 0.2 到 0.5 的 Dropout。
words-kind-batchnorm = 在一批数据上把每个特征缩放到均值 0、离散度 1；让训练更平稳。
    .try = 深层网络训练很慢时，把它放在 Dense 或卷积层与其激活函数之间；之后也许可以用更大的学习率。
words-kind-layernorm = 把每个样本自己的数值缩放到均值 0、离散度 1。
    .try = 和 BatchNorm 类似，但与批无关；批很小时试试它。
words-kind-relu = 保留正值，负值变成零：简单又快，但单元可能会“死掉”。
    .try = 每个 Dense 或卷积层之后的常用选择。如果梯度流标签页报告有死单元，试试 LeakyReLU。
words-kind-leakyrelu = 和 ReLU 一样，但让负值以一个小斜率通过，单元就不会死掉。
    .try = 单元死掉时用它代替 ReLU；斜率通常取 0.01。
words-kind-elu = 对负值平滑，向 −alpha 弯过去；让激活的平均值保持在零附近。
    .try = 在更深的网络里用它代替 ReLU 试试；alpha 通常取 1。
words-kind-gelu = 平滑版的 ReLU：按每个值为正的可能性给它加权。
    .try = 用它代替 ReLU，比较两条损失曲线。
words-kind-tanh = 把数值压进 (−1, 1)；输入很大时会饱和（不再学习）。
    .try = 在小网络上试试，能得到平滑的边界；学习率别太大。
words-kind-sigmoid = 把数值压进 (0, 1)；输入很大时会饱和，梯度随之变小。
    .try = 在网络内部主要只有历史意义：在深层堆叠里把它和 ReLU 比一比，再到梯度流标签页看梯度如何消失。
words-kind-softplus = ReLU 的平滑版本：ln(1 + e^x)。
    .try = 想要平滑的边界时，用它代替 ReLU 试试。
words-kind-tip =
    { $what }
    试试：{ $advice }
words-guide-title = 神经网络怎样学习——在厨房里
words-guide-intro = 训练是一个循环。每一批数据都会沿着它走一圈：
words-guide-parameters = 调料就是参数
    .text = 神经网络就像一份放了很多调料的菜谱：这些调料就是它的权重和偏置。一开始它们是随机放的（初始化）。训练，就是去找出让这道菜恰到好处的用量。
words-guide-forward = 做菜就是前向传播
    .text = 一个输入（食材）依次经过各层。每一层把拿到的东西和自己的调料拌在一起——z = W·x + b——再由激活函数决定有多少往下传。最后端出来的是一个预测：也就是这道菜。
words-guide-loss = 尝味道就是损失
    .text = 损失把做出来的菜和它本该有的样子相比较，给出一个数：差得有多远。分类用交叉熵，数值用均方误差。越小越好。
words-guide-backprop = 反馈就是反向传播
    .text = 从损失出发往回走，每种调料都会知道自己该担多少责任：这就是它的梯度。梯度大，意思是“这一味现在很关键”；梯度很小，说明它几乎不影响味道。
words-guide-optimizer = 调整配方就是优化器
    .text = 优化器把每种调料都逆着它的梯度拧一点点。拧多少由学习率决定：太小，什么都没变；太大，配方就会忽左忽右。SGD 每次都按部就班地走一步；Adam 会为每种调料分别调整步子。
words-guide-epochs = 练习就是轮次
    .text = 一轮就是把所有训练样本按小批量完整过一遍。多练几轮，损失就会下降——看看“损失”标签页。
words-guide-judge = 评委就是评估
    .text = 测试样本是厨师从没练过的菜。只有它们能说明这份配方在新数据上是否管用。打开“评委”标签页，点“在测试集上评估”。
words-guide-more = 多不一定好
    .text = 练得太久，或者配方太复杂，厨师就会把训练时的那几道菜背下来，而不是学会做菜：训练损失一直在降，验证损失却在升。这就是过拟合。早点停下，加上 Dropout 或 L2，或者找更多的数据。
words-guide-where = 在哪里看
words-guide-where-loss = 损失：随时间变化的试吃分数（保留下来的训练会以淡影显示，便于比较）。
words-guide-where-flow = 梯度流：每一层收到了多少反馈。
words-guide-where-network = 网络：每种调料都是一条线；切换到梯度，播放反向传播。
words-guide-where-boundary = 决策边界：网络此刻在整个输入空间上的判断。
words-guide-where-judge = 评委：在没见过的菜上的得分，以及做得最差的几道。
words-guide-where-step = 单步：用真实的数字，看一个样本走完整个循环。
words-guide-glossary = 术语表
words-guide-window = 指南：训练循环
words-glossary-weight = 权重
    .text = 神经元的一个输入占多大分量，以及是正是负。
words-glossary-bias = 偏置
    .text = 神经元自带的偏移量，不管输入是什么都会加上。
words-glossary-activation = 激活函数
    .text = 每层之后的函数（ReLU、tanh、sigmoid……），让网络能够“弯折”；没有它，叠再多层也不比一层强。
words-glossary-gradient = 梯度
    .text = 某个参数稍微动一点时，损失会变化多少：也就是每种调料该担的责任。
words-glossary-vanishing = 梯度消失
    .text = 梯度一层层变小，直到最前面的几层几乎学不到东西。深层堆叠里用 sigmoid/tanh 时常见。
words-glossary-exploding = 梯度爆炸
    .text = 梯度变得巨大，让训练上蹿下跳甚至失败。调低学习率或裁剪梯度。
words-glossary-dead-relu = 死亡 ReLU
    .text = 对任何输入都输出零的 ReLU 单元：它得不到梯度，再也恢复不过来。
words-glossary-saturation = 饱和
    .text = sigmoid 或 tanh 的输出卡在接近极限的地方，那里的斜率——也就是梯度——几乎为零。
words-glossary-learning-rate = 学习率
    .text = 优化器每一步迈多大。
words-glossary-batch = 批次
    .text = 每次调整之前先尝的那几个样本。
words-glossary-boundary = 决策边界
    .text = 网络的答案从一个类别变成另一个类别的地方。
words-glossary-confusion = 混淆矩阵
    .text = 一张表：每个测试样本实际是什么，对比网络说它是什么。
words-step-sample = 训练样本
words-step-sample-tip = 跟踪哪一个训练样本走完一步
words-step-trace = 追踪一步
words-step-trace-tip = 用真实的数字，跟着这一个样本走完整个训练循环。网络本身不会被改变。
words-step-empty-title = 慢慢走一步
words-step-empty-body = 选一个训练样本，点“追踪一步”：你会用真实的数字看到前向传播、损失、梯度往回流，以及每个权重的更新。
words-step-back = ◀ 上一步
words-step-next = 下一步 ▶
words-step-next-tip = 显示这一步的下一部分
words-step-show-all = 全部显示
words-step-part = 第 { $part } 部分，共 { $total } 部分 · 样本 #{ $sample }
words-step-input = 1. 食材
words-step-input-tip = 这个样本的输入值（缩放之后）：也就是下锅的东西。
words-step-more = ……还有 { $n } 个
words-step-forward = 前向：第 { $layer } 层 — { $label }
words-step-forward-tip = 做菜：每一层把收到的东西和自己的调料（权重和偏置）拌在一起，再把结果往下传。
words-step-loss = 尝味道：损失
words-step-loss-tip = 损失把网络的答案和正确答案相比较：用一个数说明这道菜有多糟。训练就是要把它变小。
words-step-prediction = 预测：[{ $values }]
words-step-target-class = { $name }（类别 { $class }）
words-step-target = 目标：{ $target }
words-step-loss-value = 损失 = { $loss }
words-step-backward = 反馈往回流：第 { $layer } 层 — { $label }
words-step-backward-tip = 反向传播：从损失出发往回走，每个权重都会知道自己该担多少责任——这就是它的梯度。为正：把它调大，菜会变得更糟。
words-step-gradient-of = { $name } { $shape } 的梯度
words-step-update = 调整配方：第 { $layer } 层 — { $label }
words-step-update-tip = 优化器把每个权重逆着它的梯度改动一点，幅度按学习率缩放。普通 SGD：新值 = 旧值 − 学习率 × 梯度；Adam 等优化器还会用到它们对之前梯度的记忆，下面用真实的数字展示。
words-step-z-unit = z = W·x + b，逐个单元：
words-step-more-terms = ……（还有 { $n } 项）
words-step-more-units = ……还有 { $n } 个单元
words-step-and-more = ……还有 { $n } 个
words-step-output = 输出：
words-step-all-zero = 全为零：这一层没有从这个样本得到任何反馈
words-step-more-rows = ……还有 { $n } 行
words-step-param-weight = 权重
words-step-param-bias = 偏置
words-optim-velocity = 速度
words-optim-running-square = 滑动平方
words-optim-sum-of-squares = 平方和
words-optim-story-sgd = 普通 SGD 什么都不记：改动就是学习率乘以梯度，所以梯度为零就不会有任何改动。
words-optim-story-momentum = 动量法给每个权重记一个速度：过去梯度的累积和。就像滚动的球，即使这个样本的梯度为 0，权重也会继续移动。
words-optim-story-adam = Adam 给每个权重记两样东西：m，最近梯度的方向（动量）；v，梯度一直以来有多大。改动跟着 m 走，再除以 v 的平方根，所以即使这个样本的梯度为 0，权重也会继续移动，而且每个权重都有自己的步长。
words-optim-story-rmsprop = RMSprop 为每个权重的梯度记一个滑动平方，并把步子除以它的平方根：梯度大的权重，步子就小。
words-optim-story-adagrad = Adagrad 把每个权重梯度的平方累加起来，再把步子除以这个和的平方根，所以步子会越来越小。
words-optim-g-clip = g = 梯度 × 裁剪系数 = { $raw } × { $scale } = { $g }
words-optim-g = g = 梯度 = { $g }
words-optim-sgd-change = 改动 = −lr × g = −{ $lr } × { $g } = { $change }
words-optim-velocity-line = 速度 = 动量 × 旧速度 + g = { $mu } × { $old } + { $g } = { $new }
words-optim-nesterov-change = 改动 = −lr × (g + 动量 × 速度) = −{ $lr } × ({ $g } + { $mu } × { $v }) = { $change }
words-optim-momentum-change = 改动 = −lr × 速度 = −{ $lr } × { $v } = { $change }
words-optim-adam-m = m = β1 × 旧 m + (1 − β1) × g = { $b } × { $old } + { $rest } × { $g } = { $new }
words-optim-adam-v = v = β2 × 旧 v + (1 − β2) × g² = { $b } × { $old } + { $rest } × { $g }² = { $new }
words-optim-adam-bias = 偏差修正（第 t = { $t } 次更新；早期的记忆从 0 开始）：修正后的 m = m / (1 − β1^t) = { $m } / { $cm } = { $mh }，修正后的 v = v / (1 − β2^t) = { $v } / { $cv } = { $vh }
words-optim-adam-change = 改动 = −lr × 修正后的 m / (√(修正后的 v) + ε) = −{ $lr } × { $mh } / ({ $root } + { $eps }) = { $change }
words-optim-adamw-decay = 权重衰减：− lr × 衰减 × 旧值 = −{ $lr } × { $decay } × { $old } = { $d }；总改动 { $total }
words-optim-rms-square = 滑动平方 = α × 旧值 + (1 − α) × g² = { $a } × { $old } + { $rest } × { $g }² = { $new }
words-optim-rms-change = 改动 = −lr × g / (√(滑动平方) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-adagrad-sum = 平方和 = 旧值 + g² = { $old } + { $g }² = { $new }
words-optim-adagrad-change = 改动 = −lr × g / (√(平方和) + ε) = −{ $lr } × { $g } / ({ $root } + { $eps }) = { $change }
words-optim-header = 学习率 { $lr } · { $optimizer } · 第 { $step } 次更新
words-optim-momentum-name = 动量法
words-optim-penalty-note = 权重的梯度里包含了 L1/L2 惩罚。
words-optim-clip-note = 所有梯度合起来的长度超过了裁剪上限，所以每个梯度都先乘以了 { $scale }。
words-optim-param-title = { $name } { $shape }：旧值 + 改动 = 新值
words-optim-col-old = 旧值
words-optim-col-gradient = 梯度
words-optim-col-change = 改动
words-optim-col-new = 新值
words-optim-more-values = ……还有 { $n } 个值
words-optim-worked = 以 { $name }{ $index } 为例算一遍：
words-optim-zero-grad = 这个样本给它的梯度是 0，它却还是变了：优化器对之前梯度的记忆推着它继续移动。
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
views-no-data = 还没有数据
views-no-data-body = 请先在“数据”页载入数据。

# 评委（judge.rs）
views-judge-need-data = 请先载入数据
views-judge-no-test-split = 这份数据没有测试集：请在“数据”页设置测试集比例
views-judge-evaluate-button = ⚖ 在测试集上评估
views-judge-evaluate = 在测试集上评估
views-judge-evaluate-tip = 评委品尝的是厨师从没练过的菜：测试样本。它们的得分说明这份配方在新数据上做得怎么样。
views-judge-tasting = 评委正在品尝…
views-judge-predict-button = 预测 CSV…
views-judge-predict = 预测 CSV
views-judge-predict-tip = 用训练好的网络处理一个列相同的 CSV 文件的每一行；预测结果写在它旁边，文件名为 NAME.predictions.csv
views-judge-test-loss = 测试损失 { $loss }（{ $rows } 个样本）
views-judge-not-judged = 评委还没打分
views-judge-not-judged-body = 先训练一会儿，再点“在测试集上评估”。测试样本从未用于训练，所以能看出网络在新数据上的表现。
views-judge-close = ✖ 关闭
views-judge-accuracy = 准确率
views-judge-accuracy-tip = 网络判对类别的测试样本所占的比例。
views-judge-confusion = 混淆矩阵
views-judge-confusion-tip = 行：样本真正是什么。列：网络说它是什么。对角线上是答对的；其余都是搞混了。点一个格子，列出其中的样本。
views-judge-per-class = 各类别指标
views-judge-per-class-tip = 精确率：被判为这一类的样本里，真正属于这一类的比例。召回率：这一类的样本里，被找出来的比例。F1 兼顾两者。
views-judge-col-class = 类别
views-judge-col-precision = 精确率
views-judge-col-recall = 召回率
views-judge-col-samples = 样本数
views-judge-cell-samples = { $count } 个样本实为 { $actual }，却被判为 { $predicted }：
views-judge-open-test-sample = 打开测试样本 { $row }
views-judge-and-more = … 还有 { $count } 个
views-judge-confusion-axes = 行：真实类别，列：预测类别
views-judge-confusion-cell = { $actual } 被判为 { $predicted }
views-judge-confusion-cell-tip = { $count } 个 { $actual } 样本被判为 { $predicted }（占该类的 { $share }%）
views-judge-rmse-tip = 均方根误差：一次失误的典型大小，单位与目标相同；大的失误算得更重。
views-judge-mae-tip = 平均绝对误差：失误的平均大小。
views-judge-r2-tip = 1 表示完美；0 表示不比总猜平均值强；小于 0 则比那还差。
views-judge-pred-vs-actual = 预测值对真实值
views-judge-pred-vs-actual-tip = 每个点是一个测试样本。落在虚线上说明预测完全正确；离虚线越远，偏差越大。
views-judge-test-samples = 测试样本
views-judge-perfect = 完全正确
views-judge-actual = 真实值
views-judge-predicted = 预测值
views-judge-hover =
    真实值 { $actual }
    预测值 { $predicted }
views-judge-worst = 做得最差的几道菜
views-judge-worst-tip = 损失最高的测试样本：配方最失败的地方。常见原因是标注错误、少见的情况，或者网络还没学会的区域。
views-judge-col-sample = 样本
views-judge-col-loss = 损失
views-judge-open = 打开
views-judge-open-worst = 打开最差样本 { $row }
views-judge-sample-title = 测试样本 #{ $row }
views-judge-ingredients = 它的食材（输入，已缩放）
views-judge-more = … 还有 { $count } 个
views-judge-it-is = 真实类别：{ $class }
views-judge-answer = 网络的回答（每个类别的概率）
views-judge-actual-predicted = 真实值 { $actual } · 预测值 { $predicted }
views-judge-sample-loss = 这个样本的损失：{ $loss }
views-judge-forward = 它的前向传播，逐层展示
views-judge-show-forward = 显示它的前向传播
views-judge-show-forward-tip = 让这个测试样本逐层通过网络（不做任何训练）

# 对比训练（compare.rs）
views-compare-title = 对比训练：
views-compare-tip = 把一次训练的曲线留作淡淡的“幽灵”，然后重置、改一项设置（优化器、初始化、学习率…）再训练一次，就能看出差别。重置时会自动把这次训练留作幽灵。
views-compare-keep = 📌 保留这次训练
views-compare-keep-tip = 把当前曲线留作幽灵
views-compare-keep-disabled = 请先至少训练一轮
views-compare-none = 还没有幽灵
views-compare-show = 显示幽灵
views-compare-other-data = { $label } — 基于 { $data }，不在这份数据上显示
views-compare-other-data-tip = 只有同一份数据上的训练才能对比：重新载入那份数据即可看到这个幽灵。
views-compare-clear = 清除幽灵
views-compare-clear-tip = 丢掉保留的训练
views-compare-ghost = 幽灵：{ $label }

# 决策边界（boundary.rs）
views-boundary-not-images = 不适用于图像
views-boundary-not-images-body = 决策边界画在两个输入特征上，而图像有成百上千个。试试“网络”或“梯度流”视图。
views-boundary-needs-two = 需要两个输入特征
views-boundary-needs-two-body = 这张图画在两个特征上，而这份数据只有一个。
views-boundary-plane = 以 { $x } 和 { $y } 为坐标，使用它们本来的单位
views-boundary-plane-tip = 网络的每个输入（这些列本身，以及由它们算出的输入特征）都在图上每一点由这两个值算出。
views-boundary-horizontal = 横轴特征
views-boundary-vertical = 纵轴特征
views-boundary-median = 其他特征固定在中位数
views-boundary-median-tip = 这张图是输入空间的一个切片：不在坐标轴上的特征都固定在训练数据中的典型值（中位数）。
views-boundary-test-points = 测试点
views-boundary-test-points-tip = 空心菱形：网络从不用来训练的样本——端给评委的菜。
views-boundary-neuron-maps = 神经元图
views-boundary-neuron-maps-tip = 第一个隐藏层的每个单元对什么有反应：输出层把这些简单形状组合成决策边界。
views-boundary-live = ■ 实时：训练时每秒最多更新 5 次
views-boundary-refresh = 按当前权重刷新
views-boundary-show = 按当前权重显示
views-boundary-show-tip = 用网络现在的样子计算这张图（训练前：它随机的初始配方）。
views-boundary-stale = 这张图来自第 { $epoch } 轮；训练已进行到第 { $done } 轮：请点“刷新”
views-boundary-after-epoch = 第 { $epoch } 轮之后
views-boundary-no-curve = 还没有拟合曲线
views-boundary-no-map = 还没有图
views-boundary-no-map-body = 开始训练后就会出现（也可以点上面的按钮）。
views-boundary-units-title = 第一个隐藏层每个单元看到的（{ $layer }）
views-boundary-units-tip = 每张小图是第一个隐藏层的一个单元：它被激活的地方就亮。输出层把这些简单形状混合成决策边界。
views-boundary-unit-map = 单元 { $unit } 的图
views-boundary-unit = 单元 { $unit }
views-boundary-paler = · 越淡 = 越不确定
views-boundary-colour-value = 颜色：预测值（暗为低，黄为高）
views-boundary-dots = · 圆点：训练样本
views-boundary-diamonds = · 菱形：测试样本
views-boundary-feature = 特征 { $n }
views-boundary-hover-class = 预测为 { $label }（把握 { $sure }%）
views-boundary-hover-value = 预测值 { $value }
views-boundary-prediction = 预测
views-boundary-train = 训练
views-boundary-test = 测试
views-boundary-map = 决策边界图
views-boundary-network-prediction = 网络的预测

# 梯度流（flow.rs）
views-flow-gradients = 梯度
views-flow-weights = 权重
views-flow-ratio = 更新量 / 权重比
views-flow-gradients-tip = 梯度表示某个参数稍微变动时损失会变多少：也就是尝过味道后每种调料得到的反馈。梯度极小（消失）说明这一层几乎学不动；梯度极大（爆炸）会让训练上下乱跳。
views-flow-weights-tip = 每层权重的大小（L2 范数）：调料放了多少。稳步增长是正常的；突然暴涨或塌缩就不正常。
views-flow-ratio-tip = 优化器一步让某一层改变了多少（相对它本身的大小）。0.001 左右是健康的；接近 1 表示每一步都在重写配方（学习率太高）；低于 1e-6 则几乎没有变化。
views-flow-gradient-norm = 梯度范数
views-flow-weight-norm = 权重范数
views-flow-update-weight = 更新量 / 权重
views-flow-show = 显示{ $what }
views-flow-epoch-step = 第 { $epoch } 轮 · 第 { $step } 步
views-flow-empty = 还没有梯度统计
views-flow-empty-body = 每轮结束时出现：点 ▶ 训练 或“单步一轮”。你会看到每一层被纠正得有多厉害。
views-flow-diagnostic = ⚠ { $message }（第 { $epoch } 轮）
views-flow-try = 试试：{ $tip }
views-flow-per-layer = 每层的{ $metric }（对数刻度）
views-flow-activation-health = 激活健康度
views-flow-activation-health-tip = 激活层在最近一个批次上的输出。死亡的 ReLU 对每个样本都输出零，不再学习；饱和的 sigmoid/tanh 单元停在两端，那里的梯度几乎为零。
views-flow-mean-grad = 平均 |梯度|
views-flow-max-grad = 最大 |梯度|
views-flow-bar-tip =
    第 { $layer } 层（{ $label }）
    平均 |梯度| { $mean }
    最大 |梯度| { $max }
    梯度范数 { $grad }
    权重范数 { $weight }
    更新量 / 权重 { $ratio }
views-flow-healthy-marker = | 健康 ≈ 0.001
views-flow-healthy = 健康 ≈ 0.001
views-flow-layer = 层 { $label }
views-flow-no-activations = 没有激活层
views-flow-dead = 死亡
views-flow-dead-tip = 对批次里每个样本都输出零的单元：它们得不到梯度，不再学习。
views-flow-saturated = 饱和
views-flow-saturated-tip = 输出被压在曲线两端，那里的斜率（也就是梯度）几乎为零。
views-flow-zero = 为零
views-flow-zero-tip = 输出恰好为零。对 ReLU 来说，一半左右是正常的。
views-flow-mean-std = 均值 { $mean } · 标准差 { $std }
views-flow-mean-std-tip = 输出的均值和离散程度。离散程度接近零，说明在下一层看来每个样本都一样。
views-flow-history = 历史：每层的{ $metric }（对数刻度）
views-flow-history-tip = 每层一条线，横轴是训练步数。远远沉到其他线下面的，就是已经停止学习的层。
views-flow-step = 步数
views-flow-hover =
    { $name }
    第 { $step } 步
    { $value }

# 逐个神经元画出的网络（network/）
views-net-weights = 权重
views-net-gradients = 梯度
views-net-update = 上次更新
views-net-weights-tip = 调料：神经元的每个输入占多大分量，是正还是负。
views-net-gradients-tip = 一步训练的反馈：每个权重对损失该负多大责任。它从输出往回计算（反向传播）。
views-net-update-tip = 优化器在一步中把每个权重改了多少。
views-net-shows = 网络显示{ $what }
views-net-from-batch = 来自最近一个训练批次
views-net-from-sample = 来自训练样本 #{ $sample } 上的一步
views-net-over-epoch = 上一轮中的变化
views-net-trace-hint = 追踪一步才能看到
views-net-trace = 追踪一步
views-net-trace-tip = 在一个样本上计算一步训练的梯度和更新量（网络本身不会改变）
views-net-play = ▶ 播放反向传播
views-net-play-tip = 看反馈如何从损失一路传回第一层
views-net-error = 网络有错误
views-net-error-body = 请修正左侧编辑器中标红的层：图会跟着编辑器变化。
views-net-not-trained = 尚未训练：图中是编辑器里搭好的网络。点 ▶ 训练 或“单步一批”给它权重。
views-net-changed-running = { $layers } 层中有 { $untrained } 层在本次训练开始后改动过：它们显示为灰色，直到重新开始训练（先停止，再训练）。
views-net-changed = { $layers } 层中有 { $untrained } 层在训练后改动过：显示为灰色，直到下次训练给它们权重。
views-net-click = 点一个神经元
views-net-click-tip = 神经元把每个输入乘上权重后相加，再加上偏置，然后套用激活函数。
views-net-click-body = 查看它的输入权重和偏置。鼠标悬停在连线上可看它的数值。
views-net-input-info = 这是一个输入：它自己没有权重，只把数值送给下一层的每个神经元。
views-net-layer-not-trained = 尚未训练：这一层在开始训练时才得到权重。
views-net-no-values = 这个视图还没有数值
views-net-bias = 偏置（{ $what }）：{ $value }
views-net-incoming = 输入连线（{ $what }）：
views-net-input-label = 输入（{ $inputs }）
views-net-output-label = 输出 { $spec }
views-net-unit = 单元 { $unit }
views-net-forward = 前向：做菜 ▶
views-net-backprop = ◀ 反向传播：反馈
views-net-feedback = ◀ 反馈
views-net-input-column = 输入列：{ $inputs } 个输入
views-net-layer-column = 第 { $column } 列：{ $label }，{ $units } 个单元{ $untrained }{ $mapped }
views-net-suffix-untrained = ，尚未训练
views-net-suffix-map = ，每个都带小图
views-net-input-neuron = 输入神经元 { $n }
views-net-neuron = 第 { $column } 列的神经元 { $n }
views-net-legend = 蓝 +  红 −  越粗 = 越大   （神经元颜色：偏置）
views-net-legend-maps = 蓝 +  红 −  越粗 = 越大   （边框：偏置；小图：神经元在输入平面上的输出）
views-net-frame-untrained = 尚未训练
views-net-units = { $units } 个单元

# 卷积内部（network/conv.rs）
views-conv-title = 卷积内部
views-conv-sample-label = 特征图来自训练样本
views-conv-sample-stepper = 特征图样本
views-conv-sample-class = （类别：{ $class }）
views-conv-blocked = 网络能运行后就会显示特征图（见“训练”按钮）。
views-conv-computing = 正在计算这个样本的特征图…
views-conv-first-of = （前 { $shown } 个，共 { $total } 个）
views-conv-layer = 第 { $layer } 层（{ $spec }）
views-conv-layer-act = 第 { $layer } 层（{ $spec } · { $act }）
views-conv-kernels = { $what }的卷积核{ $mean }{ $untrained }
views-conv-mean-over = ，{ $channels } 个输入通道的平均
views-conv-untrained = ——尚未训练
views-conv-kernel = { $what }的卷积核 { $n }
views-conv-training-sample = 训练样本 #{ $sample }
views-conv-sample-channel = 样本 { $sample } 通道 { $channel }
views-conv-feature-maps = { $group }之后的特征图：{ $c } × { $h }×{ $w }
views-conv-feature-map = 第 { $layer } 层之后的特征图 { $n }
# end of views

## data: the Data tab
# end of data

## app: notices and messages from the window's logic
# end of app

## lessons: the lesson panel
lessons-menu = 课程
lessons-close = 关闭课程
lessons-show = 展开课程
lessons-hide = 收起课程
lessons-step-of = 第 { $step } 步，共 { $total } 步
lessons-next = 下一步 ▶
lessons-back = ◀ 上一步
lessons-restart = 从头开始
lessons-last-step = 这是最后一步
lessons-not-yet = 请先完成这一步的要求（见下方）
lessons-question = 提问：
lessons-answer = 答案：
lessons-reveal = 揭晓答案
lessons-done = 课程完成。这道菜做得好！
lessons-wait-train = 训练到第 { $epochs } 轮（点“训练”）
lessons-wait-layers = 修改网络层（添加、删除或编辑一层）
lessons-wait-view = 打开“{ $view }”视图
lessons-wait-evaluate = 在评委视图中点“评估”
lessons-wait-trace = 在单步视图中追踪一个样本
lessons-check-test = 测试集准确率至少 { $value }
lessons-check-val = 验证集准确率至少 { $value }
lessons-check-loss = 训练损失低于 { $value }
lessons-check-nan = 损失变成了 NaN（不是一个数）
lessons-check-early = 早停结束了训练
lessons-check-overfit = 出现了过拟合警告
lessons-check-identical = 隐藏层的神经元完全相同
lessons-check-differ = 隐藏层的神经元彼此不同
# end of lessons

## replay: the timeline under the views
replay-play = 按所选速度，从头逐轮回放这次训练
replay-pause = 暂停回放
replay-label = 回放
replay-tip = 拖动查看网络在那一轮时的样子（已记录 { $frames } 轮）
replay-epoch = 第 { $epoch } 轮
replay-live = 实时（第 { $epoch } 轮）
replay-go-live = 回到实时
replay-busy = 先暂停或停止训练，才能回放
replay-changed = 这次训练之后网络或数据改动过：请重新训练再回放
replay-save = 随会话保存
replay-save-tip = 把这些轮次存进会话文件（{ $size }），打开时就能直接回放
replay-marker = 回放位置
# end of replay
