/// Removes page and forum chrome, spam lines, related-article lists and stray symbol lines.
///
/// Every removal is logged with `RepairLog.removed(_:reason:)` (kind `removed-line`): the removed
/// text as `before`, the reason in brackets as `after`. Nothing is dropped silently.
///
/// How it decides, by class (after script simplification and punctuation widening, but both
/// scripts and both punctuation widths are accepted):
/// - chrome: a line made only of chrome tokens (注册, 发新话题, 回复该主题, 分享, 转发, TOP, 返回顶部,
///   打印本页, 关闭窗口, floor markers `1#`/`2楼`, counts such as `回复(12)`); bracketed chrome such
///   as `[复制链接]` or `【打印本页】` is cut out of a line that keeps other text;
/// - navigation: `上一篇：…`/`下一篇：…` links and `当前位置：首页 > …` breadcrumbs; menu bars parted by bars
///   or spaces (`首页　时政　区县　民生`) and rows of sister outlets (`淄博新闻网 | 淄博日报 | 淄博晚报`);
/// - a post's topic tags alone (`#党建引领 12个`);
/// - site name: one or two short name lines at the very top directly above a chrome line;
/// - spam: a short title plus a URL, or a line dense in gambling/porn vocabulary (a weighted score
///   over distinct words, never one word, and never a line that reads as a sentence);
/// - related-article lists: a heading (猜你喜欢, 相关阅读 …) and the short title lines after it, up
///   to the end or the first line that is not a short title;
/// - a line of symbols only (a stray `？`);
/// - a section's number alone on the line above its heading (`01`).
/// Credit, byline and date lines (`记者`, `内容来源`, `刊载日期：…`) are left for Extract.
public enum Boilerplate {
    public enum Reason: String, Sendable {
        case chrome = "forum or page chrome"
        case chromeFragment = "forum chrome cut from a line"
        case navigation = "navigation link"
        case siteName = "site name above forum chrome"
        case spamLink = "link spam: short title with a URL"
        case spamTitles = "spam: gambling or porn site titles"
        case relatedHeading = "related-article list heading"
        case relatedItem = "related-article list item"
        case strayMark = "stray symbol line"
        case sectionNumber = "section number alone above its heading"
        case forumReply = "readers' reply after the post"
        case forumUser = "forum user name above the post's time"
        case comments = "readers' comments"
    }

    public static func remove(_ lines: [String], log: inout RepairLog) -> [String] {
        var kept: [String] = []
        var reasons: [Reason?] = []
        var cut: [[String]] = []
        // 1. Line by line: cut chrome fragments, then classify what is left.
        for line in lines {
            var (rest, fragments) = cutChromeFragments(line)
            // A post's time with its tool links (`发表于 2024-4-18 10:22:36 | 只看该作者 |倒序浏览`): the links go.
            if isPostTime(String(rest.prefix(40))), let bar = rest.firstIndex(where: { "|｜".contains($0) }),
               case let tools = rest[bar...].split(whereSeparator: { "|｜".contains($0) }).map({ $0.trimmingWhitespace() }).filter({ !$0.isEmpty }),
               !tools.isEmpty, tools.allSatisfy(isChromeLine) {
                fragments.append(String(rest[bar...]).trimmingWhitespace())
                rest = rest[..<bar].trimmingWhitespace()
            }
            if rest.isEmpty {
                kept.append(line); reasons.append(.chrome); cut.append([])
            } else {
                kept.append(rest); reasons.append(classify(rest)); cut.append(fragments)
            }
        }
        // 2. A site name at the very top, directly above chrome (溧阳市 / 注册).
        if let firstChrome = reasons.prefix(3).firstIndex(where: { $0 == .chrome || $0 == .navigation }) {
            let above = (0..<firstChrome).filter { reasons[$0] == nil }
            if !above.isEmpty, above.allSatisfy({ isSiteName(kept[$0]) }) {
                for i in above { reasons[i] = .siteName }
            }
        }
        // 2b. A section's number alone above its heading (`01` / `建强组织，让安置区有了主心骨`): layout, not text.
        for i in kept.indices.dropLast() where reasons[i] == nil && isSectionNumber(kept[i]) {
            let next = kept[i + 1]
            if reasons[i + 1] == nil, (2...40).contains(next.count), next.contains(where: LineShape.isHan),
               let last = next.last, !"。！？；…".contains(last) { reasons[i] = .sectionNumber }
        }
        // 2c. A count alone (`0`, `126`) next to chrome: a like or share counter, not text.
        for i in kept.indices where reasons[i] == nil && (1...6).contains(kept[i].count) && kept[i].allSatisfy({ $0.isASCII && $0.isNumber }) {
            if (i > 0 && reasons[i - 1] == .chrome) || (i + 1 < kept.count && reasons[i + 1] == .chrome) { reasons[i] = .chrome }
        }
        // 2d. A forum user's name directly above the post's time (`沙地老胡杨` / `发表于 2024-4-18 10:22:36`).
        for i in kept.indices.dropLast() where reasons[i] == nil && isSiteName(kept[i]) && isPostTime(kept[i + 1]) { reasons[i] = .forumUser }
        // 2e. Replies: from the first reply's floor (`沙发`, `2楼`, `3#`) after the post's text to the end, readers wrote it.
        if let text = kept.indices.first(where: { reasons[$0] == nil && kept[$0].count > 60 }),
           let reply = kept.indices.dropFirst(text + 1).first(where: { isReplyFloor(kept[$0]) }) {
            for k in reply..<kept.count where reasons[k] == nil || reasons[k] == .chrome { reasons[k] = reasons[k] ?? .forumReply }
        }
        // 3. Related-article lists and comment sections: the heading and the short lines after it (a title, a
        // comment, the date under either).
        var i = 0
        while i < kept.count {
            guard reasons[i] == nil, let heading = listHeading(kept[i]) else { i += 1; continue }
            reasons[i] = heading
            var j = i + 1
            var items: Set<String> = []
            while j < kept.count {
                if reasons[j] != nil { j += 1; continue }        // chrome or spam inside the list
                // An e-paper lists the page's headlines above the article, whose headline comes again: the list ends there.
                if heading == .relatedHeading, !isDateAlone(kept[j]), !items.insert(kept[j]).inserted { break }
                // (A comment is a sentence or two: `橙子妹妹：今年的绿橙又甜又多汁，已经下单了。`.)
                guard isListItem(kept[j]) || isDateAlone(kept[j]) || (heading == .comments && kept[j].count <= 100) else { break }
                reasons[j] = heading == .comments ? .comments : .relatedItem
                j += 1
            }
            i = j
        }
        // 4. Apply and log, in line order.
        var out: [String] = []
        for (idx, line) in kept.enumerated() {
            if let reason = reasons[idx] {
                log.removed(lines[idx], reason: reason.rawValue)     // the whole line as it came
            } else {
                for f in cut[idx] { log.removed(f, reason: Reason.chromeFragment.rawValue) }
                out.append(line)
            }
        }
        return out
    }

    // MARK: - Classes

    static func classify(_ line: String) -> Reason? {
        if LineShape.isSymbolsOnly(line) { return .strayMark }
        if isChromeLine(line) { return .chrome }
        if isNavigation(line) { return .navigation }
        if isSpamLink(line) { return .spamLink }
        if isSpamTitles(line) { return .spamTitles }
        return nil
    }

    // MARK: Chrome

    /// Chrome words that make up a whole line (both scripts; case-insensitive for Latin).
    static let chromeWords: Set<String> = [
        "注册", "立即注册", "註冊", "登录", "登錄", "登陆", "登入", "退出", "找回密码",
        "发新话题", "發新話題", "发表新帖", "发新帖", "发帖", "回复该主题", "回覆該主題", "回復該主題",
        "回复", "回覆", "回復", "快速回复", "回帖", "复制链接", "複製鏈接", "复制本帖链接",
        "分享", "分享到", "转发", "轉發", "转载", "收藏", "收藏本文", "加入收藏", "点赞", "點贊", "赞",
        "在看", "评论", "評論", "发表评论", "举报", "舉報", "引用", "只看该作者", "只看楼主",
        "倒序浏览", "阅读模式", "楼主", "樓主", "沙发", "沙發", "板凳", "地板", "电梯直达",
        "top", "返回顶部", "返回頂部", "回到顶部", "返回列表", "返回首页", "首页", "打印", "打印本页",
        "打印本頁", "打印本文", "打印此文", "关闭", "關閉", "关闭窗口", "關閉窗口", "关闭本页",
        "上一主题", "下一主题", "查看", "浏览", "阅读", "阅读原文", "扫一扫", "微信扫一扫",
        "显示全部楼层", "字号", "字體", "字体", "复制网址", "我要纠错", "纠错",
        // WeChat and portal pages.
        "点击上方蓝字关注我们", "點擊上方藍字關注我們", "点击蓝字关注我们", "点击上方蓝字", "点击蓝字", "點擊藍字", "點擊上方藍字", "关注我们", "長按識別二維碼", "长按识别二维码",
        "长按二维码", "写留言", "留言", "预览时标签不可点", "关注该公众号", "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文",
        "微信扫一扫关注该公众号", "微信扫一扫可打开此内容", "使用完整服务", "喜欢此内容的人还喜欢",
        "打开app", "打开客户端", "下载app", "下载客户端", "大字号", "中字号", "小字号", "编者按", "浏览次数", "瀏覽次數", "阅读数", "阅读量", "点击数", "点击量", "访问量", "浏览量",
        "关注", "關注", "+关注", "已关注", "返回搜狐", "查看更多", "查看原文", "作者文章",
        "分享让更多人看到", "分享至", "反馈", "意见反馈", "投诉", "举报反馈", "写评论", "立即下载", "＋关注", "只看大图",
        // Government portals' tool bars.
        "无障碍浏览", "无障碍", "长者模式", "关怀模式", "适老化", "简体", "繁体", "english", "搜索", "站内搜索", "请输入关键词", "全文检索", "高级检索", "返回目录", "返回目錄", "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "版面导航",
    ]
    /// Words that are chrome only next to a chrome word (font sizes, share targets).
    static let companionWords: Set<String> = shareTargets.union(["大", "中", "小", "默认"])
    /// Where a page offers to share itself; a row of them alone is chrome (`微信　朋友圈　微博`).
    static let shareTargets: Set<String> = ["微信", "微博", "新浪微博", "腾讯微博", "qq", "qq空间", "朋友圈", "豆瓣"]
    static let tokenSeparators: Set<Character> = [":", "：", " ", "\t", "\u{3000}", "|", "｜", "丨", "/", "／", "·", "•", "，", ",", "、", "；", ";"]
    static let brackets: Set<Character> = ["[", "]", "【", "】", "〖", "〗", "(", ")", "（", "）", "<", ">", "《", "》"]

    /// A line made only of chrome tokens, with at least one chrome word or floor marker.
    static func isChromeLine(_ line: String) -> Bool {
        // Where a repost was sent from: `发布于：湖南省常德市`.
        if line.hasPrefix("发布于"), line.count <= 24, !line.contains(where: \.isNumber) { return true }
        // A platform's disclaimer: `平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台…`.
        if line.count <= 160, ["平台声明", "免责声明", "特别声明", "声明：", "声明:", "郑重声明"].contains(where: { line.hasPrefix($0) }) { return true }
        // A platform's note on whose views these are: `本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，
        // 不代表澎湃新闻的观点或立场…`, `…系信息发布平台，仅提供信息存储空间服务`.
        if line.count <= 200, line.contains("信息发布平台") || line.contains("信息存储空间")
            || (line.contains("仅代表") && line.contains("观点") && line.contains("不代表")) { return true }
        // Where a post was sent from: `IP属地：浙江`.
        if line.uppercased().hasPrefix("IP属地"), line.count <= 16 { return true }
        guard line.utf8.count <= 240, line.count <= 80, !line.unicodeScalars.contains("。") else { return false }
        if line.hasPrefix("本帖最后由") || line.hasPrefix("本帖最後由") { return true }
        // A site footer: `黔ICP备12003578号-1`, `主办：中共…　技术支持：…`, `版权所有`.
        // (Also spaced out or after the owner: `人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用`, `湖州日报社版权所有`.)
        let unspaced = line.filter { $0 != " " && $0 != "\u{3000}" }
        if line.contains("ICP备") || line.contains("公网安备") || unspaced.contains("版权所有") || line.hasPrefix("Copyright")
            || (unspaced.hasPrefix("未经") && unspaced.contains("授权") && ["禁止", "不得", "请勿"].contains(where: unspaced.contains))
            || (line.hasPrefix("主办") && ["技术支持", "承办", "协办"].contains(where: { line.contains($0) })) { return true }
        // A news app's invitation: `打开门头沟融媒客户端，阅读更多精彩内容`.
        if line.hasPrefix("打开") || line.hasPrefix("下载"), line.contains("客户端") || line.lowercased().contains("app"), line.count <= 30 { return true }
        // A row of share targets alone: `微信　朋友圈　微博`.
        let targets = line.split(whereSeparator: { tokenSeparators.contains($0) }).map { $0.lowercased() }
        if targets.count >= 2, targets.allSatisfy(shareTargets.contains) { return true }
        // A WeChat account's id line: `微信号 dtzugong`.
        if line.hasPrefix("微信号"), line.dropFirst(3).trimmingWhitespace().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-".contains($0)) }),
           line.count > 4 { return true }
        // A WeChat post's collection tag: `收录于合集 #基层党建 37个`, `收录于话题 #组织工作`.
        if line.hasPrefix("收录于合集") || line.hasPrefix("收录于话题") { return true }
        // Offers to open the page elsewhere: `扫一扫在手机打开当前页`, `用微信扫码二维码`, `分享至好友和朋友圈`.
        if line.count <= 20, ["扫一扫", "扫码", "用微信扫", "分享至", "分享到"].contains(where: { line.hasPrefix($0) }) { return true }
        // A post's topic tags alone: `#党建引领 12个`, `#基层党建 #乡村振兴`.
        if line.hasPrefix("#"), line.wholeMatch(of: hashtagRow) != nil { return true }
        // The end mark of a WeChat post: `- END -`, `—END—`.
        if String(line.filter { !"-—–_ \u{3000}".contains($0) }).lowercased() == "end" { return true }
        // (A prompt's ellipsis is no word: `写评论…`.)
        let tokens = line.split(whereSeparator: { tokenSeparators.contains($0) || brackets.contains($0) || $0 == "…" })
            .map { normalizedToken(String($0)) }.filter { !$0.isEmpty }
        guard !tokens.isEmpty else { return false }
        // Font sizes alone: `【大】【中】【小】`.
        if tokens.count == 3, Set(tokens) == ["大", "中", "小"] { return true }
        var primary = false
        for t in tokens {
            if chromeWords.contains(t) || isFloorMarker(t) {
                primary = true
            } else if companionWords.contains(t) || t.allSatisfy(\.isNumber) || t.wholeMatch(of: /\d+(?:\.\d+)?[万千wk]?\+?/) != nil {
                continue
            } else {
                return false
            }
        }
        return primary
    }

    nonisolated(unsafe) static let hashtagRow = /(?:#[^#\s]{1,16}(?:[ \u3000]*\d+\s*个)?[ \u3000]*)+/

    /// A token in lower case without a count glued to it (`回复12` → `回复`).
    static func normalizedToken(_ raw: String) -> String {
        let t = raw.lowercased()
        guard !isFloorMarker(t), !t.allSatisfy(\.isNumber) else { return t }
        var s = Substring(t)
        while let l = s.last, l.isASCII, l.isNumber { s = s.dropLast() }
        return String(s)
    }

    /// Floor markers of forum posts: `1#`, `#3`, `2楼`, `12 樓`.
    static func isFloorMarker(_ token: String) -> Bool {
        var s = Substring(token)
        let hash = s.first == "#"
        if hash { s = s.dropFirst() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count) else { return false }
        var rest = s.dropFirst(digits.count)
        if hash && rest.isEmpty { return true }
        while let f = rest.first, f.isWhitespace { rest = rest.dropFirst() }
        return rest.count == 1 && "#楼樓".contains(rest.first!)
    }

    /// Cuts bracketed chrome (`[复制链接]`, `【打印本页】【关闭窗口】`) out of a line; returns the
    /// rest (trimmed) and the fragments cut.
    static func cutChromeFragments(_ line: String) -> (String, [String]) {
        guard line.unicodeScalars.contains(where: { $0 == "[" || $0 == "【" || $0 == "〖" }) else { return (line, []) }
        let pairs: [Character: Character] = ["[": "]", "【": "】", "〖": "〗"]
        var chars = Array(line)
        var fragments: [String] = []
        var i = 0
        while i < chars.count {
            guard let close = pairs[chars[i]], let j = chars[(i + 1)...].firstIndex(of: close) else { i += 1; continue }
            let inner = String(chars[(i + 1)..<j])
            if !inner.isEmpty, isChromeLine(inner) {
                fragments.append(String(chars[i...j]))
                chars.removeSubrange(i...j)
            } else {
                i = j + 1
            }
        }
        guard !fragments.isEmpty else { return (line, []) }
        let rest = String(chars).trimmingWhitespace()
        return (rest, rest.isEmpty ? [] : fragments)
    }

    static let navigationPrefixes = ["上一篇", "下一篇", "上一条", "下一条", "上一主题", "下一主题", "上一页", "下一页", "上一版", "下一版",
                                     "当前位置", "當前位置", "您的位置", "你的位置", "所在位置", "您现在的位置"]

    static func isNavigation(_ line: String) -> Bool {
        guard line.utf8.count <= 240, line.count <= 80 else { return false }
        for p in navigationPrefixes where line.hasPrefix(p) {
            let rest = line.dropFirst(p.count)
            if rest.isEmpty { return true }
            if let f = rest.first, ":：】] 　".contains(f) { return true }
        }
        let items = line.split(whereSeparator: { "|｜丨/／".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        // A site's footer links (`关于人民网 | 报社介绍 | 供稿服务 | 联系我们`), whatever credit words they hold.
        if items.count >= 3, items.allSatisfy({ $0.count <= 8 && !$0.contains(where: { "。，：:".contains($0) }) }),
           items.filter({ $0.hasPrefix("关于") || footerLinks.contains($0) }).count >= 2 { return true }
        // (Credits parted by bars are Extract's: `文章来源：中国共产党新闻网 | 作者：王强`.)
        if LineShape.creditWords.found(in: line) { return false }
        // A menu bar: 首页 | 新闻 | 教育 | 房产 | 汽车 | 论坛.
        if items.count >= 4, items.allSatisfy({ $0.count <= 4 && !$0.contains(where: { "。，".contains($0) }) }) { return true }
        // A menu bar parted by spaces (`首页　时政　区县　民生　财经`): short items, the home link or two of a portal's channels
        // among them. (A row of names is no menu: `王小明　李四　张五　赵六`.)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || "|｜丨".contains($0) }).map(String.init)
        if words.count >= 4, words.allSatisfy({ $0.count <= 7 && !$0.contains(where: { "。，：:".contains($0) }) }),
           words.contains(where: { $0.hasSuffix("首页") }) || words.filter({ channelWords.contains($0) || $0.hasSuffix("频道") }).count >= 2 { return true }
        // A short bar of the home link and account links (`首页　下载头条　登录`).
        if words.count == 3, words.contains(where: { $0.hasSuffix("首页") }), words.contains(where: { chromeWords.contains($0.lowercased()) && !$0.hasSuffix("首页") }),
           words.allSatisfy({ $0.count <= 6 && !$0.contains(where: { "。，：:".contains($0) }) }) { return true }
        // A row of sister outlets (`淄博新闻网　|　淄博日报　|　淄博晚报　|　鲁中晨报`): the group's masthead.
        if items.count >= 3, items.allSatisfy({ item in item.count <= 10 && outletEnds.contains(where: { item.hasSuffix($0) }) }) { return true }
        // A site's page title: 桐乡论坛 - 桐乡生活网, 新闻中心_溧阳网.
        let parts = line.split(whereSeparator: { "-_|｜—".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        // (Not a numbered heading: `01｜建强组织 织密护水网`.)
        if (2...3).contains(parts.count), parts.allSatisfy({ $0.count <= 15 }), !parts.contains(where: { $0.allSatisfy(\.isNumber) }),
           parts.contains(where: { p in !p.contains(where: { $0 == " " || $0 == "　" }) && ["论坛", "網", "网", "社区", "BBS", "bbs", "门户", "频道"].contains { p.hasSuffix($0) } }) {
            return true
        }
        // Breadcrumbs: 首页 > 新闻中心 > 正文, 溧阳论坛 » 溧阳新闻
        guard line.unicodeScalars.contains(where: { "»›>＞".unicodeScalars.contains($0) }) else { return false }
        let crumbs = line.split(whereSeparator: { "»›>＞".contains($0) })
        // (Also `人民网>>湖北频道>>荆州`: doubled arrows, or three items or more.)
        if crumbs.count >= 2, line.contains(where: { "»›".contains($0) }) || line.contains(">>") || crumbs.count >= 3 || crumbs.first?.trimmingWhitespace() == "首页",
           !line.contains(where: { "。，".contains($0) }) {
            return crumbs.allSatisfy { $0.trimmingWhitespace().count <= 15 }
        }
        return false
    }

    /// A portal's channels, as its menu bar lists them.
    static let channelWords: Set<String> = [
        "新闻", "时政", "要闻", "区县", "州县", "县区", "市县", "民生", "财经", "经济", "理论", "评论", "视频", "图片", "专题", "数字报",
        "党建", "政务", "社会", "文化", "文旅", "体育", "教育", "健康", "科技", "国际", "国内", "军事", "娱乐", "房产", "汽车",
        "论坛", "English", "ENGLISH", "直播", "服务", "互动", "公告", "通知", "本地", "地方", "法治", "生活", "旅游", "农业",
    ]
    /// A site footer's links.
    static let footerLinks: Set<String> = ["联系我们", "网站地图", "广告服务", "版权声明", "隐私政策", "隐私保护", "法律声明", "网站声明", "意见反馈",
                                           "加入我们", "招聘信息", "人才招聘", "投稿须知", "合作加盟", "供稿服务", "报社介绍", "网站介绍", "使用帮助", "免责声明"]
    static let outletEnds = ["网", "報", "报", "台", "刊", "杂志", "客户端", "在线", "发布"]

    /// `01`, `2`, `Part 3`, `NO.2`: a number with at most a Latin label, nothing else.
    static func isSectionNumber(_ line: String) -> Bool {
        let core = line.lowercased().replacing(/^(?:part|no\.?)\s*/, with: "")
        return (1...2).contains(core.count) && core.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isSiteName(_ line: String) -> Bool {
        line.count <= 16 && line.contains(where: LineShape.isHan) && !LineShape.isMetadata(line)
            && !line.contains(where: { $0.isNumber || $0.isPunctuation })
    }

    // MARK: Spam

    /// A short title plus a URL (`中科获平安医院殊荣 https://m.39.net/…`), or a URL alone.
    static func isSpamLink(_ line: String) -> Bool {
        // Cheap tests first: a URL has a dot, and the text besides it is short.
        guard line.utf8.contains(UInt8(ascii: ".")),
              line.unicodeScalars.lazy.filter({ !$0.isASCII }).count <= 40 else { return false }
        guard LineShape.urlHints.found(in: line), line.firstMatch(of: LineShape.url) != nil,
              !LineShape.isMetadata(line) else { return false }
        var rest = line
        while let m = rest.firstMatch(of: LineShape.url) { rest.removeSubrange(m.range) }
        rest = rest.trimmingWhitespace()
        return rest.count <= 30 && !rest.contains("。")
    }

    /// Vocabulary of gambling and porn site titles, with weights: 2 for words that are rare outside
    /// such titles, 1 for words that are ordinary on their own (国产, 精品, 高清 …).
    static let spamWords: [String: Int] = [
        "无码": 2, "有码": 2, "在线观看": 2, "免费观看": 2, "免费视频": 2, "成人视频": 2, "色情": 2,
        "夜夜": 2, "久久": 2, "日韩": 2, "人妻": 2, "偷拍": 2, "自拍": 2, "午夜": 2, "一区": 2, "二区": 2,
        "三区": 2, "娱乐城": 2, "博彩": 2, "百家乐": 2, "赌场": 2, "老虎机": 2, "六合彩": 2, "时时彩": 2,
        "真人娱乐": 2, "葡京": 2, "伦理片": 2, "三级片": 2, "爽": 2, "撸": 2, "av": 2,
        "国产": 1, "精品": 1, "高清": 1, "免费": 1, "观看": 1, "视频": 1, "亚洲": 1, "欧美": 1,
        "彩票": 1, "赌": 1, "娱乐": 1, "在线": 1, "影院": 1, "福利": 1, "美女": 1, "直播": 1,
        "人人": 1, "天天": 1, "香蕉": 1, "草莓": 1, "综合": 1, "开户": 1, "注册送": 1, "彩金": 1,
    ]
    static let spamThreshold = 5
    static let spamList: [(String, Int)] = spamWords.filter { $0.key != "av" }.sorted { $0.key < $1.key }
    static let spamNeedles = Needles(spamList.map(\.0))

    /// The weighted score of distinct spam words in a line.
    static func spamScore(_ line: String) -> Int {
        var score = spamNeedles.indices(in: line).reduce(0) { $0 + spamList[$1].1 }
        if hasAV(line) { score += spamWords["av"] ?? 0 }
        return score
    }

    /// `AV` or `av` as a Latin word of its own (not inside `AVG`, `Java`).
    static func hasAV(_ line: String) -> Bool {
        let s = line.scalars
        for i in s.indices.dropLast() where (s[i] == "a" || s[i] == "A") && (s[i + 1] == "v" || s[i + 1] == "V") {
            let before = i > 0 ? s[i - 1].isASCIILetter : false
            let after = i + 2 < s.count ? s[i + 2].isASCIILetter : false
            if !before && !after { return true }
        }
        return false
    }

    /// A line of site titles, not a sentence: dense spam vocabulary, no full stop, at most one comma.
    static func isSpamTitles(_ line: String) -> Bool {
        guard !line.unicodeScalars.contains("。"),
              line.unicodeScalars.lazy.filter({ $0 == "，" || $0 == "," }).count <= 1 else { return false }
        return spamScore(line) >= spamThreshold
    }

    // MARK: Related-article lists

    static let relatedHeadings: Set<String> = [
        "猜你喜欢", "猜你喜歡", "相关阅读", "相關閱讀", "相关文章", "相關文章", "推荐阅读", "推薦閱讀",
        "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞", "相关推荐", "相關推薦", "热门推荐", "熱門推薦",
        "热门文章", "熱門文章", "往期回顾", "往期回顧", "往期推荐", "往期推薦", "精彩推荐", "精彩推薦",
        "更多阅读", "更多閱讀", "相关链接", "相關鏈接", "你可能还喜欢", "您可能感兴趣的文章",
        // News portals' and e-papers' lists.
        "热点排行", "热门排行", "排行榜", "热点新闻", "热点推荐", "编辑推荐", "今日推荐", "为你推荐", "为您推荐", "更多推荐",
        "最新文章", "最新新闻", "相关专题", "本版其他文章", "本版文章", "同版文章", "本版新闻",
    ]

    /// Headings of readers' comments: `评论区（3）`, `网友评论`, `全部评论 12`.
    static let commentHeadings: Set<String> = ["评论区", "评论", "网友评论", "全部评论", "热门评论", "最新评论", "精彩评论", "读者评论", "留言区", "精选留言", "写留言"]

    /// The kind of list a line heads, if it heads one.
    static func listHeading(_ line: String) -> Reason? {
        if isRelatedHeading(line) { return .relatedHeading }
        guard line.unicodeScalars.count <= 16 else { return nil }
        let core = line.filter { !($0.isWhitespace || $0.isPunctuation || $0.isSymbol || $0.isNumber) }
        return commentHeadings.contains(core) ? .comments : nil
    }

    /// A date or time alone: `2024-11-05`, `2024年10月29日 18:20`, `10-29`.
    static func isDateAlone(_ line: String) -> Bool {
        line.wholeMatch(of: /\s*(?:\d{4}[-\/.年])?\d{1,2}[-\/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/) != nil
    }

    /// A forum post's time line: `发表于 2024-4-18 10:22:36` (what the post's tool links were cut from).
    static func isPostTime(_ line: String) -> Bool {
        line.prefixMatch(of: /(?:发表于|發表於)\s*\d{4}[-\/.年]\d{1,2}[-\/.月]\d{1,2}/) != nil && line.count <= 40
    }

    /// A reply's floor alone on its line: `沙发`, `板凳`, `地板`, `2楼`, `#3`, `5#` (not the post's own `1#` or `楼主`).
    static func isReplyFloor(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        if ["沙发", "沙發", "板凳", "地板"].contains(t) { return true }
        guard isFloorMarker(t), let n = Int(t.filter { $0.isASCII && $0.isNumber }) else { return false }
        return n >= 2
    }

    static func isRelatedHeading(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 24 else { return false }
        let core = line.filter { !($0.isWhitespace || $0.isPunctuation || $0.isSymbol) }
        return relatedHeadings.contains(core)
    }

    /// A title line in a related list: short, not a sentence of a paragraph, not a credit.
    static func isListItem(_ line: String) -> Bool {
        guard line.count <= 50 else { return false }
        // A bulleted title is an item whatever words it holds (`· 张店区举办社区工作者职业技能大赛`).
        if let f = line.first, "·•●▪◦-—>》".contains(f) { return true }
        guard !LineShape.isMetadata(line) else { return false }
        if line.last == "。", line.count > 20 { return false }
        return true
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
