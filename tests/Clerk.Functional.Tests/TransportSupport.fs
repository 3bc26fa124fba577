/// Shared machinery for the transport tests: a fake clock that records every wait it is asked for and a driver that
/// advances it while an effect runs, scripted runners and handlers, and a capture of Clerk's spans and metrics.
module Clerk.Functional.Tests.TransportSupport

open System
open System.Collections.Concurrent
open System.Collections.Generic
open System.Diagnostics
open System.Diagnostics.Metrics
open System.Net
open System.Net.Http
open System.Text
open System.Threading
open System.Threading.Tasks
open Expecto
open Microsoft.Extensions.Time.Testing
open Clerk.Functional
open Clerk.Functional.Errors
open Clerk.Functional.Http
open Clerk.Functional.Options
open Clerk.Functional.Transport
open Clerk.Functional.Tests.Helpers

/// The longest a test waits (in real time) for something that should happen at once: a "does not hang" bound only.
let hangBound = TimeSpan.FromSeconds 10.

/// A fake clock (starting on a whole second) that records the due time of every timer created on it, in order,
/// and keeps the absolute due times of the timers not yet reached so that a driver can advance to them.
type RecordingClock() =
    inherit FakeTimeProvider(DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    let gate = obj ()
    let requested = ResizeArray<TimeSpan>()
    let pending = ResizeArray<DateTimeOffset>()

    override this.CreateTimer(callback, state, dueTime, period) =
        let now = this.GetUtcNow()
        if dueTime <> Timeout.InfiniteTimeSpan then
            lock gate (fun () ->
                requested.Add dueTime
                pending.Add(now + dueTime))
        base.CreateTimer(callback, state, dueTime, period)

    /// Every wait asked for so far, in order.
    member _.Requested = lock gate (fun () -> List.ofSeq requested)

    /// True when a timer waits for the clock.
    member _.HasPending = lock gate (fun () -> pending.Count > 0)

    /// Removes and returns the earliest absolute due time of a waiting timer.
    member _.TakeEarliest() =
        lock gate (fun () ->
            if pending.Count = 0 then None
            else
                let earliest = Seq.min pending
                pending.Remove earliest |> ignore
                Some earliest)

/// Runs `work` to completion while advancing the fake clock to each timer it creates, exactly to its due time.
/// Fails (instead of hanging) when the work neither completes nor waits within `hangBound` of real time.
let drive (clock: RecordingClock) (work: Task<'T>) : 'T =
    let watch = Stopwatch.StartNew()
    while not work.IsCompleted do
        if watch.Elapsed > hangBound then failtestf "the effect did not complete within %O (real time)" hangBound
        match clock.TakeEarliest() with
        | Some due ->
            let now = clock.GetUtcNow()
            if due > now then clock.Advance(due - now)
        | None -> Task.WaitAny([| work :> Task |], 5) |> ignore
    work.GetAwaiter().GetResult()

/// Waits (real time, bounded) until the clock has a timer waiting.
let waitForTimer (clock: RecordingClock) =
    let watch = Stopwatch.StartNew()
    while not clock.HasPending do
        if watch.Elapsed > hangBound then failtest "no timer was created"
        Thread.Sleep 2

/// Waits (real time, bounded) for a task; fails instead of hanging.
let within (task: Task<'T>) : 'T =
    if not (Task.WaitAny([| task :> Task |], hangBound) = 0) then failtestf "did not complete within %O" hangBound
    task.GetAwaiter().GetResult()

/// A scripted answer of the transport.
type Scripted =
    /// An HTTP answer: status, `Retry-After` value when given.
    | Status of status: int * retryAfter: string option
    /// A connection failure.
    | TransportFailure
    /// No answer within the client's time-out.
    | TimeoutFailure

/// The `cf-ray` header of the answer to attempt `attempt` (1-based), so a test can tell which answer an error came from.
let rayOf (attempt: int) = $"ray-%d{attempt}"

/// A body that decodes as a user and as a deleted object.
let okBody = """{"object":"user","id":"user_scripted","deleted":true}"""

/// The response for a scripted status at an attempt: JSON, `cf-ray`, `Retry-After` when given.
let scriptedResponse (attempt: int) (status: int) (retryAfter: string option) =
    let headers = [ "cf-ray", rayOf attempt ] @ (retryAfter |> Option.map (fun v -> "Retry-After", v) |> Option.toList)
    let body = if status < 400 then okBody else $"""{{"errors":[{{"code":"code_%d{status}","message":"m"}}]}}"""
    response status (Some "application/json") headers (Encoding.UTF8.GetBytes body)

/// The transport outcome of a scripted answer at an attempt.
let outcomeOf (attempt: int) (s: Scripted) : LanguageExt.Either<ClerkError, ClerkResponse> =
    match s with
    | Status(status, retryAfter) -> LanguageExt.Prelude.Right<ClerkError, ClerkResponse>(scriptedResponse attempt status retryAfter)
    | TransportFailure -> LanguageExt.Prelude.Left<ClerkError, ClerkResponse>(ClerkError.Transport("connection reset by peer", "HttpRequestException"))
    | TimeoutFailure -> LanguageExt.Prelude.Left<ClerkError, ClerkResponse>(ClerkError.Timeout(TimeSpan.FromSeconds 30.))

/// A fake transport that answers the scripted outcomes in order (the last one repeated), recording each attempt's request
/// and the (fake) time it was made.
type ScriptedRunner(script: Scripted list, clock: TimeProvider) =
    let count = ref 0
    let times = ConcurrentQueue<DateTimeOffset>()
    let fake =
        FakeRunner(fun request ->
            let attempt = Interlocked.Increment count
            times.Enqueue(clock.GetUtcNow())
            outcomeOf attempt (List.item (min (attempt - 1) (script.Length - 1)) script))

    /// The requests received, one per attempt.
    member _.Requests = List.ofSeq fake.Requests

    /// How many attempts were made.
    member _.Attempts = fake.Requests.Count

    /// The fake time of each attempt.
    member _.Times = List.ofSeq times

    interface IClerkRunner with
        member _.Send(request, cancellationToken) = (fake :> IClerkRunner).Send(request, cancellationToken)

/// Options with a well-formed key and the given retry policy.
let optionsWith (policy: RetryPolicy) = ClerkClientOptions(SecretKey = testSecretKey, Retry = policy)

/// A client over a scripted transport and a recording fake clock.
let scriptedClient (policy: RetryPolicy) (script: Scripted list) =
    let clock = RecordingClock()
    let runner = ScriptedRunner(script, clock)
    ClerkApi(optionsWith policy, runner, clock), runner, clock

/// A back-off schedule as time spans.
let backoffOf (policy: RetryPolicy) : TimeSpan list =
    policy.Backoff().Run() |> Seq.map (fun (d: LanguageExt.Duration) -> (LanguageExt.Duration.op_Explicit d: TimeSpan)) |> List.ofSeq

/// An HttpMessageHandler that answers each request with `answer attempt request` (1-based attempt) and records what it received.
type ScriptedHandler(answer: int -> HttpRequestMessage -> Task<HttpResponseMessage>) =
    inherit HttpMessageHandler()
    let count = ref 0
    let received = ConcurrentQueue<string * string * string option>()
    let mutable disposed = false

    /// Method, URI and Authorization header of each request, in order.
    member _.Received = List.ofSeq received

    /// True once disposed.
    member _.Disposed = disposed

    override _.SendAsync(request, _cancellationToken) =
        let attempt = Interlocked.Increment count
        let auth = if isNull request.Headers.Authorization then None else Some(request.Headers.Authorization.ToString())
        received.Enqueue(request.Method.Method, request.RequestUri.ToString(), auth)
        answer attempt request

    override _.Dispose(disposing) =
        disposed <- true
        base.Dispose disposing

/// An HttpResponseMessage for a scripted answer; transport failures and time-outs are thrown as HttpClient would.
let httpAnswer (attempt: int) (s: Scripted) : Task<HttpResponseMessage> =
    match s with
    | Status(status, retryAfter) ->
        let message = new HttpResponseMessage(enum<HttpStatusCode> status)
        let body = if status < 400 then okBody else $"""{{"errors":[{{"code":"code_%d{status}","message":"m"}}]}}"""
        message.Content <- new StringContent(body, Encoding.UTF8, "application/json")
        message.Headers.TryAddWithoutValidation("cf-ray", rayOf attempt) |> ignore
        retryAfter |> Option.iter (fun v -> message.Headers.TryAddWithoutValidation("Retry-After", v) |> ignore)
        Task.FromResult message
    | TransportFailure -> Task.FromException<HttpResponseMessage>(HttpRequestException("Connection reset by peer"))
    | TimeoutFailure -> Task.FromException<HttpResponseMessage>(TaskCanceledException("The operation was canceled."))

/// One metric measurement: instrument name, value, tags, and the trace it was recorded under.
type Measurement =
    { Instrument: string
      Value: float
      Tags: (string * obj) list
      TraceId: string }

    member m.Tag(name: string) = m.Tags |> List.tryFind (fun (n, _) -> n = name) |> Option.map snd

/// Captures every span and measurement of the "Clerk.Functional" source and meter while alive. Tests run in parallel,
/// so each filters by the trace id of a root activity of its own (see `traced`).
type DiagnosticsCapture() =
    let activities = ConcurrentQueue<Activity>()
    let measurements = ConcurrentQueue<Measurement>()
    let currentTrace () =
        match Activity.Current with
        | null -> ""
        | a -> a.TraceId.ToHexString()
    let record (instrument: Instrument) (value: float) (tags: KeyValuePair<string, obj>[]) =
        measurements.Enqueue
            { Instrument = instrument.Name
              Value = value
              Tags = tags |> Array.map (fun kv -> kv.Key, kv.Value) |> List.ofArray
              TraceId = currentTrace () }
    let activityListener =
        new ActivityListener(
            ShouldListenTo = (fun source -> source.Name = ClerkDiagnostics.Name),
            Sample = SampleActivity<ActivityContext>(fun _ -> ActivitySamplingResult.AllDataAndRecorded),
            ActivityStopped = (fun a -> activities.Enqueue a)
        )
    let meterListener = new MeterListener()
    do
        ActivitySource.AddActivityListener activityListener
        meterListener.InstrumentPublished <-
            fun instrument listener -> if instrument.Meter.Name = ClerkDiagnostics.Name then listener.EnableMeasurementEvents instrument
        meterListener.SetMeasurementEventCallback<int64>(
            MeasurementCallback<int64>(fun instrument value tags _ -> record instrument (float value) (tags.ToArray()))
        )
        meterListener.SetMeasurementEventCallback<double>(
            MeasurementCallback<double>(fun instrument value tags _ -> record instrument value (tags.ToArray()))
        )
        meterListener.Start()

    /// The Clerk spans of a trace, in the order they stopped.
    member _.Spans(traceId: string) = activities |> Seq.filter (fun a -> a.TraceId.ToHexString() = traceId) |> List.ofSeq

    /// The measurements recorded under a trace.
    member _.Measurements(traceId: string) = measurements |> Seq.filter (fun m -> m.TraceId = traceId) |> List.ofSeq

    interface IDisposable with
        member _.Dispose() =
            activityListener.Dispose()
            meterListener.Dispose()

/// Runs `f` under a fresh root activity and returns its result with the root's trace id (to filter captured diagnostics).
/// The root activity also receives the retry events the retrying runner adds to `Activity.Current`.
let traced (f: unit -> 'T) : 'T * string * Activity =
    let root = new Activity("clerk-tests-root")
    root.SetIdFormat ActivityIdFormat.W3C |> ignore
    root.Start() |> ignore
    try
        let result = f ()
        result, root.TraceId.ToHexString(), root
    finally
        root.Stop()

/// Every text a span exposes: names, status, tags, events and their tags, baggage.
let spanTexts (a: Activity) : string list =
    [ a.DisplayName; a.OperationName; (if isNull a.StatusDescription then "" else a.StatusDescription) ]
    @ (a.TagObjects |> Seq.collect (fun kv -> [ kv.Key; string kv.Value ]) |> List.ofSeq)
    @ (a.Events |> Seq.collect (fun e -> e.Name :: (e.Tags |> Seq.collect (fun kv -> [ kv.Key; string kv.Value ]) |> List.ofSeq)) |> List.ofSeq)
    @ (a.Baggage |> Seq.collect (fun kv -> [ kv.Key; kv.Value ]) |> List.ofSeq)

/// Every text a measurement exposes: instrument name and tags.
let measurementTexts (m: Measurement) : string list =
    m.Instrument :: (m.Tags |> List.collect (fun (k, v) -> [ k; string v ]))

/// Consumes an async sequence into a list.
let toListAsync (source: IAsyncEnumerable<'T>) : Task<'T list> =
    task {
        let e = source.GetAsyncEnumerator()
        let items = ResizeArray<'T>()
        try
            let mutable go = true
            while go do
                let! has = e.MoveNextAsync()
                if has then items.Add e.Current else go <- false
        finally
            e.DisposeAsync().AsTask().GetAwaiter().GetResult()
        return List.ofSeq items
    }
