import NIOCore
import NIOPosix

/// Makes Swift concurrency run its tasks on the server's event-loop threads; call once, first thing in `main`.
///
/// Hummingbird answers each request in a task. Left alone, that task runs on the concurrency pool
/// while the socket lives on an event loop, so every request crosses between two sets of threads
/// twice; on a two-core machine those hand-offs cost more than the answer itself. Returns whether
/// the switch took effect (it does not on platforms NIO cannot hook).
@discardableResult
public func runTasksOnEventLoops() -> Bool {
    NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
}
