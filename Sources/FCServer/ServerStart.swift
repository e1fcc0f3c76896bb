import Foundation
import Logging
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

extension LocalServer {
    /// Why the server did not start.
    public enum StartError: Error, CustomStringConvertible {
        /// Another program (often another `fcdoc serve`) already listens on the port.
        case portTaken(host: String, port: Int)

        public var description: String {
            switch self {
            case .portTaken(let host, let port):
                let next = port < 65535 ? port + 1 : 8081
                return "port \(port) on \(host) is already in use (another fcdoc serve?); "
                    + "stop that program or choose another port, e.g. --port \(next)"
            }
        }
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
