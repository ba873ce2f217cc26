import NIOPosix
import Testing

@testable import ReplyKitServer

/// Where the service's work runs: requests on the event loops, long work off them.
@Suite struct EventLoopTaskExecutorTests {
    @Test func tasksUnderTheExecutorRunOnItsEventLoopsAndLongWorkRunsOffThem() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let executor = EventLoopTaskExecutor(group: group)
        let places = await withTaskExecutorPreference(executor) {
            // A child task inherits the preference, as Hummingbird's per-connection tasks do.
            await withTaskGroup(of: (Bool, Bool).self) { tasks in
                for _ in 0..<4 {
                    tasks.addTask {
                        let onALoop = MultiThreadedEventLoopGroup.currentEventLoop != nil
                        let offLoop = await offTheEventLoops { MultiThreadedEventLoopGroup.currentEventLoop == nil }
                        return (onALoop, offLoop)
                    }
                }
                return await tasks.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(places.count == 4)
        #expect(places.allSatisfy { $0.0 }, "a handler ran off the event loops")
        #expect(places.allSatisfy { $0.1 }, "long work ran on an event loop")
        try await group.shutdownGracefully()
    }
}
