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
# end of replay
