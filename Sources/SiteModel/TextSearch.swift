/// Substring search on UTF-8 bytes. On Linux `String.contains(_:)` and `range(of:)` go through
/// Foundation's Unicode-folding search, which profiling showed to dominate builds; for exact
/// matching of valid UTF-8 a byte search gives the same answer (UTF-8 is self-synchronising).
extension String {
    public func containsExactly(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count <= h.count, let first = n.first else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
