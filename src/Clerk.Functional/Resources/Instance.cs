using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Functional.Json;

namespace Clerk.Functional.Resources;

/// <summary>The instance: one environment (development or production) of a Clerk application.</summary>
public sealed record Instance
{
    /// <summary>The object type: <c>instance</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>The instance's ID.</summary>
    [JsonInclude]
    public string Id { get => field ?? ""; internal set; }

    /// <summary>The environment: <c>development</c>, <c>staging</c> or <c>production</c>.</summary>
    [JsonInclude]
    public string EnvironmentType { get => field ?? ""; internal set; }

    /// <summary>The origins allowed to call the Frontend API besides the instance's own.</summary>
    [JsonInclude]
    public IReadOnlyList<string> AllowedOrigins { get => field ?? []; internal set; }

    /// <summary>The ID of the Clerk workspace that owns the instance's application.</summary>
    [JsonInclude]
    public string? WorkspaceId { get; internal set; }
}

/// <summary>Who may sign up: the allowlist, blocklist and email-address rules of the instance.</summary>
public sealed record InstanceRestrictions
{
    /// <summary>The object type: <c>instance_restrictions</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Whether only allowlisted identifiers may sign up.</summary>
    [JsonInclude]
    public bool Allowlist { get; internal set; }

    /// <summary>Whether blocklisted identifiers are refused.</summary>
    [JsonInclude]
    public bool Blocklist { get; internal set; }

    /// <summary>Whether the allowlist and blocklist are not checked on sign-in.</summary>
    [JsonInclude]
    public bool AllowlistBlocklistDisabledOnSignIn { get; internal set; }

    /// <summary>Whether email addresses with a subaddress (<c>+tag</c>) are refused.</summary>
    [JsonInclude]
    public bool BlockEmailSubaddresses { get; internal set; }

    /// <summary>Whether disposable email domains are refused.</summary>
    [JsonInclude]
    public bool BlockDisposableEmailDomains { get; internal set; }
}

/// <summary>The organization settings of the instance.</summary>
public sealed record OrganizationSettings
{
    /// <summary>The object type: <c>organization_settings</c>.</summary>
    [JsonInclude]
    public string Object { get => field ?? ""; internal set; }

    /// <summary>Whether organizations are enabled.</summary>
    [JsonInclude]
    public bool Enabled { get; internal set; }

    /// <summary>The default membership limit of an organization (0 is unlimited).</summary>
    [JsonInclude]
    public long MaxAllowedMemberships { get; internal set; }

    /// <summary>The max allowed roles.</summary>
    [JsonInclude]
    public long MaxAllowedRoles { get; internal set; }

    /// <summary>The max role sets allowed.</summary>
    [JsonInclude]
    public long? MaxRoleSetsAllowed { get; internal set; }

    /// <summary>The max allowed domains.</summary>
    [JsonInclude]
    public long MaxAllowedDomains { get; internal set; }

    /// <summary>Max_allowed_permissions is now a no-op, as permissions are now unlimited.</summary>
    [JsonInclude]
    public long? MaxAllowedPermissions { get; internal set; }

    /// <summary>The role key that a user will be assigned after creating an organization.</summary>
    [JsonInclude]
    public string CreatorRole { get => field ?? ""; internal set; }

    /// <summary>The default for whether an admin can delete an organization with the Frontend API.</summary>
    [JsonInclude]
    public bool AdminDeleteEnabled { get; internal set; }

    /// <summary>Whether verified domains are enabled.</summary>
    [JsonInclude]
    public bool DomainsEnabled { get; internal set; }

    /// <summary>Whether organization slugs are disabled.</summary>
    [JsonInclude]
    public bool? SlugDisabled { get; internal set; }

    /// <summary>The enrollment modes verified domains may use.</summary>
    [JsonInclude]
    public IReadOnlyList<string> DomainsEnrollmentModes { get => field ?? []; internal set; }

    /// <summary>The role key that it will be used in order to create an organization invitation or suggestion.</summary>
    [JsonInclude]
    public string DomainsDefaultRole { get => field ?? ""; internal set; }

    /// <summary>The role set key that it will be used to create new organizations.</summary>
    [JsonInclude]
    public string? InitialRoleSetKey { get; internal set; }
}
