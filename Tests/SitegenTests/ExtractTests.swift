import Extract
import Foundation
import Site
import SiteModel
import Testing

@Suite("Extractors on real and invented lines")
struct ExtractTests {
    let gazetteer = Gazetteer.builtIn

    @Test func bylinesInEveryFormat() {
        let found = Bylines.find(in: [
            "封春晴", "正文第一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
            "记者", "韩一宁", "本期编辑", "顾琰", "本报记者李波 通讯员刘星佑",
            "宁波市海曙区委常委、组织部长 严仕恩",
            "……全面进步、全面过硬。（太仓首席记者 顾志敏）",
        ], gazetteer: gazetteer)
        let byName = Dictionary(uniqueKeysWithValues: found.authors.map { ($0.name, $0) })
        #expect(byName["封春晴"]?.role == "作者")
        #expect(byName["韩一宁"]?.role == "记者")
        #expect(byName["顾琰"]?.role == "编辑")
        #expect(byName["李波"]?.role == "记者")
        #expect(byName["刘星佑"]?.role == "通讯员")
        #expect(byName["严仕恩"]?.position == "宁波市海曙区委常委、组织部长")
        #expect(byName["顾志敏"]?.role == "首席记者")
        #expect(found.trimmedLines[8] == "……全面进步、全面过硬。")
        #expect(!found.consumedLines.contains(1))
    }

    @Test func inventedBylinesOfTheSameKinds() {
        let found = Bylines.find(in: ["摄影", "王小明", "正文。", "（昆山记者 陈静 通讯员 周涛）"], gazetteer: gazetteer)
        #expect(found.authors.map(\.name) == ["王小明", "陈静", "周涛"])
        #expect(found.authors.map(\.role) == ["摄影", "记者", "通讯员"])
    }

    @Test func outletsAndIssues() {
        #expect(Bylines.find(in: ["浙江共产党员 2018年8期"], gazetteer: gazetteer).outlet == Outlet(zh: "浙江共产党员", issue: "2018年8期"))
        #expect(Bylines.find(in: ["内容来源", "溧阳市融媒体中心"], gazetteer: gazetteer).outlet?.zh == "溧阳市融媒体中心")
        #expect(Bylines.find(in: ["来源：新华日报"], gazetteer: gazetteer).outlet?.zh == "新华日报")
        #expect(Bylines.find(in: ["来源：本报"], gazetteer: gazetteer).outlet == nil, "本报 alone is no name")
    }

    @Test func publicationDatesNotEventDates() {
        #expect(DateFinder.find(in: ["正文", "刊载日期:2020年12月25日"])?.iso == "2020-12-25")
        #expect(DateFinder.find(in: ["2018-08-02 06:05严仕恩"])?.iso == "2018-08-02T06:05")
        #expect(DateFinder.find(in: ["发布时间：2021-06-18 09:30"])?.iso == "2021-06-18T09:30")
        #expect(DateFinder.find(in: ["2022年9月7日 记者 张三"])?.iso == "2022-09-07")
        #expect(DateFinder.find(in: ["2020年3月16日，南通市委、市政府作出苏通园区、锡通园区一体化运行的重大决策部署，苏锡通园区扬帆起航，全面开启跨江融合发展示范区建设新征程。"]) == nil)
    }

    @Test func regionsFromTheGazetteer() {
        func region(_ text: String) -> Region? { RegionFinder.find(in: [text], gazetteer: gazetteer).region }
        #expect(region("太仓坚持党建引领，太仓全市") == Region(province: "江苏省", city: "苏州市", county: "太仓市", en: "Taicang, Suzhou, Jiangsu"))
        #expect(region("海曙区全面实施")?.county == "海曙区")
        #expect(region("溧阳撤县设市")?.city == "常州市")
        #expect(region("苏锡通园区扬帆起航")?.city == "南通市")
        #expect(RegionFinder.find(in: ["没有地名的文本"], gazetteer: gazetteer).warnings.first?.kind == "unknown-region")
        // Every county-level unit of the country, with shared names settled by the city the text names.
        #expect(region("郫都区三道堰镇，郫都区党建引领乡村振兴")?.county == "郫都区")
        #expect(region("深圳市南山区粤海街道，南山的科技园区，南山区委组织部")?.city == "深圳市")
        #expect(region("南山区委组织部部署")?.city == nil)  // 深圳 or 鹤岗: no guess
        // `示范县` holds no mention of 范县.
        #expect(region("溧阳获评全国乡村治理体系建设试点示范县，溧阳市委组织部")?.county == "溧阳市")
        // Towns count for their county; a town name shared across the country settles nothing alone.
        #expect(region("石浦镇党委推动渔港治理，在石浦镇东门渔村，全镇党员") == Region(province: "浙江省", city: "宁波市", county: "象山县",
                                                                  en: "Xiangshan County, Ningbo, Zhejiang"))
        #expect(region("城关镇党委推动城关镇治理")?.county == nil)
        // A short name that is an everyday word, read across two words, is no mention: 海上|党小组 holds 上党.
        #expect(region("全镇组建海上党小组86个，海上党小组覆盖渔船")?.county == nil)
    }

    @Test func keywordsTheTextStates() {
        #expect(KeywordFinder.find(in: ["关键词:支部 党组织 党员"])?.words == ["支部", "党组织", "党员"])
    }

    @Test func headingsAndLeadSentences() {
        #expect(BlockBuilder.isHeading("●部长心语"))
        #expect(BlockBuilder.isHeading("一、抓基层打基础"))
        #expect(BlockBuilder.isHeading("立足主责主业，两项试点提升履职能力"))
        #expect(!BlockBuilder.isHeading("▲纪念“五四运动”周年"))
        #expect(!BlockBuilder.isHeading("基层党组织是党的全部工作和战斗力的基础。"))
        #expect(BlockBuilder.lead(of: "持续建强组织体系。聚焦基层组织“盲点死角”和“空白地带”，重点突出产业链。") == "持续建强组织体系。")
        #expect(BlockBuilder.lead(of: "今年以来，海曙区统筹制定全领域党建的规范化建设标准，建立不同领域的工作清单。另有一句。") == nil)
    }

    @Test func programsByTheirNamingPatterns() {
        let blocks = [Block(kind: .paragraph, zh: "一项“思源工程”，让太仓优化结构。开展新生代企业家“青蓝接力”工程。通过创新实施“红色领航·百村振兴”专项活动。持续推进基层党建示范点培育工程，常态化开展观摩。落实“三会一课”制度，深化“书记项目”。“明湖红帆”先后开展十大系列活动。")]
        let brands = [Block(kind: .paragraph, zh: "推广使用“云端e站”微信平台。做强“一户一策”“一网双格”等社区党建品牌。研究制定“三联两进”实施方案。两地共同推行“睦邻共建”。落实“两个责任”工作。")]
        let brandNames = ProgramFinder.find(in: brands).map(\.zh)
        for expected in ["云端e站", "一户一策", "一网双格", "三联两进", "睦邻共建"] { #expect(brandNames.contains(expected), "missing \(expected)") }
        #expect(!brandNames.contains("两个责任"))
        let names = ProgramFinder.find(in: blocks).map(\.zh)
        for expected in ["思源工程", "青蓝接力工程", "红色领航·百村振兴", "基层党建示范点培育工程", "明湖红帆"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(!names.contains("三会一课"))
        #expect(!names.contains("书记项目"))
    }

    @Test func creditsInTheFormsNewsPagesUse() {
        func authors(_ lines: [String]) -> [String] {
            Bylines.find(in: lines, gazetteer: gazetteer).authors.map { "\($0.name)/\($0.role ?? "-")" }
        }
        #expect(authors(["标题行", "本报讯（记者 张三 通讯员 李四）今年以来，全市推进党建工作。"]) == ["张三/记者", "李四/通讯员"])
        #expect(authors(["（记者手记）今年以来，全市推进党建工作。"]).isEmpty)
        #expect(authors(["正文一段。", "文/王五 图/赵六"]) == ["王五/作者", "赵六/摄影"])
        #expect(authors(["本报记者 沈佳琪　通讯员 潘一鸣 吴晓岚"]) == ["沈佳琪/记者", "潘一鸣/通讯员", "吴晓岚/通讯员"])
        #expect(authors(["■记者林晨曦　通讯员王一帆"]) == ["林晨曦/记者", "王一帆/通讯员"])
        #expect(authors(["通讯员", "钱一诺 姚晓峰"]) == ["钱一诺/通讯员", "姚晓峰/通讯员"])
        let sourced = Bylines.find(in: ["正文。", "来源：如皋日报　责任编辑：丁一苇"], gazetteer: gazetteer)
        #expect(sourced.outlet?.zh == "如皋日报" && sourced.authors.map(\.name) == ["丁一苇"])
        #expect(Bylines.find(in: ["《宿迁日报》2024年3月21日 第6版"], gazetteer: gazetteer).outlet?.zh == "宿迁日报")
        #expect(Bylines.find(in: ["2023年03月08日　星期三　合肥日报　第A03版：要闻"], gazetteer: gazetteer).outlet?.zh == "合肥日报")
    }

    @Test func programsInListsSuffixesTitlesAndUnquotedVenues() {
        let text = """
        深入开展“红帆领航”“绿水先锋”“金桥共建”三大工程。持续擦亮“一村一顾问”“两委联评”等基层治理品牌。\
        全面推行“网格红哨”提升计划，建立“邻里说事”爱心工作站。开展“一线问需、一线解忧”专项行动。\
        印发《湖滨街道红色物业三年行动计划》和《关于加强党员管理的实施意见》。\
        睦邻小食堂的助餐服务覆盖老人三百余名，百姓小书院让居民在家门口读书。\
        深化“三会一课”制度，落实“两学一做”常态化，打通“最后一公里”，推动基层党建“百花齐放”。\
        让企业感受到党建助企专项行动带来的便利。这是一项长期的系统工程。
        """
        let names = ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)]).map(\.zh)
        for expected in ["红帆领航", "绿水先锋", "金桥共建", "一村一顾问", "两委联评", "网格红哨提升计划", "邻里说事爱心工作站",
                         "一线问需、一线解忧", "湖滨街道红色物业三年行动计划", "睦邻小食堂", "百姓小书院", "党建助企专项行动"] {
            #expect(names.contains { $0 == expected || $0.hasPrefix(expected) }, "missing \(expected) in \(names)")
        }
        for slogan in ["三会一课", "两学一做", "最后一公里", "百花齐放", "系统工程", "关于加强党员管理的实施意见", "爱心工作站"] {
            #expect(!names.contains(slogan), "\(slogan) is no program")
        }
    }

    @Test func unlistedKindsPlanDocumentsAndVenuesAfterACount() {
        let text = """
        全镇组建“渔火”护航队9支，设立“老周”调解室，“渔火”护航企业发展。\
        区里出台《东城区党建引领楼宇经济发展实施方案》和《关于以党建引领滨江片区建设的实施意见》。\
        每月举办一期秦淮书记沙龙，在马鞍村建起马鞍蔬菜党员实训基地，走进工坊、祠堂和文化礼堂宣讲家风。\
        推行“溪城帮办”代办服务，为企业提供“保姆式”服务，开展“面对面”服务，建设“青松映红”党员责任林12片。
        """
        let names = ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)]).map(\.zh)
        for expected in ["渔火护航队", "老周调解室", "东城区党建引领楼宇经济发展实施方案", "关于以党建引领滨江片区建设的实施意见",
                         "秦淮书记沙龙", "马鞍蔬菜党员实训基地",
                         "溪城帮办代办服务", "青松映红党员责任林"] {
            #expect(names.contains(expected), "missing \(expected) in \(names)")
        }
        // Teams and venues of kinds no list holds, named after a place (or a proper word and more):
        // after a verb, after `组成的`, or opening a clause that introduces them.
        let venues = """
        镇里开设白沙潮头书记讲坛，每月请专家授课。由老党员和党史专家组成的皖南铁军讲师团深入村社宣讲。\
        在后宅街道南下李村，村党组织开设南下李红色直播间。渡口边，沙沙渡党员志愿服务队的队员们每天轮流值守。\
        走进港城司机之家，休息室一应俱全。全市已组建片区组团18个，设立乡贤联络站。浏阳是秋收起义部队的出发地。
        """
        let found = ProgramFinder.find(in: [Block(kind: .paragraph, zh: venues)]).map(\.zh)
        for expected in ["白沙潮头书记讲坛", "皖南铁军讲师团", "南下李红色直播间", "沙沙渡党员志愿服务队", "港城司机之家"] {
            #expect(found.contains(expected), "missing \(expected) in \(found)")
        }
        for plain in ["片区组团", "乡贤联络站", "浏阳是秋收起义部队"] { #expect(!found.contains(plain), "\(plain) in \(found)") }
        // A verb after the quoted name makes it the actor; a conjunction joins two places.
        #expect(!names.contains { $0.hasPrefix("渔火护航企业") || $0.contains("祠堂和") || $0.hasPrefix("一期") }, "\(names)")
        #expect(!names.contains { $0.hasPrefix("保姆式") || $0.hasPrefix("面对面") }, "a manner of service is no name: \(names)")
        // Parallel `以“X”` clauses: a sibling counts even where the lexicon misreads its verb (拓宽 as a name).
        let parallel = ProgramFinder.find(in: [Block(kind: .paragraph, zh: "以“湖邻议事”拓宽协商渠道；以“湖邻帮办”提升服务效能；以“湖邻守望”凝聚治理力量。"),
                                               Block(kind: .paragraph, zh: "我们以“绣花功夫”拓宽服务渠道。")]).map(\.zh)
        #expect(Set(parallel) == ["湖邻议事", "湖邻帮办", "湖邻守望"], "\(parallel)")
    }

    @Test func listsOfNamedThingsQuotedTeamsAndCountedCampaigns() {
        let text = """
        成立“碧溪清波”“湖西守望”“风羽田园”等护河党小组42个。建成“桂香暖巢”“店前乐龄”等互助养老睦邻点148个。\
        传承“铁军”“红嫂”等精神。打赢“产业突破”“园区整治”等一场场硬仗。开设“实业报国”“教育兴邦”等现场教学专题12个。\
        老干部组成“银发参谋团”，参与村务。居民常到“红色客厅”议事，入选省“双创团队”1个。村里的“红色代办员”通过平台帮村民申办。\
        组织“老党员话初心”宣讲活动320场次。三仓镇党委在镇上设立服务点。在三仓瓜农党员先锋站，技术员正在讲课。\
        把老祠堂改造成鼓岭党员创客空间。
        """
        let names = ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)]).map(\.zh)
        for expected in ["碧溪清波", "湖西守望", "风羽田园", "桂香暖巢", "店前乐龄", "银发参谋团", "老党员话初心宣讲活动",
                         "三仓瓜农党员先锋站", "鼓岭党员创客空间"] {
            #expect(names.contains(expected), "missing \(expected) in \(names)")
        }
        let counted = ProgramFinder.find(in: [Block(kind: .paragraph, zh: """
        在商圈建设“港湾歇脚点”185个，组建“蓝海红舟”海上党支部42个。我们的办法是“国企兜底·红心托管”行动。\
        最有代表性的是“渔嫂帮帮团”。入选省“双创人才”7个。评选“红旗书记”26名。这样的“强村项目”已有近300个。
        """)]).map(\.zh)
        for expected in ["港湾歇脚点", "蓝海红舟", "国企兜底·红心托管行动", "渔嫂帮帮团"] {
            #expect(counted.contains(expected), "missing \(expected) in \(counted)")
        }
        for plain in ["双创人才", "红旗书记", "强村项目"] { #expect(!counted.contains { $0.hasPrefix(plain) }, "\(plain) in \(counted)") }
        for plain in ["铁军", "红嫂", "产业突破", "园区整治", "实业报国", "教育兴邦", "红色客厅", "双创团队", "红色代办员"] {
            #expect(!names.contains { $0.hasPrefix(plain) }, "\(plain) is no program: \(names)")
        }
    }

    @Test func moreCreditAndAccountLayouts() {
        func credits(_ lines: [String]) -> [String] {
            Bylines.find(in: lines, gazetteer: gazetteer).authors.map { "\($0.name)/\($0.role ?? "-")" }
        }
        #expect(Bylines.find(in: ["标题", "洱海组工　2023-09-21 19:02　发表于云南"], gazetteer: gazetteer).outlet?.zh == "洱海组工")
        #expect(Bylines.find(in: ["标题", "开化发布 2024年04月02日 18:30 浙江"], gazetteer: gazetteer).outlet?.zh == "开化发布")
        let wechat = Bylines.find(in: ["正文。", "供稿：右所镇党委　凤羽镇党委", "文字：杨丽娟　李春生", "图片：段晓梅", "编辑：赵雪梅"], gazetteer: gazetteer)
        #expect(wechat.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["杨丽娟/作者", "李春生/作者", "段晓梅/摄影", "赵雪梅/编辑"])
        #expect(wechat.consumedLines == [1, 2, 3, 4])
        let magazine = Bylines.find(in: ["标题", "作者：詹启明　　来源：《当代江西》2024年第8期　　发布时间：2024年04月25日"], gazetteer: gazetteer)
        #expect(magazine.outlet?.zh == "当代江西" && magazine.outlet?.issue == "2024年第8期")
        #expect(magazine.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["詹启明/作者"])
        #expect(credits(["□ 施沁言", "正文。"]) == ["施沁言/作者"])
        #expect(credits(["正文。", "本刊记者　宋雨桐"]) == ["宋雨桐/记者"])
        #expect(credits(["标题", "扬州日报记者 吴静怡　通讯员 邮组宣 陆一帆"]) == ["吴静怡/记者", "邮组宣/通讯员", "陆一帆/通讯员"])
        let signed = Bylines.find(in: ["标题", "□ 象山县委常委、组织部部长 俞海涛", "正文。"], gazetteer: gazetteer)
        #expect(signed.authors.first?.position == "象山县委常委、组织部部长")
        let reprint = Bylines.find(in: ["正文。", "（作者：顾振宇，系中共张家港市委常委、组织部部长）", "原载《苏州日报》2024年2月26日 第A06版"], gazetteer: gazetteer)
        #expect(reprint.authors.map { "\($0.name)/\($0.position ?? "-")" } == ["顾振宇/中共张家港市委常委、组织部部长"])
        #expect(reprint.outlet?.zh == "苏州日报")
        // A short headline above its `——` subtitle is the title; the subtitle is not.
        #expect(TitleFinder.find(in: ["林海深处党旗红", "——汤旺县党建引领国有林区转型发展见闻", "正文很长的一段话。"], skipping: [])?.text == "林海深处党旗红")
        #expect(Figures.find(in: [Block(kind: .paragraph, zh: "接待研学团队2100余批次。")]).first?.unit == "批次")
    }

    @Test func namedMeetingsNamingVerbsTownTeamsAndRoles() {
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)]).map(\.zh) }
        // A team named after a town the text names opens a clause with no introducing word; a venue there is only described.
        let town = names("石塘镇位于海边。石塘镇党员护海突击队连夜转移群众。石塘镇古村落祠堂保存完好。")
        #expect(town.contains("石塘镇党员护海突击队"))
        #expect(!town.contains(where: { $0.hasSuffix("祠堂") }))
        // Transliteration tags (顺德 is nrt) are proper words.
        #expect(names("区委成立顺德区新业态党建学院，每年开班12期。").contains("顺德区新业态党建学院"))
        // Quoted names after 改造成 and 建起, and after 命名为 for what the sentence set up (not an honour).
        #expect(names("社区把旧仓库改造成“邻里议事港”，居民有事来商量。").contains("邻里议事港"))
        #expect(names("组建党员护林队12支，命名为“青山卫士”，常年巡山。").contains("青山卫士"))
        #expect(names("该村被命名为“全国文明村”。").isEmpty)
        // Roles people take, product brands and slogans before 的 are no programs.
        #expect(names("党员当起“产业管家”，带着农户干。").isEmpty)
        #expect(names("统一使用“秀水蜜柚”区域公用品牌，带动增收。").isEmpty)
        #expect(names("努力打造“山海共富·和美石塘”的新样板。").isEmpty)
        // What a launch verb set up, named before a comma; a meeting held under its own name; a contest in 赛.
        #expect(names("这是城关推行的“院坝议事会”，群众面对面。").contains("院坝议事会"))
        #expect(names("村民们正在召开“板桥夜话会”，商量修路。").contains("板桥夜话会"))
        #expect(names("每年举办“青溪杯”村书记比拼赛，比思路比实绩。").contains("青溪杯村书记比拼赛"))
        // Counted kinds with a verb inside (示范), and 车间 after a quoted name.
        #expect(names("全县建成“茶香先锋”党员示范茶园43个。").contains("茶香先锋"))
        #expect(names("建起“巧手致富”帮扶车间，吸纳妇女就业。").contains("巧手致富帮扶车间"))
        #expect(names("“远山红”带动农户300户增收。").isEmpty)
        // A town whose stem is an everyday word (光明 in 光明镇, which the gazetteer holds), after 建了.
        #expect(names("我们在光明镇建了光明镇乡村振兴夜校，去年培训党员800人次。").contains("光明镇乡村振兴夜校"))
        // A venue after 的 when its name starts with a place of the text; an adverb makes a clause.
        let venues = names("走进红石村，村口的红石乡贤议事长廊里坐满了人。大家都习惯来长廊里坐坐。")
        #expect(venues == ["红石乡贤议事长廊"])
    }

    @Test func townStemsQuestionsSignaturesAndBracketedPositions() {
        func region(_ text: String) -> Region? { RegionFinder.find(in: [text], gazetteer: gazetteer).region }
        // A text that names a town and then calls it by its stem means the town, not the county elsewhere with that
        // short name (凤山县 is in Guangxi; 凤山镇 is a town of 凤庆县).
        #expect(region("凤庆县凤山镇党委以“凤山茶韵”为抓手，把凤山建设成为示范镇，凤山的茶园，凤山的党员")?.county == "凤庆县")
        func credits(_ lines: [String]) -> [String] {
            Bylines.find(in: lines, gazetteer: gazetteer).authors.map { "\($0.name)/\($0.role ?? "-")/\($0.position ?? "-")" }
        }
        #expect(credits(["标题", "记者：下一步，县里还有哪些打算？", "答：继续抓好书记队伍。"]).isEmpty)
        #expect(credits(["正文。", "文/图丨唐雨欣 欧阳晨"]) == ["唐雨欣/作者/-", "欧阳晨/作者/-"])
        #expect(credits(["标题", "作者：韦立新（中共融水县委常委、组织部部长）", "正文。"]) == ["韦立新/作者/中共融水县委常委、组织部部长"])
        #expect(credits(["文／施嘉禾", "正文。", "（作者为中共临海市委常委、组织部部长）"]) == ["施嘉禾/作者/中共临海市委常委、组织部部长"])
        let source = Bylines.find(in: ["标题", "来源：《湖南党建》杂志　作者：本刊记者 李岚　通讯员 谭思远　时间：2024-05-06"], gazetteer: gazetteer)
        #expect(source.outlet?.zh == "湖南党建")
        #expect(source.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["李岚/记者", "谭思远/通讯员"])
        // The last line is never a heading (a signature whose date was taken as the publication date).
        let blocks = BlockBuilder.blocks(from: ["一、主要做法", "正文一段。", "中共某某镇委员会"])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
    }

    @Test func formulasLikenessesRegionTownsAndStreetNames() {
        func names(_ text: String, region: String? = nil) -> [String] {
            let unit = region.flatMap { gazetteer.units(named: $0).first }
            return ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer, region: unit).map(\.zh)
        }
        // Standards of the form 一X一Y, likenesses after 是一个, and honours counted after 评出 are no programs.
        #expect(names("推行“一楼一码”，员工扫码就能办事。").isEmpty)
        #expect(names("一条街就是一个“红色家园”。").isEmpty)
        #expect(names("评出“星级文明商户”615户。").isEmpty)
        // Meetings after 推广, 宣讲 campaigns, work points that name a place, 以“X”为品牌.
        #expect(names("各村推广“院坝茶话会”，群众有事好商量。").contains("院坝茶话会"))
        #expect(names("组织开展“江畔话初心”理论宣讲，覆盖群众2000人次。").contains("江畔话初心理论宣讲"))
        #expect(names("县委印发《石城县2024年党建工作要点》。") == ["石城县2024年党建工作要点"])
        #expect(names("印发《关于加强党员教育的工作要点》。").isEmpty)
        #expect(names("以“银杏暖心”为品牌，建成服务驿站32个。").contains("银杏暖心"))
        // Unquoted 党建联盟; a venue introduced by its size; a venue ending at its second kind word.
        #expect(names("街道牵头成立沙坡头文旅党建联盟，吸收企业党组织。").contains("沙坡头文旅党建联盟"))
        #expect(names("走进东岭村。东岭村茶园党员示范基地有260亩，全部由党员带头管护。").contains("东岭村茶园党员示范基地"))
        #expect(names("依托古书院旧址，开设龙山书院廉风讲堂。").contains("龙山书院廉风讲堂"))
        // Verbs make clauses of venue words: `医生定期到驿站`, `办老年食堂`.
        #expect(names("党员律师、医生定期到驿站开展义诊。村里修路灯、建广场、办老年食堂。").isEmpty)
        // The towns of the article's region are places, with or without their suffix (武原 of 武原街道, 海盐县).
        #expect(names("县人民医院还成立武原青年律师党员工作室，由8名党员律师领衔。", region: "海盐县").contains("武原青年律师党员工作室"))
        // After 交给, a venue named after a street of the text.
        #expect(names("石桥街道成立调解组织。纠纷交给石桥街道货车司机老兵调解室处理。").contains("石桥街道货车司机老兵调解室"))
        // A short place name before 路, 街, 巷 or 亭 names a street: 南京路 is no mention of 南京.
        let region = RegionFinder.find(in: ["黄浦区南京路步行街党建联盟成立，南京路上商户众多，黄浦区委组织部，南京路沿线"], gazetteer: gazetteer).region
        #expect(region?.county == "黄浦区")
    }

    @Test func creditLayoutsFromPortalsPapersAndBroadcasters() {
        func credits(_ lines: [String]) -> [String] {
            Bylines.find(in: lines, gazetteer: gazetteer).authors.map { "\($0.name)/\($0.role ?? "-")" }
        }
        #expect(Bylines.find(in: ["标题", "转自：镇海区融媒体中心　2024-05-02", "正文。"], gazetteer: gazetteer).outlet?.zh == "镇海区融媒体中心")
        #expect(Bylines.find(in: ["正文。", "（本文原载于2024年3月8日《湖州日报》第5版）"], gazetteer: gazetteer).outlet?.zh == "湖州日报")
        #expect(credits(["标题", "台州日报全媒体记者 林可欣　通讯员 王立群 椒宣", "正文。"]) == ["林可欣/记者", "王立群/通讯员", "椒宣/通讯员"])
        #expect(credits(["正文。", "泉州广电网记者 陈雨桐 黄子昂　通讯员 泉组宣"]) == ["陈雨桐/记者", "黄子昂/记者", "泉组宣/通讯员"])
        #expect(credits(["标题", "王晓明/文 李思远/图", "正文。"]) == ["王晓明/作者", "李思远/摄影"])
        let bracketed = Bylines.find(in: ["标题", "【作者】王晓明 【来源】溧阳日报", "正文。"], gazetteer: gazetteer)
        #expect(bracketed.outlet?.zh == "溧阳日报" && bracketed.authors.map(\.name) == ["王晓明"])
        #expect(credits(["标题", "作者单位：溧阳市委组织部", "正文。"]).isEmpty)
        #expect(credits(["县里推进党建引领乡村振兴", "王晓明 李思远", "近年来，县里坚持党建引领，取得新成效。这是一段很长的正文。"]) == ["王晓明/作者", "李思远/作者"])
        let figures = Figures.find(in: [Block(kind: .paragraph, zh: "港区完成集装箱吞吐量1350万标准箱，已走访企业3900余家次。")])
        #expect(figures.map(\.unit) == ["标准箱", "家次"])
        #expect(figures.first?.value == 13_500_000)
    }

    @Test func datelinesDottedNamesEditionsAndTeamsPointedAt() {
        func credits(_ lines: [String]) -> [String] { Bylines.find(in: lines, gazetteer: gazetteer).authors.map(\.name) }
        // A dateline ending in 电; names of a role that need not start with a common surname before the next role.
        #expect(credits(["标题", "本报海拉尔6月17日电　（记者 苏日娜 巴特尔 通讯员 包立新）盛夏时节，草原上党员们正在巡边。"])
                == ["苏日娜", "巴特尔", "包立新"])
        // Names of minority peoples join their parts with a middle dot.
        #expect(credits(["正文。", "记者：古丽米拉·买买提 李晓东"]) == ["古丽米拉·买买提", "李晓东"])
        // The account alone after 原创; a paper's edition written A03版 or with its date in brackets.
        #expect(Bylines.find(in: ["标题", "原创　湟源党建　2024年05月06日 18:30　青海"], gazetteer: gazetteer).outlet?.zh == "湟源党建")
        #expect(Bylines.find(in: ["标题", "《湖州日报》2024年05月14日 A03版"], gazetteer: gazetteer).outlet?.zh == "湖州日报")
        #expect(Bylines.find(in: ["标题", "《嘉兴日报》（2024年04月16日 第03版）"], gazetteer: gazetteer).outlet?.zh == "嘉兴日报")
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)]).map(\.zh) }
        #expect(names("推动相邻海岛的村党组织组建沙屿联建党建共同体，抱团合作。").contains("沙屿联建党建共同体"))
        #expect(names("“草原党校”开进夏季牧场，送政策上门。").contains("草原党校"))
        #expect(names("每逢春节，都会举办“返乡茶叙”座谈会，请流动党员谈感受。").contains("返乡茶叙座谈会"))
        #expect(names("区委制定《安居区党员教育培训工作规划（2024—2028年）》。") == ["安居区党员教育培训工作规划（2024—2028年）"])
        #expect(names("一支队伍格外引人注目。这是龙潭峡景区党员平安服务队，86名队员常年值守。").contains("龙潭峡景区党员平安服务队"))
        // After 依托 a school the lists name, not a hall or a complex (existing resources).
        #expect(names("依托南太湖人才创新学院，常态化举办研修班。").contains("南太湖人才创新学院"))
        #expect(names("依托侨乡文化展馆建设教育基地，依托龙家林田园综合体发展产业。").isEmpty)
        let school = names("在东山乡，一所东山乡林草技术夜校办了起来，由技术员授课。")
        #expect(school.contains("东山乡林草技术夜校") && !school.contains(where: { $0.hasPrefix("一所") }))
    }

    @Test func placedBodiesCountedListsContestsAndPublisherLines() {
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer).map(\.zh) }
        // A body named in full after its county or town, filling the clause after a verb or opening a clause.
        #expect(names("宁海县成立宁海县驻杭州流动党员之家，定期开展组织生活。").contains("宁海县驻杭州流动党员之家"))
        #expect(names("宁海县依托宁海县红色物业实训中心，每年培训物业从业人员。").contains("宁海县红色物业实训中心"))
        #expect(names("宁海县山区村落分散，长街镇卫生院银发家庭医生团队常年走村入户。").contains("长街镇卫生院银发家庭医生团队"))
        // Offices, institutions, resources after 依托 and clauses holding a count or a second verb stay out.
        let kept = names("宁海县依托宁海县水土保持科教园，在宁海县人民医院，长街镇一处老渔校，宁海县建成长街镇乡贤学院。")
        #expect(!kept.contains { $0.hasPrefix("宁海县水土") || $0.hasPrefix("宁海县人民") || $0.contains("一处") || $0.contains("建成") })
        // Counted lists whose kind the lexicon splits into single characters (联|建|体).
        let list = names("组建“山海同行”“茶香共富”等行业党建联建体8个，每个联建体由龙头企业牵头。")
        #expect(list.contains("山海同行") && list.contains("茶香共富"))
        // Contests and reviews quoted whole; a list of practices, a rating and what people call a team are not.
        #expect(names("全县举办“村书记履职擂台赛”，28名书记同台比拼。").contains("村书记履职擂台赛"))
        #expect(names("推行“月调度、季晾晒、年考评”，压实责任。").isEmpty)
        #expect(names("全县已有“五星级党支部”40个。").isEmpty)
        #expect(names("服务队连夜集结，被群众称为“家门口的贴心服务队”。").isEmpty)
        // A brand with its kind and a count is the brand; with its kind alone, the brand and the kind.
        let counted = names("开设“夕照暖”长者助餐点12个，每天供餐。")
        #expect(counted.contains("夕照暖") && !counted.contains("夕照暖长者助餐点"))
        #expect(names("各村设立“便民帮你办”代办点，由党员代办。").contains("便民帮你办代办点"))

        // Credits: a paper ending in 报 before the role, an outlet and role after 文/, review sign-offs, a body credited.
        func credits(_ lines: [String]) -> [String] {
            Bylines.find(in: lines, gazetteer: gazetteer).authors.map { "\($0.name)/\($0.role ?? "-")" }
        }
        #expect(credits(["正文。", "鹰潭报记者 王一鸣　通讯员 李晓红"]) == ["王一鸣/记者", "李晓红/通讯员"])
        #expect(credits(["标题", "文/南方日报全媒体记者 陈嘉欣　通讯员 黄志明"]) == ["陈嘉欣/记者", "黄志明/通讯员"])
        #expect(credits(["正文。", "一审：钱丽萍　二审：王强　三审：沈峰"]) == ["钱丽萍/编辑", "王强/编辑", "沈峰/编辑"])
        let body = Bylines.find(in: ["正文。", "图片 | 宁海县委组织部"], gazetteer: gazetteer)
        #expect(body.authors.isEmpty && body.consumedLines == [1])
        #expect(Bylines.find(in: ["正文。", "来源：《台州日报》2024年6月4日"], gazetteer: gazetteer).outlet?.zh == "台州日报")
        // A short note in brackets closing a speech's title is part of it.
        #expect(TitleFinder.find(in: ["在全县组织工作会议上的讲话（摘要）", "宁海县委书记 王小明", "同志们："], skipping: [])?.text
                == "在全县组织工作会议上的讲话（摘要）")
        // The publisher's line settles which 桥西区 the body means, without counting as a mention.
        let body桥西 = ["桥西区推进网格治理，桥西区共有14个街道。"]
        #expect(RegionFinder.find(in: body桥西, gazetteer: gazetteer).region == nil)
        #expect(RegionFinder.find(in: body桥西, context: ["中共石家庄市桥西区委组织部　2024年5月20日"], gazetteer: gazetteer).region?.city == "石家庄市")
        // Points are counted in 分, but a time's minutes are not.
        let points = Figures.find(in: [Block(kind: .paragraph, zh: "累计发放积分46万分，活动于9时30分开始，覆盖楼宇32幢。")])
        #expect(points.map { "\(Int($0.value))\($0.unit)" } == ["460000分", "32幢"])
    }

    @Test func jointCommitteesRulesTitlesFormulasAndBriefChrome() {
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer).map(\.zh) }
        // Joint committees and bases named after a town; the name ends at its kind before the next verb.
        #expect(names("黑山县推进跨村联建。在励家镇，励家镇稻米产业联合党委把7个村的稻田连成一片。").contains("励家镇稻米产业联合党委"))
        #expect(names("黑山县在黑山县党员干部实训基地开设电商课程，每年培训党员。").contains("黑山县党员干部实训基地"))
        #expect(names("镇党委从茶农中挑选骨干，组建起石门镇茶农党员技术服务队，每年进村。") .contains { $0.hasPrefix("起") } == false)
        // A kind closed by a group's word after a verb; 委 after a brand; a counted kind closed by a body word.
        #expect(names("在城市社区推广“兰亭邻里”楼道自治小组，由党员担任楼道长。").contains("兰亭邻里楼道自治小组"))
        #expect(names("组建“织梦同行”纺织产业链党委，吸纳上下游企业党组织63个。").contains("织梦同行纺织产业链党委"))
        #expect(names("在全区建成“湖城红帮”代办站点186个，组建代办员队伍。").contains("湖城红帮"))
        // Rules titled 办法 or 规范 count when they name their place; a rules title without a place does not.
        #expect(names("县委组织部制定《黑山县跨村联建党组织规范化建设实施办法》，明确职责。").contains("黑山县跨村联建党组织规范化建设实施办法"))
        #expect(names("制定《党员积分管理办法》，按季度评议。").isEmpty)
        // Formulas, coverage slogans, practices joined before 模式, farm-product brands, scopes and colleges stay out.
        #expect(names("推行“一企联一村”结对机制，推行“一支部一项目”，推行“村村联建”。").isEmpty)
        #expect(names("推行“支部带社、能人带户”模式，统一打造“北岭湾”大米品牌。").isEmpty)
        #expect(names("依托全市智慧党建平台记录党员活动，依托孝义市技师学院建立实训基地。").isEmpty)
        #expect(names("每年举办一届“果乡擂台赛”，比产业发展。").contains("果乡擂台赛"))

        // A brief: its issue line and distribution lines are chrome, its issuing body is the outlet.
        let brief = Extractor.extract(lines: ["桦甸市基层党建工作简报", "第7期", "中共桦甸市委组织部", "桦甸市推行“桦山红烛”冬训品牌，全市组织培训1860场次。",
                                              "报：市委组织部", "送：市委各常委"])
        #expect(brief.outlet?.zh == "中共桦甸市委组织部")
        #expect(brief.blocks.map(\.zh) == ["桦甸市推行“桦山红烛”冬训品牌，全市组织培训1860场次。"])
    }

    @Test func columnTagsReportersPapersPenNamesAndTeamsOpeningAClause() {
        // A lone column tag before the first paragraph is chrome; a series of bracketed lines are sections.
        let column = Extractor.extract(lines: ["让组织力成为硬支撑", "文／邬立新", "【部长论坛】", "奉化区推行“头雁领飞”工程，全区选优配强村书记352名。"])
        #expect(!column.blocks.contains { $0.zh == "【部长论坛】" })
        let sections = Extractor.extract(lines: ["瓜洲党建工作简报", "2024年第7期", "【重点工作】", "瓜洲镇组建突击队", "入汛以来，瓜洲镇组建党员防汛突击队12支。", "【工作动态】", "甘泉街道组建宣讲团。"])
        #expect(sections.blocks.filter { $0.kind == .heading }.map(\.zh).contains("【重点工作】"))
        // The reporters' paper is the outlet when none is named; a labelled source replaces an account's name.
        #expect(Bylines.find(in: ["标题", "正文。（海南日报记者 符一琳 通讯员 文组宣）"], gazetteer: gazetteer).outlet?.zh == "海南日报")
        #expect(Bylines.find(in: ["标题", "吴兴发布　2024年05月27日 20:16　浙江", "正文。", "来源：吴兴区融媒体中心"], gazetteer: gazetteer).outlet?.zh == "吴兴区融媒体中心")
        #expect(Bylines.find(in: ["标题", "洱源组工　2023-09-21 19:02　发表于云南", "正文。", "供稿：茈碧湖镇党委"], gazetteer: gazetteer).outlet?.zh == "洱源组工")
        // An issue with its half-month note; pen names of an organisation department after 、.
        #expect(Bylines.find(in: ["标题", "共产党人　2024年第8期（4月下）"], gazetteer: gazetteer).outlet?.zh == "共产党人")
        #expect(Bylines.find(in: ["标题", "本报讯（记者赵雅宁 通讯员张书航、威组轩）冬日的威县…"], gazetteer: gazetteer).authors.map(\.name)
                == ["赵雅宁", "张书航", "威组轩"])
        // A body named after its place opening a clause, before a preposition or (a team) a verb.
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer).map(\.zh) }
        #expect(names("鹿邑县推进网格治理。卫真街道老街坊调解队由退休干部组成，常年活跃在小巷。").contains("卫真街道老街坊调解队"))
        #expect(names("岳西县推进工作。来榜镇红军后代宣讲团走村入户讲述红军故事。").contains("来榜镇红军后代宣讲团"))
        #expect(names("组建“鲍鱼飘香”“紫菜兴村”等特色渔业党建共富链，由村党组织牵头。") == ["鲍鱼飘香", "紫菜兴村"])
    }

    @Test func datelinesMastheadsSpeechesAndBodiesCredited() {
        func found(_ lines: [String]) -> Bylines.Found { Bylines.find(in: lines, gazetteer: gazetteer) }
        // An agency's dateline names the outlet; 本报讯 and a place alone do not.
        #expect(found(["标题", "新华社昆明3月9日电（记者 杨晓岚 周立行）走进安置社区，…"]).outlet?.zh == "新华社")
        #expect(found(["标题", "本报讯（记者 杨晓岚）走进安置社区，…"]).outlet == nil)
        #expect(found(["标题", "禄劝讯（记者 杨晓岚）走进安置社区，…"]).outlet == nil)
        let centre = found(["标题", "禄劝县融媒体中心讯（记者 杨晓岚　通讯员 禄组宣 阿苏木呷）冬日里，…"])
        #expect(centre.authors.map(\.name) == ["杨晓岚", "禄组宣", "阿苏木呷"])
        // A brief's masthead is the outlet, with its issue, when the item's headline follows it.
        let brief = found(["禄劝组工动态", "2023年第4期（总第77期）", "中共禄劝县委组织部编　　2023年3月2日", "禄劝县推行院落议事激活治理末梢", "今年以来，禄劝县…。"])
        #expect(brief.outlet?.zh == "禄劝组工动态" && brief.outlet?.issue == "2023年第4期（总第77期）")
        #expect(brief.consumedLines.isSuperset(of: [0, 1]))
        // The unit under a speech is its speaker, not its publisher; under a report it is the outlet.
        #expect(found(["以党建聚合力", "——在全县组织工作会议上的交流发言", "中共禄劝县委组织部", "正文。"]).outlet == nil)
        #expect(found(["以党建聚合力", "——禄劝县推进院落议事的实践", "中共禄劝县委组织部", "正文。"]).outlet?.zh == "中共禄劝县委组织部")
        // A body credited as writer or contributor is the outlet; bars part credits; 报道 closes a credit.
        #expect(found(["标题", "作者：禄劝县委组织部", "正文。"]).outlet?.zh == "禄劝县委组织部")
        #expect(found(["标题", "正文。", "禄劝县委组织部供稿"]).outlet?.zh == "禄劝县委组织部")
        #expect(found(["标题", "正文。", "（禄劝县委组织部 供稿）"]).outlet?.zh == "禄劝县委组织部")
        #expect(found(["标题", "【来源：禄劝县融媒体中心】", "正文。"]).outlet?.zh == "禄劝县融媒体中心")
        #expect(found(["标题", "原标题：禄劝县推行院落议事", "正文。"]).consumedLines.contains(1))
        #expect(found(["标题", "■ 本报记者 杨晓岚 特约记者 周立行", "正文。"]).authors.map(\.role) == ["记者", "记者"])
        #expect(found(["标题", "来源：禄劝县融媒体中心 | 记者：杨晓岚 | 编辑：周立行", "正文。"]).authors.map(\.name) == ["杨晓岚", "周立行"])
        #expect(found(["标题", "记者 杨晓岚 实习生 周立行 报道", "正文。"]).authors.map(\.name) == ["杨晓岚", "周立行"])
        // A reprint note with its issue; a position in brackets or before wide spaces.
        let reprint = found(["标题", "正文。", "选自《云岭先锋》2023年第11期"]).outlet
        #expect(reprint?.zh == "云岭先锋" && reprint?.issue == "2023年第11期")
        #expect(found(["标题", "作者：杨晓岚（中共禄劝县委党校讲师）", "正文。"]).authors.first?.position == "中共禄劝县委党校讲师")
        #expect(found(["标题", "中共禄劝县委书记　　周立行", "正文。"]).authors.first?.position == "中共禄劝县委书记")
        // A forum title loses its label and repost tag; a headline keeps its subtitle on one line.
        #expect(Extractor.extract(lines: ["标题：【转帖】禄劝县院落议事激活治理末梢", "今年以来，禄劝县推行院落议事，化解矛盾纠纷320件，群众满意度明显提升。"]).title.zh == "禄劝县院落议事激活治理末梢")
        let subtitled = "激活院落“红色细胞” 赋能山区治理——禄劝县推进院落议事与网格治理深度融合的做法与成效"
        #expect(Extractor.extract(lines: [subtitled, "今年以来，禄劝县推行院落议事，化解矛盾纠纷320件，群众满意度明显提升。"]).title.zh == subtitled)
        // Bracketed keywords, parted by wide spaces.
        #expect(KeywordFinder.find(in: ["【关键词】院落议事　网格治理　山区"])?.words == ["院落议事", "网格治理", "山区"])
    }

    @Test func pageFieldsResearchGroupsContributorsAndAccountNames() {
        func found(_ lines: [String]) -> Bylines.Found { Bylines.find(in: lines, gazetteer: gazetteer) }
        // Page fields on one line, read field by field.
        let paper = found(["标题", "版次：03　版名：县域新闻　作者：本报记者 杨晓岚　通讯员 禄组宣 周立行", "正文。"])
        #expect(paper.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["杨晓岚/记者", "禄组宣/通讯员", "周立行/通讯员"])
        #expect(paper.consumedLines.contains(1))
        // A research group's members with their posts; the group's own line is chrome.
        let report = found(["关于山区院落议事的调研报告", "中共禄劝县委组织部课题组", "课题组组长：杨晓岚（禄劝县委常委、组织部部长）",
                            "课题组成员：周立行（禄劝县委组织部）　李思源（中共禄劝县委党校）", "正文。"])
        #expect(report.authors.map { "\($0.name)/\($0.position ?? "-")" } == ["杨晓岚/禄劝县委常委、组织部部长", "周立行/禄劝县委组织部", "李思源/中共禄劝县委党校"])
        #expect(report.consumedLines.isSuperset(of: [1, 2, 3]))
        // A person who supplied the text wrote it; `文：` credits the writer; a pen name may open a dateline credit.
        #expect(found(["标题", "正文。", "供稿：杨晓岚", "编辑：周立行"]).authors.map { "\($0.name)/\($0.role ?? "-")" } == ["杨晓岚/作者", "周立行/编辑"])
        #expect(found(["标题", "正文。", "文：杨晓岚　周立行", "图：李思源"]).authors.map { "\($0.name)/\($0.role ?? "-")" } == ["杨晓岚/作者", "周立行/作者", "李思源/摄影"])
        #expect(found(["标题", "本网讯（通讯员 禄组宣 周立行）近日，…"]).authors.map(\.name) == ["禄组宣", "周立行"])
        // The account's name above the title is chrome, also when a labelled source is the outlet.
        let post = found(["禄劝组工", "院落议事激活治理末梢", "禄劝组工　2024年10月11日 18:30　云南", "来源：禄劝县融媒体中心", "正文。"])
        #expect(post.outlet?.zh == "禄劝县融媒体中心" && post.consumedLines.contains(0))
    }

    @Test func ePapersDisclosurePagesLongHeadlinesAndTimedDates() {
        func found(_ lines: [String]) -> Bylines.Found { Bylines.find(in: lines, gazetteer: gazetteer) }
        // An e-paper's masthead names the paper; its page line is chrome.
        let paper = found(["曲靖日报数字报", "2024年04月12日 星期五", "第05版：县域经济", "山乡党旗红", "正文。"])
        #expect(paper.outlet?.zh == "曲靖日报" && paper.consumedLines.isSuperset(of: [0, 2]))
        // A disclosure page's index fields are page fields.
        #expect(found(["索引号：11530000/2024-00015　信息分类：工作动态", "标题", "正文。"]).consumedLines.contains(0))
        // The same day with its time is the fuller date.
        #expect(DateFinder.find(in: ["生成日期：2024-06-18", "标题", "发布时间：2024-06-18 15:22　来源：禄劝县委组织部"])?.iso == "2024-06-18T15:22")
        // A long `who：what` first line is the title; a bare name whose surname is rarer is the writer.
        let long = "禄劝县委常委、组织部部长杨晓岚：让党组织领办合作社成为山区群众的“致富引擎”"
        #expect(Extractor.extract(lines: [long, "记者：禄劝是山区县，发展村集体经济有哪些难点？县里是怎样破题的？"]).title.zh == long)
        #expect(found(["冀晓岚", "一、建强组织体系", "正文。"]).authors.map(\.name) == ["冀晓岚"])
    }

    @Test func portalsPlatformsForumsAndAppsGiveTheArticlesOwnMetadata() {
        func found(_ lines: [String]) -> Bylines.Found { Bylines.find(in: lines, gazetteer: gazetteer) }
        let body = "近年来，宁安市把年轻干部放到乡村振兴一线锻炼，全市三年来选派年轻干部四百余名。"
        // A headline above its subtitle is the title when the date follows the subtitle, not the issue line below;
        // that line is metadata even with an edition's note and the outlet already named.
        let magazine = Extractor.extract(lines: ["守好北疆门户 建强边村堡垒", "——宁安市抓党建促兴边的实践", "发布日期：2024-04-09 08:30　来源：北疆先锋",
                                                 "《北疆先锋》（党建版）2024年第4期", body])
        #expect(magazine.title.zh == "守好北疆门户 建强边村堡垒" && magazine.outlet == Outlet(zh: "北疆先锋", issue: "2024年第4期"))
        // A forum thread: the board's category leaves the title; the article's labelled date beats the posting time.
        let thread = Extractor.extract(lines: ["[本地新闻] 宁安市：党建引领织密治理网", "发表于 2024-6-12 10:22:36", "发布时间：2024-06-11 18:30",
                                               "来源：宁安市融媒体中心", body])
        #expect(thread.title.zh == "宁安市：党建引领织密治理网" && thread.date == "2024-06-11T18:30")
        #expect(!thread.blocks.contains { $0.zh.hasPrefix("发表于") })
        // A column's tag in lenticular brackets stays in the title.
        #expect(Extractor.extract(lines: ["【书记访谈】宁安市：让党旗在边村飘扬", "2024-06-11 18:30", body]).title.zh == "【书记访谈】宁安市：让党旗在边村飘扬")
        // A WeChat byline whose date went to the next line.
        let wechat = Extractor.extract(lines: ["宁安：边村里的“红色动能”", "原创 孙小宁 宁安发布", "2024年09月12日 17:30 黑龙江", body])
        #expect(wechat.title.zh == "宁安：边村里的“红色动能”" && wechat.outlet?.zh == "宁安发布" && wechat.authors.map(\.name) == ["孙小宁"])
        #expect(wechat.date == "2024-09-12T17:30")
        // A minority name joined by a middle dot after another name; a news site's joined dateline; a closing credit
        // that names a media centre in full.
        #expect(found(["标题", "本网讯（通讯员 李建国 阿依努尔·托合提）" + body]).authors.map(\.name) == ["李建国", "阿依努尔·托合提"])
        let wire = found(["标题", "北疆网-宁安客户端6月9日讯（记者 赵一鸣）" + body])
        #expect(wire.authors.map(\.name) == ["赵一鸣"] && wire.outlet?.zh == "北疆网")
        let closing = found(["标题", body, "（牡丹江市宁安市融媒体中心记者 赵一鸣 钱佳音　通讯员 宁组宣）", "编辑：孙立群", "点赞 126"])
        #expect(closing.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["赵一鸣/记者", "钱佳音/记者", "宁组宣/通讯员", "孙立群/编辑"])
        // A self-media platform's own source label yields to the source the post names.
        #expect(found(["标题", "来源：澎湃新闻·澎湃号·政务", "来源：牡丹江日报", body]).outlet?.zh == "牡丹江日报")
        // A disclosure page's index fields, one a line or in tab cells: metadata, and the issuer is the outlet when no
        // source is named; an e-paper's page editor is an editor.
        let disclosure = Extractor.extract(lines: ["索引号：\t11231083MB1234567X/2024-00345", "发布机构：\t中共宁安市委组织部", "生成日期：2024-06-12",
                                                   "宁安市推进党建引领乡村治理", "发布日期：2024-06-12 16:48　浏览次数：2381", body, "本版责编：孙立群"])
        #expect(disclosure.title.zh == "宁安市推进党建引领乡村治理" && disclosure.outlet?.zh == "中共宁安市委组织部")
        #expect(disclosure.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["孙立群/编辑"] && disclosure.date == "2024-06-12T16:48")
        #expect(!disclosure.blocks.contains { $0.zh.contains("索引号") || $0.zh.contains("发布机构") })
    }

    @Test func mastheadsKickersPenNamesAndHeadingsOnlyInsideTheArticle() {
        func found(_ lines: [String]) -> Bylines.Found { Bylines.find(in: lines, gazetteer: gazetteer) }
        let body = "近年来，宁安市把年轻干部放到乡村振兴一线锻炼，全市三年来选派年轻干部四百余名。"
        // A paper's masthead alone above its date and page line names the paper; the headline above the subtitle is
        // the title, not the kicker above it; lines before the title and after the last paragraph are no headings.
        let page = ["牡丹江日报", "2024年06月12日　星期三", "第02版：基层党建", "宁安市多措并举培养年轻干部",
                    "到一线去 在实干中成长", "——宁安市年轻干部培养工作侧记", body, "下沉一线练本领", body, "返回顶部　打印本页", "版权所有页尾"]
        let e = Extractor.extract(lines: page)
        #expect(e.outlet?.zh == "牡丹江日报" && e.title.zh == "到一线去 在实干中成长")
        #expect(e.blocks.filter { $0.kind == .heading }.map(\.zh) == ["——宁安市年轻干部培养工作侧记", "下沉一线练本领"])
        // A WeChat byline signed with a pen name; credits one name a line; a writer's label before a position.
        let wechat = found(["标题", "原创 宁组宣 宁安组工 2024-05-08 17:40 黑龙江", body, "来源：宁安市委组织部"])
        #expect(wechat.authors.map(\.name) == ["宁组宣"] && wechat.outlet?.zh == "宁安组工")
        #expect(DateFinder.find(in: ["标题", "原创 宁安组工 宁安组工 2024-05-08 17:40 发表于黑龙江"])?.iso == "2024-05-08T17:40")
        let split = found([body, "记者", "赵一鸣", "钱佳音", "通讯员", "宁组轩"])
        #expect(split.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["赵一鸣/记者", "钱佳音/记者", "宁组轩/通讯员"])
        let signed = found(["标题", "作者：中共宁安市委常委、组织部部长　孙立群", body])
        #expect(signed.authors.map { "\($0.name)/\($0.position ?? "-")" } == ["孙立群/中共宁安市委常委、组织部部长"])
        // A brief whose masthead names no place is published by the body on the line after its issue.
        let brief = found(["组织工作简报", "第12期", "中共宁安市委组织部　　　2024年3月8日", "宁安市推进党建引领乡村治理", body])
        #expect(brief.outlet?.zh == "中共宁安市委组织部")
        let named = found(["宁安组工简报", "2024年第12期", "宁安市推进党建引领乡村治理", body])
        #expect(named.outlet?.zh == "宁安组工简报")
        // A portal's tool bar and menu items read like headlines: the headline is the line its date follows.
        let portal = Extractor.extract(lines: ["宁安市人民政府", "政务公开", "政务服务", "互动交流", "“牡丹江畔”聚人才 返乡创业添活力",
                                               "发布时间：2024-06-12 16:48　来源：宁安市委组织部", body, "一、以情引才", body])
        #expect(portal.title.zh == "“牡丹江畔”聚人才 返乡创业添活力" && portal.blocks.filter { $0.kind == .heading }.map(\.zh) == ["一、以情引才"])
        // The page's short lines above the title are left out of the text and handed on to be logged.
        #expect(portal.pageLines == ["宁安市人民政府", "政务公开", "政务服务", "互动交流"])
        #expect(!portal.blocks.contains { ["宁安市人民政府", "政务公开"].contains($0.zh) })
        // A news app's account alone under the headline and above its date is the outlet; places credited for
        // photos are no people.
        let app = found(["宁安：退役军人服务站有了新作为", "宁安发布", "2024-06-12 16:48·黑龙江", body])
        #expect(app.outlet?.zh == "宁安发布" && app.consumedLines.contains(1))
        #expect(found(["标题", body, "文字：于晓岚　图片：渤海镇 镜泊镇　编辑：钱佳音"]).authors.map(\.name) == ["于晓岚", "钱佳音"])
        // A reporter's credit says more than a writer's label for the same person.
        let twice = found(["标题", "2024-05-16 09:32　来源：牡丹江日报　作者：于晓岚", "牡丹江日报记者 于晓岚　通讯员 宁组宣", body])
        #expect(twice.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["于晓岚/记者", "宁组宣/通讯员"])
        // A speech's date in brackets is when it was given; the page's labelled date is the publication date.
        #expect(DateFinder.find(in: ["标题", "——在全市推进会上的讲话", "（2024年3月22日）", body, "来源：宁安市人民政府网　2024-03-26 10:20"])?.iso == "2024-03-26T10:20")
        #expect(DateFinder.find(in: ["标题", "——在全市推进会上的讲话", "（2024年3月22日）", body])?.iso == "2024-03-22")
    }

    @Test func pageLinesAboveTheTitleAreLoggedAsRemoved() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = ["宁安市人民政府", "政务公开", "政务服务", "“牡丹江畔”聚人才 返乡创业添活力", "发布时间：2024-06-12 16:48　来源：宁安市委组织部",
                    "近年来，宁安市把年轻干部放到乡村振兴一线锻炼，全市三年来选派年轻干部四百余名。"].joined(separator: "\n")
        let file = dir.appendingPathComponent("page.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let doc = try #require(try await SiteBuilder.process(paths: [file.path], glossary: .builtIn).0.first)
        let removed = doc.repairs.first { $0.kind == "removed-line" }?.examples ?? []
        #expect(removed.filter { $0.after == "[page line above the title]" }.map(\.before) == ["宁安市人民政府", "政务公开", "政务服务"])
        #expect(!doc.blocks.contains { $0.zh == "政务公开" })
    }

    @Test func listsBeforeAServiceKindTeamsWithTheirWorkAndPostsFilled() {
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer).map(\.zh) }
        #expect(names("社区推出“暖心饭桌”“银发陪诊”等为老服务项目，解决老人吃饭难。") == ["暖心饭桌", "银发陪诊"])
        #expect(names("村里成立“新村娘家”助老志愿服务社，为独居老人上门服务。") == ["新村娘家助老志愿服务社"])
        #expect(names("五个村共同出资组建“镜泊好味”强村公司，统一销售。") == ["镜泊好味强村公司"])
        #expect(names("各镇开设“归雁有岗”就业服务专窗，提供岗位推介。") == ["归雁有岗就业服务专窗"])
        #expect(names("渤海镇探索建立“渤海邻里时间银行”，服务时长可以兑换。") == ["渤海邻里时间银行"])
        #expect(names("在渤海镇，渤海镇红歌宣讲志愿队的28名队员走村串户。") == ["渤海镇红歌宣讲志愿队"])
        #expect(names("“有事就找我们。”镜泊湖党员水上救援队队长于海说。") == ["镜泊湖党员水上救援队"])
        #expect(names("社区按楼栋选出“楼道红管家”312名，负责调解纠纷。") == ["楼道红管家"])
        #expect(names("渤海镇一处旧粮站挂上了渤海镇乡村振兴学院的牌子。") == ["渤海镇乡村振兴学院"])
        #expect(names("各队下设“江岸守护”“渔火帮办”等青年党员志愿服务小分队，去年服务800次。") == ["江岸守护", "渔火帮办"])
        #expect(names("两地设立“牡宁同心”消费帮扶专柜，上架农特产品。") == ["牡宁同心消费帮扶专柜"])
        #expect(names("入冬以来，渤海镇电商党员创业孵化园里一派忙碌。") == ["渤海镇电商党员创业孵化园"])
        #expect(names("暴雨过后，镜泊山党员应急救援队的队员们连夜清理山道。") == ["镜泊山党员应急救援队"])
        // Boats hung with a plaque, honours, a priority of the secretary's, and a place then a preposition: no names.
        #expect(names("全镇为渔船挂牌“党员先锋舟”86艘。").isEmpty)
        #expect(names("去年全县评出“最美孝心党员”100名。").isEmpty)
        #expect(names("市委把乡村振兴作为“书记工程”来抓。").isEmpty)
        #expect(names("宁安市以新时代文明实践站为依托组建分队。").isEmpty)
        #expect(names("把抵边村寨作为守好祖国“北大门”的前沿阵地。").isEmpty)
        #expect(names("为建设“牡丹之城·幸福宁安”凝聚人才力量。").isEmpty)
        // Clauses that end in a venue or kind are no names: an adverb, a role taken, a building verb, two short kinds.
        #expect(names("按服务质量评定星级，目前已评出五星级服务站36个。").isEmpty)
        #expect(names("宁安市推行村党组织书记兼任颐养之家理事长。").isEmpty)
        #expect(names("各地利用闲置村部、学校建设村级公共服务礼堂，全县已建成142个。").isEmpty)
        #expect(names("返乡青年开设网店和直播间，去年线上销售额突破3000万元。").isEmpty)
        #expect(names("每季度举办一期“牡丹书记沙龙”，交流治理经验。") == ["牡丹书记沙龙"])
    }

    @Test func brandsWithSplitKindsAndFormulasOfDuty() {
        func names(_ text: String) -> [String] { ProgramFinder.find(in: [Block(kind: .paragraph, zh: text)], gazetteer: gazetteer).map(\.zh) }
        // A brand with a kind the lexicon splits or joins to a verb, a festival, a class.
        #expect(names("在撒营盘镇，“彝绣飘香”巧手工坊带动留守妇女就业。") == ["彝绣飘香巧手工坊"])
        #expect(names("社区开办“小松鼠”课后托管班，组织志愿者辅导作业。") == ["小松鼠课后托管班"])
        #expect(names("县里每年举办“核桃熟了”丰收节，组织党员带货。") == ["核桃熟了丰收节"])
        #expect(names("在牧场组建“马背红帐”流动党支部18个，跟随转场。") == ["马背红帐"])
        #expect(names("这是当地的“火塘边议事会”，由支部书记主持。") == ["火塘边议事会"])
        // A local body with a numeral joined to its unit word; a hall opening a clause before a verb.
        #expect(names("禄劝县撒营盘镇整合资源，成立撒营盘镇七村联营合作社，发展乡村旅游。") == ["撒营盘镇七村联营合作社"])
        #expect(names("禄劝县推进红色教育。撒营盘镇红色记忆馆收集革命文物300余件。") == ["撒营盘镇红色记忆馆"])
        // Standards of duty, walking-distance service circles, lists of single duties and tiers are no programs;
        // nor are 实行 + 动态, power stations or two places joined.
        #expect(names("推行“一员联多户”，帮助群众解决难题。").isEmpty)
        #expect(names("加快打造“10分钟便民生活圈”，让居民满意。").isEmpty)
        #expect(names("围绕“学、比、帮、带”四个方面设置积分。").isEmpty)
        #expect(names("建立“社区党委—小区党支部—楼栋党小组”三级组织体系。").isEmpty)
        #expect(names("对入党积极分子实行动态管理。").isEmpty)
        #expect(names("资金投向光伏电站、标准厂房等项目。").isEmpty)
        #expect(names("村党支部把闲置老屋改造成民宿和乡愁展馆。").isEmpty)
        // Who leads is no team; a service circle of minutes is the national standard unless it is the Party's.
        #expect(names("开展走访行动，由社区党组织书记带队逐户回访。").allSatisfy { !$0.hasSuffix("带队") })
        #expect(names("努力构建“10分钟养老服务圈”，让老人满意。").isEmpty)
        #expect(names("打造“十五分钟党群服务圈”，方便群众办事。") == ["十五分钟党群服务圈"])
        // A brand with a team word jieba tags as a name; a festival of selling; a body with an ordinal in its name.
        #expect(names("县里成立“山乡老将”顾问团，为合作社出主意。") == ["山乡老将顾问团"])
        #expect(names("县里举办首届“滇中好物”第一书记带货节，书记们走进直播间。") == ["滇中好物第一书记带货节"])
        #expect(names("禄劝县撒营盘镇推进帮扶。由镇党委牵头成立撒营盘镇第一书记联盟，编成4个小组。").contains("撒营盘镇第一书记联盟"))
        // 行动 before 不便 is the verb; a clause opened by a time is no name; a plain points shop is generic.
        #expect(names("在翔云镇，志愿者还帮行动不便的老人代购药品。").isEmpty)
        #expect(names("游客白天重走红军路、晚上住进农家小院。").isEmpty)
        #expect(names("禄劝还在网格中推行“积分超市”，群众以分换物。").isEmpty)
        #expect(names("县里每年评选“金牌农家管家”，去年共有30人获此称号。").isEmpty)
        #expect(names("禄劝开展“亮身份、亮承诺、亮实绩”活动，设立党员先锋岗120个。").isEmpty)
    }

    @Test func weChatAccountsBarCreditsAndSignatures() {
        let accountLine = Bylines.find(in: ["标题", "滨湖组工 2023年11月08日 20:15 江苏", "正文。", "文 | 张晓岚", "图 | 郑凯文", "编辑 | 何佳音"], gazetteer: gazetteer)
        #expect(accountLine.outlet?.zh == "滨湖组工")
        #expect(accountLine.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["张晓岚/作者", "郑凯文/摄影", "何佳音/编辑"])
        let original = Bylines.find(in: ["标题", "原创 李沐阳 滨湖组工 2024-04-16 17:52 湖南", "正文。"], gazetteer: gazetteer)
        #expect(original.authors.map { "\($0.name)/\($0.role ?? "-")" } == ["李沐阳/作者"] && original.outlet?.zh == "滨湖组工")
        #expect(DateFinder.find(in: ["标题", "原创 李沐阳 滨湖组工 2024-04-16 17:52 湖南"])?.iso == "2024-04-16T17:52")
        let wuhu = Bylines.find(in: ["文／姚一帆", "正文。", "（姚一帆系芜湖市委常委、组织部部长）", "（来源：《芜湖日报》2024年3月12日 A3版）"], gazetteer: gazetteer)
        #expect(wuhu.authors.map { "\($0.name)/\($0.role ?? "-")/\($0.position ?? "-")" } == ["姚一帆/作者/芜湖市委常委、组织部部长"])
        #expect(wuhu.outlet?.zh == "芜湖日报")
        let account = Bylines.find(in: ["标题", "原创 金水组工 金水组工 2024-05-20 18:30 河南"], gazetteer: gazetteer)
        #expect(account.authors.isEmpty && account.outlet?.zh == "金水组工")
        let portal = Bylines.find(in: ["发布日期：2024-01-10　　信息来源：滨湖区委组织部　　字号：[大 中 小]"], gazetteer: gazetteer)
        #expect(portal.outlet?.zh == "滨湖区委组织部")
        // The closing signature of a work summary is no heading.
        let blocks = BlockBuilder.blocks(from: ["一、主要工作", "全年完成各项任务。", "中共滨湖区委组织部", "2024年1月10日"])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
    }

    @Test func figureSubjectsAfterRatesSharesAndQuotedNames() {
        func figures(_ s: String) -> [Figure] { Figures.find(in: [Block(kind: .paragraph, zh: s)]) }
        #expect(figures("按照2000元/人的培训经费标准。").first?.subject?.hasPrefix("培训经费") == true)
        #expect(figures("直接减少了25%的会议文件。").first?.subject == "会议文件")
        #expect(figures("建成8个“红色驿站”。").first?.subject == "红色驿站")
        #expect(figures("引进海外高层次人才26名。").first?.subject?.hasSuffix("人才") == true)
        let shares = figures("村书记中本科学历占比分别达到60%、75%。")
        #expect(shares.count == 2 && shares[0].subject == shares[1].subject && shares[0].subject != nil)
        #expect(figures("梳理出3大类12小项任务。").map(\.unit) == ["类", "项"])
    }

    @Test func figuresWithMultipliersQualifiersRangesAndSubjects() {
        func figures(_ s: String) -> [Figure] { Figures.find(in: [Block(kind: .paragraph, zh: s)]) }
        let members = figures("太仓全市4万多名党员，冲在一线。")
        #expect(members.first?.value == 40000 && members.first?.qualifier == "多" && members.first?.subject == "党员")
        let wages = figures("村干部每月工资从4400元至8700元不等。")
        #expect(wages.first?.value == 4400 && wages.first?.upper == 8700 && wages.first?.unit == "元")
        let policies = figures("发布惠企政策154类，优化涉企流程200多项。")
        #expect(policies.map(\.subject) == ["惠企政策", "涉企流程"])
        let growth = figures("一般公共预算收入同比增长31.4%。")
        #expect(growth.first?.unit == "%" && growth.first?.subject == "一般公共预算收入")
        let chinese = figures("撤县设市三十年来，两千名志愿者参与。")
        #expect(chinese.map(\.value) == [2000])
        #expect(figures("制定了“1+7”系列文件，建立“四岗十五级”体系，2020年3月16日。").isEmpty)
        #expect(figures("建党100周年文艺汇演，第三届活动。").isEmpty)
    }

    @Test func everySeedGivesTheFieldsAResearcherRecords() async throws {
        let (docs, _) = try await SiteBuilder.loadDocuments(seeds: Repo.seeds, glossary: .builtIn)
        let byID = Dictionary(uniqueKeysWithValues: docs.map { (String($0.id.prefix(3)), $0) })
        let d0 = try #require(byID["000"]), d2 = try #require(byID["002"]), d3 = try #require(byID["003"]), d4 = try #require(byID["004"])
        #expect(d0.title.derived && d0.date == "2020-12-25" && d0.authors.first?.name == "顾志敏")
        #expect(d0.region?.county == "太仓市")
        #expect(d2.title == Title(zh: "撤县设市之激荡三十年三十领航溧阳融", en: d2.title.en, derived: false))
        #expect(d2.outlet?.zh == "溧阳市融媒体中心")
        #expect(d3.title.zh == "以高质量党建引领海曙一流强区建设" && !d3.title.derived)
        #expect(d3.outlet?.issue == "2018年8期" && d3.keywords == ["支部", "党组织", "党员"])
        #expect(d3.blocks.filter { $0.kind == .heading }.map(\.zh).prefix(2) == ["●部长心语", "着力打造全景示范的基层党建格局"])
        #expect(d4.authors.map(\.name) == ["李波", "刘星佑"] && d4.outlet == nil)
        #expect(d4.region?.city == "南通市")
        for doc in docs { #expect(doc.programs.count >= 5, "\(doc.id) programs") }
        #expect(d0.programs.map(\.zh).contains("思源工程"))
        #expect(d3.programs.map(\.zh).contains("百创汇海计划"))
    }
}
