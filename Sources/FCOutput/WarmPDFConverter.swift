import Foundation
import Synchronization

/// PDFs for a program that runs for long (the web application): one LibreOffice is kept running
/// with a profile of its own, so that a conversion does not pay LibreOffice's start (1.6–1.9 s).
/// Each conversion starts a small `soffice --convert-to` with the same profile, which hands the
/// files to the running LibreOffice and waits for its answer (LibreOffice's own single-instance
/// pipe); the running one keeps an empty document open, without which it would quit after the
/// first conversion.
///
/// Conversions run one at a time. At most `capacity` are admitted (running or waiting); one more
/// is refused at once rather than queued without end. A conversion that takes longer than
/// `timeout` is taken for a hang: that LibreOffice is stopped, and the next conversion starts a
/// new one, as it does when LibreOffice has died. LibreOffice is started at the first conversion
/// and stopped by `stop()` (or when the converter is released) — or, if this program ends
/// without either, by a watchdog when the pipe from this program closes.
public final class WarmPDFConverter: Sendable {
    public let converter: PDFConverter
    public let capacity: Int
    public let timeout: TimeInterval
    private let admitted = Atomic<Int>(0)
    /// The running LibreOffice; locked for the whole of a conversion.
    private let office = Mutex<Office?>(nil)

    /// A running LibreOffice (in a session of its own), the watchdog that stops it when this
    /// program ends without doing so, the pipe to the watchdog, and the folder of its profile and
    /// placeholder document.
    private struct Office {
        var session: SessionProcess
        var watchdog: SessionProcess
        var lifeline: FileHandle
        var folder: URL
        var profile: URL { folder.appendingPathComponent("profile") }

        func stop() {
            session.stop()
            try? lifeline.close()
            watchdog.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    public init(converter: PDFConverter, capacity: Int = 4, timeout: TimeInterval = 120) {
        self.converter = converter
        self.capacity = capacity
        self.timeout = timeout
    }

    deinit { stop() }

    /// Converts each ODT (by name) and returns the PDFs in order, as `PDFConverter.convert` does.
    public func convert(_ documents: [(name: String, odt: Data)]) throws -> [Data] {
        guard admitted.add(1, ordering: .relaxed).newValue <= capacity else {
            admitted.subtract(1, ordering: .relaxed)
            throw PDFConverter.ConversionError.failed(
                "\(capacity) conversions are already under way or waiting; try again in a moment.")
        }
        defer { admitted.subtract(1, ordering: .relaxed) }
        return try office.withLock { office in
            if office?.session.isRunning() != true {
                office?.stop()
                office = try start()
            }
            let profile = office?.profile
            do {
                return try converter.convert(documents, profile: profile, timeout: timeout)
            } catch {
                // Hung or died: the next conversion starts a new LibreOffice.
                office?.stop()
                office = nil
                throw error
            }
        }
    }

    /// Stops the running LibreOffice, if any; the next conversion starts one again.
    public func stop() {
        office.withLock { office in
            office?.stop()
            office = nil
        }
    }

    /// An empty flat ODF text document, which the running LibreOffice keeps open.
    static let placeholder = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3" \
        office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text/></office:body>\
        </office:document>

        """

    /// Starts LibreOffice in a session of its own and returns at once: a conversion handed to
    /// LibreOffice while it starts waits until it is ready. Its watchdog is a shell reading a
    /// pipe whose only writing end this program holds (close-on-exec, so no child keeps it):
    /// when this program ends, however it ends, the pipe closes and the shell ends the session.
    private func start() throws -> Office {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let document = folder.appendingPathComponent("placeholder.fodt")
        do {
            try Data(Self.placeholder.utf8).write(to: document)
            let session = try SessionProcess.start(
                converter.executable.path,
                [
                    PDFConverter.profileOption(folder.appendingPathComponent("profile")), "--headless", "--invisible",
                    "--norestore", "--nologo", document.path,
                ])
            var ends: [Int32] = [0, 0]
            // The writing end is closed on exec at once, so that no program started later keeps it.
            guard pipe(&ends) == 0, fcntl(ends[1], F_SETFD, FD_CLOEXEC) == 0 else {
                session.stop()
                throw PDFConverter.ConversionError.failed("no pipe for LibreOffice's watchdog")
            }
            defer { close(ends[0]) }
            let lifeline = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            let watchdog: SessionProcess
            do {
                watchdog = try SessionProcess.start(
                    "/bin/sh", ["-c", "read _; kill -TERM -\(session.pid)"], input: ends[0], ownSession: false)
            } catch {
                session.stop()
                throw error
            }
            return Office(session: session, watchdog: watchdog, lifeline: lifeline, folder: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }
}
