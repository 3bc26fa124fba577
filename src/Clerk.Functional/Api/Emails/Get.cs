using Clerk.Functional.Errors;
using Clerk.Functional.Http;
using Clerk.Functional.Resources;

namespace Clerk.Functional.Api.Emails;

public static partial class EmailsRequests
{
    /// <summary><c>GET /email/{email_id}</c>.</summary>
    /// <param name="emailId">The email's id, as <see cref="EmailsApi.Create"/> answered it.</param>
    public static Either<ClerkError, ApiCall<Resources.Email>> Get(string emailId) =>
        ApiCall.Of(HttpVerb.Get, Email.ThenId(emailId), Decode.Json(Ctx.Email));
}

public sealed partial class EmailsApi
{
    /// <summary><c>GET /email/{email_id}</c>: Clerk's stored send state of an email (<c>accepted</c> means the provider took it, not that it was delivered).</summary>
    /// <param name="emailId">The email's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, Resources.Email>> Get(string emailId, CancellationToken cancellationToken = default) =>
        _runner.Run(EmailsRequests.Get(emailId), cancellationToken);
}
