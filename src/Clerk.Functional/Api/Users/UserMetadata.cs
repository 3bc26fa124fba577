using System.Text.Json;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Users;

/// <summary>The metadata body of <see cref="UsersApi.UpdateUserMetadata"/> and <see cref="UsersApi.ReplaceUserMetadata"/>.
/// Each set member is sent verbatim (keys inside are never renamed); null sends JSON null.</summary>
public sealed record UserMetadataParams
{
    /// <summary>Public metadata (readable from the frontend).</summary>
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Private metadata (backend only).</summary>
    public Optional<JsonElement?> PrivateMetadata { get; init; }

    /// <summary>Unsafe metadata (writable from the frontend).</summary>
    public Optional<JsonElement?> UnsafeMetadata { get; init; }
}
