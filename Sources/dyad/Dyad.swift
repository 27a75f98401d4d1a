import DyadCLI
import DyadServer

@main
enum DyadMain {
    static func main() async {
        // Only the server gains from it, and the hook must be in place before any task is enqueued.
        if CommandLine.arguments.dropFirst().first == "serve" { runTasksOnEventLoops() }
        await DyadCommand.main()
    }
}
