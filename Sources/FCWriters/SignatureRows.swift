import FCDocument

/// Consecutive signature blocks are laid out two to a row by the paged writers (and side by side
/// where the HTML page is wide enough): this splits a body into single blocks and runs of
/// signature blocks, in order.
enum BodyPart {
    case block(Block)
    case signatures([SignatureBlock])

    static func parts(of blocks: [Block]) -> [BodyPart] {
        var parts: [BodyPart] = []
        for block in blocks {
            if case .signature(let signature) = block {
                if case .signatures(let run)? = parts.last {
                    parts[parts.count - 1] = .signatures(run + [signature])
                } else {
                    parts.append(.signatures([signature]))
                }
            } else {
                parts.append(.block(block))
            }
        }
        return parts
    }
}
