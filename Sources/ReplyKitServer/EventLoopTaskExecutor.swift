import NIOCore
import NIOPosix

/// Runs the service's request handlers on the event loops that read and write their connections.
///
/// Hummingbird hands each connection to a child task, which by default runs on Swift's global
/// executor: a request read on an event loop thread wakes a second thread to render it, and the
/// response goes back the same way. With two cores and four busy threads, those hand-offs made
/// the slowest 1% of renders wait 11–13 ms under load. ``ReplyKitServer/run(logger:)`` runs the
/// service under this executor (a task executor preference, SE-0417, which child tasks inherit),
/// so a job enqueued from an event loop, such as a handler resumed by its request's bytes, runs on
/// that same loop; one enqueued from elsewhere goes to the group's next loop.
///
/// A render takes about a tenth of a millisecond, short enough to run on a loop. Longer work (a
/// reload, a batch) goes back to the global executor with ``offTheEventLoops(_:)``, so that it
/// never holds up the other connections of its loop.
final class EventLoopTaskExecutor: TaskExecutor {
    let group: MultiThreadedEventLoopGroup

    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
    }

    func enqueue(_ job: consuming ExecutorJob) {
        // The job runs exactly once, on the loop, as NIO's own serial executor runs its jobs.
        let job = UnownedJob(job)
        group.any().execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Runs `work` on Swift's global executor, whatever the caller's executor: for work long enough
/// to hold up an event loop's other connections.
func offTheEventLoops<T, Failure: Error>(_ work: () throws(Failure) -> T) async throws(Failure) -> T {
    try await withTaskExecutorPreference(globalConcurrentExecutor) { () async throws(Failure) -> T in try work() }
}
