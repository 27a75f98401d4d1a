import DyadCLI

@main
enum DyadMain {
    static func main() async {
        await DyadCommand.main()
    }
}
