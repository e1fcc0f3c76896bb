/// The version both programs, `fcdoc` and `fcdoc-serve`, print for `--version`.
public let fcdocVersion = "0.1.0"
