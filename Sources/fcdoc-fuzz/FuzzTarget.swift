// A libFuzzer target over config loading, validation and rendering: every input must end in
// diagnostics or documents, never a crash, a trap or a hang. Build and run it with `make fuzz`
// (swift build -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING …); its seed corpus is every fixture.
import FCConfig
import FCDocument
import FCRender
import FCWriters
import Foundation

#if FUZZING
    /// libFuzzer's entry for a program that has its own `main` (SwiftPM names an executable's entry
    /// point `<module>_main`, so libFuzzer's `main` cannot be used).
    @_silgen_name("LLVMFuzzerRunDriver")
    func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @_cdecl("fcdoc_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return llvmFuzzerRunDriver(&count, &arguments) { start, size in fuzzOne(start, size) }
    }

    /// libFuzzer's own `main` (linked in whole) names this too; both lead to the same check.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzInput.run(start.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
#else
    /// Without libFuzzer there is nothing to run: say how to build it.
    @main
    struct FuzzHelp {
        static func main() {
            print("fcdoc-fuzz is a libFuzzer target; build and run it with: make fuzz")
        }
    }
#endif

enum FuzzInput {
    static func run(_ data: Data) {
        let pipeline = Pipeline()
        // A report needs its centre and survey files, which a fuzzed input has not: it is checked only.
        let checked = pipeline.check(data: data, path: "fuzz.yaml", loadingReport: false)
        if checked.config?.report == nil { render(checked, pipeline) }
    }

    /// Every document of a valid file, through every writer of the table, in memory.
    static func render(_ checked: Pipeline.Checked, _ pipeline: Pipeline) {
        let writers = OutputFormat.allCases.compactMap(\.writer)
        for kind in checked.kinds {
            guard let plan = try? pipeline.plans(checked, documents: [kind]).first,
                let document = try? pipeline.document(plan, file: checked.path)
            else { continue }
            for writer in writers {
                _ = try? writer.write(document, options: WriterOptions(copyLabels: [nil, "Exemplar 2 av 2"]))
            }
        }
    }
}
