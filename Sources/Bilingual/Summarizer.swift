import Foundation

/// Extractive Chinese summary: TextRank over sentences (split on 。！？；), with sentence
/// similarity from shared character bigrams; the top sentences are kept in their original order
/// up to about 200 characters. Only whole sentences are used, never a comma fragment.
public enum Summarizer {
    public static func summary(of paragraphs: [String], limit: Int = 200) -> String? {
        let sentences = paragraphs.flatMap(sentences(in:)).filter { $0.count >= 8 }
        guard !sentences.isEmpty else { return nil }
        let grams = sentences.map(bigrams)
        let n = sentences.count
        var weights = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where j < n {
                let shared = overlap(grams[i], grams[j])
                guard shared > 0 else { continue }
                let w = Double(shared) / (log(Double(grams[i].count) + 1) + log(Double(grams[j].count) + 1))
                weights[i][j] = w; weights[j][i] = w
            }
        }
        let out = weights.map { $0.reduce(0, +) }
        var score = [Double](repeating: 1, count: n)
        for _ in 0..<30 {
            var next = [Double](repeating: 0.15, count: n)
            for i in 0..<n {
                for j in 0..<n where weights[j][i] > 0 && out[j] > 0 {
                    next[i] += 0.85 * weights[j][i] / out[j] * score[j]
                }
            }
            score = next
        }
        var chosen: [Int] = []
        var length = 0
        for i in (0..<n).sorted(by: { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }) {
            let c = sentences[i].count
            if length + c > limit && !chosen.isEmpty { continue }
            chosen.append(i)
            length += c
            if length >= limit * 3 / 4 { break }
        }
        return chosen.sorted().map { sentences[$0] }.joined()
    }

    static func sentences(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var closing = false
        for ch in text {
            if closing, "”’」』）".contains(ch) { current.append(ch); continue }
            if closing { out.append(current); current = ""; closing = false }
            current.append(ch)
            if "。！？；".contains(ch) { closing = true }
        }
        // A trailing piece without an end mark is not a sentence.
        if closing { out.append(current) }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Character bigrams of the Han characters, as sorted unique integers (two 21-bit scalars).
    static func bigrams(_ s: String) -> [Int] {
        let han = s.unicodeScalars.filter { $0.properties.isIdeographic }.map { Int($0.value) }
        guard han.count >= 2 else { return han }
        return Array(Set((0..<(han.count - 1)).map { han[$0] << 21 | han[$0 + 1] })).sorted()
    }

    /// Size of the intersection of two sorted unique arrays.
    static func overlap(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
