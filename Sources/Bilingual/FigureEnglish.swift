import Foundation
import SiteModel

/// Figures in English the way an analyst writes them: `4万多名党员` → "more than 40,000 Party members".
public enum FigureEnglish {
    /// English for units that carry meaning; bare classifiers (个, 名, 家 …) need none beside a subject.
    static let units: [String: (singular: String, plural: String)] = [
        "元": ("yuan", "yuan"), "万元": ("yuan", "yuan"), "亿元": ("yuan", "yuan"), "千元": ("yuan", "yuan"),
        "%": ("percent", "percent"), "公里": ("kilometer", "kilometers"), "平方公里": ("square kilometer", "square kilometers"),
        "平方米": ("square meter", "square meters"), "万平方米": ("square meter", "square meters"), "类": ("category", "categories"),
        "项": ("item", "items"), "次": ("time", "times"), "人次": ("person-time", "person-times"), "户": ("household", "households"),
        "批": ("batch", "batches"), "期": ("issue", "issues"), "篇": ("article", "articles"), "倍": ("times", "times"),
        "场": ("session", "sessions"), "条": ("item", "items"), "亩": ("mu", "mu"), "吨": ("tonne", "tonnes"), "天": ("day", "days"),
        "岁": ("years old", "years old"), "村": ("village", "villages"), "人": ("person", "people"), "名": ("person", "people"),
        "个百分点": ("percentage point", "percentage points"), "辆": ("vehicle", "vehicles"), "所": ("institution", "institutions"),
        "家": ("organization", "organizations"), "个": ("unit", "units"), "支": ("team", "teams"), "位": ("person", "people"),
    ]
    /// Classifiers that vanish in English when the subject says what is counted.
    static let classifiers: Set<String> = ["个", "名", "家", "位", "支", "所", "座", "件", "处", "条", "项", "人", "辆", "栋", "间", "套", "种", "款", "组", "份", "部", "本", "张", "枚", "门", "节", "堂", "课", "队", "户", "村"]
    static let qualifiers: [String: String] = ["多": "more than", "余": "more than", "以上": "at least", "超过": "over", "近": "nearly",
                                               "约": "about", "逾": "over", "左右": "about", "达": "", "共": "", "累计": "", "总计": "", "合计": ""]

    /// 116448000000 → "116.45 billion"; smaller numbers with thousands separators.
    public static func number(_ v: Double) -> String {
        if v >= 1_000_000_000 { return plain(v / 1_000_000_000) + " billion" }
        if v >= 1_000_000 { return plain(v / 1_000_000) + " million" }
        return plain(v)
    }

    static func plain(_ v: Double) -> String {
        let f = NumberFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.numberStyle = .decimal
        f.usesGroupingSeparator = true
        f.groupingSeparator = ","
        f.maximumFractionDigits = 2
        return f.string(from: NSNumber(value: v)) ?? String(v)
    }

    /// The amount alone, for tables whose next column names what is counted: "over 99%", "86",
    /// "more than 1,270 items", "4,400–8,700 yuan".
    public static func amount(_ figure: Figure) -> String {
        var amount = number(figure.value)
        if let upper = figure.upper { amount += "–" + number(upper) }
        if let q = figure.qualifier, let word = qualifiers[q], !word.isEmpty { amount = word + " " + amount }
        let many = figure.value != 1 || figure.upper != nil
        if figure.unit == "%" { return amount + "%" }
        guard !classifiers.contains(figure.unit) || figure.unit == "项" || figure.unit == "条", let unit = units[figure.unit] else { return amount }
        return "\(amount) \(many ? unit.plural : unit.singular)"
    }

    public static func english(_ figure: Figure, glossary: Glossary) -> String? {
        var amount = number(figure.value)
        if let upper = figure.upper { amount += "–" + number(upper) }
        if let q = figure.qualifier, let word = qualifiers[q], !word.isEmpty { amount = word + " " + amount }
        let many = figure.value != 1 || figure.upper != nil
        let subject = figure.subject.flatMap { TermEnglish.english($0, glossary: glossary) }
        if figure.unit == "%" || figure.unit == "个百分点" || figure.unit == "倍" {
            let measure = figure.unit == "%" ? "\(amount)%" : "\(amount) \(many ? units[figure.unit]!.plural : units[figure.unit]!.singular)"
            guard let subject else { return figure.subject == nil ? measure : nil }
            return "\(subject): \(measure)"
        }
        if let subject {
            if classifiers.contains(figure.unit) { return "\(amount) \(many ? TermEnglish.plural(subject) : subject)" }
            guard let unit = units[figure.unit] else { return nil }
            return "\(amount) \(many ? unit.plural : unit.singular) of \(many ? TermEnglish.plural(subject) : subject)"
        }
        // Without a subject only a unit that means something ("3,000 yuan", "15%") says anything.
        guard figure.subject == nil, !classifiers.contains(figure.unit), let unit = units[figure.unit] else { return nil }
        return "\(amount) \(many ? unit.plural : unit.singular)"
    }
}
