namespace Clerk.Functional.Resources;

/// <summary>The answer of endpoints that return only the user's id (<c>{"user_id": ...}</c>), such as disabling MFA.</summary>
public sealed record UserIdResult
{
    /// <summary>The user's id.</summary>
    public string UserId { get => field ?? ""; init; }
}

/// <summary>The answer of <c>POST /users/{user_id}/verify_password</c>.</summary>
public sealed record VerifyPasswordResult
{
    /// <summary>True when the password matched.</summary>
    public bool Verified { get; init; }
}

/// <summary>The answer of <c>POST /users/{user_id}/verify_totp</c>.</summary>
public sealed record VerifyTOTPResult
{
    /// <summary>True when the code matched.</summary>
    public bool Verified { get; init; }

    /// <summary>Which kind of code matched: <c>totp</c> or <c>backup_code</c>.</summary>
    public string? CodeType { get; init; }
}
