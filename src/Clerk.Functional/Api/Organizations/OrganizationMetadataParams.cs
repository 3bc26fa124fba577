using System.Text.Json;
using Clerk.Functional.Json;

namespace Clerk.Functional.Api.Organizations;

/// <summary>The metadata body of <see cref="OrganizationsApi.UpdateOrganizationMetadata"/> and
/// <see cref="OrganizationsApi.ReplaceOrganizationMetadata"/>. Each set member is sent verbatim (keys inside are never
/// renamed); null sends JSON null.</summary>
public sealed record OrganizationMetadataParams
{
    /// <summary>Public metadata (readable from the frontend).</summary>
    public Optional<JsonElement?> PublicMetadata { get; init; }

    /// <summary>Private metadata (backend only).</summary>
    public Optional<JsonElement?> PrivateMetadata { get; init; }
}
