namespace Clerk.Functional.Resources;

/// <summary>A device a user trusts for sign-in (Device Trust).</summary>
public sealed record TrustedDevice
{
    /// <summary>The object type: <c>trusted_device</c>.</summary>
    public string Object { get; init; } = "";

    /// <summary>The trusted device's ID.</summary>
    public string Id { get; init; } = "";

    /// <summary>The device platform.</summary>
    public TrustedDevicePlatform Platform { get; init; }

    /// <summary>The identifier of the app on the device.</summary>
    public string AppIdentifier { get; init; } = "";

    /// <summary>The device's name.</summary>
    public string? Name { get; init; }

    /// <summary>The signing algorithm of the device key, e.g. <c>ES256</c>.</summary>
    public string Algorithm { get; init; } = "";

    /// <summary>The device's status.</summary>
    public TrustedDeviceStatus Status { get; init; }

    /// <summary>Unix timestamp (milliseconds) of creation.</summary>
    public long CreatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last update.</summary>
    public long UpdatedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of last use.</summary>
    public long? LastUsedAt { get; init; }

    /// <summary>Unix timestamp (milliseconds) of revocation.</summary>
    public long? RevokedAt { get; init; }
}
