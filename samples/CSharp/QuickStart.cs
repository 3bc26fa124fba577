// var clerk = new ClerkClient(new ClerkClientOptions { SecretKey = "sk_live_..." });  // or ClerkClient.Default
using Clerk.CSharp;
using Clerk.Functional.Api.Users;

namespace Clerk.Samples;

/// <summary>The README's quick start: list users with the C# client and handle Clerk's errors.</summary>
public static class QuickStart
{
    /// <summary>Describes the five newest users, or why Clerk refused.</summary>
    /// <param name="clerk">A client, e.g. <c>new ClerkClient(new ClerkClientOptions { SecretKey = "sk_..." })</c>.</param>
    public static async Task<string> DescribeFirstUsers(ClerkClient clerk)
    {
        try
        {
            var page = await clerk.Users.GetUserListAsync(new GetUserListParams { Limit = 5, OrderBy = "-created_at" });
            var names = page.Data.Select(user => user.Username ?? user.Id);
            return $"{page.TotalCount} users, newest first: {string.Join(", ", names)}";
        }
        catch (ClerkApiResponseException e) when (e.Status == 429)
        {
            return $"Rate limited; retry in {e.RetryAfter ?? 1} s";
        }
        catch (ClerkApiResponseException e)
        {
            return $"Clerk refused ({e.Status} {e.Code}): {e.Message} [trace {e.TraceId}]";
        }
    }
}
