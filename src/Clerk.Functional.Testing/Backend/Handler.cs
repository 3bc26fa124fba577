using System.Text.Json.Nodes;

namespace Clerk.Functional.Testing.Backend;

/// <summary>What a handler sees besides the state and the request: the clock (Unix milliseconds), the id seed and the
/// session-token signer.</summary>
internal sealed record Context(long Now, string Seed, SessionTokenSigner Signer);

/// <summary>A handler's result: the next state (the same one when nothing changed) and the answer.</summary>
internal readonly record struct Outcome(State State, BackendResponse Response)
{
    public static Outcome Ok(State state, JsonNode body, int status = 200) => new(state, new BackendResponse(status, body.ToJsonString()));

    public static Outcome NoContent(State state) => new(state, new BackendResponse(204, ""));

    public static Outcome Fail(State state, BackendResponse error) => new(state, error);
}

/// <summary>One route's behaviour: a pure function of the state, the request and the context.</summary>
internal delegate Outcome Handler(State state, Input input, Context context);

internal static class Allocation
{
    /// <summary>The next sequence number and an id for a new row.</summary>
    public static (State State, long Seq, string Id) Next(State s, string prefix, Context c)
    {
        var seq = s.Sequence + 1;
        return (s with { Sequence = seq }, seq, Ids.Of(prefix, seq, c.Seed));
    }
}
