namespace Clerk.Functional.Api.SamlConnections;

/// <summary>The attribute mapping of a created or updated SAML connection (<c>attribute_mapping</c>): the names of the IdP
/// attributes that hold the user's properties. Only set members are sent.</summary>
public sealed record SamlConnectionAttributeMappingParams
{
    /// <summary>The attribute holding the email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The attribute holding the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The attribute holding the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The attribute holding the user ID.</summary>
    public string? UserId { get; init; }
}
