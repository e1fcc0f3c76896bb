import Foundation
import Logging
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

extension LocalServer {
    /// Why the server did not start; `fcdoc-serve` says it in the chosen language
    /// (`Message.serverPortTaken`).
    public enum StartError: Error {
        /// Another program (often another `fcdoc serve`) already listens on the port.
        case portTaken(host: String, port: Int)
    }

    /// Runs the server until it is stopped. `listening` is told the address once the port is
    /// bound — never before, so nothing claims an address the server does not have.
    /// - Throws: `StartError.portTaken` when the port is in use.
    public func run(logger: Logger? = nil, listening: @escaping @Sendable (String) -> Void) async throws {
        do {
            try await application(logger: logger, listening: listening).runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartError.portTaken(host: options.host, port: options.port)
        }
    }
}
