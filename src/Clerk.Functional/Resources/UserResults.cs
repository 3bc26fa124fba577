using System.Text.Json.Serialization;

namespace Clerk.Functional.Resources;

/// <summary>The answer of endpoints that return only the user's id (<c>{"user_id": ...}</c>), such as disabling MFA.</summary>
public sealed record UserIdResult
{
    /// <summary>The user's id.</summary>
    [JsonInclude]
    public string UserId { get => field ?? ""; internal set; }
}

/// <summary>The answer of <c>POST /users/{user_id}/verify_password</c>.</summary>
public sealed record VerifyPasswordResult
{
    /// <summary>True when the password matched.</summary>
    [JsonInclude]
    public bool Verified { get; internal set; }
}

/// <summary>The answer of <c>POST /users/{user_id}/verify_totp</c>.</summary>
public sealed record VerifyTOTPResult
{
    /// <summary>True when the code matched.</summary>
    [JsonInclude]
    public bool Verified { get; internal set; }

    /// <summary>Which kind of code matched: <c>totp</c> or <c>backup_code</c>.</summary>
    [JsonInclude]
    public string? CodeType { get; internal set; }
}
