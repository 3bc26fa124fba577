using System.Text.Json.Serialization;
using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Json;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Emails;

/// <summary>One message of <see cref="EmailsApi.CreateBatch"/>: an email and its idempotency key.</summary>
public sealed record CreateBatchEmailParams : CreateEmailParams
{
    /// <summary>Sent as the message's <c>idempotency_key</c>; same format as <see cref="CreateEmailOptions.IdempotencyKey"/>.</summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>The result of one message of <see cref="EmailsApi.CreateBatch"/>: the email, or Clerk's errors for it.</summary>
public sealed record BatchEmailResult
{
    /// <summary>The message's position in the batch.</summary>
    public int Index { get; init; }

    /// <summary>The stored email, when the message was accepted.</summary>
    public Resources.Email? Email { get; init; }

    /// <summary>Why the message was refused (empty when it was accepted).</summary>
    public IReadOnlyList<ClerkApiError> Errors { get; init; } = [];

    /// <summary>The HTTP status of the message.</summary>
    public int StatusCode { get; init; }

    /// <summary>When the message was rate limited: the seconds to wait before retrying it.</summary>
    public int? RetryAfterSeconds { get; init; }
}

/// <summary>The wire shape of <c>POST /email/batch</c>'s body.</summary>
public sealed record EmailBatchWire
{
    /// <summary>The messages.</summary>
    public required IReadOnlyList<CreateBatchEmailParams> Messages { get; init; }
}

/// <summary>The wire shape of one result of <c>POST /email/batch</c>.</summary>
public sealed record BatchEmailResultWire
{
    /// <summary>The message's position.</summary>
    public int Index { get; init; }

    /// <summary>The email.</summary>
    public Resources.Email? Email { get; init; }

    /// <summary>The errors.</summary>
    public List<ErrorWire?>? Errors { get; init; }

    /// <summary>The status.</summary>
    public int StatusCode { get; init; }

    /// <summary>The wait, in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }
}

public static partial class EmailsRequests
{
    /// <summary><c>POST /email/batch</c> with <c>{"messages": [...]}</c>; 1 to 100 messages, else rejected before sending.</summary>
    /// <param name="messages">The emails.</param>
    public static Either<ClerkError, ApiCall<IReadOnlyList<BatchEmailResult>>> CreateBatch(IReadOnlyList<CreateBatchEmailParams>? messages) =>
        from list in messages is { Count: >= 1 and <= 100 }
            ? Prelude.Right<ClerkError, IReadOnlyList<CreateBatchEmailParams>>(messages)
            : new ClerkError.InvalidArgument("A batch must contain between 1 and 100 messages.")
        from valid in list.Any(m => m is null)
            ? Prelude.Left<ClerkError, Unit>(new ClerkError.InvalidArgument("A message of the batch is null."))
            : list.Select(m => ValidIdempotencyKey(m.IdempotencyKey)).FirstOrDefault(v => v.IsLeft, Prelude.unit)
        from body in ClerkJson.Body(new EmailBatchWire { Messages = list }, Ctx.EmailBatchWire)
        from call in ApiCall.Of(HttpVerb.Post, Email.Then("batch"), BatchResults, body)
        select call;

    private static readonly Decoder<IReadOnlyList<BatchEmailResult>> BatchResults = response =>
        Decode.Json(Ctx.ListBatchEmailResultWire)(response).Map(results => (IReadOnlyList<BatchEmailResult>)results.Select(r => new BatchEmailResult
        {
            Index = r.Index,
            Email = r.Email,
            Errors = (r.Errors ?? []).Where(e => e is not null).Select(e => Decode.ToApiError(e!)).ToList(),
            StatusCode = r.StatusCode,
            RetryAfterSeconds = r.RetryAfterSeconds,
        }).ToList());
}

public sealed partial class EmailsApi
{
    /// <summary><c>POST /email/batch</c>: sends 1 to 100 emails, each committed on its own; answers one result per message, in
    /// order (a refused message is a result with errors, not a failure of the call).</summary>
    /// <param name="messages">The emails.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, IReadOnlyList<BatchEmailResult>>> CreateBatch(IReadOnlyList<CreateBatchEmailParams> messages, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailsRequests.CreateBatch(messages), cancellationToken);
}
