import Foundation
import Ingest
import Normalize
import Testing

/// Lines of a reference body text (clean, one block per line).
private func referenceLines(_ prefix: String) throws -> [String] {
    let text = try #require(Repo.reference(prefix), "missing reference \(prefix)")
    return text.split(separator: "\n").map(String.init)
}

/// The seed through the whole normalizer.
private func normalizedSeed(_ prefix: String, _ n: Normalizer) throws -> NormalizedText {
    let seed = try Ingest.read(path: Repo.seed(prefix))
    return n.normalize(seed.decoded.text)
}

private let seedPrefixes = ["000", "001", "002", "003", "004"]

/// The removed-line examples of a log as (removed text, reason).
private func removals(_ log: RepairLog) -> [(String, String)] {
    let r = log.repairs.first { $0.kind == RepairKind.boilerplate.rawValue }
    return (r?.examples ?? []).map { ($0.before, $0.after) }
}

@Suite("Boilerplate: chrome, spam and related lists are removed and logged")
struct BoilerplateTests {
    @Test func removesTheForumHeadOfSeed002AndKeepsTitleAndBody() {
        let lines = ["溧阳市", "注册", "发新话题 回复该主题", "撤县设市之激荡三十年三十领航溧阳融 [复制链接]", "1#",
                     "中科获平安医院殊荣\u{00A0}https://m.39.net/pf/a_6010154.html",
                     "近百年来，无论时代风云怎么变幻，共产党人的初心和使命始终未变，那就是为中国人民谋幸福，为中华民族谋复兴。",
                     "抓基层、打基础，筑牢战斗堡垒"]
        var log = RepairLog()
        let out = Boilerplate.remove(lines, log: &log)
        #expect(out == ["撤县设市之激荡三十年三十领航溧阳融", lines[6], lines[7]])
        let removed = removals(log)
        #expect(removed.map(\.0) == ["溧阳市", "注册", "发新话题 回复该主题", "[复制链接]", "1#", lines[5]])
        #expect(removed.allSatisfy { $0.1.hasPrefix("[") && $0.1.hasSuffix("]") && $0.1.count > 2 })
        #expect(removed.first?.1 == "[site name above forum chrome]")
        #expect(log.count(of: .boilerplate) == 6)
        // Font-size chrome in brackets alone on a line.
        var sizes = RepairLog()
        #expect(Boilerplate.remove(["县里推进党建引领乡村振兴取得新成效", "【大】【中】【小】", "正文一段。"], log: &sizes) == ["县里推进党建引领乡村振兴取得新成效", "正文一段。"])
        // A WeChat post's collection tag and follow prompts; credits parted by bars are no site title.
        var wechat = RepairLog()
        let tail = ["收录于合集 #组织工作 12个", "预览时标签不可点", "关注该公众号", "继续滑动看下一个", "轻触阅读原文"]
        let credit = "文章来源：云岭先锋网 | 作者：杨晓岚"
        #expect(Boilerplate.remove(["正文一段。", credit] + tail, log: &wechat) == ["正文一段。", credit])
        // A news app's invitations and a row of share targets.
        var app = RepairLog()
        #expect(Boilerplate.remove(["正文一段。", "打开APP", "微信　朋友圈　微博", "打开禄劝融媒客户端，阅读更多精彩内容"], log: &app) == ["正文一段。"])
        // Breadcrumbs with doubled arrows, font-size and page links, a WeChat id, a lone 编者按.
        var page = RepairLog()
        #expect(Boilerplate.remove(["人民网>>云南频道>>昆明", "正文一段。", "小字号", "上一版　下一版", "微信号 lqzugong", "编者按", "正文二段。"], log: &page)
                == ["正文一段。", "正文二段。"])
    }

    @Test func removesTheForumTailOfSeed002ButKeepsTheCredits() {
        let credits = ["内容来源", "溧阳市融媒体中心", "记者", "韩一宁", "本期编辑", "顾琰"]
        let body = "党建强、则发展强，党建强、则服务强，党建强、则民生强。如今，党建引领生态创新、城乡融合，正在书写溧阳党建“掌舵领航，旗帜引领”的新篇章……"
        var log = RepairLog()
        let out = Boilerplate.remove([body] + credits + ["分享 转发", "TOP", "发新话题 回复该主题"], log: &log)
        #expect(out == [body] + credits)
        #expect(removals(log).map(\.0) == ["分享 转发", "TOP", "发新话题 回复该主题"])
    }

    @Test func removesTheStrayMarkAndTheRelatedListOfSeed003ButKeepsMetadata() {
        let head = ["？", "以高质量党建引领海曙一流强区建设", "2018-08-02 06:05严仕恩", "浙江共产党员 2018年8期",
                    "关键词：支部党组织党员", "●部长心语", "着力打造全景示范的基层党建格局", "宁波市海曙区委常委、组织部长 严仕恩"]
        let last = "开展“一线大调研·全员助攻坚”活动。为深入贯彻宁波市委“六争攻坚、三年攀高”和“党建争强”决策部署，由部领导带队，区委组织部机关干部分为10个调研组全员到基层一线、攻坚一线调研，全力助攻坚。"
        let list = ["猜你喜欢", "支部党组织党员", "我是党员向我看", "支部联建润“甘泉”", "清华党组织公开",
                    "支部+支部，党建破“地界”——汉阴县基层党组织“三联”机制之“支部联建”", "对症下药 强健基层党组织",
                    "91香蕉高清国产线观看免费-97夜夜澡人人爽人人喊a-99久久久无码国产精品9-国产亚洲日韩欧美综合"]
        var log = RepairLog()
        let out = Boilerplate.remove(head + [last] + list, log: &log)
        #expect(out == Array(head.dropFirst()) + [last])
        let removed = removals(log)
        #expect(removed.map(\.0) == ["？"] + list)
        #expect(removed.first?.1 == "[stray symbol line]")
        #expect(removed.last?.1 == "[spam: gambling or porn site titles]")
        #expect(removed[1].1 == "[related-article list heading]")
    }

    @Test func removesInventedPageChromeOfTheSameKinds() {
        let body = "今年以来，我市坚持把党的政治建设摆在首位，推动基层党组织全面进步、全面过硬。"
        let chrome = ["【打印本页】【关闭窗口】", "上一篇：我市召开基层党建工作推进会", "下一篇:没有了", "返回顶部", "2楼",
                      "回复(12) | 查看: 3456", "分享到：微信 微博 QQ空间", "当前位置：首页 > 新闻中心 > 正文", "收藏",
                      "打印本页 关闭窗口", "#3", "字号：大 中 小", "本帖最后由 admin 于 2020-7-3 09:12 编辑", "？？",
                      "点击蓝字 关注我们", "- END -", "—END—", "主办：中共某县委组织部　技术支持：某县融媒体中心",
                      "黔ICP备12003578号-1　贵公网安备52263402000118号"]
        var log = RepairLog()
        let out = Boilerplate.remove([body] + chrome + [body], log: &log)
        #expect(out == [body, body])
        #expect(removals(log).map(\.0) == chrome)
    }

    @Test func removesMenusSisterOutletsTagsAndSectionNumbersButNotNamesOrCounts() {
        let body = "今年以来，我县坚持把党的政治建设摆在首位，推动基层党组织全面进步、全面过硬。"
        let heading = "建强组织，让新村有了主心骨"
        let chrome = ["首页　要闻　县区　民生　视频　专题", "宁安新闻网 | 宁安日报 | 宁安广播电视台", "#组织工作 24个", "#乡村振兴 #基层党建",
                      "关注", "返回目录", "上一篇　下一篇", "返回目录　上一篇　下一篇", "返回搜狐，查看更多", "无障碍浏览　长者模式　|　登录　注册", "请输入关键词　搜索", "发布于：黑龙江省牡丹江市",
                      "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"]
        var log = RepairLog()
        let out = Boilerplate.remove(chrome + [body, "02", heading, body], log: &log)
        #expect(out == [body, heading, body])
        #expect(removals(log).map(\.0) == chrome + ["02"])
        // A row of names, a number before a sentence, and a heading with its number stay.
        let kept = ["王晓岚　李一鸣　张佳音　赵子墨", "12", "全县新增党员先锋岗86个，覆盖所有村。", "01 让红色资源“活”起来"]
        #expect(Boilerplate.remove(kept, log: &log) == kept)
        // A bulleted related list ends the page whatever its titles say (社区工作者 holds 作者 but credits no one).
        let related = ["相关新闻", "· 宁安市举办社区工作者技能大赛", "· 宁安市老旧小区改造全部开工"]
        var log2 = RepairLog()
        #expect(Boilerplate.remove([body] + related, log: &log2) == [body])
    }

    @Test func removesPortalFootersDisclaimersForumRepliesAndCommentsAfterTheText() {
        let body = "今年以来，我县坚持把党的政治建设摆在首位，推动基层党组织全面进步、全面过硬，全县新建党群服务站四十余个，服务群众两万余人次。"
        // Footers, platform notes and offers to share or comment, as news portals, apps and self-media platforms print them.
        let chrome = ["关于本网 | 报社简介 | 供稿服务 | 联系我们", "宁 安 日 报 社 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用", "宁安日报社版权所有",
                      "本文为某某号作者上传并发布，仅代表该作者观点，不代表本平台的观点或立场，本平台仅提供信息发布平台。",
                      "声明：本站所载内容之知识产权为其著作人所有。", "IP属地：黑龙江", "扫一扫在手机打开当前页", "分享至好友和朋友圈",
                      "分享让更多人看到", "举报/反馈", "阅读 2.6万", "写评论…", "＋关注"]
        var log = RepairLog()
        #expect(Boilerplate.remove([body] + chrome, log: &log) == [body])
        #expect(removals(log).map(\.0) == chrome)
        // A comment section and a related list with dates under the titles end the page.
        let tail = ["评论区（2）", "老宁安：变化真大，为家乡点赞！", "2024-06-12", "小雨点：我们村的服务站就在家门口。", "2024-06-13",
                    "热点排行", "宁安市召开基层党建推进会", "2024-06-10"]
        var log2 = RepairLog()
        #expect(Boilerplate.remove([body] + tail, log: &log2) == [body])
        // On a forum: the poster's name above the posting time, the time's tool links, and every reply after the post.
        let forum = ["楼主", "宁安小雪", "发表于 2024-6-12 10:22:36 | 只看该作者 |倒序浏览 |阅读模式", body, "沙发", "发表于 2024-6-12 11:03:12",
                     "说得好，点赞！", "3#", "发表于 2024-6-12 12:40:55", "我们小区也这样。"]
        var log3 = RepairLog()
        #expect(Boilerplate.remove(forum, log: &log3) == ["发表于 2024-6-12 10:22:36", body])
        #expect(removals(log3).map(\.1).contains("[readers' reply after the post]"))
        // A quoted remark that reads like a comment inside the text, a date line in the text, and a sofa are kept.
        let kept = [body, "“变化真大，为家乡点赞！”", "2024年6月12日", "村民把旧沙发搬到了广场上。"]
        #expect(Boilerplate.remove(kept, log: &log) == kept)
    }

    @Test func keepsNumberedHeadingsThatEndLikeASiteName() {
        var log = RepairLog()
        let lines = ["01｜建强组织 织密护水网", "02｜党员带头 守好一泓清水"]
        #expect(Boilerplate.remove(lines, log: &log) == lines)
    }

    @Test func cutsBracketedChromeFromALineThatHasOtherText() {
        var log = RepairLog()
        let out = Boilerplate.remove(["我市举行党建引领基层治理现场推进会 [打印] 【收藏】", "党员先锋 [图]"], log: &log)
        #expect(out == ["我市举行党建引领基层治理现场推进会", "党员先锋 [图]"])
        #expect(removals(log).map(\.0) == ["[打印]", "【收藏】"])
    }

    @Test func removesInventedSpamLines() {
        let spam = ["澳门娱乐城 百家乐 真人娱乐 注册送彩金", "精品国产免费视频在线观看_久久夜夜",
                    "某医院获评三甲 www.example-hospital.com/news/1.html", "https://spam.example.cn/x?id=3",
                    "日韩无码AV高清在线 | 亚洲欧美综合"]
        var log = RepairLog()
        #expect(Boilerplate.remove(spam, log: &log).isEmpty)
        #expect(log.count(of: .boilerplate) == spam.count)
    }

    @Test func keepsBodyLinesThatMerelyMentionSpamWordsOrURLs() {
        let body = ["严厉打击网络赌博、六合彩、百家乐、赌场洗钱等违法犯罪活动，维护社会稳定。",
                    "打造全域党建精品线，扶持国产芯片企业做优做强",
                    "国产精品",
                    "群众可登录 https://www.gov.cn 查询办事指南，也可拨打12345热线反映诉求，相关部门将及时回复。",
                    "用AVG软件检测电脑病毒，保护党员干部个人信息安全。",
                    "分享经验，转发正能量",
                    "基层党建工作的几点思考"]
        var log = RepairLog()
        #expect(Boilerplate.remove(body, log: &log) == body)
        #expect(log.count(of: .boilerplate) == 0)
    }

    @Test func endsARelatedListAtTheFirstLongParagraphOrCredit() {
        let para = "这是正文之后又出现的一段长文字，它讲述了社区党组织如何发动党员参与志愿服务、化解邻里矛盾、提升治理效能的具体做法。"
        var log = RepairLog()
        let out = Boilerplate.remove(["【相關閱讀】", "我市召开党建工作会议", "党员志愿者走进社区", para,
                                      "推荐阅读：", "让党旗在一线高高飘扬", "记者 张三"], log: &log)
        #expect(out == [para, "记者 张三"])
        #expect(log.count(of: .boilerplate) == 5)
    }

    @Test func removesASiteNameOnlyAtTheTopDirectlyAboveChrome() {
        var log = RepairLog()
        #expect(Boilerplate.remove(["溧阳论坛", "登录", "标题在这里"], log: &log) == ["标题在这里"])
        // A title at the top with no chrome below stays; so does a name line further down.
        let plain = ["以高质量党建引领海曙一流强区建设", "●部长心语", "溧阳市", "注册"]
        var log2 = RepairLog()
        #expect(Boilerplate.remove(plain, log: &log2) == ["以高质量党建引领海曙一流强区建设", "●部长心语", "溧阳市"])
        // A credit line is never taken for a site name.
        var log3 = RepairLog()
        #expect(Boilerplate.remove(["记者 韩一宁", "分享"], log: &log3) == ["记者 韩一宁"])
    }

    @Test(arguments: seedPrefixes)
    func keepsEveryLineOfTheHandMadeReference(_ prefix: String) throws {
        let lines = try referenceLines(prefix)
        var log = RepairLog()
        #expect(Boilerplate.remove(lines, log: &log) == lines)
        #expect(log.count(of: .boilerplate) == 0)
    }
}

@Suite("DisplayLines: split headings and WeChat lines become one block")
struct DisplayLinesTests {
    @Test func joinsTheSplitHeadingsOfSeed004ButNotTheParagraphAfter() throws {
        let para = "坚持理论武装是知行合一的前提，以“学党史、学讲话”为先导，有效统一思想、凝聚共识。扎实推进园区党史学习教育，采取理论学习中心组、专题讲座、视频宣讲、实境课堂等多种形式开展学习研讨。"
        var log = RepairLog()
        let out = DisplayLines.join(["政治引领、凝心铸魂，持续增强党的政治领导力、思想引领力，",
                                     "让“胸怀大局、绝对忠诚”成为园区上下的坚实底色", para], log: &log)
        #expect(out == ["政治引领、凝心铸魂，持续增强党的政治领导力、思想引领力，让“胸怀大局、绝对忠诚”成为园区上下的坚实底色", para])
        #expect(log.count(of: .joinedLines) == 1)
        let example = try #require(log.repairs.first { $0.kind == "joined-lines" }?.examples.first)
        #expect(example.before == "政治引领、凝心铸魂，持续增强党的政治领导力、思想引领力，\n让“胸怀大局、绝对忠诚”成为园区上下的坚实底色")
    }

    @Test func joinsTheWeChatLinesOfSeed002AsTheReferenceDoes() throws {
        let lines = ["“溧阳1号公路”全长公里，", "串联全市主要景区景点和田园乡村，", "近年来刷爆朋友圈，火遍假日游，", "成为名副其实的“网红”。",
                     "在啃硬骨头、攻坚拔寨的脱贫攻坚冲刺期，", "全市党员干部坚持", "一茬接着一茬干、一腔热血趟新路，", "让乡村振兴的美好蓝图", "转化为溧阳大地上的生动实践。",
                     "▲纪念“五四运动”周年", "暨溧阳市新生代企业家“青蓝接力”工程启动仪式成功举行",
                     "基层治理", "是国家治理体系和治理能力现代化的", "有机部分和重要基础。",
                     "党组织的工作落实最终靠的是", "一支敢打硬仗、能打胜仗的党员队伍。",
                     "30年的发展实践，充分证明：",
                     "党建强、则发展强，党建强、则服务强，党建强、则民生强。如今，党建引领生态创新、城乡融合，正在书写溧阳党建“掌舵领航，旗帜引领”的新篇章……"]
        var log = RepairLog()
        let out = DisplayLines.join(lines, log: &log)
        #expect(out == ["“溧阳1号公路”全长公里，串联全市主要景区景点和田园乡村，近年来刷爆朋友圈，火遍假日游，成为名副其实的“网红”。",
                        "在啃硬骨头、攻坚拔寨的脱贫攻坚冲刺期，全市党员干部坚持一茬接着一茬干、一腔热血趟新路，让乡村振兴的美好蓝图转化为溧阳大地上的生动实践。",
                        "▲纪念“五四运动”周年暨溧阳市新生代企业家“青蓝接力”工程启动仪式成功举行",
                        "基层治理是国家治理体系和治理能力现代化的有机部分和重要基础。",
                        "党组织的工作落实最终靠的是一支敢打硬仗、能打胜仗的党员队伍。",
                        "30年的发展实践，充分证明：", lines.last!])
        #expect(log.count(of: .joinedLines) == 3 + 4 + 1 + 2 + 1)
        let reference = try referenceLines("002")
        for joined in out { #expect(reference.contains(joined), "not in the reference: \(joined)") }
    }

    @Test func joinsInventedDisplayLinesOfTheSameKinds() {
        var log = RepairLog()
        #expect(DisplayLines.join(["乡村振兴", "是新时代“三农”工作的", "总抓手。"], log: &log) == ["乡村振兴是新时代“三农”工作的总抓手。"])
        #expect(DisplayLines.join(["在疫情防控一线，", "广大党员", "冲锋在前、担当作为。"], log: &log) == ["在疫情防控一线，广大党员冲锋在前、担当作为。"])
        #expect(DisplayLines.join(["党建引领社区治理,", "到底要引领什么?"], log: &log) == ["党建引领社区治理,到底要引领什么?"])
        #expect(DisplayLines.join(["强基固本、筑牢堡垒，", "让党旗在基层一线高高飘扬"], log: &log) == ["强基固本、筑牢堡垒，让党旗在基层一线高高飘扬"])
        #expect(log.count(of: .joinedLines) == 2 + 2 + 1 + 1)
    }

    @Test func keepsHeadingsCreditsAndSentencesApart() {
        let long = "市委组织部全面落实从严治党要求，坚持从党员教育管理基础性工作做起，确保党员队伍的先进性和纯洁性，激荡起作表率、争示范的比学赶超氛围。"
        let cases: [[String]] = [
            ["抓基层、打基础，筑牢战斗堡垒", long],                       // a heading and its paragraph
            ["第一部分", "坚持党建引领"],                                 // two short headings
            ["●部长心语", "着力打造全景示范的基层党建格局", "宁波市海曙区委常委、组织部长 严仕恩", long],
            ["内容来源", "溧阳市融媒体中心", "记者", "韩一宁", "本期编辑", "顾琰"],
            ["两项试点工作是最好的证明。", "红色引擎，正成为澎湃推进力。"],   // short sentences
            ["立足主责主业，两项试点提升履职能力", "两项试点工作是最好的证明。"],
            ["一、强化政治引领", "二、夯实组织基础"],
            ["以高质量党建引领海曙一流强区建设", "2018-08-02 06:05严仕恩", "浙江共产党员 2018年8期"],
            ["30年的发展实践，充分证明：", "党建强、则发展强。"],
            ["这一行比较长，真的已经超过了三十二个字符的短行界限，所以它不算展示行，", "第二行很短"],
        ]
        for lines in cases {
            var log = RepairLog()
            #expect(DisplayLines.join(lines, log: &log) == lines)
            #expect(log.count(of: .joinedLines) == 0)
        }
    }

    @Test(arguments: seedPrefixes)
    func leavesTheHandMadeReferenceAsItIs(_ prefix: String) throws {
        let lines = try referenceLines(prefix)
        var log = RepairLog()
        #expect(DisplayLines.join(lines, log: &log) == lines)
    }
}

@Suite("MissingNumbers: warnings where a number was dropped, text untouched")
struct MissingNumbersTests {
    static func contexts(_ lines: [String]) -> [String] {
        var log = RepairLog()
        let out = MissingNumbers.warn(lines, log: &log)
        #expect(out == lines)
        #expect(log.warnings.allSatisfy { $0.kind == "missing-number" })
        #expect(log.repairs.isEmpty)
        return log.warnings.map(\.context)
    }

    @Test func warnsOnTheDroppedNumbersOfSeed002() throws {
        let n = try Normalizer()
        let out = try normalizedSeed("002", n)
        let found = out.warnings.filter { $0.kind == "missing-number" }.map(\.context)
        let expected = ["年6月，我市在全市", "在全市个村级党组织", "，个村级党组织", "于年12月", "。年，原溧城镇", "共有名党员",
                        "参与了栋楼宇", "全长公里", "的余批次", "约多人次", "。年10月", "0余名驾驶员", "，余户建档", "带动名新锐",
                        "运动”周年暨", "全市个农村网格"]
        for e in expected { #expect(found.contains { $0.contains(e) }, "no warning at \(e)") }
        #expect(found.count == expected.count)
        #expect(found.allSatisfy { $0.count <= 8 + 3 + 8 })
    }

    @Test func warnsOnInventedDroppedNumbers() {
        let lines = ["会议于年3月在北京召开。", "年，我们启动了这项工程。", "全县共有个行政村参与。", "该路段全长公里。",
                     "全镇共有名党员报名参加。", "同比增长%，位居全省前列。", "累计投入万元用于改造。", "庆祝建党周年文艺汇演。",
                     "约多人次参加培训。", "吸引0余名志愿者参与。", "新建成个党群服务中心。", "其中，余名党员主动请缨。"]
        for line in lines { #expect(Self.contexts([line]).count == 1, "\(line)") }
    }

    @Test func staysQuietOnNormalPhrases() {
        let lines = ["一个支部就是一座堡垒，这个“牛鼻子”要牢牢抓住，每个党员都是一面旗帜，各个村、整个镇都行动起来。",
                     "村干部个人考核与个别谈话相结合，多年来坚持不懈，年轻干部在年度考核和年底述职中表现突出。",
                     "当年，每年，近年来，建党100周年，几周年，名单公示，名称变更，这是一个很有名的品牌，著名专家，知名企业家。",
                     "今年6月，去年10月，2020年6月，二〇二〇年十二月，同年5月，次年3月。",
                     "余杭区和余姚市的其余党员利用业余时间，在工作之余参与志愿服务，多余物资及时调配。",
                     "推进亿元以上项目114个，多个部门联动，多名党员参与，新增投入1.5万元，增长15.4%，近万元，10余名，3+3+N个平台。",
                     "全市共有4万多名党员、2000多个党支部，“五个1000万”资金，近三年来，第一书记，提档升格。",
                     "报名参加，排名第一，命名为示范点，实名登记，签名承诺，一户一档，余额宝。",
                     "驾驶员孙惠栋的初心写照，国家栋梁之材。"]
        #expect(Self.contexts(lines).isEmpty)
    }

    @Test(arguments: ["000", "001", "003", "004"])
    func findsNothingInSeedsThatLostNoNumbers(_ prefix: String) throws {
        let n = try Normalizer()
        let out = try normalizedSeed(prefix, n)
        #expect(!out.warnings.contains { $0.kind == "missing-number" })
        #expect(Self.contexts(try referenceLines(prefix)).isEmpty)
    }

    @Test func contextIsEightCharactersEachSide() {
        #expect(Self.contexts(["甲乙丙丁戊己庚辛壬癸全长公里子丑寅卯辰巳午未申酉"]) == ["戊己庚辛壬癸全长公里子丑寅卯辰巳午未"])
        #expect(Self.contexts(["年6月，我市"]) == ["年6月，我市"])
    }
}

@Suite("Line passes in the normalizer, end to end on the seeds")
struct LinePassEndToEndTests {
    @Test func seed002HasNoChromeAndMatchesTheReferenceBody() throws {
        let n = try Normalizer()
        let out = try normalizedSeed("002", n)
        let reference = try referenceLines("002")
        for chrome in ["注册", "发新话题", "回复该主题", "复制链接", "1#", "https://", "分享 转发", "TOP"] {
            #expect(!out.text.contains(chrome), "still holds \(chrome)")
        }
        // The body is the reference line for line; what is left over is the title and the credits,
        // which Extract takes.
        #expect(out.lines.filter { !reference.contains($0) } ==
                ["撤县设市之激荡三十年三十领航溧阳融", "内容来源", "溧阳市融媒体中心", "记者", "韩一宁", "本期编辑", "顾琰"])
        #expect(reference.filter { !out.lines.contains($0) } == [])
        #expect(out.repairs.first { $0.kind == "removed-line" }?.count == 9)
    }

    @Test func seed004HeadingsMatchTheReference() throws {
        let n = try Normalizer()
        let out = try normalizedSeed("004", n)
        let reference = try referenceLines("004")
        #expect(reference.filter { !out.lines.contains($0) } == [])
        #expect(out.lines.filter { !reference.contains($0) } == ["本报记者李波 通讯员刘星佑"])
    }

    @Test func seed003LosesItsStrayMarkListAndSpamButKeepsItsMetadata() throws {
        let n = try Normalizer()
        let out = try normalizedSeed("003", n)
        #expect(out.lines.first == "以高质量党建引领海曙一流强区建设")
        #expect(Array(out.lines.prefix(4)).dropFirst() == ["2018-08-02 06:05严仕恩", "浙江共产党员 2018年8期", "关键词：支部党组织党员"])
        #expect(!out.text.contains("猜你喜欢"))
        #expect(!out.text.contains("无码"))
        #expect(!out.text.contains("我是党员向我看"))
        #expect(out.lines.last?.hasPrefix("开展“一线大调研·全员助攻坚”活动。") == true)
    }

    @Test(arguments: seedPrefixes)
    func normalizingTwiceGivesTheSameText(_ prefix: String) throws {
        let n = try Normalizer()
        let once = try normalizedSeed(prefix, n)
        let twice = n.normalize(once.text)
        #expect(twice.text == once.text)
        #expect(twice.repairs.first { $0.kind == "removed-line" || $0.kind == "joined-lines" } == nil)
    }

    @Test(arguments: seedPrefixes)
    func creditAndDateLinesSurvive(_ prefix: String) throws {
        let n = try Normalizer()
        let lines = try normalizedSeed(prefix, n).lines
        let expected: [String: [String]] = [
            "000": ["刊载日期：2020年12月25日"],
            "001": ["封春晴"],
            "002": ["内容来源", "溧阳市融媒体中心", "记者", "韩一宁", "本期编辑", "顾琰"],
            "003": ["2018-08-02 06:05严仕恩", "浙江共产党员 2018年8期", "关键词：支部党组织党员", "宁波市海曙区委常委、组织部长 严仕恩"],
            "004": ["本报记者李波 通讯员刘星佑"],
        ]
        for line in expected[prefix] ?? [] { #expect(lines.contains(line), "lost \(line)") }
    }
}

@Suite("Line passes on generated documents")
struct LinePassPropertyTests {
    /// Pieces of the kinds the passes look at, mixed into documents by a fixed pseudo-random walk.
    static let pieces = [
        "溧阳市", "注册", "发新话题 回复该主题", "[复制链接]", "1#", "分享 转发", "TOP", "？", "猜你喜欢", "相关阅读：",
        "中科获平安医院殊荣 https://m.39.net/pf/a_6010154.html", "国产精品久久夜夜无码免费视频", "记者", "韩一宁",
        "党建引领社区治理，", "到底要引领什么、怎样引领？", "基层治理", "是国家治理体系和治理能力现代化的", "有机部分和重要基础。",
        "▲纪念“五四运动”周年", "暨溧阳市新生代企业家“青蓝接力”工程启动仪式成功举行", "●部长心语", "一、强化政治引领",
        "年6月，我市在全市个村级党组织中全面实施“提档升格”工程", "全长公里，", "0余名驾驶员、", "约多人次",
        "市委组织部全面落实从严治党要求，坚持从党员教育管理基础性工作做起，确保党员队伍的先进性，激荡起比学赶超的氛围。",
        "2018-08-02 06:05严仕恩", "浙江共产党员 2018年8期", "——", "的", "是", "，", "。", "“", "”", "个", "名", "余", "年",
    ]

    static func documents(count: Int) -> [[String]] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(12))).map { _ in
                (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined()
            }
        }
    }

    @Test func boilerplateAndJoinsAreIdempotentAndKeepTheText() {
        for doc in Self.documents(count: 400) {
            var log = RepairLog()
            let once = DisplayLines.join(Boilerplate.remove(doc, log: &log), log: &log)
            var log2 = RepairLog()
            let twice = DisplayLines.join(Boilerplate.remove(once, log: &log2), log: &log2)
            #expect(twice == once, "not idempotent on \(doc)")
            _ = MissingNumbers.find(in: once)
            // Joining only removes line breaks: the characters of the kept lines are all there.
            var log3 = RepairLog()
            let kept = Boilerplate.remove(doc, log: &log3)
            #expect(kept.joined().filter { $0 != " " } == once.joined().filter { $0 != " " })
        }
    }
}
