import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program started in a session of its own, with every signal unblocked and at its default
/// action (a thread of a server may block signals, and a child would inherit that), so that it
/// and everything it starts can be stopped together.
struct SessionProcess {
    let pid: pid_t
    /// Whether it leads a session (and process group) of its own, which `stop` ends as a whole.
    let ownSession: Bool

    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Glibc module does not export).
    private static let startsSession: Int32 = 0x80

    /// Starts `executable` with `arguments`; standard input is `input` (a file descriptor) or
    /// /dev/null, standard output and error /dev/null. With `ownSession` false it stays in this
    /// program's session.
    static func start(
        _ executable: String, _ arguments: [String], input: Int32? = nil, ownSession: Bool = true
    ) throws -> SessionProcess {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | (ownSession ? startsSession : 0)
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw PDFConverter.ConversionError.failed(
                "\(executable) could not be started: \(String(cString: strerror(status)))")
        }
        return SessionProcess(pid: pid, ownSession: ownSession)
    }

    /// Whether it still runs (once it has ended, it is reaped).
    func isRunning() -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    /// Asks it (its whole session, if it leads one) to end (SIGTERM), waits up to `grace`
    /// seconds, then kills it (SIGKILL).
    func stop(grace: TimeInterval = 5) {
        guard isRunning() else { return }
        let target = ownSession ? -pid : pid
        kill(target, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            if !isRunning() { return }
            usleep(20_000)
        }
        kill(target, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
