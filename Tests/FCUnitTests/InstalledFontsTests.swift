import Foundation
import Testing

@testable import FCRender

@Suite("Installed fonts: asking fontconfig survives signals")
struct InstalledFontsTests {
    /// A profile's font is looked up by running `fc-list` and reading its answer from a pipe. A
    /// signal that arrives while the read waits (a timer's, here SIGUSR1 without `SA_RESTART`)
    /// makes the read fail with `EINTR`; Foundation's `readDataToEndOfFile` traps on that, which
    /// the fuzzer found. The pipe must be read whole regardless.
    @Test func aPipeIsReadWholeWhileSignalsInterruptTheRead() throws {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGUSR1, &action, &previous)
        defer { sigaction(SIGUSR1, &previous, nil) }

        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let reader = pthread_self()
        let writeEnd = ends[1]
        let writer = Thread {
            for _ in 0..<20 {
                usleep(2_000)
                pthread_kill(reader, SIGUSR1)
                usleep(2_000)
                _ = "ab".withCString { write(writeEnd, $0, 2) }
            }
            close(writeEnd)
        }
        writer.start()
        let data = InstalledFonts.readAll(ends[0])
        close(ends[0])
        #expect(String(decoding: data, as: UTF8.self) == String(repeating: "ab", count: 20))
    }

    @Test func aFamilyFontconfigDoesNotKnowIsNotInstalled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list"))
        #expect(InstalledFonts.verdict(for: "Typsnitt Som Inte Finns") == .notInstalled)
        #expect(InstalledFonts.verdict(for: "Liberation Serif") == .usable)
    }
}
