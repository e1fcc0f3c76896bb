import FCConfig
import FCRender
import Foundation

/// Two or more centre files with one `centre.id` — typically a copied file whose `id` was not
/// changed. Each centre's documents go to the folder its id names, so the second would
/// overwrite the first's without a word. `fcdoc validate`, `fcdoc batch` and the web
/// application's overview all report it with the same error, which names every file.
public enum CentreIDClash {
    /// One error per shared id, at the id of the second file, naming all the files and with a
    /// note at each other file's id; keyed by every file it names, so each of them fails.
    /// Files that are no centre file are passed over; `name` gives how the message names a file.
    public static func find(
        in paths: [String], cache: ConfigCheck.Cache, strict: Bool, policy: PathPolicy = .anywhere,
        name: (String) -> String = { $0 }
    ) -> [String: [Diagnostic]] {
        var byID: [String: [(path: String, id: Located<String>)]] = [:]
        var order: [String] = []
        for path in paths {
            guard let id = centreID(path, cache: cache, strict: strict, policy: policy), !id.value.isEmpty else {
                continue
            }
            if byID[id.value] == nil { order.append(id.value) }
            byID[id.value, default: []].append((path, id))
        }
        var found: [String: [Diagnostic]] = [:]
        for id in order {
            guard let files = byID[id], files.count > 1 else { continue }
            let error = Diagnostic(
                .error, at: files[1].id.location, .centreIDShared(id, files: files.map { name($0.path) }),
                notes: files.enumerated().filter { $0.offset != 1 }.map {
                    Diagnostic.Note(at: $0.element.id.location, .centreIDAlsoHere(id))
                })
            for file in files { found[file.path, default: []].append(error) }
        }
        return found
    }

    /// The errors of `find`, each once, in the order of the files.
    public static func diagnostics(in paths: [String], cache: ConfigCheck.Cache, strict: Bool) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        let found = find(in: paths, cache: cache, strict: strict)
        return paths.flatMap { found[$0] ?? [] }.filter { seen.insert($0).inserted }
    }

    /// The id of a centre file, also of one with other errors (its clash is a problem of its own).
    static func centreID(_ path: String, cache: ConfigCheck.Cache, strict: Bool, policy: PathPolicy)
        -> Located<String>?
    {
        let check = ConfigCheck.run(path: path, cache: cache, strict: strict, policy: policy)
        if let centre = check.centre { return centre.centre.id }
        guard check.config == nil, policy.allows(path) else { return nil }
        return ConfigLoader.load(path: path).centre?.centre.id
    }
}
