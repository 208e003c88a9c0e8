import Foundation
import Normalize
import SiteModel

/// Named programs, initiatives, brands and platforms, with the sentences that describe them.
/// See EXTRACTORS.md for the rules and their weak spots.
public enum ProgramFinder {
    /// Words that make a quoted name a program when they end it or follow its closing quote.
    static let heads = ["工程", "计划", "行动", "品牌", "驿站", "联盟", "平台", "工作室", "示范圈", "服务站", "工作站", "书院", "学院", "家园", "e家", "e站", "管家", "项目", "体系", "中心",
                        "课堂", "学堂", "讲堂", "食堂", "礼堂", "基金", "共同体", "联合体", "综合体", "工作法", "示范线", "示范带", "走廊", "长廊", "党课", "书屋", "超市", "工作坊", "空间",
                        "基地", "服务码", "广场", "公园", "小院", "夜校", "讲习所", "服务队", "先锋队", "突击队", "宣讲团", "议事会", "合作社", "专班", "地图", "热线", "小程序", "直通车", "擂台",
                        "训练营", "培训班", "领航班", "APP", "App", "app", "直播间", "线路", "路线", "研学中心", "经验", "做法", "实训营", "生态", "护江队", "巡河队", "护河队", "宣讲队",
                        "志愿队", "先锋团", "服务团", "片区", "应用", "系统", "教育馆", "展示馆", "体验馆", "教学线路", "研学线路", "精品线路", "教学点", "教学基地", "示范点", "恳谈会", "议事厅",
                        "说事会", "座谈会", "党校", "民宿", "车间", "孵化园", "巡防队", "护湖队", "巡逻队", "护林队", "义警队", "调解队",
                        "接待日", "服务日", "开放日", "活动日", "主题党日", "人才库",
                        "服务社", "公司", "专窗", "专柜", "沙龙", "时间银行", "爱心银行", "积分银行", "道德银行",
                        "丰收节", "文化节", "旅游节", "艺术节", "美食节", "采摘节", "读书节", "音乐节", "民俗节", "带货节"]
    /// Kinds that name programs only after a list of names (`“恩来初心”“老庄忠魂”等精品红色教学线路`); alone,
    /// `“打卡”红色主题线路` is an activity.
    static let listOnlyHeads = ["线路", "路线", "经验", "做法"]
    /// Heads that only count after a quoted name (`“先锋指数”积分机制`, `“双色预警”制度`), never alone.
    static let suffixHeads = ["机制", "制度"]
    static let headsAfterQuote = heads + suffixHeads
    /// A quoted name followed by one of these is a named campaign or brand (the suffix is not part of the name).
    static let campaignSuffixes = ["专项活动", "主题活动", "系列活动", "专项行动", "主题实践活动", "主题征文活动", "品牌", "模式", "活动",
                                   "评选", "评比", "先进典型评选", "竞赛", "大赛", "攻坚行动", "创建活动", "提升行动",
                                   "比武", "技能比武", "大比武", "擂台赛", "知识竞赛", "技能竞赛", "劳动竞赛"]
    /// Generic national concepts and slogans that articles quote but that are no local program.
    static let generic: Set<String> = ["书记项目", "三会一课", "最多跑一次", "一网统管", "一网通办", "两学一做", "主题党日", "党史学习教育", "不忘初心、牢记使命",
                                       "我为群众办实事", "放管服", "不忘初心", "牢记使命", "双报到", "一刻钟便民生活圈", "一刻钟生活圈", "四个意识", "两个维护", "四个自信", "两优一先",
                                       "两个确立", "光荣在党50年", "一号工程", "第一议题", "积分超市", "爱心超市", "学习强国", "河长制", "湖长制", "林长制", "田长制", "路长制", "一村一品",
                                       "万企帮万村", "精准扶贫", "脱贫攻坚", "乡村振兴", "扫黑除恶", "六稳六保", "双减", "党建+", "红色物业", "红色业委会",
                                       "中国制造2025", "一站式", "三重一大", "民主评议", "三项机制", "四议两公开", "枫桥经验", "新时代枫桥经验",
                                       "强富美高", "放管服改革", "五水共治", "千万工程", "长者食堂", "老年食堂",
                                       "社区食堂", "爱心食堂", "老年大学", "院士工作站", "研究生工作站", "博士后工作站", "博士后科研工作站", "专家工作站",
                                       "劳模工作室", "劳模创新工作室", "党员活动室", "新时代文明实践站", "新时代文明实践所",
                                       "新时代文明实践中心", "党群服务中心", "党群服务站", "文化礼堂", "村文化礼堂", "农村文化礼堂",
                                       "党员先锋岗", "党员示范岗", "党员责任区", "书记工程", "一把手工程", "青马工程", "青年马克思主义者培养工程"]
    static let honourVerbs = ["是", "获评", "荣获", "被评为", "评为", "被命名为", "命名为", "列为", "被授予", "授予", "获得", "获批", "入选", "跻身"]
    static let brandEnds: [Character] = ["家", "站", "圈", "园", "坊", "堂", "驿", "汇", "廊"]
    static let launchVerbs = ["实施", "打造", "推行", "启动", "推出", "创建", "创设", "建成", "开通", "构建", "开发", "上线", "研发", "搭建", "启用",
                              "组建", "成立", "开设", "设立", "建起", "办起", "改造成", "改建成"]

    /// Verbs of a clause that awards what it counts (`评出“星级诚信商户”615户`); 是 only names.
    static let awardVerbs = honourVerbs.filter { $0 != "是" } + ["评出", "评选出", "评定", "评选", "挂牌", "授牌"]
    /// Words before a quoted name that make it a likeness, not a name: `一条街就是一个“红色共同体”`.
    /// Also what people call it: `被居民称为“写字楼里走出来的突击队”`.
    static let likenessWords = ["是一个", "是一座", "是一张", "成为一个", "像一个", "变成一个", "称为", "称作", "誉为", "叫作", "昵称为", "亲切地称为"]

    /// Verbs that give people a role: `党员当起“果园管家”` says what the members are, not what was set up.
    static let roleVerbs = ["当起", "当好", "当上", "争当", "争做", "化身", "变身", "甘当", "充当", "担任", "成为"]
    /// Verbs that name what the sentence set up: `组建党员护水队27支，命名为“潮河卫士”`.
    static let namingVerbs = ["命名为", "取名为", "取名", "冠名为", "统一命名为"]
    /// Words after a quoted name that make it a product's trade name, not a program: `“丹棱桔橙”区域公用品牌`.
    /// Farm products whose trade names (`“X”大米品牌`) are no programs.
    static let productWords = ["大米", "稻米", "茶叶", "茶", "水果", "农产品", "蜂蜜", "白酒", "黄酒", "米", "果", "菜", "蔬菜", "鱼", "香菇", "木耳", "药材", "油茶", "猕猴桃", "柑橘", "脐橙", "杨梅", "葡萄"]
    static let productBrandWords = ["区域公用品牌", "公用品牌", "区域品牌", "农产品品牌", "产品品牌", "商标", "地理标志"]

    /// Words that end a contest or review named in quotes as a whole.
    static let wholeCampaignEnds = ["擂台赛", "大比武", "技能比武", "大赛", "竞赛", "比武", "考评", "评比", "评选"]

    /// Verbs that hold a meeting.
    static let meetingVerbs = ["召开", "举办", "开展", "推行", "组织", "举行", "推广"]

    static let genericCodes: Set<String> = ["健康码", "行程码", "场所码", "二维码", "付款码", "收款码", "核酸码", "通信行程码", "随申码", "苏康码", "浙江健康码"]

    /// A saying rather than a name: a clause placing something (`支部建在船队上`, `党旗插在一线上`).
    static func isClause(_ name: String) -> Bool {
        guard let at = name.firstIndex(where: { "在到于".contains($0) }), at != name.startIndex else { return false }
        return name[at...].dropFirst().contains(where: { "上中里下间前".contains($0) }) && "上中里下间前".contains(name.last ?? " ")
    }

    static let brandHeads = ["品牌", "平台", "实施方案", "载体", "阵地"]
    /// Kinds after which the quoted name stands alone: `“垦地e家”党建共建品牌` → 垦地e家, `“鄞才荟”人才生态` → 鄞才荟.
    static let aloneHeads = brandHeads + ["生态", "名片", "系统", "应用"]
    static let numerals = Set("一二两三四五六七八九十百千万")

    /// The words after a quoted name reach a brand or platform word within the clause
    /// (a dozen characters, other quoted names and 等/的 between, no verb of purpose).
    static func namesBrand(_ after: ArraySlice<Character>) -> Bool {
        let clause = String(after.prefix(16).prefix { !"，。；：！？".contains($0) })
        // `“网格红哨”是常熟基层治理的一张新名片`: the name as the subject of what it is.
        if clause.hasPrefix("是"), ["名片", "品牌", "招牌", "金名片"].contains(where: { clause.hasSuffix($0) }) { return true }
        guard let head = brandHeads.compactMap({ clause.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let between = clause[..<head.lowerBound]
        // `守好祖国“南大门”的前沿阵地`: what a front or vehicle serves, not its name.
        if between.hasPrefix("的"), ["阵地", "载体"].contains(where: { clause[head].hasPrefix($0) }) { return false }
        // `“红色代办员”通过平台帮村民申办`: the name acts through a platform; it does not name one.
        return !between.contains(where: { "为以把将是在对向从".contains($0) })
            && !Lexicon.segment(String(between)).contains { $0.count > 1 && ["p", "v"].contains(Lexicon.partOfSpeech($0) ?? "") }
    }

    /// Number formulas (`十个一`, `五聚焦五落实`) are slogans unless a programme word names them.
    static func isFormula(_ name: String) -> Bool {
        let digits = name.filter { numerals.contains($0) || $0.isNumber || "+＋".contains($0) }.count
        // `一楼一码`, `一楼一服务站`: one thing for each unit, a standard rather than a name.
        // (Cheap tests first: this runs for every quoted name and Swift's Regex is slow.)
        if name.first == "一", name.wholeMatch(of: /一[^一、，]{1,2}一[^一、，]{1,4}/) != nil { return true }
        // `一员联多企`, `一岗多责`: one for many, a standard of duty likewise.
        if name.first == "一", name.contains("多"), name.wholeMatch(of: /一[^一、，多]{1,2}(?:联|带|包|管)?多[^一、，]{1,3}/) != nil { return true }
        // `村村联建`, `户户通`: every unit doing something, a slogan of coverage.
        let c = Array(name)
        if c.count >= 3, c[0] == c[1], "村户人事组企家处楼".contains(c[0]) { return true }
        // `村企联建`, `校地共建`: two kinds of body joined, a pattern of pairing rather than a name.
        if name.count == 4, name.wholeMatch(of: /[村企社校地街居政银军警医党团户镇乡]{2}(?:联建|共建|联动|结对|共治|共享)/) != nil { return true }
        return Double(digits) > Double(name.count) / 2.5
    }

    /// Characters that end the words following a quoted name before a head word: purpose verbs,
    /// particles and prepositions mean the head belongs to another phrase.
    static let suffixStops = Set("的为以把将是在对向从和与及等了着过也都并而或，。；：！？、“”（）《》 ")

    /// `“产业链”党建联盟` → 党建联盟: the short words between a closing quote and a programme head,
    /// ending with the head.
    /// Verbs of means: what follows them is what the name uses, not what it is.
    static let meansVerbs: Set<String> = ["通过", "依托", "利用", "借助", "运用", "依靠"]

    static func headSuffix(_ tail: ArraySlice<Character>, heads: [String]) -> String? {
        // Digits end the words of a name (`…主题实践活动6项专题行动`).
        let window = wordsAfterQuote(tail, limit: 12, stopAtDigits: true)
        // `“红色代办员”通过平台…`: after a preposition or a verb of action the head is that phrase's object.
        if let first = Lexicon.segment(String(window)).first, first.count > 1,
           Lexicon.partOfSpeech(first) == "p" || meansVerbs.contains(first) { return nil }
        for end in stride(from: 1, through: window.count, by: 1) {
            let text = String(window[..<end])
            if heads.contains(where: { text.hasSuffix($0) }) {
                // `“党群红色地标”培育工程`, but not `试点示范城市建设`: stop at the first head.
                return text
            }
        }
        return nil
    }

    /// Last characters of the words that name a team, post, room or venue (`护航队`, `先锋岗`, `调解室`):
    /// kinds the lists above do not hold yet still read as such after a quoted name.
    static let unitEnds = Set("队岗室站所团厅坊馆廊屋营院校堂驿吧坛社")

    /// After a quoted name also the plots a team looks after (`“汀州红杉”党员责任林`, `…示范田`); unquoted, such
    /// words name farmland and woods more often than programs.
    /// And the points, circles and joint bodies a brand names (`“溱湖帮你办”代办点`, `…服务圈`, `…联建体`, `…交流会`).
    static let quotedUnitEnds = unitEnds.union("林田船员点圈体会组委班")
    /// Common nouns that end in a body character but name no body.
    static let commonBodyWords: Set<String> = ["集团", "社会", "机会", "体会", "大会", "群体", "主体", "载体", "整体", "全体", "个体", "团体", "媒体",
                                               "身体", "集体", "具体", "实体", "重点", "特点", "亮点", "难点", "焦点", "痛点", "堵点", "节点", "起点", "终点", "观点", "优点", "要点", "盲点"]
    /// Words ending in 员 that name members, not a post (`“X”党员`, `…成员单位`).
    static let memberWords: Set<String> = ["党员", "成员", "人员", "队员", "会员", "委员", "职员", "官员", "团员", "学员", "动员", "社员", "全员"]

    /// A quoted name for a group of people: it ends in 队, 团 or 社 joined to a word (`渔嫂帮帮团`).
    static func namesTeam(_ name: String) -> Bool {
        guard name.count >= 4, let last = Lexicon.segment(name).last, last.count == 1 else { return false }
        return "队团社".contains(last)
    }

    /// A noun, or a word the lexicon does not know (names and new compounds).
    static func isNounOrUnknown(_ word: String) -> Bool {
        Lexicon.partOfSpeech(word).map { ["n", "nz", "nt", "ng", "j"].contains($0) } ?? true
    }

    /// A unit character alone, or a noun ending in one (护航|队, 会客厅; not the verb 组团).
    static func isUnitWord(_ word: String, ends: Set<Character> = unitEnds) -> Bool {
        guard let last = word.last, ends.contains(last) else { return false }
        // (jieba tags a few such nouns as names: 顾问团.)
        return word.count == 1 || isNounOrUnknown(word) || (word.count >= 3 && Lexicon.partOfSpeech(word) == "nr")
    }

    /// Kind characters that may close the words after a verb-like word (自治|小组, 巧手|工|坊).
    static let kindEndsAfterVerb = Set("组点队团站室坊班馆厅")

    /// `“红帆”护航队` → 护航队: up to four words after a closing quote, the last ending in a unit character.
    /// A verb with its own object means the quoted name is what acts (`“红帆”护航企业`, `“X”进驻医院`);
    /// a verb joined to a unit character is a noun (护航|队, 调解|室).
    static func unitSuffix(_ tail: ArraySlice<Character>) -> String? {
        var text = ""
        var acted = false
        let words = Array(Lexicon.segment(String(wordsAfterQuote(tail, limit: 10, stopAtDigits: true))).prefix(4))
        for (index, word) in words.enumerated() {
            let tag = Lexicon.partOfSpeech(word)
            if word.count > 1, let tag, ["d", "p", "c", "r", "m", "ad", "f"].contains(tag) { return nil }
            text += word
            guard text.count <= 8 else { return nil }
            // A post ending in 员 closes the words (`党员讲解员136名`), else it qualifies what follows (`指导员团队`).
            // (Common nouns ending in a body word are no kind: `“新”群体`, `…联系社会`.)
            if isUnitWord(word, ends: quotedUnitEnds), !memberWords.contains(word), !commonBodyWords.contains(word),
               word.last != "员" || index == words.count - 1 {
                if word.count == 1 { return text.count >= 2 ? text : nil }
                if !acted { return text }
            }
            // Only a unit character may follow the verb, or a group's word closing the words (自治|小组, 代办|站点).
            if acted {
                // (The lexicon may split an unknown kind into characters: 巧手|工|坊.)
                if index == words.count - 1, word.count == 2, let l = word.last, kindEndsAfterVerb.contains(l), isNounOrUnknown(word) { return text }
                let run = words[index...].prefix { $0.count == 1 }.joined()
                if run.count == 2, let l = run.last, kindEndsAfterVerb.contains(l) { return text + run.dropFirst(word.count) }
                return nil
            }
            if word.count > 1, let tag, tag.hasPrefix("v") { acted = true }
        }
        return nil
    }

    /// Abstract nouns a list of quoted phrases may share: slogans, ideas and honours, not named things.
    static let abstractKinds: Set<String> = ["精神", "理念", "要求", "作风", "品质", "口号", "目标", "问题", "难题", "现象", "荣誉", "称号", "方面",
                                             "领域", "内容", "主题", "形式", "方式", "举措", "工作", "做法", "经验", "思路", "原则", "标准", "字", "词",
                                             "话语", "说法", "理论", "思想", "路径", "机制", "制度", "模式", "特色", "优势", "短板", "风气", "氛围", "担当", "专题",
                                             "课程", "课", "硬仗", "任务", "攻坚战"]

    /// The words after `等` closing a list of quoted names (`…等护河党小组42个`, `…等产业链党委`): a short noun
    /// phrase naming what the items are, not an abstract kind (`…等精神`) and no verb phrase.
    static func listKind(_ tail: ArraySlice<Character>) -> Bool {
        var window = wordsAfterQuote(tail, limit: 10, stopAtDigits: true)
        var words = Lexicon.segment(String(window))
        // A team's kind may run longer (`…等青年党员志愿服务小分队`): up to twelve characters when a team word ends it.
        let longer = wordsAfterQuote(tail, limit: 12, stopAtDigits: true)
        if longer.count > window.count, let l = longer.last, "队团".contains(l), Lexicon.segment(String(longer)).count <= 6 {
            window = longer
            words = Lexicon.segment(String(longer)).reduce(into: [String]()) { acc, w in
                // (Its words of service and members read as one kind: 青年党员|志愿服务|小分队.)
                if let prev = acc.last, ["党员", "青年", "志愿", "服务"].contains(prev) || ["志愿", "服务"].contains(w) { acc[acc.count - 1] = prev + w } else { acc.append(w) }
            }
        }
        // `…等互助养老睦邻点148个`: a tally of the items; verbs inside (互助) are then part of the kind.
        let counted = tail.dropFirst(window.count).first.map { $0.isASCII && $0.isNumber } ?? false
        // `…等一场场硬仗`: a count of tasks, not a kind of named thing.
        // (Counted, the kind may be split into single characters by the lexicon: 联|建|体.)
        guard let last = words.last, (1...4).contains(words.count) || (window.count <= 10 && (counted || last.count == 1)), !abstractKinds.contains(last),
              !words.contains(where: { w in w.contains(where: numerals.contains) || (w.count > 1 && Lexicon.partOfSpeech(w) == "m") }),
              counted || !words.contains(where: { w in w.count > 1 && (Lexicon.partOfSpeech(w) ?? "").hasPrefix("v") && !teamVerbs.contains(w) })
        else { return false }
        // (Counted, the kind may end in any body word: `…等强村联合发展体19个`, `…等楼宇党建服务圈11个`.)
        if last.count == 1 { return unitEnds.contains(last.first ?? " ") || "组点委链".contains(last) || (counted && "体圈会园区带链群".contains(last)) }
        return isNounOrUnknown(last)
    }

    /// A quoted name whose things are counted right after it, alone or with their kind (`“港湾歇脚点”185个`,
    /// `“蓝海红舟”海上党支部42个`): the reader records the brand. The kind is a short noun phrase, not a verb
    /// phrase or an abstract noun; honours (`入选省“双创团队”1个`) are excluded before this.
    /// The clause before a quote awards something (`入选省“双创人才”7个`).
    static func isHonoured(_ before: ArraySlice<Character>) -> Bool {
        let clause = String(before.suffix(20).split(whereSeparator: { "，。；：！？".contains($0) }).last ?? [])
        return awardVerbs.contains { clause.contains($0) }
    }

    /// Verbs that pick or recruit people for a named post (`推选“楼栋红哨”1260名`, `选出“傈乡楼长”126名`).
    static let recruitVerbs = ["选出", "推选", "选聘", "选派", "招募", "聘请", "培育", "打造", "设立", "组建"]

    /// The clause before a quote picks or recruits people.
    static func recruits(_ before: ArraySlice<Character>) -> Bool {
        let clause = String(before.suffix(12).split(whereSeparator: { "，。；：！？".contains($0) }).last ?? [])
        return recruitVerbs.contains { clause.hasSuffix($0) }
    }

    /// With `people`, counted people (`…126名`) are a named post the text fills; otherwise they are honoured
    /// titles (`“红旗书记”26名`).
    static func countedKind(_ tail: ArraySlice<Character>, people: Bool = false) -> Bool {
        let window = wordsAfterQuote(tail, limit: 10, stopAtDigits: true)
        guard window.count <= 8, let next = tail.dropFirst(window.count).first, next.isASCII, next.isNumber else { return false }
        let rest = tail.dropFirst(window.count).drop { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let measure = rest.first, "个家支处座条艘间所户项批".contains(measure) || (people && measure == "名") else { return false }
        let words = Lexicon.segment(String(window))
        if let last = words.last, abstractKinds.contains(last) { return false }
        // A verb inside the kind is part of it (`党员|示范|茶园43个`); one opening it is what the name does
        // (`带动农户300户`).
        // (Unless a body word closes the kind: `“固城红帮”代办站点186个`.)
        // (Party cells are bodies too: `“游牧红帐”流动党支部23个`.)
        let body = words.last.map { ($0.count > 1 && isUnitWord($0, ends: quotedUnitEnds)) || ["支部", "党小组", "党总支", "党委"].contains(where: $0.hasSuffix) } ?? false
        return !words.enumerated().contains { k, w in
            guard w.count > 1, let tag = Lexicon.partOfSpeech(w) else { return false }
            return ["p", "d", "c", "r", "m"].contains(tag) || (tag.hasPrefix("v") && ((k == 0 && !body) || k == words.count - 1))
        }
    }

    /// Verbs that take 服务 as their object: `“X”提供服务` says what the name does, not what it is.
    static let serviceVerbs: Set<String> = ["提供", "开展", "做好", "优化", "提升", "加强", "强化", "延伸", "送", "送上", "搞好", "做实"]

    /// `“湖城帮办”代办服务` → 代办服务: a named service, at most two words and 服务 after a quoted name of four or
    /// more characters that is no manner (`“保姆式”服务`) and no common phrase (`“面对面”服务`).
    static func serviceTail(_ tail: ArraySlice<Character>, after name: String) -> String? {
        guard name.count >= 4, !name.hasSuffix("式"), !name.hasSuffix("化") else { return nil }
        let words = Lexicon.segment(String(wordsAfterQuote(tail, limit: 8, stopAtDigits: true)))
        guard let end = words.firstIndex(of: "服务"), end <= 2,
              !words[..<end].contains(where: { serviceVerbs.contains($0) || ["d", "p", "c", "r", "m", "a", "ad"].contains(Lexicon.partOfSpeech($0) ?? "") })
        else { return nil }
        // `“X”服务平台`, `“X”服务码`: a longer kind is the heads' (read before this).
        if end + 1 < words.count { return nil }
        return words[...end].joined()
    }

    /// The words right after a closing quote, up to clause punctuation or a particle or preposition
    /// standing alone (not the same character inside a word: 结对, 为民).
    static func wordsAfterQuote(_ tail: ArraySlice<Character>, limit: Int, stopAtDigits: Bool) -> [Character] {
        var window: [Character] = []
        let words = Lexicon.segment(String(tail.prefix(limit).prefix { !clauseMarks.contains($0) && !(stopAtDigits && $0.isASCII && $0.isNumber) }))
        for (k, word) in words.enumerated() {
            // (`为老服务`, `为民服务`: 为 with whom it serves is a word the lexicon splits.)
            if word == "为", k + 1 < words.count, ["老", "民", "企", "农", "侨", "小"].contains(words[k + 1]) { window += word; continue }
            if word.count == 1, let c = word.first, suffixStops.contains(c) { break }
            window += word
        }
        return window
    }

    static let countWords = Set("一二两三四五六七八九十百千0123456789")
    static let countMeasures = Set("大项个类种")

    /// Strips `等`, `四大`, `6项` from the words after a run of quoted names; tells whether anything was
    /// stripped (the names are then items of a list, each a name of its own).
    static func stripListMarkers(_ tail: ArraySlice<Character>) -> (ArraySlice<Character>, Bool) {
        var t = tail
        var listed = false
        if t.first == "等" { t = t.dropFirst(); listed = true }
        var k = t.startIndex
        while k < t.endIndex, countWords.contains(t[k]) { k += 1 }
        if k > t.startIndex, k < t.endIndex, countMeasures.contains(t[k]) { t = t[(k + 1)...]; listed = true }
        return (t, listed)
    }

    struct Quote { let name: String; let start: Int; let end: Int }  // end: index after the closing mark

    /// Quoted names in a sentence (`“…”`, 1–30 characters, no sentence punctuation inside).
    static func quotes(in s: [Character]) -> [Quote] {
        var out: [Quote] = []
        var i = 0
        while i < s.count {
            guard s[i] == "“" else { i += 1; continue }
            var j = i + 1
            while j < s.count, s[j] != "”", s[j] != "“", !"，。！？；\n".contains(s[j]), j - i <= 31 { j += 1 }
            if j < s.count, s[j] == "”", j - i >= 2 {
                out.append(Quote(name: String(s[(i + 1)..<j]).trimmingCharacters(in: .whitespaces), start: i, end: j + 1))
                i = j + 1
            } else {
                i = max(j, i + 1)
            }
        }
        return out
    }

    /// Quoted names written one after another (`“一人一岗”“一员双岗”`, `“A”、“B”和“C”`) share what follows.
    static func runs(_ quotes: [Quote], in s: [Character]) -> [[Quote]] {
        var runs: [[Quote]] = []
        for q in quotes {
            guard let last = runs.last?.last else { runs.append([q]); continue }
            let gap = s[last.end..<q.start]
            // Also `广陈镇的“田埂议事角”、新埭镇的“瓜灯夜话”等…`: each name with its place.
            let placed = gap.first == "、" && gap.last == "的" && (3...10).contains(gap.count) && gap.dropFirst().dropLast().allSatisfy(\.isHanCharacter)
            if ["", "、", "和", "与", "及", "以及"].contains(String(gap)) || placed {
                runs[runs.count - 1].append(q)
            } else {
                runs.append([q])
            }
        }
        return runs
    }

    /// Document titles that name a local plan: 《…三年行动计划》, 《…实施方案》, 《关于…的实施意见》.
    static let planTitleEnds = ["行动计划", "计划", "工程", "行动", "行动方案", "实施方案", "工作方案", "方案", "实施意见", "措施", "工作要点", "工作指引", "规划",
                                "实施办法", "办法", "服务规范", "工作规范"]

    /// The candidates a sentence names, with the rule that found each.
    static func candidates(in sentence: String, places: Set<String> = [], admin: Set<String> = []) -> [String] {
        let s = Array(sentence)
        var names: [String] = []
        // Plans named by a document title: 《年轻干部培养“六个一”行动计划》.
        var titled: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "《", let close = s[i...].firstIndex(of: "》") else { i += 1; continue }
            let title = String(s[(i + 1)..<close])
            // A period after the name: 《…三年行动计划（2022—2024年）》.
            let core = title.replacing(/[（(][^（）()]*[）)]$/, with: "")
            // Opinions (实施意见) are rules unless they name the place or zone they develop
            // (`《关于以高质量党建引领长三角一体化示范区建设的实施意见》`, not `《关于加强党员管理的实施意见》`).
            // (So are other 方案 titles: `《维明街道老旧小区治理“红色物业”攻坚方案》`.)
            let scoped = !["意见", "措施", "要点", "指引", "规划", "方案", "办法", "规范"].contains(where: { core.hasSuffix($0) })
                || ["行动方案", "实施方案", "工作方案"].contains(where: { core.hasSuffix($0) })
                || core.contains(where: { "省市县区镇乡".contains($0) }) || core.contains("街道")
            // Rules (办法, 规范) only when the title opens with the place they govern (`《黑山县…实施办法》`), not a
            // zone's internal rules (`《园区实施干部…容错纠错试行办法》`).
            let rules = ["办法", "规范"].contains(where: { core.hasSuffix($0) })
            let placed = !rules || administrativePrefixLength(Array(title)[...], admin: admin, places: places) > 0
            if planTitleEnds.contains(where: { core.hasSuffix($0) }), scoped, placed, (5...48).contains(title.count) {
                names.append(title.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: ""))
                titled.append(i..<close)
            }
            i = close + 1
        }
        let found = quotes(in: s).filter { q in !titled.contains { $0.contains(q.start) } }
        for run in runs(found, in: s) {
            guard let first = run.first, let last = run.last else { continue }
            let before = s[..<first.start]
            // `组建党员护水队27支，命名为“潮河卫士”`: the name the text gives what it set up (not `被命名为“…”`, an honour).
            if run.count == 1, namingVerbs.contains(where: { before.ends(with: $0) }), !before.dropLast(3).ends(with: "被"),
               unquotedVerbs.contains(where: { v in positions(of: Array(v), in: before).isEmpty == false }) {
                names.append(first.name)
                continue
            }
            // A designation the place holds (`丹阳是“中国眼镜生产基地”`, `获评“全国文明村”`) is an honour, not a program.
            // (A team is no designation: `最有代表性的是“渔嫂帮帮团”`.)
            // (Nor is a programme the text calls by its kind: `办法是“国企兜底·红心托管”行动`.)
            if honourVerbs.contains(where: { before.ends(with: $0) }), !(run.count == 1 && namesTeam(first.name)),
               !(run.count == 1 && ["行动", "工程", "计划"].contains(where: { s[last.end...].starts(with: $0) })) { continue }
            // `以“红枫暖工”为品牌`, `以“X”为抓手`: the text names its own brand or vehicle.
            if run.count == 1, before.ends(with: "以"), first.name.count >= 3, !first.name.contains("、"), !isFormula(first.name),
               ["为品牌", "为载体", "为抓手", "为平台", "品牌为"].contains(where: { s[last.end...].starts(with: $0) }) {
                names.append(first.name)
                continue
            }
            // `党员当起“果园管家”`: a role people take, whatever word ends it; `一条街就是一个“红色共同体”`: a likeness.
            if (roleVerbs + likenessWords).contains(where: { before.ends(with: $0) }) { continue }
            // `为建设“山水通山·幸福家园”凝聚力量`: a vision the text works for (two parts joined by a dot), not a brand.
            if run.count == 1, first.name.contains("·"), ["为建设", "为打造", "为建成", "为加快建设"].contains(where: { before.ends(with: $0) }) { continue }
            // `这样的“强村项目”`: a kind of thing, not one thing's name.
            if ["这样的", "这种", "这类", "此类", "这些", "那些", "这一类"].contains(where: { before.ends(with: $0) }) { continue }
            if productBrandWords.contains(where: { s[last.end...].starts(with: $0) }) { continue }
            // `“绕阳湾”大米品牌`: a farm product's trade name.
            if let brand = positions(of: Array("品牌"), in: s[last.end..<min(s.count, last.end + 6)]).first,
               productWords.contains(where: { s[last.end..<brand].elementsEqual(Array($0)) }) { continue }
            let (tail, listed) = stripListMarkers(s[last.end...])
            let many = listed || run.count > 1
            for q in run {
                let inner = q.name
                if generic.contains(inner) { continue }  // 我为群众办实事 stays a slogan whatever follows it
                // `“五星级党组织”38个`: a rating awarded, not a program.
                if inner.contains("星级") { continue }
                // `评选“金牌民宿管家”，…获此称号`: a title awarded to people.
                if isHonoured(before), s[q.end...].prefix(24).prefix(while: { $0 != "。" }).contains("称号") { continue }
                // `“亮身份、亮技能、亮业绩”`: three or more parallel duties with one verb, a slogan.
                if case let items = inner.split(separator: "、"), items.count >= 3, let c = items.first?.first,
                   items.allSatisfy({ $0.first == c && $0.count <= 4 }) { continue }
                // `举办“网格书记擂台赛”`, `开展“红色物业亮星考评”`: a named contest or review, quoted whole.
                if inner.count >= 5, !isFormula(inner), !inner.contains("、"), wholeCampaignEnds.contains(where: { inner.hasSuffix($0) }) {
                    names.append(inner)
                    continue
                }
                if inner.allSatisfy(\.isNumber), s[q.end...].starts(with: "热线") { continue }  // `“12345”热线`: a phone number
                let formula = isFormula(inner)
                // A quoted verb (`“打卡”红色主题线路`) names nothing.
                let verb = Lexicon.partOfSpeech(inner) == "v"
                // `成为平湖党员教育的“红色课堂”。`, `群众家门口的“贴心港湾”。`: a description closing the clause.
                // (But `沂南推行的“板凳议事会”，`: what a launch verb set up is named, and the rules below decide.)
                // (A long name with a body's own word is named all the same: `当地的“葡萄架下议事会”，由…主持`.)
                if !many, before.last == "的", tail.first.map({ "。，；！？、”".contains($0) }) ?? true,
                   !launchVerbs.contains(where: { before.dropLast().ends(with: $0) }),
                   !(inner.count >= 6 && heads.contains(where: { $0.count >= 3 && inner.hasSuffix($0) })) { continue }
                // Formulas with + (`党建+招商`, `党支部+合作社+农户`) are ways of working unless named as brands.
                if inner.contains("+") || inner.contains("＋"), !tail.prefix(16).prefix(while: { !"，。；".contains($0) }).contains("品") { continue }
                // (A list of practices takes no team's word: `“一人一导师、一村一岗位”跟班`.)
                let suffix = headSuffix(tail, heads: headsAfterQuote) ?? (verb || formula || inner.contains("、") ? nil : unitSuffix(tail))
                // `“月晾晒、季点评、年考核”工作机制`: a list of practices, not a named system.
                // (Nor is a formula's: `“一企联一村”结对机制` is a standard of pairing.)
                let practiceList = (inner.contains("、") || formula) && suffix.map { s in suffixHeads.contains(where: { s.hasSuffix($0) }) } == true
                if !verb, !practiceList, let suffix,
                   many || !listOnlyHeads.contains(where: { suffix.hasSuffix($0) }) || ["教学线路", "研学线路", "精品线路"].contains(where: { suffix.hasSuffix($0) }),
                   suffix.count <= (suffixHeads.contains(where: { suffix.hasSuffix($0) }) ? 4 : 12) {
                    // `“青蓝接力”工程` → 青蓝接力工程; in a list, or named as a brand, each name stands alone, and so does
                    // the brand of counted things (`“夕阳暖”长者助餐点12个`).
                    let counted = !heads.contains(where: { suffix.hasSuffix($0) }) && countedKind(s[last.end...])
                    if many || counted || aloneHeads.contains(where: { suffix.hasSuffix($0) }) { names.append(inner) } else { names.append(inner + suffix) }
                } else if let head = heads.first(where: { inner.hasSuffix($0) }), !listOnlyHeads.contains(where: { inner.hasSuffix($0) }),
                          inner.count - head.count >= 2, !inner.contains("、"), !formula {  // not `“微项目”`, `“一支部一项目”`
                    names.append(inner)
                } else if inner.count >= 4, !formula, !verb, !inner.contains("、"), let last = Lexicon.segment(inner).last,
                          (last.count == 1 && isUnitWord(last)) || (last.hasSuffix("会") && meetingVerbs.contains(where: { before.ends(with: $0) })) {
                    // (also a meeting the text holds under a name of its own: `召开“幸福坝坝会”`)
                    // a quoted team or station named with a unit character: “银发参谋团” (not the common
                    // nouns of “双创团队” or the figure of speech “红色客厅”)
                    names.append(inner)
                } else if !formula, !verb, inner.count >= 4, run.count == 1, !isHonoured(before),
                          countedKind(s[last.end...], people: recruits(before)) {
                    names.append(inner)  // `“蓝海红舟”海上党支部42个`, `“港湾歇脚点”185个`: the brand of counted things
                } else if listed, run.count >= 2, !formula, !verb, listKind(tail) {
                    names.append(inner)  // `“茈碧清波”“海西守望”等护河党小组42个`: items of a list of named things
                } else if inner.count >= 3, inner.hasSuffix("制"), !["机制", "体制", "编制", "控制", "专制"].contains(where: { inner.hasSuffix($0) }) {
                    names.append(inner)  // named systems: “楼长制”, “农村党员服务代理制”
                } else if !formula, !many, let service = serviceTail(tail, after: inner) {
                    names.append(inner + service)  // `“湖城帮办”代办服务`, not `“保姆式”服务` or `“一站式”服务`
                } else if !formula, campaignSuffixes.contains(where: { tail.starts(with: $0) }),
                          !(inner.contains("、") && tail.starts(with: "模式")) {  // `“支部带社、能人带户”模式`: practices
                    names.append(inner)  // “科长争先锋”活动, “一线破难、小事建功”专项行动
                } else if !formula, let campaign = campaignTail(tail) {
                    // `“红烛杯”党员教师教学比武`: the words say what the campaign is, so they are part of its name.
                    names.append(many ? inner : inner + campaign)
                } else if namesBrand(tail) {
                    names.append(inner)  // “锋领汇”微信平台, “一人一岗”“一员双岗”等…品牌, “三通”新品牌
                } else if !many, !formula, ["实施以来", "启动以来", "开展以来", "先后开展", "累计开展"].contains(where: { tail.starts(with: $0) }) {
                    names.append(inner)  // the program as the subject of what it did
                } else if inner.count >= 3, inner.hasSuffix("码"), !genericCodes.contains(inner), !formula {
                    names.append(inner)  // a named QR-code platform: “瓯越先锋码”, but not “健康码”
                } else if !many, !formula, inner.count >= 4, !inner.contains("、"), launchVerbs.contains(where: { before.ends(with: $0) }),
                          tail.first.map({ "。，；！？".contains($0) }) ?? true, !isClause(inner) {
                    names.append(inner)  // the quoted name is itself what was launched: 推行“聚邻党建”。
                } else if !formula, tail.starts(with: "作为"), tail.prefix(14).prefix(while: { !"，。；".contains($0) }).contains("试点") {
                    names.append(inner)  // “定制村干”作为常州唯一试点
                } else if inner.contains("·"), !inner.hasPrefix("·"), tail.first != "的" {
                    // (`打造“和合圣地·幸福天台”的新样板`: a slogan describing what follows.)
                    names.append(inner)  // brand names joined with a middle dot: 红网格·通通建
                } else if inner.count >= 4, inner.last.map(brandEnds.contains) == true, !inner.contains("、"), !formula, isVenueName(inner) {
                    // (`群众家门口的“红色加油站”` is a figure of speech, not a venue's name)
                    names.append(inner)  // named stations and venues: 百姓议事堂
                }
            }
        }
        // Words inside a document title are the title's, not a launch verb's object.
        var masked = s
        for r in titled { for k in r { masked[k] = "□" } }
        names += unquotedNames(in: masked, places: places)
        names += placedNames(in: masked, admin: admin, places: places)
        // A plaque hung up names the body or venue behind it (`挂上了公园街道城市网格学院的牌子`).
        let plain = String(masked)
        if plain.contains("牌") {
            for m in plain.matches(of: /挂(?:上|起|出)了?([\p{Han}]{5,16}?)的(?:牌子|牌匾|招牌|门牌)/) {
                let name = String(m.1)
                let words = Lexicon.segment(name)
                if isUnitName(name, words: words, places: places) || startsWithAdministrativePlace(name, places: places) { names.append(name) }
            }
        }
        // Two readings of one name in a sentence (`虞企同行专项行动`, and `企同行专项行动` where a walk stopped at
        // 虞): the fuller one.
        return names.filter { n in !names.contains { $0 != n && $0.hasSuffix(n) && $0.count - n.count <= 2 } }
    }

    /// A few words after a quoted name that end in a campaign word: `“千名党员教师进万家”大家访活动`,
    /// `“红烛杯”党员教师教学比武`, `“晶耀东海”电商直播大比武`.
    static func campaignTail(_ tail: ArraySlice<Character>) -> String? {
        // `“老党员话初心”宣讲活动320场次`: the count after the kind is no part of it.
        let text = String(wordsAfterQuote(tail, limit: 10, stopAtDigits: true))
        guard let kind = ["活动", "比武", "竞赛", "大赛", "评选", "评比", "创评", "比赛", "擂台赛", "赛", "宣讲", "行动", "专场招聘", "招聘会"].first(where: { text.hasSuffix($0) }) else { return nil }
        // Only words that describe it: `“海棠花开红七月”先后开展十大系列活动` is what the campaign did.
        let describing = Lexicon.segment(String(text.dropLast(kind.count)))
        if describing.contains(where: { w in
            actionVerbs.contains(w) || unquotedVerbs.contains(w) || launchVerbs.contains(w)
                || (w.count > 1 && Lexicon.partOfSpeech(w).map { ["d", "p", "m", "r"].contains($0) }.orFalse) || w.allSatisfy { numerals.contains($0) }
        }) { return nil }
        return text
    }

    /// `以“X”` opening a clause and followed by a verb: the means by which something is done. Alone this
    /// is often a slogan; two or more in one paragraph are a set of named initiatives.
    /// `verb` tells whether the lexicon reads the word after the quote as a verb; where it does not (it tags
    /// 拓宽 as a name), the clause still counts beside two that do.
    static func instrumentNames(in s: [Character]) -> [(name: String, verb: Bool)] {
        var names: [(name: String, verb: Bool)] = []
        for q in quotes(in: s) where q.start > 0 && s[q.start - 1] == "以" {
            let opensClause = q.start == 1 || "，。；：、".contains(s[q.start - 2])
            let inner = q.name
            guard opensClause, (3...12).contains(inner.count), !generic.contains(inner), !isFormula(inner), !inner.contains("+"),
                  let next = Lexicon.segment(String(s[q.end...].prefix(4))).first,
                  next.count > 1, !["p", "c", "u", "uj", "r", "d", "m", "f"].contains(Lexicon.partOfSpeech(next) ?? "") else { continue }
            names.append((inner, Lexicon.partOfSpeech(next) == "v"))
        }
        return names
    }

    /// A venue name ends in a noun (`议事堂`, `驿站`), not in a verb phrase (`春色满园`).
    static func isVenueName(_ name: String) -> Bool {
        let words = Lexicon.segment(name)
        guard let last = words.last else { return false }
        if last.count > 1 { return Lexicon.partOfSpeech(last).map { ["n", "nz", "ns", "nt", "vn"].contains($0) } ?? true }
        // A single-character end: the character before it must not be a verb (满|园).
        guard words.count >= 2 else { return false }
        let prev = words[words.count - 2]
        return prev.count > 1 || ["小", "新", "红"].contains(prev) || prev.allSatisfy { $0.isASCII && $0.isLetter } || Lexicon.partOfSpeech(prev).map { ["n", "b", "nz", "ng"].contains($0) }.orFalse
    }

    /// Kinds that name a programme after a launch verb whatever words come before them (venues need a proper part).
    static let programmeKinds: Set<String> = ["工程", "行动", "计划", "行动计划", "综合体"]
    static let unquotedVerbs = ["实施", "推进", "开展", "深化", "启动", "推行", "打造", "建设", "创建", "实行", "落实", "设立", "开设", "组建", "成立",
                                "建立", "建成", "建起", "举办", "开办", "创办", "办起", "改建", "组成", "领衔", "改造成", "改建成", "命名", "建了", "用好", "交给", "交由", "依托"]
    /// Programme words that name an unquoted program after a launch verb.
    static let unquotedHeads = ["工程", "行动", "计划", "综合体", "学堂", "书院", "学院", "驿站", "工作室", "服务队", "先锋队", "宣讲团", "教育馆",
                                "夜校", "讲习所", "议事厅", "讲堂", "共同体", "论坛", "沙龙", "空间", "长廊", "实训基地", "实践基地", "研学基地", "直播间", "平台", "党建联盟",
                                "党群服务中心"]
    /// Venue words that name an unquoted venue opening a clause: `如意小食堂的助餐服务…`.
    static let venueHeads = ["食堂", "礼堂", "学堂", "讲堂", "书院", "驿站", "工作站", "服务站", "示范圈", "工作法", "长廊", "空间",
                             "夜校", "讲习所", "小院", "客厅", "议事厅", "党群服务中心", "学院", "研学中心", "服务中心", "基地", "直播间", "实训营",
                             "教育馆", "展示馆", "体验馆", "先锋团", "先锋队", "服务队", "突击队", "宣讲团", "护江队"]
    /// Venue words that are common nouns on their own: a name needs a proper part of four or more
    /// characters and no verb before them (`司徒镜城党群服务中心`, not `拓展发展空间`).
    static let plainVenueHeads: Set<String> = ["空间", "党群服务中心", "学院", "研学中心", "服务中心", "基地", "直播间",
                                               "先锋团", "先锋队", "服务队", "突击队", "宣讲团", "护江队", "攻坚突击队"]
    static let clauseMarks = Set("，。；：！？、“”（）《》 ")
    static let actionVerbs: Set<String> = ["建成", "建设", "打造", "开设", "设立", "成立", "建立", "推进", "开展", "实施", "依托", "利用", "通过",
                                           "发挥", "覆盖", "推动", "新建", "改建", "组建", "创建", "用好", "开办", "举办", "创办", "新增", "设置", "配备",
                                           "启用", "投用", "办好", "建好", "办起", "建起", "这", "那", "该", "此", "各", "每", "本", "其"]

    /// jieba's tags for places, people (nr, and nrt/nrfg for transliterated and full names: 顺德 is nrt),
    /// organisations and other proper nouns.
    static func isProperTag(_ tag: String) -> Bool {
        ["ns", "nr", "nz", "nt"].contains { tag.hasPrefix($0) }
    }

    /// Words that hold a proper name: a place, person or brand word, a word the lexicon does not know,
    /// or characters standing alone side by side (荡|口, 骆|马), which common words never do.
    static func isProper(_ words: [String]) -> Bool {
        if words.contains(where: { w in Lexicon.partOfSpeech(w).map { isProperTag($0) || ["g", "ng"].contains($0) } ?? true }) { return true }
        return zip(words, words.dropFirst()).contains { $0.count == 1 && $1.count == 1 }
    }

    /// Two things joined by a conjunction after a whole word (`祠堂和文化礼堂`), not a place name
    /// holding the character (`云和木玩…`).
    static func joinsTwo(_ name: String) -> Bool {
        let c = Array(name)
        return c.indices.contains { j in
            j >= 2 && "和与及或".contains(c[j])
                && (Lexicon.partOfSpeech(String(c[(j - 2)..<j])) != nil || unitEnds.contains(c[j - 1]) || "区班点".contains(c[j - 1])

                    || (j >= 3 && Lexicon.partOfSpeech(String(c[(j - 3)..<j])) != nil))
        }
    }

    /// Two kinds of place joined (`民宿和侨史展馆`, `民宿和工作室`): the first part already ends in a kind word.
    static func joinsTwoKinds(_ name: String) -> Bool {
        let c = Array(name)
        return c.indices.contains { j in
            j >= 2 && "和与及".contains(c[j]) && heads.contains(where: { String(c[..<j]).hasSuffix($0) })
        }
    }

    /// Where `word` starts in `s` (character arrays: Foundation's `range(of:)` folds Unicode and is slow on Linux).
    static func positions(of word: [Character], in s: ArraySlice<Character>) -> [Int] {
        guard let first = word.first, word.count <= s.count else { return [] }
        var out: [Int] = []
        var i = s.startIndex
        while i + word.count <= s.endIndex {
            if s[i] == first, s[i..<(i + word.count)].elementsEqual(word) { out.append(i) }
            i += 1
        }
        return out
    }

    /// Stems the text itself uses as places (北下朱 in 北下朱村, 稠城 in 稠城街道): a name that starts with
    /// one is named after a place, not described by common words.
    /// (A stem that is an everyday word counts when the gazetteer has the town: 胜利 in 胜利镇.)
    static func placeStems(in blocks: [Block], gazetteer: Gazetteer = .builtIn) -> Set<String> {
        var stems = Set<String>()
        for block in blocks {
            let s = Array(block.zh)
            for suffix in ["村", "镇", "乡", "街道", "社区", "县", "湖", "江", "山", "河", "街", "路", "巷", "园区"] {
                for at in positions(of: Array(suffix), in: s[...]) {
                    for n in 2...4 where at - n >= 0 {
                        let stem = s[(at - n)..<at]
                        guard stem.allSatisfy(\.isHanCharacter) else { break }
                        // Function words end a place name (`在各乡镇`, `四是办好乡村`): no stem holds them.
                        if stem.contains(where: { "在是的各个把将为和与及从到向对于了这那该每全本其".contains($0) }) { break }
                        // Nor does a verb open one (`开设|龙山`, `设|龙山`): the stem started inside the clause.
                        if let first = Lexicon.segment(String(stem)).first, Lexicon.partOfSpeech(first).map({ $0.hasPrefix("v") || ["p", "d", "c"].contains($0) }).orFalse { continue }
                        let word = String(stem)
                        if Lexicon.partOfSpeech(word).map({ isProperTag($0) && $0 != "nt" }) ?? true
                            || ("镇乡街道".contains(suffix) && gazetteer.units(named: word + suffix).contains { $0.level == .town }) { stems.insert(word) }
                    }
                }
            }
        }
        return stems
    }

    /// A name with a place in it: a place or person word, or a stem the text uses as a place.
    static func isNamedAfterPlace(_ name: String, words: [String], places: Set<String>) -> Bool {
        if words.contains(where: { w in w.count >= 2 && Lexicon.partOfSpeech(w).map(isProperTag).orFalse }) { return true }
        return placePrefixLength(of: name, places: places) > 0
    }

    /// How many characters of a name's start are a place stem of the text (the longest, 2–4), 0 for none.
    static func placePrefixLength(of name: String, places: Set<String>) -> Int {
        (2...4).reversed().first { n in name.count > n + 1 && places.contains(String(name.prefix(n))) } ?? 0
    }

    /// Memorial halls, museums, clinics, courts and colleges: places and institutions, not programs.
    static let institutionEnds = ["纪念馆", "博物馆", "陈列馆", "展览馆", "卫生院", "医院", "法院", "检察院", "派出所", "敬老院", "幼儿园",
                                  "技师学院", "职业学院", "职业技术学院", "师范学院", "大学"]

    /// A team or venue named by a kind the lists lack needs a place in its name, or a proper word and
    /// something more before the kind (`潮城人才会客厅`); `乡贤联络站` and `护江巡查队` only describe.
    static func isUnitName(_ name: String, words: [String], places: Set<String>) -> Bool {
        // Memorial halls, museums, clinics and courts are places and institutions, not programs.
        guard !institutionEnds.contains(where: { name.hasSuffix($0) }),
              !joinsTwo(name), !words.contains(where: { $0 == "了" || actionVerbs.contains($0) }) else { return false }
        return isNamedAfterPlace(name, words: words, places: places) || (name.count >= 6 && isProper(words)) || isTeamNamedAfterFeature(name)
    }

    /// A Party members' or volunteers' team named after a hill, lake or river no gazetteer holds
    /// (`天平山党员应急救援队`).
    static func isTeamNamedAfterFeature(_ name: String) -> Bool {
        let c = Array(name)
        guard c.count >= 8, let last = c.last, "队团".contains(last), ["党员", "先锋", "志愿"].contains(where: name.contains) else { return false }
        return (2...3).contains { n in "山湖江河溪湾岛岭峡港".contains(c[n]) && c[..<n].allSatisfy(\.isHanCharacter) && name.dropFirst(n + 1).hasPrefix("党员") }
    }

    /// Where the first team, room or venue word ends a run of words (`讲坛`, `研习社`, `攻关队`, `司机之家`):
    /// a noun ending in a unit character, or a unit character alone, after at least one word.
    static func unitHead(_ words: [String]) -> Int? {
        for (k, word) in words.enumerated() where k >= 1 {
            if word.count > 1, !teamVerbs.contains(word), Lexicon.partOfSpeech(word).map({ $0.hasPrefix("v") || ["d", "p", "c", "r", "u", "uj", "ul"].contains($0) }).orFalse,
               k + 1 < words.count, words[k + 1].count > 1, !isUnitWord(words[k + 1]) { return nil }
            if word.hasSuffix("之家") || (word == "家" && words[k - 1].hasSuffix("之")) || isUnitWord(word) { return k }
        }
        return nil
    }

    /// Verbs that say what a team does and stand inside its name (`…故事会宣讲志愿队`, `…海上救援队`).
    static let teamVerbs: Set<String> = ["服务", "志愿", "宣讲", "救援", "巡护", "巡逻", "巡查", "调解", "帮扶", "护河", "护林", "巡河", "助老", "应急", "救护",
                                         "护边", "守边", "抗旱", "防汛", "抢险", "护路", "防火", "巡防", "禁毒", "助残", "助学", "帮办", "代办"]

    static let openingVerbs: Set<String> = ["走进", "来到", "依托", "在", "由"]
    /// Words after a venue's name that introduce it as the place it is (`…基地位于`, `…学院是`).
    static let introductions = ["依托", "位于", "设在", "建在", "开在", "落户", "坐落", "是", "成立", "由", "占地", "面积", "自", "常年", "常态化", "长期", "先后", "每年",
                                "今年以来", "累计", "围绕", "聚焦"]
    /// Right after a clause-opening team or venue, also what it has or does (`…服务队的队员们`, `…每月`).
    /// (And its head, who speaks for it: `…救援队队长符永明说`.)
    static let introWords = introductions + ["的", "每", "定期", "正在", "承担", "里", "内", "队长", "团长", "站长", "社长", "会长", "负责人"]

    static func openingUnitName(_ clause: [Character], places: Set<String>) -> String? {
        // A clause opening with an adverb (`已深入村社`) is a predicate, whatever the segmenter makes of it.
        if let first = clause.first, "已也都还又将再仍均曾并就才".contains(first) { return nil }
        // `这是重渡沟景区党员平安服务队`: what the text points at is named.
        var clause = clause
        if clause.starts(with: Array("这就是")) { clause.removeFirst(3) } else if clause.starts(with: Array("这是")) { clause.removeFirst(2) }
        var words = Lexicon.segment(String(clause.prefix(18)))
        while let w = words.first, openingVerbs.contains(w) { words.removeFirst() }
        guard let k = unitHead(words) else { return nil }
        let name = words[...k].joined()
        let modifier = Array(words[..<k])
        // A verb may join a unit character (宣讲|队, 服务|队) but not stand in the name before it.
        let joined = words[k].count == 1 ? modifier.count - 1 : modifier.count
        // The place the name starts with may read as other words (三仓 → 三|仓): the test starts after it.
        let placeLength = placePrefixLength(of: name, places: places)
        var offset = 0
        for (i, w) in modifier.enumerated() {
            let start = offset
            offset += w.count
            guard start >= placeLength else { continue }
            let tag = Lexicon.partOfSpeech(w) ?? ""
            if w != "之", ["p", "r", "u", "ul", "uz", "ug", "uj", "d", "m", "c"].contains(tag) { return nil }
            if i < joined, w.count > 1 || "是有在为把将被让使给".contains(w), tag.hasPrefix("v"), !teamVerbs.contains(w) { return nil }
        }
        guard (5...12).contains(name.count), name.allSatisfy(\.isHanCharacter),
              isUnitName(name, words: modifier, places: places) else { return nil }
        let after = words[(k + 1)...].joined()
        // A team named after a village, town or street (`界首镇党员护堤突击队日夜驻守…`) is a name wherever
        // it opens a clause (a venue there is often only described: `江南镇古村落祠堂`); other openings need
        // a word that introduces them.
        guard after.isEmpty || introWords.contains(where: { after.hasPrefix($0) })
                || (name.count >= 7 && words[k].count > 1 && "队团".contains(name.last ?? " ")
                    && startsWithAdministrativePlace(name, places: places)) else { return nil }
        return name
    }

    /// A name that opens with a place stem of the text and its administrative word (`界首镇…`, `北下朱村…`).
    static func startsWithAdministrativePlace(_ name: String, places: Set<String>) -> Bool {
        let c = Array(name)
        return (2...4).contains { n in
            c.count > n + 2 && places.contains(String(c[..<n]))
                && ("村镇乡".contains(c[n]) || ["街道", "社区", "园区"].contains(String(c[n..<(n + 2)])))
        }
    }

    /// Administrative units the text names in full (平江县, 港口镇, 向阳街道), and the article's own place by
    /// its short name (海安): a body named after one of them is a local body, not a common noun.
    static func administrativeNames(mentioned: some Sequence<String>, gazetteer: Gazetteer, region: Gazetteer.Unit?) -> Set<String> {
        var names = Set(mentioned.filter { n in
            n.count >= 3 && ["县", "市", "区", "镇", "乡", "街道", "旗"].contains(where: { n.hasSuffix($0) })
        })
        if let region {
            names.insert(region.name)
            if region.short.count >= 2 { names.insert(region.short) }
            // (and its towns by their stems: 坎门 of 坎门街道 in `坎门海员家属互助会`)
            names.formUnion(gazetteer.townStems(within: region))
        }
        return names
    }

    /// Where a name starts with a unit the text names (`平江县…`), or with a place stem and its administrative
    /// word (`三都镇…`, `向阳街道…`): how many characters that prefix has, 0 for none.
    static func administrativePrefixLength(_ s: ArraySlice<Character>, admin: Set<String>, places: Set<String>) -> Int {
        let known = (2...6).reversed().first { n in n < s.count && admin.contains(String(s.prefix(n))) } ?? 0
        let stem = (2...4).reversed().compactMap { n -> Int? in
            guard n < s.count, places.contains(String(s.prefix(n))) else { return nil }
            let rest = s.dropFirst(n)
            return ["街道", "社区", "县", "区", "镇", "乡", "村", "苏木", "嘎查", "旗"].first { rest.starts(with: $0) }.map { n + $0.count }
        }.first ?? 0
        return max(known, stem)
    }

    /// Kinds that end a local body's name (`…孵化园`, `…研修班`, `…联合体`, `…互助会`, `…实训中心`, `…之家`, `…团队`).
    static let placedKindEnds = unitEnds.union("园班体会")
    static let placedKindWords = ["中心", "之家", "基地", "联合党委", "联合党总支", "行业党委", "综合党委", "产业链党委", "小组",
                                  "公司", "议事坪", "议事亭", "联盟", "营地"]
    /// What such a name may not be: an institution, an office or a work meeting.
    static let placedNonKinds = institutionEnds + commonBodyWords + ["养老院", "学校", "中学", "小学", "党校", "技校",
                                 "图书馆", "文化馆", "体育馆", "科技馆", "公园", "工业园", "产业园", "科技园", "研究院", "设计院", "服务中心党委",
                                 "委员会", "居委会", "村委会", "会议", "推进会", "部署会", "现场会", "观摩会", "座谈会", "培训会", "动员会",
                                 "总结会", "例会", "协会", "商会", "集团"]

    /// Last characters of venues a text walks into (`…孵化园里`, `…展馆内`).
    static let walkInKinds = Set("园馆站室厅坊")

    /// A word that can close a local body's name: a character, a noun, or 合作社 (jieba tags it as a set phrase).
    static func isPlacedKindNoun(_ w: String) -> Bool {
        w.count == 1 || w == "合作社" || isNounOrUnknown(w)
    }

    /// Words (or text) ending in a local body's kind: `…研修班`, `…实训中心`, `…联合党委`.
    static func endsInPlacedKind(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return placedKindEnds.contains(last) || placedKindWords.contains(where: { text.hasSuffix($0) })
    }

    /// A local body named in full after a verb that sets it up or works through it, filling the clause
    /// (`成立平江县驻深圳流动党员之家，`, `依托永新县红色物业实训中心，`), or opening a clause before what it does
    /// (`三都镇卫生院红马甲家庭医生团队常年…`).
    static func placedNames(in s: [Character], admin: Set<String>, places: Set<String>) -> [String] {
        guard !admin.isEmpty || !places.isEmpty else { return [] }
        var names: [String] = []
        func accept(_ name: ArraySlice<Character>, prefix: Int) -> String? {
            let text = String(name)
            guard (7...18).contains(name.count), name.count - prefix >= 4, name.allSatisfy(\.isHanCharacter),
                  !name.contains(where: { "的和与及或等在是把将被了".contains($0) }),
                  endsInPlacedKind(text),
                  !placedNonKinds.contains(where: { text.hasSuffix($0) }) else { return nil }
            // `平江县委党校`, `平江县人民政府…`: offices of the unit, not bodies it set up.
            let after = name.dropFirst(prefix)
            if ["委", "人民", "政府", "党委", "党工委", "纪委", "组织部", "人大", "政协"].contains(where: { after.starts(with: $0) }) { return nil }
            // The last word must be a noun (or unknown): `…组织开展` is a clause.
            let words = Lexicon.segment(String(after))
            guard let w = words.last, isPlacedKindNoun(w) else { return nil }
            // A count (`菜园镇一处老渔校`) or a second launch verb (`…街道建成…学院`) makes a clause, not one name.
            // (A numeral joined to a unit word is part of the name: `秩堂镇九村联营合作社`.)
            // (Nor is an ordinal a count: `鲖城镇第一书记联盟`.)
            // (A scan, not a Regex: this runs for every candidate and Swift's Regex is slow.)
            let a = Array(after)
            var k = 0
            while k < a.count {
                guard countWords.contains(a[k]) else { k += 1; continue }
                let ordinal = k > 0 && a[k - 1] == "第"
                var e = k
                while e < a.count, countWords.contains(a[e]) { e += 1 }
                if !ordinal, e == a.count || !"村镇乡企社组户".contains(a[e]) { return nil }
                k = e
            }
            if words.contains(where: { actionVerbs.contains($0) || unquotedVerbs.contains($0) || launchVerbs.contains($0) }) { return nil }
            return text
        }
        // After a verb, the whole rest of the clause.
        for verb in unquotedVerbs + ["搭建", "在", "走进", "来到"] {
            for at in positions(of: Array(verb), in: s[...]) {
                var start = at + verb.count
                if start < s.count, s[start] == "了" || (s[start] == "起" && verb.last != "起") { start += 1 }  // 组建起
                var prefix = administrativePrefixLength(s[start...], admin: admin, places: places)
                // After a verb that sets something up, a place the text uses that is no administrative unit (a river,
                // a valley: `建起漆水河畔直播共富基地`, `依托右江河谷红色研学营地`).
                // (The place must be followed by its feature: a river, lake, hill or bay.)
                if prefix == 0, !["在", "走进", "来到"].contains(verb) {
                    prefix = (2...4).reversed().first { n in
                        start + n + 1 < s.count && places.contains(String(s[start..<(start + n)])) && "湖江山河溪湾岛岭".contains(s[start + n])
                    }.map { $0 + 1 } ?? 0
                }
                guard prefix > 0 else { continue }
                var end = start
                while end < s.count, !clauseMarks.contains(s[end]) { end += 1 }
                // `在根河市林区党员干部实训基地开设…课程`: the name ends at the kind word before the next verb.
                var length = prefix
                var kindEnd: Int?
                for w in Lexicon.segment(String(s[(start + prefix)..<end])) {
                    let tag = Lexicon.partOfSpeech(w) ?? ""
                    if kindEnd != nil, w.count > 1, tag == "v" || tag == "p" || tag == "d" { break }
                    length += w.count
                    if endsInPlacedKind(w), isPlacedKindNoun(w) {
                        kindEnd = start + length
                    }
                }
                if let k = kindEnd, k < end, s[k...].prefix(2).allSatisfy(\.isHanCharacter),
                   Lexicon.segment(String(s[k..<end])).first.map({ w in w.count > 1 && ["v", "p", "d"].contains(Lexicon.partOfSpeech(w) ?? "") }) == true {
                    end = k
                }
                // (`在…讲习所，`, `在…讲习所里`: the place words close the name.)
                var span = s[start..<end]
                if verb == "在" || verb == "走进" || verb == "来到", let l = span.last, "里内".contains(l) { span = span.dropLast() }
                // (After 依托 a park, hall or complex is a resource the text uses: `依托河田镇水土保持科教园`.)
                if verb == "依托", let l = span.last, "园馆体".contains(l) { continue }
                if let name = accept(span, prefix: prefix) { names.append(name) }
            }
        }
        // Opening a clause, followed by what it does.
        var start = 0
        for k in 0...s.count where k == s.count || clauseMarks.contains(s[k]) {
            defer { start = k + 1 }
            guard start < k else { continue }
            let clause = s[start..<k]
            let prefix = administrativePrefixLength(clause, admin: admin, places: places)
            guard prefix > 0 else { continue }
            let words = Lexicon.segment(String(clause.dropFirst(prefix)))
            var length = prefix
            for (i, w) in words.enumerated() {
                length += w.count
                let soFar = String(clause.prefix(length))
                // (The lexicon may join the locative to the kind: 孵化|园里.)
                if i >= 1, w.count == 2, let loc = w.last, "里内".contains(loc), let kind = w.first, walkInKinds.contains(kind), length - 1 >= 7,
                   endsInPlacedKind(String(soFar.dropLast())) {
                    if let name = accept(clause.prefix(length - 1), prefix: prefix) { names.append(name) }
                    break
                }
                guard i >= 1, i + 1 < words.count, let l = w.last, w.count == 1 || isNounOrUnknown(w), endsInPlacedKind(soFar) else { continue }
                // What follows is a predicate: an adverb, a time word, a demonstrative or a preposition (`常年`, `这几年`,
                // `由`); after a team of seven characters or more, any verb (`来榜镇红军后代宣讲团走村入户…`).
                let next = words[i + 1]
                let tag = Lexicon.partOfSpeech(next) ?? ""
                // (So after a hall or room of as many: `淡村镇红色记忆馆收集…`.)
                let team = "队团馆室厅".contains(l) && length >= 7 && tag.hasPrefix("v")
                // (And a venue the text walks into: `丙妹镇电商党员创业孵化园里一派忙碌`.)
                let inside = ["里", "内"].contains(next) && walkInKinds.contains(l) && length >= 7
                if ["d", "t", "r", "p"].contains(tag) || team || inside || ["常年", "每月", "每年", "每周", "已经", "已", "先后", "累计", "共"].contains(next) {
                    if let name = accept(clause.prefix(length), prefix: prefix) { names.append(name) }
                    break
                }
            }
        }
        return names
    }

    static func unquotedNames(in s: [Character], places: Set<String> = []) -> [String] {
        var names: [String] = []
        // After a launch verb: `持续推进基层党建示范点培育工程`; after `的`/`、` only the last item.
        for verb in unquotedVerbs {
            let v = Array(verb)
            for at in positions(of: v, in: s[...]) {
                // `“五聚焦五落实”深化提升行动`: the verb belongs to a longer quoted name.
                if at > 0, s[at - 1] == "”" { continue }
                var end = at + v.count
                // `每季度举办一期贡江书记论坛`: a count of sessions is no part of the name.
                var k = end
                while k < s.count, countWords.contains(s[k]) { k += 1 }
                if k > end, k < s.count, "期场届次批个所家".contains(s[k]) { end = k + 1 }
                if end < s.count, s[end] == "了" || (s[end] == "起" && verb.last != "起") { end += 1 }  // `成立了梅江片区物业党建联盟`, 组建起
                var restEnd = end
                while restEnd < s.count, !clauseMarks.contains(s[restEnd]) || s[restEnd] == "、", s[restEnd] != "是", s[restEnd] != "□" { restEnd += 1 }
                let rest = s[end..<restEnd]
                var head: (start: Int, count: Int)?
                for h in unquotedHeads {
                    if let p = positions(of: Array(h), in: rest).first, head.map({ p < $0.start }) ?? true { head = (p, h.count) }
                }
                // A kind the list lacks (`开设钱塘潮头书记讲坛`, `建立鲈乡书记研习社`): only for names that carry a place.
                var byUnit = false
                if head == nil {
                    let words = Lexicon.segment(String(rest.prefix(16)))
                    if let k = unitHead(words) {
                        let before = words[..<k].joined().count
                        head = (end + before, words[k].count)
                        byUnit = true
                    }
                }
                guard var found = head else { continue }
                // `开设东林书院清风讲堂`: a venue named after another place ends at the second kind word.
                let afterHead = found.start + found.count
                if !byUnit, let next = unquotedHeads.compactMap({ h -> (Int, Int)? in
                    positions(of: Array(h), in: s[afterHead..<restEnd]).first.map { ($0, h.count) }
                }).min(by: { $0.0 < $1.0 }), next.0 - afterHead <= 4, s[afterHead..<next.0].allSatisfy(\.isHanCharacter),
                   !s[afterHead..<next.0].contains(where: { "的和与及".contains($0) }) {
                    found = (next.0, next.1)
                }
                // `…三年行动计划`: the plan, not the campaign inside its name.
                if found.start + found.count + 1 < restEnd, s[found.start + found.count] == "计", s[found.start + found.count + 1] == "划" { found.count += 2 }
                // `队伍建设作为基础工程`: the verb was a noun, and a verb or preposition opens what follows.
                // (A place the text names may read as a verb: 胜利 in `建了胜利镇老区红色夜校`.)
                if let first = Lexicon.segment(String(rest.prefix(4))).first,
                   Lexicon.partOfSpeech(first).map({ ["v", "p", "c", "d"].contains($0) }).orFalse, first.count > 1,
                   !startsWithAdministrativePlace(String(rest), places: places) { continue }
                var name = String(s[end..<(found.start + found.count)])
                if let cut = name.lastIndex(where: { "的、".contains($0) }) { name = String(name[name.index(after: cut)...]) }
                // `系统工程`, `三年行动`: one ordinary word before the head is a description, not a name.
                let modifier = Lexicon.segment(String(name.dropLast(found.count)))
                if modifier.count == 1, Lexicon.partOfSpeech(modifier[0]) != nil { continue }
                // A venue or team after a verb is named only by a proper part the lexicon does not know
                // (`设立舜耕书记学堂`), not by common words (`组建党员志愿服务队`).
                let kind = String(s[(found.start)..<(found.start + found.count)])
                if !programmeKinds.contains(kind), !isProper(modifier), !isNamedAfterPlace(name, words: modifier, places: places) { continue }
                // `县委党校成立楠溪江村书记学院`: a second verb starts the venue's name proper.
                if !programmeKinds.contains(kind),
                   modifier.contains(where: { unquotedVerbs.contains($0) || launchVerbs.contains($0) }) { continue }
                if byUnit, !isUnitName(name, words: modifier, places: places) { continue }
                // After 依托 only a school or venue the lists name (`依托东太湖人才创新学院`): a hall or a complex
                // there is an existing resource (`依托侨批文化展馆`, `依托朱家林田园综合体`).
                if verb == "依托", byUnit || programmeKinds.contains(kind) { continue }
                // `曹山、北山两大党员创业示范走廊`, `乡村旅游等7个产业链党建联盟`: a count, not a name.
                if name.contains("等") || name.contains(/[一两二三四五六七八九十0-9]+[大个项类支家条]/) { continue }
                // `开展资源开发、物业经营和工程服务`: two things joined, not one name.
                if joinsTwo(name) { continue }
                // (Latin letters belong to brand names: `沂南e党建智慧平台`.)
                if institutionEnds.contains(where: { name.hasSuffix($0) }) { continue }
                if (4...14).contains(name.count), name.allSatisfy({ $0.isHanCharacter || $0.isNumber || ($0.isASCII && $0.isLetter) }) { names.append(name) }
            }
        }
        // A noun phrase before a programme word, bounded by a verb: `感受到党建惠企专项行动带来的…`.
        // Only campaigns: before 工程/计划 a bare noun phrase is as often a building project (`南水北调东线工程`).
        var campaignStarts = Set<Int>()
        for head in ["专项行动", "行动"] {
            for at in positions(of: Array(head), in: s[...]) where !campaignStarts.contains(at) {
                campaignStarts.insert(at + head.count - 2)  // 专项行动 contains 行动: one name per campaign
                if at == 0 || "”’".contains(s[at - 1]) { continue }
                var open = at
                while open > 0, !clauseMarks.contains(s[open - 1]), s[open - 1] != "的", s[open - 1] != "□" { open -= 1 }
                // Words right after a closing quote are the quoted name's suffix (`“五堂一站”微民生工程`).
                if open > 0, "”’".contains(s[open - 1]) { continue }
                var words = Lexicon.segment(String(s[open..<at]))
                if let cut = words.lastIndex(where: { w in
                    actionVerbs.contains(w) || unquotedVerbs.contains(w)
                        || (w.count > 1 && Lexicon.partOfSpeech(w).map { ["v", "vd", "p", "d", "c", "r"].contains($0) }.orFalse)
                        || (w.count == 1 && "为把对向给在被由".contains(w))  // `由党员干部为行动不便的老人…`
                }) { words = Array(words[(cut + 1)...]) }
                // `作风聚能四大行动`: a count of campaigns is no campaign's name.
                let counted = words.contains { w in w.count <= 2 && w.first.map(numerals.contains) == true }
                if counted { continue }
                while let w = words.first, w.count == 1 || Lexicon.partOfSpeech(w).map({ ["m", "q", "r", "p", "d", "c", "u", "uj", "t"].contains($0) }).orFalse,
                      Lexicon.partOfSpeech(w).map({ !["n", "nz", "j", "b"].contains($0) }) ?? false {
                    words.removeFirst()
                }
                let modifier = words.joined()
                guard words.count >= 2, (3...10).contains(modifier.count), modifier.allSatisfy(\.isHanCharacter),
                      words.contains(where: { Lexicon.partOfSpeech($0).map { ["n", "nz", "j", "vn", "nt", "ns"].contains($0) }.orFalse }) else { continue }
                names.append(modifier + head)
            }
        }
        // Clause-opening venues and, in lists, each item: `如意小食堂、文化小礼堂`.
        var start = 0
        for k in 0...s.count {
            guard k == s.count || clauseMarks.contains(s[k]) else { continue }
            var clause = Array(s[start..<k])
            let afterQuote = start > 0 && "“”".contains(s[start - 1])
            start = k + 1
            // Words right after a quoted name belong to it (`“心愿树”爱心工作站`).
            guard clause.count >= 4, !afterQuote else { continue }
            // `一所丁家窑乡林草技术夜校办了起来`: the count is no part of the name.
            if clause.count > 6, clause[0] == "一", "所间座支个家处".contains(clause[1]) { clause.removeFirst(2) }
            var matched = false
            for head in venueHeads {
                let h = Array(head)
                guard let at = positions(of: h, in: clause[...]).first else { continue }
                // `村口的红岩瑶寨议事长廊里`: after 的, a name that starts with a place the text names.
                var open = 0
                if let mark = clause[..<at].lastIndex(of: "的") {
                    let rest = String(clause[(mark + 1)..<at])
                    guard (2...4).contains(where: { n in rest.count > n && places.contains(String(rest.prefix(n))) }) else { continue }
                    open = mark + 1
                }
                let name = String(clause[open..<(at + h.count)])
                // `党群服务站点`: the head is the start of a longer word.
                // (But `基地位于`: 地位 is a word, and so is 位于, which is what the text says.)
                let next = at + h.count
                if next < clause.count, let last = h.last, Lexicon.partOfSpeech(String([last, clause[next]])) != nil,
                   !(next + 1 < clause.count && Lexicon.partOfSpeech(String([clause[next], clause[next + 1]])) != nil) { continue }
                // (The words a place name holds are its own: 将台堡 holds 将.)
                let placeLength = placePrefixLength(of: name, places: places)
                guard (4...14).contains(name.count), name.allSatisfy(\.isHanCharacter), !isFormula(name),
                      !name.dropFirst(placeLength).contains(where: { "的在是为把将对从向于".contains($0) }) else { continue }
                // `建成党员驿站` is an action, `这一工作法` a reference: neither is a name.
                let words = [String(name.prefix(placeLength))].filter { !$0.isEmpty } + Lexicon.segment(String(name.dropFirst(placeLength).dropLast(head.count)))
                // `走进工坊、祠堂和文化礼堂`: two places joined by a conjunction.
                // (Nor is `大家都习惯来长廊`: an adverb says the words are a clause.)
                // (Of the adverbs standing alone only 都 and 也: others are pieces of names the lexicon splits,
                // 湾底|共|富, 龙泉|山人|才.)
                if words.contains(where: { actionVerbs.contains($0) || ["p", "r", "ul", "uz", "ug", "uj"].contains(Lexicon.partOfSpeech($0) ?? "") || $0 == "了" }) || joinsTwo(name)
                    || words.contains(where: { ($0.count > 1 && Lexicon.partOfSpeech($0) == "d") || ($0.count == 1 && "都也".contains($0)) }) { continue }
                // `办老年食堂`, `医生定期到驿站`, `拓展骑手驿站服务功能`: a verb opening the words, or one standing alone
                // among them, makes them a clause — unless the words carry a place, whose characters the lexicon may
                // read as verbs (括|苍山, 颜|集).
                // (A character in a run of single characters is a piece of an unknown name: 金|坛|储|能.)
                if words.enumerated().contains(where: { k, w in
                    let alone = w.count == 1 && (k == 0 || words[k - 1].count > 1) && (k == words.count - 1 || words[k + 1].count > 1)
                    return Lexicon.partOfSpeech(w) == "v" && (alone || (k == 0 && w.count > 1))
                }),
                   !isNamedAfterPlace(name, words: words, places: places) { continue }
                // A common noun (`党性教育基地`) becomes a name only where the text introduces it as the place it
                // is: `括苍山红色研学基地位于…`, `乐商红翼学院是…`, `颜集花木红播空间就设在…`.
                if plainVenueHeads.contains(head) {
                    let after = String(clause[(at + h.count)...].prefix(6))
                    // (A verb inside a name that carries a place is part of it: `包坊村桔园党员示范基地`.)
                    guard name.count - head.count >= 4,
                          !words.contains(where: { $0.count > 1 && Lexicon.partOfSpeech($0) == "v" }) || isNamedAfterPlace(name, words: words, places: places),
                          introductions.contains(where: { after.contains($0) }) || (after.first == "有" && after.dropFirst().first?.isNumber == true)
                    else { continue }
                }
                names.append(name)
                matched = true
            }
            // A team or venue whose kind the list lacks, opening the clause and introduced as what it is:
            // `拉拉渡党员志愿服务队的队员们…`, `走进陆港司机之家，…`.
            if !matched, let name = openingUnitName(clause, places: places) { names.append(name) }
        }
        return names
    }

    static let timeWords = ["晚上", "白天", "早上", "上午", "下午", "中午", "夜里", "傍晚", "目前", "如今", "现在"]
    static let stationWords = ["光伏电站", "水电站", "发电站", "车站", "充电站", "网站"]

    /// Names that are no program whatever rule found them: a scope, a national standard, who leads, a list of
    /// duties or tiers, a verb read as a kind, a clause opened by a time, a power station, two places joined.
    static func namesNoProgram(_ name: String, in sentence: String) -> Bool {
        // `全市智慧党建平台`, `全县共建成安居驿站`: a scope and a clause, not one body's name.
        if name.count > 2, name.first == "全", "省市县区镇乡村".contains(Array(name)[1]) { return true }
        // `15分钟便民生活圈`, `一刻钟幸福生活圈`: the national standard of services within a walk, not a local program.
        // (A Party circle of the kind is a local program: `30分钟非公企业党建示范圈`, `十分钟党群服务圈`.)
        if name.hasSuffix("圈"), name.contains("分钟") || name.contains("一刻钟"), !name.contains("党") { return true }
        // `由社区党组织书记带队`: who leads, not a team.
        if name.hasSuffix("带队") || name.hasSuffix("领队") { return true }
        // `学、议、帮、带、守`: a list of single duties.
        if name.contains("、"), name.split(separator: "、").allSatisfy({ $0.count <= 2 }) { return true }
        // `对后备干部实行动态管理`: 实行 and 动态, not a 行动; `帮行动不便的老人`: 行动 as the verb.
        if name.hasSuffix("行动") {
            if let verb = name.dropLast(2).last, "实进执施推运履".contains(verb) { return true }
            if ["不便", "起来", "迟缓"].contains(where: { sentence.contains(name + $0) }) { return true }
        }
        // `晚上住进农家小院`: a time opens a clause, never a name; `投向光伏电站`: a power station.
        if timeWords.contains(where: { name.hasPrefix($0) }) || stationWords.contains(where: { name.hasSuffix($0) }) { return true }
        // `民宿和侨史展馆`: two things; `网店和直播间`: two short kinds.
        if joinsTwoKinds(name) { return true }
        // (和 must stand alone between two common nouns: not `鸥鹭和声`, `乌蒙家和调解室`.)
        if let j = name.firstIndex(where: { "和与及".contains($0) }), (2...3).contains(name.distance(from: name.startIndex, to: j)),
           (2...4).contains(name.distance(from: name.index(after: j), to: name.endIndex)), !name.contains("“"),
           case let words = Lexicon.segment(name), let k = words.firstIndex(where: { $0.count == 1 && "和与及".contains($0) }), k >= 1,
           Lexicon.partOfSpeech(words[k - 1]) == "n" { return true }
        // `目前已评出五星级服务站`, `村党组织书记兼任颐养之家（理事长）`, `学校建设村级公共服务礼堂`: a clause — an adverb,
        // a role taken, or a building verb between a place or body and a venue — not a name.
        if name.contains("已") { return true }
        if ["兼任", "担任", "出任"].contains(where: name.contains) { return true }
        if let v = ["建设", "建成", "利用"].lazy.compactMap({ name.range(of: $0) }).first, v.lowerBound != name.startIndex,
           name.distance(from: v.upperBound, to: name.endIndex) >= 2,
           ["礼堂", "食堂", "驿站", "之家", "中心", "书屋", "讲堂", "学堂"].contains(where: name.hasSuffix) { return true }
        // `广饶县党建引领社区食堂（建设见闻）`: 党建引领 is what the writer says is done, not part of a venue's name.
        if name.contains("党建引领"), !name.hasPrefix("党建引领"), ["食堂", "驿站", "之家", "中心", "礼堂"].contains(where: name.hasSuffix) { return true }
        // `临高县以新时代文明实践站（为依托）`: a place, then a preposition: a clause, not a name.
        if let m = name.firstMatch(of: /^[\p{Han}]{1,6}?(?:省|市|县|区|旗|镇|乡|街道)(?:以|把|将|对|让|被)/),
           m.range.upperBound < name.endIndex { return true }
        // `渔港党委—渔业村党支部—渔船党小组`: the tiers of an organisation.
        return name.filter({ $0 == "—" }).count >= 2 && (!name.contains("——") || name.components(separatedBy: "——").count > 2)
    }

    /// `region`: the place the article is about; the names of its towns are places too (武原 of 武原街道 in
    /// `武原名医党员工作室`, 将台堡 of 将台堡镇), whether or not the text writes them with their suffix.
    /// `mentioned`: the gazetteer names the text mentions, when the caller has them (RegionFinder does); found
    /// here otherwise.
    public static func find(in blocks: [Block], gazetteer: Gazetteer = .builtIn, region: Gazetteer.Unit? = nil,
                            mentioned: Set<String>? = nil) -> [Program] {
        var order: [String] = []
        var sentences: [String: [String]] = [:]
        func note(_ name: String, _ sentence: String) {
            guard !generic.contains(name), !generic.contains(where: { $0.count >= 4 && name.hasPrefix($0) && name.count - $0.count <= 2 }),
                  name.count >= 2 else { return }
            if namesNoProgram(name, in: sentence) { return }
            if sentences[name] == nil { order.append(name) }
            if sentences[name, default: []].last != sentence { sentences[name, default: []].append(sentence) }
        }
        let split = blocks.map { Sentences.split($0.zh) }
        var places = placeStems(in: blocks, gazetteer: gazetteer)
        if let region { places.formUnion(gazetteer.townStems(within: region)) }
        let mentioned = mentioned ?? Set(RegionFinder.mentions(in: blocks.map(\.zh), gazetteer: gazetteer).keys)
        // Cities and counties the text names are places in names too (烟台 in 烟台山网格学院).
        places.formUnion(mentioned.filter { n in gazetteer.units(named: n).contains { $0.level != .town && $0.level != .province } })
        let admin = administrativeNames(mentioned: mentioned, gazetteer: gazetteer, region: region)
        for group in split {
            for sentence in group {
                for name in candidates(in: sentence, places: places, admin: admin) { note(name, sentence) }
            }
            // Parallel instruments in one paragraph: `以“红邻议事”拓宽协商渠道；以“红邻帮办”提升服务效能；…`.
            let instruments = group.flatMap { sentence in instrumentNames(in: Array(sentence)).map { ($0.name, $0.verb, sentence) } }
            if Set(instruments.filter(\.1).map(\.0)).count >= 2 { for (name, _, sentence) in instruments { note(name, sentence) } }
        }
        // `“源头先锋”` and `“源头先锋”工程` are one program: the short name joins the one with its kind.
        for name in order {
            guard let full = order.first(where: { $0 != name && $0.hasPrefix(name) && heads.contains(String($0.dropFirst(name.count))) }) else { continue }
            for s in sentences[name] ?? [] where !(sentences[full]?.contains(s) ?? false) { sentences[full, default: []].append(s) }
            sentences[name] = nil
        }
        order.removeAll { sentences[$0] == nil }
        // Sentences that name a program without quotes describe it too.
        for group in split {
            for sentence in group {
                for name in order where sentence.containsExactly(name) && !(sentences[name]?.contains(sentence) ?? false) {
                    sentences[name, default: []].append(sentence)
                }
            }
        }
        // The most described programs first: they are what the article is about.
        let ranked = order.enumerated().sorted { a, b in
            let ca = sentences[a.element]?.count ?? 0, cb = sentences[b.element]?.count ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        return ranked.map { Program(zh: $0, sentences: sentences[$0] ?? []) }
    }
}

extension ArraySlice where Element == Character {
    /// Character-wise suffix test (String.hasSuffix compares canonically, which is slow on Linux).
    func ends(with word: String) -> Bool {
        let w = Array(word)
        return w.count <= count && self[(endIndex - w.count)...].elementsEqual(w)
    }
}

extension Optional where Wrapped == Bool {
    /// A lexicon lookup's answer, with "not in the lexicon" read as no.
    var orFalse: Bool { self ?? false }
}
