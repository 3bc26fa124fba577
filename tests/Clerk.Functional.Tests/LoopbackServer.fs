/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port: it records each raw request and answers
/// (or closes, or hangs) as told. One request per connection (`Connection: close`).
module Clerk.Functional.Tests.LoopbackServer

open System
open System.Collections.Concurrent
open System.IO
open System.Net
open System.Net.Sockets
open System.Text
open System.Threading
open System.Threading.Tasks

/// A request as it arrived on the socket.
type RawRequest =
    { RequestLine: string
      Headers: (string * string) list
      Body: byte[] }

    /// The first value of a header (names compared case-insensitively).
    member r.Header(name: string) =
        r.Headers |> List.tryFind (fun (n, _) -> String.Equals(n, name, StringComparison.OrdinalIgnoreCase)) |> Option.map snd

    member r.Method = r.RequestLine.Split(' ')[0]
    member r.Target = r.RequestLine.Split(' ')[1]

/// What the server does with a request.
type Behaviour =
    /// Answers with a status, headers and a body.
    | Respond of status: int * headers: (string * string) list * body: byte[]
    /// Answers with a status and the given reason phrase, headers and a body.
    | RespondWithReason of status: int * reason: string * headers: (string * string) list * body: byte[]
    /// Reads the request, then closes the connection without a byte of answer.
    | CloseWithoutAnswer
    /// Reads the request and never answers (until the server is disposed).
    | Hang
    /// Reads the request, then resets the connection (RST, through a zero linger time) without a byte of answer.
    | Reset
    /// Answers with a status line, headers announcing `announced` body bytes and only the given bytes, then closes.
    | Truncated of status: int * headers: (string * string) list * body: byte[] * announced: int

/// A JSON answer.
let json (status: int) (text: string) =
    Respond(status, [ "Content-Type", "application/json" ], Encoding.UTF8.GetBytes text)

let private indexOf (haystack: byte[]) (count: int) (needle: byte[]) =
    let mutable found = -1
    let mutable i = 0
    while found < 0 && i <= count - needle.Length do
        let mutable j = 0
        while j < needle.Length && haystack[i + j] = needle[j] do
            j <- j + 1
        if j = needle.Length then found <- i
        i <- i + 1
    found

let private readExactly (stream: Stream) (initial: byte[]) (length: int) (ct: CancellationToken) =
    task {
        let body = Array.zeroCreate<byte> length
        let already = min initial.Length length
        Array.blit initial 0 body 0 already
        let mutable offset = already
        while offset < length do
            let! n = stream.ReadAsync(body.AsMemory(offset, length - offset), ct)
            if n = 0 then raise (EndOfStreamException "body cut short")
            offset <- offset + n
        return body
    }

/// Reads one request: the head up to CRLFCRLF, then Content-Length bytes (or a chunked body).
let private readRequest (stream: Stream) (ct: CancellationToken) : Task<RawRequest> =
    task {
        let buffer = Array.zeroCreate<byte> 65536
        let mutable count = 0
        let mutable headEnd = -1
        while headEnd < 0 do
            if count = buffer.Length then failwith "request head too large"
            let! n = stream.ReadAsync(buffer.AsMemory(count, buffer.Length - count), ct)
            if n = 0 then raise (EndOfStreamException "connection closed before the request head ended")
            count <- count + n
            headEnd <- indexOf buffer count "\r\n\r\n"B
        let head = Encoding.ASCII.GetString(buffer, 0, headEnd)
        let lines = head.Split("\r\n")
        let headers =
            lines[1..]
            |> Array.map (fun line ->
                let colon = line.IndexOf ':'
                line.Substring(0, colon), line.Substring(colon + 1).Trim())
            |> List.ofArray
        let rest = buffer[headEnd + 4 .. count - 1]
        let find name = headers |> List.tryFind (fun (n, _) -> String.Equals(n, name, StringComparison.OrdinalIgnoreCase)) |> Option.map snd
        let! body =
            match find "Content-Length", find "Transfer-Encoding" with
            | Some length, _ -> readExactly stream rest (int length) ct
            | None, Some te when te.Contains("chunked", StringComparison.OrdinalIgnoreCase) ->
                task {
                    // Good enough for tests: read until the terminating zero-length chunk, then decode.
                    let all = ResizeArray<byte>(rest)
                    let chunk = Array.zeroCreate<byte> 8192
                    while indexOf (all.ToArray()) all.Count "0\r\n\r\n"B < 0 do
                        let! n = stream.ReadAsync(chunk.AsMemory(), ct)
                        if n = 0 then raise (EndOfStreamException "chunked body cut short")
                        all.AddRange(chunk[.. n - 1])
                    let raw = all.ToArray()
                    let out = ResizeArray<byte>()
                    let mutable pos = 0
                    let mutable fin = false
                    while not fin do
                        let lineEnd = pos + indexOf raw[pos..] (raw.Length - pos) "\r\n"B
                        let size = Convert.ToInt32(Encoding.ASCII.GetString(raw, pos, lineEnd - pos).Split(';')[0], 16)
                        if size = 0 then fin <- true
                        else
                            out.AddRange(raw[lineEnd + 2 .. lineEnd + 1 + size])
                            pos <- lineEnd + 2 + size + 2
                    return out.ToArray()
                }
            | None, _ -> Task.FromResult [||]
        return { RequestLine = lines[0]; Headers = headers; Body = body }
    }

let private reasonOf status =
    match status with
    | 200 -> "OK"
    | 404 -> "Not Found"
    | 422 -> "Unprocessable Entity"
    | 429 -> "Too Many Requests"
    | _ -> "Status"

/// A server answering each request with `behave`; the received requests are in `Received`, in arrival order.
type Server(behave: RawRequest -> Behaviour) =
    let listener = new TcpListener(IPAddress.Loopback, 0)
    let cts = new CancellationTokenSource()
    let received = ConcurrentQueue<RawRequest>()
    let errors = ConcurrentQueue<exn>()
    let clients = ConcurrentBag<TcpClient>()

    let handle (client: TcpClient) =
        task {
            try
                let stream = client.GetStream()
                let! request = readRequest stream cts.Token
                received.Enqueue request
                let answer =
                    match behave request with
                    | Respond(status, headers, body) -> RespondWithReason(status, reasonOf status, headers, body)
                    | other -> other
                match answer with
                | Respond _ -> ()
                | RespondWithReason(status, reason, headers, body) ->
                    let head =
                        StringBuilder()
                            .Append($"HTTP/1.1 {status} {reason}\r\n")
                            .Append(headers |> List.map (fun (n, v) -> $"{n}: {v}\r\n") |> String.concat "")
                            .Append($"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n")
                            .ToString()
                    do! stream.WriteAsync(Encoding.ASCII.GetBytes head, cts.Token)
                    do! stream.WriteAsync(body, cts.Token)
                    do! stream.FlushAsync(cts.Token)
                    client.Close()
                | CloseWithoutAnswer -> client.Close()
                | Hang -> do! Task.Delay(Timeout.Infinite, cts.Token)
                | Reset ->
                    client.LingerState <- LingerOption(true, 0)
                    client.Close()
                | Truncated(status, headers, body, announced) ->
                    let head =
                        StringBuilder()
                            .Append($"HTTP/1.1 {status} {reasonOf status}\r\n")
                            .Append(headers |> List.map (fun (n, v) -> $"{n}: {v}\r\n") |> String.concat "")
                            .Append($"Content-Length: {announced}\r\nConnection: close\r\n\r\n")
                            .ToString()
                    do! stream.WriteAsync(Encoding.ASCII.GetBytes head, cts.Token)
                    do! stream.WriteAsync(body, cts.Token)
                    do! stream.FlushAsync(cts.Token)
                    client.Close()
            with
            | :? OperationCanceledException -> ()
            | e -> errors.Enqueue e
        }

    do listener.Start()

    let accept =
        task {
            try
                while not cts.IsCancellationRequested do
                    let! client = listener.AcceptTcpClientAsync(cts.Token)
                    clients.Add client
                    handle client |> ignore
            with _ -> ()
        }

    /// The root URL, e.g. `http://127.0.0.1:54321`.
    member _.Url = $"http://127.0.0.1:{(listener.LocalEndpoint :?> IPEndPoint).Port}"

    /// The requests received so far, in arrival order.
    member _.Received = List.ofSeq received

    /// Failures of the handler (a malformed request, for instance).
    member _.Errors = List.ofSeq errors

    interface IDisposable with
        member _.Dispose() =
            cts.Cancel()
            listener.Stop()
            for c in clients do
                c.Dispose()
            accept.Wait(TimeSpan.FromSeconds 5.) |> ignore
            cts.Dispose()

/// Starts a server.
let serve (behave: RawRequest -> Behaviour) = new Server(behave)

/// Behaviours in order, one per request; the last one is repeated.
let inOrder (behaviours: Behaviour list) : RawRequest -> Behaviour =
    let count = ref 0
    fun _ ->
        let n = Interlocked.Increment count
        List.item (min (n - 1) (behaviours.Length - 1)) behaviours
