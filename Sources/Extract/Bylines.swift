import Foundation
import SiteModel
import Normalize

/// Authors, roles, positions and outlets from byline and credit lines. See EXTRACTORS.md.
public enum Bylines {
    /// Roles, longest first so that 首席记者 wins over 记者.
    /// Labels of a research group's writers (`课题组成员：…`), recorded as 作者.
    static let groupWriterLabels = ["课题组组长", "课题组成员", "课题组长", "执笔人", "执笔"]
    static let roles = groupWriterLabels + ["本报见习记者", "本报通讯员", "特约通讯员", "首席记者", "特约记者", "见习记者", "本报记者", "本刊记者", "本台记者", "本网记者", "全媒体记者", "融媒体记者", "责任编辑", "本期编辑", "本版责编", "本版编辑", "融媒记者", "通讯员", "实习生", "记者", "编辑",
                        "作者", "摄影", "撰稿", "撰文", "主编", "审核", "审校", "责任校对", "校对", "责编", "制图", "文字", "图片",
                        "一审", "二审", "三审", "初审", "复审", "终审", "监制", "美编", "摄像"]
    /// Credits of the page's production, not of the article.
    static let nonAuthorRoles: Set<String> = ["校对", "美编"]
    /// The role recorded for a credit label.
    static func canonicalRole(_ label: String) -> String {
        switch label {
        case "本报记者", "本刊记者", "本台记者", "本网记者", "融媒记者", "全媒体记者", "融媒体记者", "本报见习记者": "记者"
        case "本报通讯员", "特约通讯员": "通讯员"
        case "特约记者", "见习记者": "记者"
        case "本期编辑", "本版责编", "本版编辑", "责任编辑", "责编", "审核", "审校", "主编", "一审", "二审", "三审", "初审", "复审", "终审", "监制": "编辑"
        case "责任校对", "校对": "校对"
        case "摄像": "摄影"
        case "撰文", "撰稿", "文字": "作者"
        case _ where groupWriterLabels.contains(label): "作者"
        case "图片": "摄影"
        default: label
        }
    }
    static let outletLabels = ["内容来源", "来源", "文章来源", "本文来源", "稿件来源", "信息来源", "文字来源", "新闻来源", "消息来源", "稿源", "供稿", "转自", "转载自"]
    /// Longest first: 信息来源 is found before the 来源 inside it.
    static let outletLabelsLongestFirst = outletLabels.sorted { $0.count > $1.count }
    /// Common family names: a bare two-to-four character line is a name only when it starts with one.
    static let surnames: Set<Character> = Set("檀赖洪傅凤揭蔺练利鄢卿阎郁楼乐王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤封常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝冀郗仝庹荀钮濮蔚阚茅戈宦扈匡伏占帅")

    public struct Found: Sendable {
        public var authors: [Author] = []
        public var outlet: Outlet?
        /// Lines that were entirely bylines or credits (not body).
        public var consumedLines: Set<Int> = []
        /// Lines whose trailing credit was cut off, with the remaining text.
        public var trimmedLines: [Int: String] = [:]
    }

    nonisolated(unsafe) static let nameRun = /^[\p{Han}]{2,4}/
    /// (`共产党人　2024年第8期（4月下）`: a half-month note after the issue.)
    /// (An edition's note may stand between the name and the issue: `《新长征》（党建版）2024年第4期`.)
    nonisolated(unsafe) static let periodicalIssue = /^《?([\p{Han}--[《》]]{2,16}?)》?\s*(?:[（(][\p{Han}]{1,6}[）)]\s*)?(\d{4}\s*年\s*(?:第\s*)?\d{1,2}\s*期)(?:\s*[（(][^（）()]{1,6}[）)])?$/
    /// A WeChat article's byline: 原创 孙晓雯 东海发布 2023-04-18 07:30.
    nonisolated(unsafe) static let wechatByline = /^原创\s+([\p{Han}]{2,4})\s+(\S{2,20}?)\s+\d{4}[-年.\/]/
    /// A WeChat account's line under the title: 浦江组工 2023年11月08日 20:15 浙江 (the last word is where
    /// the post was sent from).
    nonisolated(unsafe) static let accountLine = /^([\p{Han}A-Za-z0-9]{2,16})(?:\s+|\s*[|｜丨]\s*)\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|\.\d{1,2}\.\d{1,2})(?:\s*\d{1,2}:\d{2})?(?:\s+(?:发表于)?[\p{Han}]{2,3})?$/
    /// A source note in brackets: （来源：《潍坊日报》2024年3月12日 A3版）.
    nonisolated(unsafe) static let bracketedSource = /[（(]((?:来源|信息来源|稿件来源)[:：]\s*)《?([^《》（）()\s]{2,20})》?\s*([^（）()]*)[）)]/
    nonisolated(unsafe) static let affiliation = /^[（(]?作者单位[:：]/
    /// The author's position in a closing note: （作者系宿迁市委常委、组织部部长）.
    nonisolated(unsafe) static let authorIs = /^[（(]作者(?:系|为|是)([^（）()]{4,40})[）)]$/
    /// The same note naming the author: （钟文海系长汀县委常委、组织部部长）.
    nonisolated(unsafe) static let namedAuthorIs = /^[（(]([\p{Han}]{2,4})系([^（）()]{4,40})[）)]$/
    /// A closing note naming and placing the writer: （作者：顾振宇，系中共张家港市委常委、组织部部长）.
    nonisolated(unsafe) static let authorNote = /^[（(]作者[:：]\s*([\p{Han}]{2,4})[，,]\s*系([^（）()]{4,40})[）)]$/
    /// A reprint note: 原载《苏州日报》2024年2月26日 第A06版.
    /// A credit with the position in brackets after the name: `作者：叶振邦（中共宁海县委常委、组织部部长）`.
    nonisolated(unsafe) static let creditWithPosition = /^([\p{Han}]{1,6})\s*[:：\s\/／|｜丨]\s*([\p{Han}]{2,4})\s*[（(]([^（）()]{4,40})[）)]$/
    /// `（本文作者姚景行系湖州市南浔区委组织部常务副部长）`.
    nonisolated(unsafe) static let writerIs = /^[（(](?:本文)?作者([\p{Han}]{2,4})系([^（）()]{4,40})[）)]$/
    nonisolated(unsafe) static let reprintNote = /^[（(]?(?:本文)?(?:原载于?|转载自|转自|刊于|刊发于|摘自|选自|摘编自|节选自)[^《》]{0,16}《([^《》]{2,20})》/
    nonisolated(unsafe) static let editionLine = /《?([\p{Han}]{2,12}(?:日报|晚报|早报|商报|时报|报|周刊|杂志))》?\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*[A-Z]?\d+\s*版)?\s*[）)]?\s*/
    nonisolated(unsafe) static let newspaper = /《?([\p{Han}]{2,12}(?:日报|晚报|早报|商报|时报|周刊|杂志))》?/
    /// (A news site's dateline may join two names and the day: `华龙网-新重庆客户端7月9日讯（记者 蒋雨桐）`.)
    nonisolated(unsafe) static let leadingCredit = /\s*([\p{Han}]{0,12}讯|[\p{Han}]{2,10}[-－][\p{Han}]{2,10}(?:\d{1,2}月\d{1,2}日)?讯|[\p{Han}]{0,10}\d{1,2}月\d{1,2}日[电讯])?\s*[（(]([^（）()]{2,40})[）)]\s*/
    nonisolated(unsafe) static let issuingBody = /(?:中共)?[\p{Han}]{2,22}?(?:委员会|委[\p{Han}]{1,6}部|组织部|宣传部|人民政府|办公室|党工委|工委)/
    nonisolated(unsafe) static let bracketLabel = /【[^【】]{2,10}】/
    /// A brief's issue line: `第7期`, `（总第126期）`, `2024年第9期（总第126期）`.
    nonisolated(unsafe) static let issueLine = /[（(]?(?:\d{4}\s*年\s*)?(?:总)?第\s*\d+\s*期[）)]?(?:\s*[（(]总第\s*\d+\s*期[）)])?/
    /// The paper or station a reporter works for, right before the role (`扬州日报记者`, `井冈山报记者`, `厦门广电网记者`).
    nonisolated(unsafe) static let paperBeforeRole = /([\p{Han}]{2,10}?(?:日报|晚报|早报|报社|报|电视台|广播电视台|融媒体中心|新闻中心|广电网|新闻网|网))(?=首席记者|全媒体记者|融媒体记者|记者|通讯员)/
    nonisolated(unsafe) static let organisationCredit = /(?:图片|图|供图|摄影|视频|文字|供稿|制图)\s*[:：|｜丨\/]\s*[\p{Han}]{2,16}(?:部|委|局|办|办公室|中心|站|所|院|社|台|馆|会|组|队|网|报|公司|政府|街道|镇|乡|村|社区|支部|党委|总支)/
    /// (A media centre may be named in full: `（琼中黎族苗族自治县融媒体中心记者 王琳琳 符海涛　通讯员 琼组宣）`.)
    nonisolated(unsafe) static let trailingCredit = /[（(]([^（）()]{2,40})[）)]\s*$/

    public static func find(in lines: [String], gazetteer: Gazetteer) -> Found {
        var found = Found()
        var firstLine: [String: Int] = [:]
        var pendingPosition: String?
        var wechatWriter: String?
        // An account's name is the outlet until a labelled source names the body behind it
        // (`吴兴发布　2024年05月27日` … `来源：吴兴区融媒体中心`).
        var outletIsAccount = false
        var accountName: String?
        // Credit texts, for the paper their reporters work for.
        var creditTexts: [String] = []
        // The body a disclosure page names as its issuer (`发布机构：中共安吉县委组织部`): the outlet if no source is named.
        var issuer: String?
        var current = 0
        func add(_ name: String, role: String?, position: String? = nil) {
            if firstLine[name] == nil { firstLine[name] = current }
            let name = name.trimmingCharacters(in: .whitespaces)
            // Proofreaders and layout designers (`美编：张帆　校对：何洁`) are credited on the page but wrote and edited nothing.
            if let role, nonAuthorRoles.contains(role) { return }
            // (Not a place credited for photos: `图片：潞邑街道 宋庄镇`.)
            guard (2...4).contains(name.count) || (name.contains("·") && name.count <= 12),
                  name.allSatisfy({ $0.isHanCharacter || $0 == "·" }),
                  name.count <= 2 || !["街道", "镇", "乡", "村", "社区", "县", "区"].contains(where: name.hasSuffix) else { return }
            if let i = found.authors.firstIndex(where: { $0.name == name }) {
                // A second credit may say more than the first (`作者：农海燕` above `右江日报记者 农海燕`): the reporter's role.
                if found.authors[i].role == nil || (found.authors[i].role == "作者" && role.map { $0.hasSuffix("记者") } == true) { found.authors[i].role = role }
                if found.authors[i].position == nil { found.authors[i].position = position }
            } else {
                found.authors.append(Author(name: name, role: role, position: position))
            }
        }
        for (i, raw) in lines.enumerated() {
            current = i
            var line = raw.trimmingCharacters(in: .whitespaces)
            // Labels in lenticular brackets: `【作者】王小明 【来源】溧阳日报`.
            line.replace(/【(作者|来源|信息来源|编辑|责任编辑|记者|通讯员|摄影|撰稿|发布时间|时间|日期)】\s*/) { m in m.output.1 + "：" }
            // A whole labelled line in brackets: `【来源：巫山县融媒体中心】`.
            if line.hasPrefix("【"), let m = line.wholeMatch(of: /【((?:来源|信息来源|作者|编辑|责任编辑)[:：][^【】]{2,30})】/) { line = String(m.1) }
            // A WeChat byline whose date went to the next line (`原创 金小廊 魅力廊下` / `2024年09月12日 17:30 上海`): one byline.
            if line.hasPrefix("原创"), line.count <= 30, !line.contains(where: \.isNumber),
               let next = lines.indices.dropFirst(i + 1).first(where: { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }),
               case let after = lines[next].trimmingCharacters(in: .whitespaces), after.count <= 30,
               after.prefixMatch(of: DateFinder.numeric) ?? after.prefixMatch(of: DateFinder.chinese) != nil {
                line += " " + after
            }
            // The original title of a reprint (`原标题：…`) is metadata, not a heading.
            if i < 6, line.hasPrefix("原标题") || line.hasPrefix("原题"), line.dropFirst(line.hasPrefix("原标题") ? 3 : 2).first.map({ ":：".contains($0) }).orFalse {
                found.consumedLines.insert(i)
                continue
            }
            // A source note in brackets closing the text: （来源：《潍坊日报》2024年3月12日 A3版）.
            if let m = line.wholeMatch(of: bracketedSource) {
                line = String(m.1) + String(m.2) + " " + String(m.3)
            }
            // A column tag near the top (`【部长论坛】`): the periodical's, not a heading. Only when it is the one such
            // line before any paragraph: a series of them (`【重点工作】` … `【工作动态】`) are the text's sections.
            if i < 5, line.wholeMatch(of: bracketLabel) != nil,
               lines.filter({ $0.trimmingCharacters(in: .whitespaces).wholeMatch(of: bracketLabel) != nil }).count == 1,
               !lines[..<i].contains(where: { $0.count > 60 || ($0.count > 20 && $0.hasSuffix("。")) }) {
                found.consumedLines.insert(i)
                continue
            }
            // An e-paper's masthead (`安阳日报数字报`): the paper is the outlet; its page line (`第03版：县域经济`) is chrome.
            if i < 4, line.contains("报") || line.contains("版"), let m = line.wholeMatch(of: /([\p{Han}]{2,12}(?:日报|晚报|早报|报))(?:数字报|电子版|电子报|数字版)/) {
                if found.outlet == nil { found.outlet = Outlet(zh: String(m.1)) }
                found.consumedLines.insert(i)
                continue
            }
            // A paper's masthead alone at the top, above its date or page line (`阿勒泰日报` / `2024年07月02日　星期二` /
            // `第03版：基层党建`): the paper is the outlet.
            if i < 3, line.count <= 12, line.hasSuffix("报"), line.wholeMatch(of: /[\p{Han}]{2,10}(?:日报|晚报|早报|时报|商报|报)/) != nil,
               lines[(i + 1)...].prefix(3).contains(where: { next in
                   next.wholeMatch(of: /\s*第\s*[A-Z]?\d{1,3}\s*版.*/) != nil || (next.count <= 20 && DateFinder.parse(next) != nil && !next.contains("。"))
               }) {
                if found.outlet == nil { found.outlet = Outlet(zh: line) }
                found.consumedLines.insert(i)
                continue
            }
            if i < 8, line.hasPrefix("第"), line.wholeMatch(of: /第\s*[A-Z]?\d{1,3}\s*版\s*(?:[:：]\s*[\p{Han}]{2,10})?/) != nil {
                found.consumedLines.insert(i)
                continue
            }
            // A TV script's part markers alone on a line (`【导语】`, `【正文】`, `【同期】`): chrome.
            if line.hasPrefix("【"), line.wholeMatch(of: /【(?:导语|正文|同期声?|解说词?|画面|现场|出镜|口播|主持人)】/) != nil {
                found.consumedLines.insert(i)
                continue
            }
            // A brief's masthead above its issue number (`武乡组工简报` / `2024年第9期（总第126期）`): the outlet
            // when the item's own headline follows; alone above its items, the brief's name is the title.
            if i + 1 < lines.count, line.count <= 20, lines[i + 1].contains("期"), line.allSatisfy(\.isHanCharacter),
               let issue = lines[i + 1].trimmingCharacters(in: .whitespaces).wholeMatch(of: issueLine) {
                if headlineFollows(lines, after: i + 1) {
                    // A masthead that names no place (`党建工作简报`) is any body's: the issuing body on the line after
                    // the issue (`中共汨罗市委组织部　　2023年8月18日`) is the publisher.
                    let issuer = RegionFinder.mentions(in: [line], gazetteer: gazetteer).isEmpty
                        ? lines.dropFirst(i + 2).prefix(2).lazy.compactMap({ $0.trimmingCharacters(in: .whitespaces).prefixMatch(of: issuingBody) })
                            .first.map { String($0.output) } : nil
                    let name = issuer ?? line
                    if found.outlet == nil || found.outlet?.zh == name {
                        found.outlet = Outlet(zh: name, issue: String(issue.output).replacing(/\s/, with: ""))
                    }
                    found.consumedLines.insert(i)
                    continue
                }
                // Too short to be a title (`组工简报`): chrome.
                if line.count <= 7 {
                    found.consumedLines.insert(i)
                    continue
                }
            }
            // A brief's issue number (`第7期`) and its distribution lines (`报：市委组织部`, `抄送：…`): chrome.
            if (line.contains("期") && line.wholeMatch(of: issueLine) != nil)
                || (line.count <= 60 && line.prefixMatch(of: /(?:报|送|发|抄送|抄报|分送|印发)[:：]/) != nil && !line.contains("。")) {
                found.consumedLines.insert(i)
                continue
            }
            // The issuing body alone under the title (`中共桦甸市委组织部`): the outlet of a report or brief. Under a
            // speech (`——在…推进会上的交流发言`) it is the speaker, not a publisher.
            if (1...3).contains(i), line.count <= 26, line.wholeMatch(of: issuingBody) != nil {
                let speech = lines.prefix(i).contains { $0.contains("发言") || $0.contains("讲话") }
                if found.outlet == nil, !speech { found.outlet = Outlet(zh: line) }
                found.consumedLines.insert(i)
                continue
            }
            // A periodical and its issue: 浙江共产党员 2018年8期.
            // (Also before the page's other metadata: `《海峡通讯》2024年第6期　发布时间：2024-06-18`.)
            // (With the outlet already named, `来源：新长征` above `《新长征》（党建版）2024年第4期`, the line is still metadata.)
            if let periodical = periodical(line) ?? line.firstMatch(of: /^\S+(?=　|\s{2,})/).flatMap({ periodical(String($0.output)) }) {
                if found.outlet == nil {
                    found.outlet = periodical
                } else if found.outlet?.zh == periodical.zh, found.outlet?.issue == nil {
                    found.outlet?.issue = periodical.issue
                }
                found.consumedLines.insert(i)
                continue
            }
            // `原创　祁连党建　2024年04月26日 18:30　青海`: the account alone.
            if found.outlet == nil, let m = line.prefixMatch(of: /^原创\s+([\p{Han}A-Za-z0-9]{2,16})\s+\d{4}[-年.\/]/) {
                found.outlet = Outlet(zh: String(m.1))
                accountName = String(m.1)
                found.consumedLines.insert(i)
                continue
            }
            // A WeChat byline names the writer and the account; the account's name may follow alone.
            if let m = line.prefixMatch(of: wechatByline) {
                // `原创 金水组工 金水组工 2024-05-20`: the account twice, no writer.
                // (The writer may sign with a pen name: `原创 临组宣 临江组工 …`.)
                if m.1 != m.2, m.1.first.map(surnames.contains).orFalse || isPenName(String(m.1)) {
                    add(String(m.1), role: nil)
                    wechatWriter = String(m.1)
                }
                // `原创`: the account published the post as its own, so it stays the outlet when a closing `来源：…`
                // names the department that supplied it (heldout10, heldout45; heldout53's reader chose the department).
                if found.outlet == nil {
                    found.outlet = Outlet(zh: String(m.2))
                    accountName = String(m.2)
                }
                found.consumedLines.insert(i)
                if i + 1 < lines.count, lines[i + 1].trimmingCharacters(in: .whitespaces) == String(m.2) { found.consumedLines.insert(i + 1) }
                continue
            }
            // A news app's account alone under the headline, above its date (`连江发布` / `2024-06-12 16:48·福建`); the slot
            // between a headline and its date is the byline's, whatever the account is called (`津沽乡村观察`).
            if (1...5).contains(i), found.outlet == nil, (4...10).contains(line.count), line.allSatisfy(\.isHanCharacter),
               accountEnds.contains(where: line.hasSuffix) || !isNameLine(line, gazetteer: gazetteer), lines[i - 1].count >= line.count + 4, !lines[i - 1].contains("。"),
               i + 1 < lines.count, lines[i + 1].count <= 40, !lines[i + 1].contains("。"),
               case let next = lines[i + 1].trimmingCharacters(in: .whitespaces),
               next.prefixMatch(of: DateFinder.numeric) != nil || next.prefixMatch(of: DateFinder.chinese) != nil {
                found.outlet = Outlet(zh: line)
                outletIsAccount = true
                accountName = line
                found.consumedLines.insert(i)
                continue
            }
            // The account and its date near the top (a person's name there is the writer).
            if i < 6, found.outlet == nil, let m = line.wholeMatch(of: accountLine), !roles.contains(String(m.1)),
               !["时间", "日期"].contains(where: { m.1.hasSuffix($0) }), !DateFinder.labels.contains(String(m.1)), DateFinder.parse(line) != nil {
                let name = String(m.1)
                if name.count <= 3, name.first.map(surnames.contains).orFalse, gazetteer.units(named: name).isEmpty {
                    add(name, role: "作者")
                } else if name.count >= 4 {
                    found.outlet = Outlet(zh: name)
                    outletIsAccount = true
                    accountName = name
                } else { continue }
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.wholeMatch(of: namedAuthorIs), m.1 != "作者", let k = found.authors.firstIndex(where: { $0.name == m.1 }) {
                if found.authors[k].position == nil { found.authors[k].position = String(m.2) }
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.wholeMatch(of: writerIs) {
                add(String(m.1), role: "作者", position: String(m.2))
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.wholeMatch(of: creditWithPosition), roles.contains(String(m.1)) || m.1 == "文",
               Bylines.positionEnds.contains(where: { m.3.hasSuffix($0) }) {
                add(String(m.2), role: m.1 == "文" ? "作者" : canonicalRole(String(m.1)), position: String(m.3))
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.wholeMatch(of: authorNote) {
                add(String(m.1), role: "作者", position: String(m.2))
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.prefixMatch(of: reprintNote) {
                // (`选自《当代贵州》2023年第18期`: with the issue.)
                let cited = line[line.index(before: m.1.startIndex)...].trimmingCharacters(in: CharacterSet(charactersIn: " 　）)"))
                if found.outlet == nil { found.outlet = periodical(cited) ?? Outlet(zh: String(m.1)) }
                found.consumedLines.insert(i)
                continue
            }
            if let m = line.wholeMatch(of: authorIs) {
                found.consumedLines.insert(i)
                pendingPosition = String(m.1)
                continue
            }
            // Names above an affiliation: 郑可嘉　倪晓川 / （作者单位：中共乐清市委组织部）.
            if line.prefixMatch(of: affiliation) != nil {
                found.consumedLines.insert(i)
                if i > 0, !found.consumedLines.contains(i - 1) {
                    let names = lines[i - 1].split(whereSeparator: { " 　、，,".contains($0) }).map(String.init)
                    if (1...4).contains(names.count), names.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy(\.isHanCharacter) && ($0.first.map(surnames.contains) ?? false) }) {
                        current = i - 1
                        for name in names { add(name, role: "作者") }
                        found.consumedLines.insert(i - 1)
                    }
                }
                continue
            }
            // A newspaper's edition line: 温州日报 2021年10月26日 第3版.
            if found.outlet == nil, line.count <= 40, let m = line.wholeMatch(of: editionLine) {
                found.outlet = Outlet(zh: String(m.1))
                found.consumedLines.insert(i)
                continue
            }
            // Or the date first: 2023年03月08日　星期三　合肥日报　第A03版：要闻.
            if found.outlet == nil, line.count <= 50, DateFinder.parse(line) != nil,
               let paper = line.split(whereSeparator: { " 　".contains($0) }).lazy.compactMap({ $0.wholeMatch(of: newspaper) }).first {
                found.outlet = Outlet(zh: String(paper.1))
                found.consumedLines.insert(i)
                continue
            }
            // Labelled outlet, on the same line or the next: 内容来源 / 溧阳市融媒体中心; also after a date on
            // one metadata line (发布时间：2021-07-09 08:45　来源：湖州日报), and before one (来源：江阴日报　2022-03-08).
            // Labels at the start first (信息来源 before the 来源 inside it).
            if let (label, at) = (outletLabelsLongestFirst.first { line.hasPrefix($0) }.flatMap { l in line.range(of: l).map { (l, $0) } })
                ?? outletLabelsLongestFirst.lazy.compactMap({ l in line.range(of: l).map { (l, $0) } }).first,
               at.lowerBound == line.startIndex
                || (line.count <= 60 && line[..<at.lowerBound].last.map { " 　|｜".contains($0) }.orFalse
                    && (DateFinder.parse(line) != nil || creditPairs(String(line[..<at.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " 　|｜")))?.isEmpty == false)) {
                var rest = line[at.upperBound...].drop { ":： 　丨|｜".contains($0) }.prefix { !" 　".contains($0) }
                var consumed: Set<Int> = [i]
                if rest.isEmpty, i + 1 < lines.count, lines[i + 1].count <= 20 {
                    rest = Substring(lines[i + 1]); consumed.insert(i + 1)
                }
                var name = String(rest).trimmingCharacters(in: .whitespaces)
                // `来源：天津日报（记者 杨思琪　通讯员 蓟组宣）`: the paper, then its reporters in brackets.
                if let open = name.firstIndex(where: { "（(".contains($0) }), open != name.startIndex,
                   let m = line[at.upperBound...].firstMatch(of: /[（(]([^（）()]{2,40})[）)]/), let credits = creditPairs(String(m.1)), !credits.isEmpty {
                    name = String(name[..<open])
                    for c in credits { add(c.name, role: c.role) }
                    creditTexts.append(String(m.1))
                }
                // `来源：《四川党的建设》杂志`: the title is the periodical's name.
                // (`来源：《宣城日报》2024年6月4日`: the date after the title is the issue's, not the name's.)
                if let m = name.prefixMatch(of: /《([^《》]{2,20})》(?:杂志|期刊|月刊|半月刊|报)?/), periodical(name) == nil { name = String(m.1) }
                // `供稿：吴思语`: a person who supplied the text wrote it.
                if label == "供稿", (2...3).contains(name.count), name.allSatisfy(\.isHanCharacter), name.first.map(surnames.contains).orFalse,
                   gazetteer.units(named: name).isEmpty, name.firstMatch(of: issuingBody) == nil {
                    add(name, role: "作者")
                    found.consumedLines.formUnion(consumed)
                    continue
                }
                if !name.isEmpty, name.count <= 20, !name.contains("。") {
                    // `来源：《当代江西》2024年第8期`: a periodical and its issue.
                    // (A contributor, `供稿：茈碧湖镇党委`, never displaces the account that published the post.)
                    // (Nor does a platform's own label, `来源：澎湃新闻·澎湃号·政务`, outrank the source the post names.)
                    if found.outlet == nil || (outletIsAccount && !["供稿", "稿源"].contains(label)) || found.outlet.map({ isPlatform($0.zh) }).orFalse,
                       name != "本报", !isPlatform(name) || found.outlet == nil {
                        found.outlet = periodical(name) ?? Outlet(zh: name)
                        outletIsAccount = false
                    }
                    // Credits before the label on the same line: 作者：詹启明　　来源：….
                    if at.lowerBound != line.startIndex, let credits = creditPairs(String(line[..<at.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " 　|｜"))) {
                        for c in credits { add(c.name, role: c.role) }
                    }
                    found.consumedLines.formUnion(consumed)
                    // Credits sharing the line: 来源：如皋日报　责任编辑：丁一苇.
                    if consumed.count == 1, rest.endIndex < line.endIndex,
                       let credits = creditPairs(String(line[rest.endIndex...]).trimmingCharacters(in: CharacterSet(charactersIn: " 　"))) {
                        for c in credits { add(c.name, role: c.role) }
                    }
                    continue
                }
            }
            // A research group's members, each with a post in brackets: `课题组成员：邓楚航（醴陵市委组织部）　易思琪（…）`.
            if line.count <= 120, let label = (groupWriterLabels + ["作者"]).first(where: { line.hasPrefix($0) }),
               case let members = line.dropFirst(label.count).matches(of: /([\p{Han}]{2,4})\s*[（(]([^（）()]{2,40})[）)]/), members.count >= 1,
               line.dropFirst(label.count).replacing(/[\p{Han}]{2,4}\s*[（(][^（）()]{2,40}[）)]/, with: "").allSatisfy({ " 　:：、，,".contains($0) }) {
                for m in members { add(String(m.1), role: "作者", position: String(m.2)) }
                found.consumedLines.insert(i)
                continue
            }
            // A body credited as the writer or contributor (`作者：七星关区委组织部`, `七星关区委组织部供稿`): the outlet.
            if line.count <= 30, let m = line.wholeMatch(of: /(?:作者|撰稿|供稿|文)\s*[:：\/|｜丨]\s*(.+)|[（(]?(.+?)\s*(?:供稿|供图|提供)[）)]?/),
               let body = m.1 ?? m.2, String(body).wholeMatch(of: issuingBody) != nil {
                if found.outlet == nil { found.outlet = Outlet(zh: String(body)) }
                found.consumedLines.insert(i)
                continue
            }
            // Credit lines: 记者 / 韩一宁 split over two lines, or 本报记者李波 通讯员刘星佑 on one.
            if line.count <= 40, let credits = creditPairs(line) {
                // The names may be several: 通讯员 / 钱一诺 姚晓峰.
                if credits.isEmpty, let label = roles.first(where: { line == $0 }), i + 1 < lines.count {
                    let names = lines[i + 1].split(whereSeparator: { " 　、，,".contains($0) }).map(String.init)
                    if (1...4).contains(names.count), names.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy(\.isHanCharacter) && !roles.contains($0) }) {
                        for name in names { add(name, role: canonicalRole(label)) }
                        found.consumedLines.formUnion([i, i + 1])
                        // One name a line: `记者` / `谭思雨` / `刘子轩` / `通讯员` …
                        if names.count == 1 {
                            for k in lines.indices.dropFirst(i + 2).prefix(3) {
                                let next = lines[k].trimmingCharacters(in: .whitespaces)
                                guard (2...4).contains(next.count), next.allSatisfy(\.isHanCharacter), !roles.contains(next),
                                      next.first.map(surnames.contains).orFalse || isPenName(next) else { break }
                                add(next, role: canonicalRole(label))
                                found.consumedLines.insert(k)
                            }
                        }
                        continue
                    }
                }
                if !credits.isEmpty {
                    for c in credits { add(c.name, role: c.role) }
                    found.consumedLines.insert(i)
                    creditTexts.append(line)
                    continue
                }
            }
            // A credit to a body, not a person (`图片 | 余杭区委组织部`, `供图：县融媒体中心`): chrome, no author.
            if line.count <= 30, line.wholeMatch(of: organisationCredit) != nil {
                found.consumedLines.insert(i)
                continue
            }
            // The group itself under the title (`中共醴陵市委组织部课题组`): its members are credited by name.
            if i <= 3, line.count <= 30, line.hasSuffix("课题组"), !line.contains("。") {
                found.consumedLines.insert(i)
                continue
            }
            // A line of labelled fields parted by wide spaces (`版次：06　版名：区域经济　作者：本报记者 王思涵　通讯员 …`):
            // credits and a source are read field by field; page fields (版次, 字号, 浏览次数) are chrome.
            if line.count <= 100, !line.contains("。"), let fields = labelledFields(line) {
                for field in fields {
                    if let label = issuerLabels.first(where: { field.hasPrefix($0) }) {
                        let name = field.dropFirst(label.count).drop { ":： ".contains($0) }
                        if issuer == nil, (2...30).contains(name.count) { issuer = String(name) }
                    } else if let label = outletLabelsLongestFirst.first(where: { field.hasPrefix($0) }) {
                        let name = field.dropFirst(label.count).drop { ":： ".contains($0) }
                        if found.outlet == nil, (2...20).contains(name.count), name != "本报" { found.outlet = periodical(String(name)) ?? Outlet(zh: String(name)) }
                    } else if let credits = creditPairs(field) {
                        for c in credits { add(c.name, role: c.role) }
                    }
                }
                found.consumedLines.insert(i)
                continue
            }
            // A position then a name: 宁波市海曙区委常委、组织部长 严仕恩 (also after a mark: `□ …`, or a writer's label:
            // `作者：中共建湖县委常委、组织部部长　蒋国栋`).
            line = String(line.drop { "□■●◆◇★☆▲△".contains($0) }).trimmingCharacters(in: .whitespaces)
            if let label = line.prefixMatch(of: /(?:作者|文|撰稿|执笔)\s*[:：]\s*/) { line = String(line[label.range.upperBound...]) }
            // (Any run of spaces may part them: `中共习水县委书记　　李建国`.)
            if line.count <= 40, let space = line.lastIndex(where: { $0 == " " || $0 == "　" }),
               case let position = line[..<space].trimmingCharacters(in: CharacterSet(charactersIn: " 　")),
               position.hasSuffix("长") || positionEnds.contains(where: { position.hasSuffix($0) }),
               !line.contains("。") {
                let name = String(line[line.index(after: space)...]).trimmingCharacters(in: .whitespaces)
                if (2...4).contains(name.count), name.allSatisfy(\.isHanCharacter) {
                    add(name, role: "作者", position: position)  // signed with a position: the author
                    found.consumedLines.insert(i)
                    continue
                }
            }
            // A date followed by a name: 2018-08-02 06:05严仕恩.
            if line.count <= 40, DateFinder.parse(line) != nil,
               let tail = line.firstMatch(of: /[\d:：日]\s*([\p{Han}]{2,4})$/), let first = tail.1.first, surnames.contains(first) {
                add(String(tail.1), role: nil)
                found.consumedLines.insert(i)
                continue
            }
        }
        // A bare name alone on the first line: 封春晴 (the author), also after a mark: `□ 施沁言`.
        if let first = lines.first?.trimmingCharacters(in: .whitespaces).drop(while: { "□■●◆◇★☆▲△ 　".contains($0) }).description,
           (2...4).contains(first.count),
           first.allSatisfy(\.isHanCharacter), let f = first.first, surnames.contains(f), gazetteer.units(named: first).isEmpty {
            current = 0
            add(first, role: "作者")
            found.consumedLines.insert(0)
        }
        // Names alone on a line under the title, before any paragraph: `王小明　李四` (the writers).
        if found.authors.isEmpty, let i = lines.indices.prefix(3).dropFirst().first(where: { k in
            !found.consumedLines.contains(k) && isNameLine(lines[k], gazetteer: gazetteer)
        }), lines[..<i].allSatisfy({ $0.count <= 40 && !$0.contains("。") }) {
            current = i
            for name in lines[i].split(whereSeparator: { " 　、".contains($0) }) { add(String(name), role: "作者") }
            found.consumedLines.insert(i)
        }
        // A credit in brackets closing the last paragraph: …全面过硬。（太仓首席记者 顾志敏）
        // (Among the last four lines that are neither blank nor credits already: `编辑：…` and a page's counters may follow.)
        for i in lines.indices.reversed().lazy.filter({ !found.consumedLines.contains($0) && !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }).prefix(4) {
            guard let m = lines[i].firstMatch(of: trailingCredit), let credits = creditPairs(String(m.1), allowPlacePrefix: true),
                  !credits.isEmpty else { continue }
            current = i
            for c in credits { add(c.name, role: c.role) }
            creditTexts.append(String(m.1))
            let kept = String(lines[i][..<m.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            if kept.isEmpty { found.consumedLines.insert(i) } else { found.trimmedLines[i] = kept }
            break
        }
        // A dateline credit opening the first paragraph: 本报讯（记者 张三 通讯员 李四）…, 太仓讯（记者 …）.
        for i in lines.indices.prefix(10) where !found.consumedLines.contains(i) && found.trimmedLines[i] == nil {
            // Names must read as names here (`（记者手记）` credits nobody).
            guard let m = lines[i].prefixMatch(of: leadingCredit), let credits = creditPairs(String(m.2), allowPlacePrefix: true),
                  !credits.isEmpty, let first = credits.first?.name,
                  first.first.map(surnames.contains).orFalse || isPenName(first) else { continue }
            current = i
            for c in credits { add(c.name, role: c.role) }
            creditTexts.append(String(m.2))
            if found.outlet == nil, let dateline = m.1, let agency = datelineOutlet(String(dateline), gazetteer: gazetteer) {
                found.outlet = Outlet(zh: agency)
            }
            let kept = String(lines[i][m.range.upperBound...]).trimmingCharacters(in: .whitespaces)
            if kept.isEmpty { found.consumedLines.insert(i) } else { found.trimmedLines[i] = kept }
            break
        }
        // With no outlet named, the paper the reporters work for is it (`（海南日报记者 符晓琳 …）`, `郴州日报全媒体记者 何思雨`).
        if found.outlet == nil, let paper = creditTexts.lazy.compactMap({ $0.firstMatch(of: paperBeforeRole) }).first, !paper.1.hasPrefix("本") {
            found.outlet = Outlet(zh: String(paper.1))
        }
        if found.outlet == nil, let issuer { found.outlet = Outlet(zh: issuer) }
        // The account's name above the title or closing a post (`铁东组工` under the follow prompts): the outlet again.
        // (Also when a labelled source replaced the account as the outlet.)
        for name in Set([found.outlet?.zh, accountName].compactMap { $0 }) {
            for i in lines.indices.prefix(3) + lines.indices.suffix(10) where lines[i].trimmingCharacters(in: .whitespaces) == name { found.consumedLines.insert(i) }
        }
        // `（作者系…）` gives the position of the one author it can mean.
        if let position = pendingPosition {
            let writers = found.authors.indices.filter { found.authors[$0].role == "作者" || found.authors[$0].role == nil }
            if writers.count == 1, found.authors[writers[0]].position == nil { found.authors[writers[0]].position = position }
        }
        // The WeChat writer credited with no other role wrote the post.
        if let writer = wechatWriter, let k = found.authors.firstIndex(where: { $0.name == writer && $0.role == nil }) { found.authors[k].role = "作者" }
        // A writer's position given in the text itself: `本刊邀请海宁市委常委、组织部部长朱海峰谈谈…`.
        for k in found.authors.indices where found.authors[k].role == "作者" && found.authors[k].position == nil {
            found.authors[k].position = positionInText(of: found.authors[k].name, in: lines, gazetteer: gazetteer)
        }
        // In the order the text credits them (a closing credit before the editor's line after it).
        found.authors = found.authors.enumerated().sorted { a, b in
            let la = firstLine[a.element.name] ?? 0, lb = firstLine[b.element.name] ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        return found
    }

    /// The agency or site a dateline names before its place: `新华社贵阳5月6日电` → 新华社, `中国江苏网讯` → 中国江苏网.
    /// `本报讯` and a place alone (`太仓讯`) name no outlet.
    static func datelineOutlet(_ dateline: String, gazetteer: Gazetteer) -> String? {
        var head = dateline.replacing(/\d{1,2}月\d{1,2}日[电讯]$/, with: "")
        if head.hasSuffix("讯") { head.removeLast() }
        // `华龙网-新重庆客户端`: the site first.
        if let dash = head.firstIndex(where: { "-－".contains($0) }) { head = String(head[..<dash]) }
        guard !head.hasPrefix("本"), head.count >= 2 else { return nil }
        // The place the item was filed from closes the head: try the longest such tail.
        for cut in head.indices.dropFirst(2) where !gazetteer.units(named: String(head[cut...])).isEmpty {
            head = String(head[..<cut])
            break
        }
        guard gazetteer.units(named: head).isEmpty,
              ["社", "网", "报", "台", "中心", "客户端", "频道"].contains(where: { head.hasSuffix($0) }) else { return nil }
        return head
    }

    /// Fields of page metadata that share a line: two or more, parted by wide spaces, each a label and its
    /// value (`版次：06`) or a credit (`通讯员 武组宣 刘佳宁`); nil when the line is anything else.
    static let pageFieldLabels = ["版次", "版名", "版面", "字号", "浏览次数", "阅读次数", "点击数", "点击", "浏览", "阅读", "访问量", "栏目", "期数",
                                  // A government disclosure page's index fields.
                                  "索引号", "信息分类", "主题分类", "发布机构", "生成日期", "成文日期", "发文日期", "文号", "公开方式", "公开范围", "有效性"]
    /// A government disclosure page's index fields, one a line or several.
    static let disclosureLabels = ["索引号", "信息分类", "主题分类", "体裁分类", "组配分类", "服务对象分类", "发布机构", "发文机关", "生成日期", "成文日期",
                                   "发文日期", "发文字号", "文号", "公开方式", "公开范围", "公开时限", "有效性", "统一编号"]
    /// Fields that name the body issuing a disclosure page: the outlet when no source is named.
    static let issuerLabels = ["发布机构", "发文机关"]
    static func labelledFields(_ line: String) -> [String]? {
        guard pageFieldLabels.contains(where: { line.contains($0) }) else { return nil }
        // (Table cells copied from a page come parted by tabs, a label's cell before its value's: `索引号：\t1133…`.)
        var fields: [String] = []
        for cell in line.split(separator: /　+|\s{2,}|\t/).map({ $0.trimmingCharacters(in: .whitespaces) }) where !cell.isEmpty {
            if let last = fields.last, let end = last.last, ":：".contains(end) { fields[fields.count - 1] += cell } else { fields.append(cell) }
        }
        // One field alone is page metadata only when it is a disclosure page's index field (`索引号：…`, `主题分类：党建`).
        if fields.count == 1, let label = disclosureLabels.first(where: { fields[0].hasPrefix($0) }),
           fields[0].dropFirst(label.count).first.map({ ":：".contains($0) }) == true { return fields }
        guard fields.count >= 2, fields.contains(where: { f in pageFieldLabels.contains { f.hasPrefix($0) } }) else { return nil }
        for f in fields {
            let labelled = (pageFieldLabels + outletLabels + DateFinder.labels).contains { f.hasPrefix($0) } && f.contains(where: { ":：".contains($0) })
            guard labelled || creditPairs(f)?.isEmpty == false else { return nil }
        }
        return fields
    }

    /// Whether a headline (not a paragraph, an item mark or the issuer's line) follows a brief's issue line
    /// before any paragraph.
    static func headlineFollows(_ lines: [String], after issue: Int) -> Bool {
        for line in lines.dropFirst(issue + 1).prefix(4).map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if DateFinder.parse(line) != nil || line.wholeMatch(of: issuingBody) != nil { continue }
            return (8...60).contains(line.count) && !BlockBuilder.isParagraph(line) && !BlockBuilder.endsClause(line)
                && !"◆●■▲◇□【".contains(line.first ?? " ")
        }
        return false
    }

    /// Two to four personal names and nothing else: each two or three characters, led by a common surname,
    /// neither a place nor an everyday word.
    static func isNameLine(_ line: String, gazetteer: Gazetteer) -> Bool {
        let names = line.split(whereSeparator: { " 　、".contains($0) })
        return (2...4).contains(names.count) && names.allSatisfy { n in
            (2...3).contains(n.count) && n.allSatisfy(\.isHanCharacter) && n.first.map(surnames.contains).orFalse
                && gazetteer.units(named: String(n)).isEmpty && (Lexicon.partOfSpeech(String(n)).map { $0.hasPrefix("nr") } ?? true)
        }
    }

    /// A self-publishing platform's account channel (`澎湃新闻·澎湃号·政务`, `网易号`): where a post was put up, not who wrote it.
    static let platformWords = ["澎湃号", "搜狐号", "网易号", "百家号", "头条号", "企鹅号", "大鱼号", "一点号", "新浪号", "强国号", "微博号", "抖音号"]
    static func isPlatform(_ name: String) -> Bool { platformWords.contains(where: name.contains) }

    /// A periodical and its issue: `浙江共产党员 2018年8期`, `《当代江西》2024年第8期`.
    static func periodical(_ text: String) -> Outlet? {
        guard let m = text.wholeMatch(of: periodicalIssue) else { return nil }
        return Outlet(zh: String(m.1), issue: String(m.2).replacingOccurrences(of: " ", with: ""))
    }

    static let positionEnds = ["部长", "书记", "常委", "主任", "局长", "县长", "市长", "区长", "镇长", "主席",
                               "讲师", "教授", "研究员", "校长", "院长", "所长", "处长", "科长", "站长", "董事长", "总经理"]

    /// The position written right before a name in running text, starting at the place it belongs to
    /// (a gazetteer name), so that the verb before it is left out.
    static func positionInText(of name: String, in lines: [String], gazetteer: Gazetteer) -> String? {
        // (A byte search first: Foundation's range(of:) is slow on Linux, and few lines hold the name.)
        for line in lines where line.containsExactly(name) {
            var search = line.startIndex..<line.endIndex
            while let r = line.range(of: name, range: search) {
                search = r.upperBound..<line.endIndex
                let before = line[..<r.lowerBound]
                guard positionEnds.contains(where: { before.hasSuffix($0) }) else { continue }
                let chunk = Array(before.suffix(40).split(whereSeparator: { "，。：；！？“”（）《》 　".contains($0) }).last ?? "")
                for start in chunk.indices where chunk.count - start >= 6 {
                    let placed = (2...4).contains { n in start + n <= chunk.count && !gazetteer.units(named: String(chunk[start..<(start + n)])).isEmpty }
                    if placed { return String(chunk[start...]) }
                }
            }
        }
        return nil
    }

    /// An organisation department's pen name: three characters with 组 in the middle (`威组轩`, `淳组宣`).
    /// How the names of news-app and WeChat accounts end (`连江发布`, `临江组工`, `沭阳融媒`).
    static let accountEnds = ["发布", "组工", "新闻", "融媒", "日报", "晚报", "网", "在线", "头条", "党建", "先锋", "宣传", "之声", "视点", "微讯", "资讯"]

    static func isPenName(_ name: String) -> Bool {
        name.count == 3 && Array(name)[1] == "组"
    }

    /// The paper or station before a role is the outlet's, not part of a name.
    static func droppingOutlet(_ text: Substring) -> Substring {
        guard let m = text.prefixMatch(of: paperBeforeRole) else { return text }
        return text[m.range.upperBound...]
    }

    /// `记者李波 通讯员刘星佑` → [(李波, 记者), (刘星佑, 通讯员)]; `[]` for a bare role; nil when the line
    /// is not a credit. With `allowPlacePrefix`, a place may precede the role (`太仓首席记者 顾志敏`).
    static func creditPairs(_ text: String, allowPlacePrefix: Bool = false) -> [(name: String, role: String)]? {
        // Decorations before a credit: ■记者林晨曦; 文/张三 and 图/李四 credit the writer and the photographer.
        // A question or a sentence (`记者：下一步，…有哪些打算？`) is an interview's line, not a credit.
        guard !text.contains(where: { "？?。！!".contains($0) }) else { return nil }
        var text = String(text.drop { "■□●◆◇★☆▲△ 　".contains($0) })
        // `记者 张三 实习生 李四 报道`: the closing verb is no name.
        text.replace(/\s*(?:报道|采写|整理|编辑整理)$/, with: "")
        // Roles after the names: `王小明/文 李四/图`.
        if text.wholeMatch(of: /(?:[\p{Han}]{2,4}\s*[\/／]\s*[文图摄]\s*)+/) != nil {
            text.replace(/([\p{Han}]{2,4})\s*[\/／]\s*文/) { m in "作者 " + m.output.1 + " " }
            text.replace(/([\p{Han}]{2,4})\s*[\/／]\s*[图摄]/) { m in "摄影 " + m.output.1 + " " }
        }
        // `文/图丨莫婉婷 欧阳晨`: the writers took the pictures too.
        text.replace(/^文\s*[\/／、]\s*图\s*[\/／|｜丨:：]?\s*/, with: "作者 ")
        text.replace(/^文\s*[\/／|｜丨:：]\s*/, with: "作者 ")
        text.replace(/(^|\s)图\s*[\/／|｜丨:：]\s*/) { m in m.output.1 + "摄影 " }
        var rest = Substring(text.trimmingCharacters(in: .whitespaces)).drop { "■□●◆◇★☆▲△【】[]|｜·".contains($0) }
        // The paper before the role: 扬州日报记者 吴静怡.
        rest = droppingOutlet(rest)
        if roles.contains(String(rest)) { return [] }
        var pairs: [(String, String)] = []
        while !rest.isEmpty {
            // (Credits parted by bars: `记者：张三 | 编辑：李四`.)
            rest = rest.drop { " ，,、　|｜丨；;".contains($0) }
            var matched: String?
            for role in roles {
                if rest.hasPrefix(role) { matched = role; break }
                if allowPlacePrefix, pairs.isEmpty, let r = rest.range(of: role), rest.distance(from: rest.startIndex, to: r.lowerBound) <= 6,
                   rest[..<r.lowerBound].allSatisfy(\.isHanCharacter) {
                    rest = rest[r.lowerBound...]; matched = role; break
                }
            }
            guard var role = matched else { return pairs.isEmpty ? nil : pairs }
            rest = rest.dropFirst(role.count).drop { " :：　丨|｜/".contains($0) }
            // `作者：本刊记者 罗晓雯`, `文/广州日报全媒体记者 梁晓彤`: the second label says what the writer is.
            rest = droppingOutlet(rest)
            if let inner = roles.first(where: { rest.hasPrefix($0) }) {
                role = inner
                rest = rest.dropFirst(inner.count).drop { " :：　丨|｜/".contains($0) }
            }
            // (Names of minority peoples join their parts with a middle dot: 阿依努尔·托合提.)
            var name = rest.prefix { $0.isHanCharacter || $0 == "·" }
            while name.last == "·" { name = name.dropLast() }
            // Names run into the next role when the credit has no spaces: 记者林晨曦通讯员王一帆.
            if let next = roles.compactMap({ name.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) { name = name[..<next.lowerBound] }
            let dotted = name.contains("·") && name.count <= 12
            guard (2...4).contains(name.count) || dotted || (name.count > 4 && pairs.isEmpty == false) else { return pairs.isEmpty ? nil : pairs }
            // `作者单位：…`: a label, not a name.
            if name.count <= 4, rest.dropFirst(name.count).first.map({ ":：".contains($0) }).orFalse { return pairs.isEmpty ? nil : pairs }
            let n = dotted ? String(name) : String(name.prefix(name.count > 4 ? 3 : name.count))
            pairs.append((n, canonicalRole(role)))
            rest = rest.dropFirst(n.count)
            // More names under the same role: 通讯员 潘一鸣 吴晓岚.
            while true {
                let after = rest.drop { " ，,、　".contains($0) }
                // (A minority name joins its parts with a middle dot: `通讯员 李建疆 阿依古丽·吐尔逊`.)
                var dottedMore = after.prefix { $0.isHanCharacter || $0 == "·" }
                while dottedMore.last == "·" { dottedMore = dottedMore.dropLast() }
                if dottedMore.contains("·"), dottedMore.count <= 12, after.startIndex != rest.startIndex,
                   !roles.contains(where: { dottedMore.contains($0) }) {
                    pairs.append((String(dottedMore), canonicalRole(role)))
                    rest = after.dropFirst(dottedMore.count)
                    continue
                }
                let more = after.prefix { $0.isHanCharacter }
                // (`时间：2024-04-23` is the next label, not a name.)
                // (A pen name closing the line, or a name before the next role, need not start with a common
                // surname: `通讯员 程立新 永宣`, `记者 苏日娜 额尔敦 通讯员 …`.)
                let next = after.dropFirst(more.count).drop { " 　".contains($0) }
                // (Nor does an organisation department's pen name: `威组轩`, `淳组宣`.)
                let closing = (next.isEmpty && (more.count == 2 || more.count == 4)) || (more.count == 3 && roles.contains(where: { next.hasPrefix($0) }))
                    || isPenName(String(more))
                guard after.startIndex != rest.startIndex, (2...3).contains(more.count) || (closing && more.count == 4), let f = more.first, surnames.contains(f) || closing,
                      !roles.contains(where: { more.contains($0) }), !(after.dropFirst(more.count).first.map { ":：".contains($0) } ?? false) else { break }
                pairs.append((String(more), canonicalRole(role)))
                rest = after.dropFirst(more.count)
            }
            // A date closing the credit line is the date's, not a name's.
            if rest.drop(while: { " 　".contains($0) }).first.map({ $0.isASCII && $0.isNumber }) == true { return pairs }
        }
        return pairs
    }
}
