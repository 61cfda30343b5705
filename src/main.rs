fn main() -> std::process::ExitCode {
    hopdan::cli::main()
}
