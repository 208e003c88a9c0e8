import Foundation

/// Watches files and folders by polling: a snapshot of (modification time, size, inode) per
/// file, compared every interval. Portable, needs no platform API, and costs a few stat calls
/// for a site of this size. Hidden files and editor backups (`.x.swp`, `x~`, `4913`) are ignored.
public struct PollingWatcher: Sendable {
    public struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    public typealias Snapshot = [String: Stamp]

    /// Folders (watched recursively) and single files; a path that does not exist yet is
    /// watched for its creation.
    public var paths: [String]

    public init(paths: [String]) { self.paths = paths }

    public func snapshot() -> Snapshot {
        var snap: Snapshot = [:]
        for path in paths { add(path, to: &snap, depth: 0) }
        return snap
    }

    /// Paths added, removed or modified between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasPrefix("#") || name == "4913"
    }

    private func add(_ path: String, to snap: inout Snapshot, depth: Int) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFDIR {
            guard depth < 16, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where !Self.ignored(name) {
                add(path + "/" + name, to: &snap, depth: depth + 1)
            }
        } else if st.st_mode & S_IFMT == S_IFREG {
            #if canImport(Darwin)
            let mtime = st.st_mtimespec
            #else
            let mtime = st.st_mtim
            #endif
            snap[path] = Stamp(seconds: Int(mtime.tv_sec), nanoseconds: Int(mtime.tv_nsec),
                               size: Int64(st.st_size), inode: UInt64(st.st_ino))
        }
    }
}
